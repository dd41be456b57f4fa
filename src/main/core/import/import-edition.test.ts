import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { Archive } from '../archive/archive';
import { writePdf } from '../demo/pdf-writer';
import { areaRect, parseEditionLayout } from './edition-layout';
import { importPaths } from './import-paths';

const layoutPage = `<!doctype html><html><head><meta charset="utf-8"><title>云岭政协报数字报</title></head><body>
<div class="date">2025年03月08日 星期六</div><div class="banmian">第02版：精选</div>
<a href="page02.pdf?download=1">下载本版PDF</a>
<img src="page02.jpg" width="1190" height="1684" usemap="#pagemap">
<map name="pagemap">
  <area shape="polygon" coords="80,200,1100,200,1100,600,80,600" href="content_1.htm">
  <area shape="rect" coords="80,700,600,1200" href="./content_2.htm#top">
</map></body></html>`;

const articlePage = (title: string, body: string): string => `<!doctype html><html><head><meta charset="utf-8">
<title>${title}-云岭政协报</title><meta property="og:site_name" content="云岭政协报"></head><body>
<div class="date">2025年03月08日</div><h1>${title}</h1><div id="content"><p>${body}</p><p>委员们一边看秤，一边记下茶农说的难处。</p></div></body></html>`;

describe('a digital edition saved from a newspaper site', () => {
  it('reads a layout page: its 版, date, PDF link and the areas of its image map', () => {
    const layout = parseEditionLayout(layoutPage);
    expect(layout).toMatchObject({ pageNumber: 2, section: '精选', date: '2025-03-08', pdfHref: 'page02.pdf?download=1', imageSize: { width: 1190, height: 1684 } });
    expect(layout?.areas).toEqual([
      { href: 'content_1.htm', rect: { x: 80, y: 200, width: 1020, height: 400 } },
      { href: './content_2.htm#top', rect: { x: 80, y: 700, width: 520, height: 500 } },
    ]);
  });

  it.each([
    ['polygon', '1,2,5,2,5,9', { x: 1, y: 2, width: 4, height: 7 }],
    ['rect', '10,20,30,60', { x: 10, y: 20, width: 20, height: 40 }],
    ['circle', '50,50,10', { x: 40, y: 40, width: 20, height: 20 }],
    ['poly', '1,2', null],
  ])('bounds a %s area', (shape, coords, expected) => {
    expect(areaRect(shape, coords)).toEqual(expected);
  });

  it('imports the page PDF as the replica of its 版, the articles on it, with their areas scaled to the PDF', async () => {
    const dir = await tempDir();
    const folder = join(dir, 'edition');
    await mkdir(folder);
    await writeFile(join(folder, 'node_2.htm'), layoutPage);
    // Alone, this PDF says nothing of a newspaper; the layout page makes it page 2's replica.
    await writeFile(join(folder, 'page02.pdf'), writePdf([{ width: 595, height: 842, texts: [{ text: '一片叶子富一方百姓', x: 40, y: 100, size: 20 }] }]));
    await writeFile(join(folder, 'content_1.htm'), articlePage('一片叶子富一方百姓', '清晨的茶山雾气未散，合作社的收购点已经排起了队。'));
    await writeFile(join(folder, 'content_2.htm'), articlePage('茶农夜校开课了', '夜校开在村委会，讲的是采摘和炒制。'));
    const archive = await Archive.open(join(dir, 'archive'));
    const report = await importPaths(archive, [folder]);
    expect(report.documents).toEqual([]);
    expect(report.issues).toHaveLength(1);
    const [issue] = report.issues;
    expect(issue).toMatchObject({ paperName: '云岭政协报', date: '2025-03-08' });
    expect(issue?.pages.map((p) => [p.number, p.section, p.hasReplica, p.articleIds.length])).toEqual([[2, '精选', true, 2]]);
    const page = (await archive.library.read()).issues[0]!.pages[0]!;
    const lead = issue!.articles.find((a) => a.title === '一片叶子富一方百姓')!;
    expect(page.areas).toContainEqual({ articleId: lead.id, rect: { x: 40, y: 100, width: 510, height: 200 } });
    expect(page.areas).toHaveLength(2);
  });
});

describe('what is not a layout page', () => {
  it.each([
    ['a mapped footer banner', '<img src="bot.jpg" width="514" height="56" usemap="#Map"><map name="Map"><area shape="rect" coords="5,4,121,53" href="http://beian.example/"></map>'],
    ['an app badge of unknown size', '<img src="app.png" usemap="#app"><map name="app"><area shape="rect" coords="3,3,147,148" href="https://app.example/"></map>'],
    ['a map with no image', '<map name="pagemap"><area shape="rect" coords="80,700,600,1200" href="content_2.htm"></map>'],
  ])('%s', (_name, map) => {
    expect(parseEditionLayout(`<html><body><h1>春茶开采</h1>${map}</body></html>`)).toBeNull();
  });
});
