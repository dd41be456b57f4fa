import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import type { PageText } from '../../../shared/import-types';
import type { SearchRequest } from '../../../shared/search-types';
import { writePdf } from '../demo/pdf-writer';
import { importPaths } from '../import/import-paths';
import { newspaperPage } from '../import/test/sample-pdfs';
import { openCore, type Core } from '../open-core';
import { pageLeftoverText } from './page-docs';

function pageText(lines: { text: string; y: number }[]): PageText {
  let text = '';
  const items = lines.map((line) => {
    const item = { text: line.text, start: text.length, x: 40, y: line.y, width: 12 * line.text.length, height: 12 };
    text += `${line.text}\n`;
    return item;
  });
  return { pageNumber: 1, replica: { sha256: 'a'.repeat(64), ext: 'pdf', pageIndex: 0 }, width: 595, height: 842, text, items };
}

describe('pageLeftoverText', () => {
  const page = pageText([
    { text: '云岭政协报 第 1 版', y: 30 },
    { text: '春茶开采', y: 100 },
    { text: '合作社的收购点排起了队。', y: 120 },
    { text: '本版广告：茶具八折', y: 700 },
  ]);

  it('blanks what an article’s area covers, keeping line breaks and the words around it in place', () => {
    const left = pageLeftoverText(page, [{ x: 30, y: 90, width: 400, height: 50 }], []);
    expect(left).toHaveLength(page.text.length);
    expect(left.split('\n').map((l) => l.trim())).toEqual(['云岭政协报 第 1 版', '', '', '本版广告：茶具八折', '']);
    expect(left.indexOf('本版广告')).toBe(page.text.indexOf('本版广告'));
  });

  it('joins a justified line spaced apart by the PDF, but never across an article blanked out', () => {
    const spaced = pageText([
      { text: '要 加 宏 大 的 规 模', y: 30 },
      { text: '春茶开采', y: 100 },
      { text: '党旗引领 凝聚共识', y: 700 },
    ]);
    const left = pageLeftoverText(spaced, [{ x: 30, y: 90, width: 400, height: 20 }], []);
    expect(left.split('\n').map((l) => l.trim())).toEqual(['要加宏大的规模', '', '党旗引领 凝聚共识', '']);
  });

  it('blanks the lines an article’s text holds when the page has no areas', () => {
    const left = pageLeftoverText(page, [], ['春茶开采\n合作社的收购点排起了队。委员们记下难处。']);
    expect(left).not.toContain('春茶');
    expect(left).not.toContain('收购点');
    expect(left).toContain('本版广告：茶具八折');
  });
});

const opened: Core[] = [];
afterEach(() => {
  for (const core of opened.splice(0)) core.search.close();
});

const request = (query: string): SearchRequest => ({ query, limit: 50, offset: 0, sort: 'relevance' });

describe('searching the words of a page', () => {
  it('finds words that no article holds as a hit on the page', async () => {
    const dir = await tempDir();
    const core = await openCore(join(dir, 'archive'));
    opened.push(core);
    const pdf = join(dir, '01.pdf');
    const page = newspaperPage(1, '要闻', '2025年3月8日', '春茶开采 合作社里说增收');
    page.texts.push({ text: '本版热线：茶山服务站', x: 40, y: 780, size: 9 });
    await writeFile(pdf, writePdf([page]));
    await importPaths(core.archive, [pdf], { paper: '云岭政协报' });

    const found = await core.handlers.search(request('茶山服务站'));
    expect(found.hits).toHaveLength(1);
    expect(found.hits[0]).toMatchObject({ kind: 'page', pageNumber: 1, section: '要闻', date: '2025-03-08' });
    expect(found.hits[0]?.snippet.text).toContain('茶山服务站');
  });

  it('finds the words of a page’s article as the article alone, not the page again', async () => {
    const dir = await tempDir();
    const core = await openCore(join(dir, 'archive'));
    opened.push(core);
    const folder = join(dir, 'edition');
    await mkdir(folder);
    await writeFile(join(folder, 'node_2.htm'), `<html><head><meta charset="utf-8"></head><body><div>2025年03月08日</div><div>第02版：精选</div>
      <a href="page02.pdf">PDF</a><img src="page02.jpg" width="595" height="842" usemap="#m"><map name="m"><area shape="rect" coords="30,80,560,200" href="content_1.htm"></map></body></html>`);
    await writeFile(join(folder, 'page02.pdf'), writePdf([{ width: 595, height: 842, texts: [
      { text: '一片叶子富一方百姓', x: 40, y: 100, size: 20 },
      { text: '茶园里的合作社记下了每一笔收入。', x: 40, y: 140, size: 11 },
      { text: '本版热线：茶山服务站', x: 40, y: 780, size: 9 },
    ] }]));
    await writeFile(join(folder, 'content_1.htm'), `<html><head><meta charset="utf-8"><title>一片叶子富一方百姓-云岭政协报</title></head><body>
      <div class="date">2025年03月08日</div><h1>一片叶子富一方百姓</h1><div id="content"><p>茶园里的合作社记下了每一笔收入。</p><p>委员们一边看秤，一边记下茶农说的难处。</p></div></body></html>`);
    await importPaths(core.archive, [folder]);

    const inArticle = await core.handlers.search(request('合作社记下'));
    expect(inArticle.hits.map((hit) => hit.kind ?? 'article')).toEqual(['article']);
    const onPage = await core.handlers.search(request('茶山服务站'));
    expect(onPage.hits).toMatchObject([{ kind: 'page', pageNumber: 2 }]);
  });
});
