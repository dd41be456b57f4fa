import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { Archive } from '../archive/archive';
import { sha256Hex } from '../archive/ids';
import { writePdf } from '../demo/pdf-writer';
import { importPaths } from './import-paths';
import { newspaperPage } from './test/sample-pdfs';
import { writeDocx } from './test/sample-docx';
import { escapesRoot, unzipSources } from './zip-source';

async function setup() {
  const dir = await tempDir();
  return { dir, archive: await Archive.open(join(dir, 'archive')) };
}

describe('importing a zip', () => {
  it('makes a zipped issue folder into one issue', async () => {
    const { dir, archive } = await setup();
    const zip = join(dir, 'issue.zip');
    await writeFile(zip, zipSync({
      '2025-03-08/01.pdf': writePdf([newspaperPage(1, '要闻', '2025年3月8日', '春茶开采 合作社里说增收')]),
      '2025-03-08/02.pdf': writePdf([newspaperPage(2, '精选', '2025年3月8日', '一片叶子富一方百姓')]),
      '2025-03-08/readme.md': strToU8('not imported'),
      '__MACOSX/2025-03-08/._01.pdf': strToU8('resource fork'),
    }));
    const report = await importPaths(archive, [zip], { paper: '云岭政协报' });
    expect(report.files.map((f) => f.path)).toEqual([join(zip, '2025-03-08', '01.pdf'), join(zip, '2025-03-08', '02.pdf')]);
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]?.pages.map((p) => p.section)).toEqual(['要闻', '精选']);
    const again = await importPaths(archive, [zip], { paper: '云岭政协报' });
    expect(again.files.map((f) => f.status)).toEqual(['unchanged', 'unchanged']);
  });

  it.each([
    ['a path that climbs out', '../outside.txt'],
    ['an absolute path', '/etc/outside.txt'],
    ['a Windows drive path', 'C:\\outside.txt'],
  ])('refuses a zip with %s before writing anything', async (_name, entry) => {
    const { dir, archive } = await setup();
    const zip = join(dir, 'bad.zip');
    await writeFile(zip, zipSync({ 'a.txt': strToU8('标题\n正文。'), [entry]: strToU8('x') }));
    const report = await importPaths(archive, [zip]);
    expect(report.files).toEqual([expect.objectContaining({ path: zip, status: 'failed', error: expect.objectContaining({ code: 'UNSAFE_ARCHIVE' }) })]);
    expect(await readdir(join(archive.dir, 'originals'))).toEqual([]);
  });

  it('refuses a zip that unpacks past the limit, from its directory alone', () => {
    const bytes = zipSync({ 'a.txt': new Uint8Array(5000) });
    const file = { path: '/x/big.zip', name: 'big.zip', bytes, sha256: sha256Hex(bytes), ext: 'zip' };
    expect(() => unzipSources(file, () => true, 4096)).toThrow(/more than 4096 bytes/);
    expect(unzipSources(file, () => true, 8192)).toHaveLength(1);
  });

  it.each([
    ['a/b.pdf', false],
    ['a/../../b.pdf', true],
    ['..', true],
    ['/b.pdf', true],
    ['\\\\server\\b.pdf', true],
    ['d:/b.pdf', true],
    ['a..b/c.pdf', false],
  ])('judges %s as escaping: %s', (name, expected) => {
    expect(escapesRoot(name)).toBe(expected);
  });
});

describe('importing a Word document', () => {
  it('makes a .docx into a document with its headings, paragraphs and table rows', async () => {
    const { dir, archive } = await setup();
    const file = join(dir, '提案.docx');
    await writeFile(file, writeDocx([
      { heading: '关于加强乡村茶产业合作社建设的提案' },
      { paragraph: '提案人：林晓 2025年3月8日' },
      { heading: '一、基本情况' },
      { paragraph: '全县茶园面积逐年增加，合作社带动农户增收。' },
      { table: [['项目', '数量'], ['合作社', '12 家']] },
    ]));
    const report = await importPaths(archive, [file]);
    expect(report.files[0]).toMatchObject({ status: 'imported', format: 'docx' });
    expect(report.documents[0]).toMatchObject({ title: '关于加强乡村茶产业合作社建设的提案', kind: 'proposal', pageCount: 0 });
    const body = (await archive.documentBody(report.documents[0]!.id).read()).document;
    expect(body?.blocks).toEqual([
      { kind: 'heading', text: '关于加强乡村茶产业合作社建设的提案' },
      { kind: 'paragraph', text: '提案人：林晓 2025年3月8日' },
      { kind: 'heading', text: '一、基本情况' },
      { kind: 'paragraph', text: '全县茶园面积逐年增加，合作社带动农户增收。' },
      { kind: 'paragraph', text: '项目 | 数量' },
      { kind: 'paragraph', text: '合作社 | 12 家' },
    ]);
    expect(body?.date).toBe('2025-03-08');
    expect(await readdir(join(archive.dir, 'originals'))).toEqual([`${sha256Hex(await readFile(file))}.docx`]);
  });

  it('refuses a damaged .docx with a message naming it', async () => {
    const { dir, archive } = await setup();
    const file = join(dir, 'broken.docx');
    await writeFile(file, zipSync({ 'word/document.xml': strToU8('<w:document') }));
    const report = await importPaths(archive, [file]);
    expect(report.files[0]).toMatchObject({ status: 'failed', error: { code: 'UNREADABLE_FILE' } });
    expect(report.files[0]?.error?.message).toContain('broken.docx');
  });
});
