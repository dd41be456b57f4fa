import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { sharedFixture } from '../../../../tests/unit/shared-fixtures';
import { Archive } from '../archive/archive';
import { importPaths } from './import-paths';
import { manyPagePdf } from '../../../../tests/unit/hostile/hostile-corpus';
import { blankPdf, newspaperIssuePdf, passwordPdf } from './test/sample-pdfs';

async function setup() {
  const dir = await tempDir();
  return { dir, archive: await Archive.open(join(dir, 'archive')) };
}

describe('importing PDFs', () => {
  it('refuses a PDF of 10,000 pages at once, saying to split it, and writes nothing', async () => {
    const { dir, archive } = await setup();
    const file = join(dir, 'volume.pdf');
    await writeFile(file, manyPagePdf(10_000));
    const started = performance.now();
    const report = await importPaths(archive, [file]);
    expect(report.files).toEqual([expect.objectContaining({ status: 'failed', error: expect.objectContaining({ code: 'TOO_LARGE', message: expect.stringMatching(/10000 pages.*split/) }) })]);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(await readdir(join(dir, 'archive', 'originals'))).toEqual([]);
  });

  it('makes a newspaper issue PDF into pages with replicas, sections and text items', async () => {
    const { dir, archive } = await setup();
    const file = join(dir, 'issue.pdf');
    await writeFile(file, newspaperIssuePdf('2025年3月8日'));
    const report = await importPaths(archive, [file], { paper: '云岭政协报' });
    const [issue] = report.issues;
    expect(issue).toMatchObject({ date: '2025-03-08', paperName: '云岭政协报', number: 1024 });
    expect(issue?.pages.map((p) => [p.number, p.section, p.hasReplica])).toEqual([[1, '要闻', true], [2, '精选', true]]);
    const library = await archive.library.read();
    expect(library.issues[0]?.pages[1]?.replica).toMatchObject({ ext: 'pdf', pageIndex: 1 });
    const texts = (await archive.pageTexts(issue!.id).read()).pages;
    expect(texts.map((t) => t.pageNumber)).toEqual([1, 2]);
    const headline = texts[1]?.items.find((item) => item.text === '一片叶子富一方百姓');
    expect(headline).toMatchObject({ x: 40 });
    expect(texts[1]?.text.slice(headline!.start, headline!.start + headline!.text.length)).toBe(headline!.text);
  });

  it('recognises a newspaper page by its 版 line and date without being told', async () => {
    const { dir, archive } = await setup();
    const file = join(dir, 'issue.pdf');
    await writeFile(file, newspaperIssuePdf('2025年3月8日'));
    const report = await importPaths(archive, [file]);
    expect(report.documents).toEqual([]);
    expect(report.issues[0]?.pages).toHaveLength(2);
  });

  it('makes a fixture PDF that is no newspaper page into a document with its page texts', async () => {
    const { archive } = await setup();
    const report = await importPaths(archive, [sharedFixture('pdf', 'issue2128r.pdf')]);
    expect(report.documents).toEqual([expect.objectContaining({ title: '浅谈校长的魅力', pageCount: 1 })]);
    const id = report.documents[0]!.id;
    const library = await archive.library.read();
    expect(library.documents[0]).toMatchObject({ id, replica: { ext: 'pdf' } });
    const body = (await archive.documentBody(id).read()).document;
    expect(body?.text).toBe('浅谈校长的魅力\n山西省闻喜县诚镇初中 李新录');
    expect((await archive.pageTexts(id).read()).pages[0]?.items.length).toBeGreaterThan(0);
  });

  it.each([
    ['a truncated PDF', 'UNREADABLE_FILE', async (path: string) => {
      const whole = await readFile(sharedFixture('pdf', 'issue12823.pdf'));
      await writeFile(path, whole.subarray(0, Math.floor(whole.length / 2)));
    }],
    ['a password-protected PDF', 'ENCRYPTED', (path: string) => writeFile(path, passwordPdf())],
    ['a PDF with no text layer', 'NO_TEXT', (path: string) => writeFile(path, blankPdf())],
    ['a web page saved as .pdf', 'UNSUPPORTED_FORMAT', (path: string) => writeFile(path, '<html><body>not a pdf</body></html>')],
  ])('refuses %s, naming the file, and writes nothing', async (_name, code, make) => {
    const { dir, archive } = await setup();
    const good = join(dir, 'good.pdf');
    await copyFile(sharedFixture('pdf', 'issue8372.pdf'), good);
    const bad = join(dir, 'bad.pdf');
    await make(bad);
    const report = await importPaths(archive, [bad]);
    expect(report.files[0]).toMatchObject({ status: 'failed', error: { code } });
    expect(report.files[0]?.error?.message).toContain('bad.pdf');
    expect(report.files[0]?.error?.message).toMatch(/ \/ /); // Chinese / English
    expect(await readdir(join(archive.dir, 'originals'))).toEqual([]);
    expect((await archive.library.read()).documents).toEqual([]);
  });
});
