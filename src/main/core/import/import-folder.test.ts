import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { Archive } from '../archive/archive';
import { writePdf } from '../demo/pdf-writer';
import { importPaths } from './import-paths';
import { newspaperPage } from './test/sample-pdfs';

const articlePage = `<!doctype html><html><head><meta charset="utf-8"><title>一片叶子富一方百姓-云岭政协报</title>
<meta property="og:site_name" content="云岭政协报"></head><body>
<div class="edition">2025年03月08日 第02版：精选</div>
<h1>一片叶子富一方百姓</h1>
<div id="content"><p>清晨的茶山雾气未散，合作社的收购点已经排起了队。</p><p>委员们一边看秤，一边记下茶农说的难处。</p></div>
</body></html>`;

describe('importing a folder that holds an issue', () => {
  it('makes 2025-03-08/01.pdf, 02.pdf and an article page into one issue, the article on its page', async () => {
    const dir = await tempDir();
    const folder = join(dir, '2025-03-08');
    await mkdir(folder);
    await writeFile(join(folder, '01.pdf'), writePdf([newspaperPage(1, '要闻', '2025年3月8日', '春茶开采 合作社里说增收')]));
    // Page 2 says neither its 版 nor its date: the file and folder names do.
    await writeFile(join(folder, '02.pdf'), writePdf([{ width: 595, height: 842, texts: [{ text: '一片叶子富一方百姓', x: 40, y: 60, size: 20 }] }]));
    await writeFile(join(folder, 'a-0201.html'), articlePage);
    await writeFile(join(folder, 'notes.md'), 'not part of the issue');
    const archive = await Archive.open(join(dir, 'archive'));
    const report = await importPaths(archive, [folder]);
    expect(report.files.map((f) => f.status)).toEqual(['imported', 'imported', 'imported']);
    expect(report.issues).toHaveLength(1);
    const [issue] = report.issues;
    expect(issue).toMatchObject({ paperName: '云岭政协报', date: '2025-03-08' });
    expect(issue?.pages.map((p) => [p.number, p.section, p.hasReplica, p.articleIds.length])).toEqual([
      [1, '要闻', true, 0],
      [2, '精选', true, 1],
    ]);
    expect(issue?.articles[0]).toMatchObject({ pageNumber: 2, title: '一片叶子富一方百姓' });
  });

  it('imports a folder of issue folders one issue folder at a time, so a cancel keeps what was written', async () => {
    const dir = await tempDir();
    const root = join(dir, 'back-issues');
    for (const [day, headline] of [['08', '春茶开采'], ['09', '夜校开课']] as const) {
      await mkdir(join(root, `2025-03-${day}`), { recursive: true });
      await writeFile(join(root, `2025-03-${day}`, '01.pdf'), writePdf([newspaperPage(1, '要闻', `2025年3月${Number(day)}日`, headline)]));
    }
    const archive = await Archive.open(join(dir, 'archive'));
    const controller = new AbortController();
    const report = await importPaths(archive, [root], {
      paper: '云岭政协报',
      signal: controller.signal,
      onProgress: ({ currentFile }) => {
        if (currentFile?.includes('2025-03-09')) controller.abort();
      },
    });
    expect(report.cancelled).toBe(true);
    expect(report.files.map((f) => f.status)).toEqual(['imported', 'cancelled']);
    expect((await archive.library.read()).issues.map((i) => i.date)).toEqual(['2025-03-08']);
  });
});
