import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cjkCharacters } from '../shared/normalize-text';
import type { ImportReport } from '../shared/import-types';
import { tempDir } from '../../tests/unit/temp-dir';
import { sharedFixture } from '../../tests/unit/shared-fixtures';
import { Archive } from '../main/core/archive/archive';
import { pdftotextCjk } from '../main/core/import/test/pdftotext-expected';
import { runCli } from './cli';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: {}, out: (l) => out.push(l), err: (l) => err.push(l), rendererDir: '/nonexistent' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file and folder under `dir` with the sha256 of each file: a fingerprint of the folder. */
async function snapshot(dir: string): Promise<string[]> {
  const entries: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const name of (await readdir(folder)).sort()) {
      const path = join(folder, name);
      if (path === join(dir, 'backups')) continue; // the day's backup is taken as the archive opens
      if ((await stat(path)).isDirectory()) {
        entries.push(`${relative(dir, path)}/`);
        await walk(path);
      } else entries.push(`${relative(dir, path)} ${createHash('sha256').update(await readFile(path)).digest('hex')}`);
    }
  };
  await walk(dir);
  return entries;
}

describe('jianbao import (acceptance, issue 3)', () => {
  it('imports the digital-edition text as one issue of 4 pages, the article on page 2 apart from its body', async () => {
    const archiveDir = join(await tempDir(), 'A');
    const { code, out } = await run('import', sharedFixture('text', 'cppcc-newspaper-page2.txt'), '--json', '--archive', archiveDir);
    expect(code).toBe(0);
    const report = JSON.parse(out) as ImportReport;
    expect(report.issues).toHaveLength(1);
    const [issue] = report.issues;
    expect(issue?.pages.map((p) => p.section)).toEqual(['要闻', '精选', '关注', '导读']);
    const [article] = issue!.articles;
    expect(article).toMatchObject({ pageNumber: 2, title: '畅通“双循环” 激活新动能' });
    expect(article?.subtitle).toMatch(/^防城港市政协/);
    expect(article?.byline).toContain('佟美兰');
    expect(issue?.pages[1]?.articleIds).toEqual([article?.id]);

    const archive = await Archive.open(archiveDir);
    const stored = (await archive.articles(issue!.id).read()).articles[0]!;
    expect(stored.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(article?.headings);
    expect(article?.headings).toHaveLength(3);
    for (const apart of [stored.title, stored.subtitle!, stored.byline!]) expect(stored.text).not.toContain(apart);
    expect((await archive.library.read()).issues).toHaveLength(1); // no demo in an archive made by import
  });

  it('prints issues, pages with sections and articles with bylines for people', async () => {
    const { code, out } = await run('import', sharedFixture('text', 'cppcc-newspaper-page2.txt'), '--archive', join(await tempDir(), 'A'), '--paper', '广西政协报', '--date', '2025-01-15');
    expect(code).toBe(0);
    expect(out).toContain('广西政协报 2025-01-15');
    expect(out).toContain('第 2 版 · 精选');
    expect(out).toContain('□ 本报通讯员 佟美兰');
  });

  it('imports every fixture PDF with the Chinese text pdftotext gives', async () => {
    const archiveDir = join(await tempDir(), 'A');
    const { code, out } = await run('import', sharedFixture('pdf'), '--json', '--archive', archiveDir);
    expect(code).toBe(0);
    const report = JSON.parse(out) as ImportReport;
    expect(report.documents).toHaveLength(Object.keys(pdftotextCjk).length);
    const archive = await Archive.open(archiveDir);
    for (const [name, expected] of Object.entries(pdftotextCjk)) {
      const id = report.files.find((f) => f.path.endsWith(name))?.documentId;
      const document = (await archive.documentBody(id!).read()).document;
      expect(cjkCharacters(document!.text), name).toBe(expected);
    }
  });

  it.each([
    ['people-1.html', '女儿出嫁，郑板桥画了几笔兰花当嫁妆', '2019-06-15'],
    ['xinhuanet-1.html', '法国全国大罢工再次严重影响交通', '2019-12-10'],
  ])('imports %s as one article with title, date and body', async (name, title, date) => {
    const archiveDir = join(await tempDir(), 'A');
    const { code, out } = await run('import', sharedFixture('html', name), '--json', '--archive', archiveDir);
    expect(code).toBe(0);
    const [issue] = (JSON.parse(out) as ImportReport).issues;
    expect(issue?.date).toBe(date);
    expect(issue?.articles).toHaveLength(1);
    expect(issue?.articles[0]).toMatchObject({ title });
    expect(issue?.articles[0]?.paragraphs).toBeGreaterThanOrEqual(5);
  });

  it('exits non-zero on a truncated PDF, names it, and leaves the archive byte for byte as it was', async () => {
    const dir = await tempDir();
    const archiveDir = join(dir, 'A');
    expect((await run('import', sharedFixture('text', 'cppcc-newspaper-page2.txt'), '--archive', archiveDir)).code).toBe(0);
    const truncated = join(dir, 'truncated.pdf');
    const whole = await readFile(sharedFixture('pdf', 'issue19182.pdf'));
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const before = await snapshot(archiveDir);
    const { code, err } = await run('import', truncated, '--archive', archiveDir);
    expect(code).not.toBe(0);
    expect(err).toContain('truncated.pdf');
    expect(await snapshot(archiveDir)).toEqual(before);
  });

  it('imports an OFD document that search then finds, and refuses a truncated one by name leaving the archive as it was', async () => {
    const dir = await tempDir();
    const archiveDir = join(dir, 'A');
    const { code, out } = await run('import', sharedFixture('ofd', 'ofdrw-nalaizhuyi-page6.ofd'), '--archive', archiveDir);
    expect(code).toBe(0);
    expect(out).toMatch(/文档 Document: 拿来主义 {2}\(2 页 pages\)/);
    const found = JSON.parse((await run('search', '闭关主义', '--json', '--archive', archiveDir)).out) as { total: number };
    expect(found.total).toBe(1);

    const truncated = join(dir, '公文.ofd');
    const whole = await readFile(sharedFixture('ofd', 'ofdrw-z-spec-excerpt.ofd'));
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length * 0.7)));
    const before = await snapshot(archiveDir);
    const refused = await run('import', truncated, '--archive', archiveDir);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('公文.ofd');
    expect(await snapshot(archiveDir)).toEqual(before);
  });

  it('refuses an invalid date before reading anything', async () => {
    const { code, err } = await run('import', sharedFixture('text', 'cppcc-newspaper-page2.txt'), '--date', '2025-13-01', '--archive', join(await tempDir(), 'A'));
    expect(code).not.toBe(0);
    expect(err).toMatch(/YYYY-MM-DD/);
  });
});
