import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { Archive } from '../archive/archive';
import { importUploads, safeRelativePath } from './import-uploads';

const encode = (text: string) => new TextEncoder().encode(text);

describe('importing uploaded bytes', () => {
  it('imports each file under the name it was sent with, and leaves no temporary copy behind', async () => {
    const archive = await Archive.open(await tempDir());
    const tempRoot = await tempDir();
    const progress: (string | null)[] = [];
    const report = await importUploads(
      archive,
      [
        { name: '第一篇.txt', bytes: encode('第一篇的标题\n第一篇文章的正文内容。') },
        { name: 'sub/第一篇.txt', bytes: encode('另一篇的标题\n另一篇文章的正文内容。') },
        { name: '第一篇.txt', bytes: encode('同名文件的标题\n同名的另一篇文章的正文。') },
      ],
      { tempRoot, date: '2024-05-06', onProgress: (p) => progress.push(p.currentFile) },
    );
    expect(report.files.map((f) => [f.path, f.status])).toEqual([
      ['第一篇.txt', 'imported'],
      ['sub/第一篇.txt', 'imported'],
      ['(2) 第一篇.txt', 'imported'],
    ]);
    expect(progress.filter((p) => p !== null).every((p) => !p.includes(tempRoot))).toBe(true);
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('says which file failed by its own name, never by the temporary path', async () => {
    const archive = await Archive.open(await tempDir());
    const tempRoot = await tempDir();
    const report = await importUploads(archive, [{ name: 'broken.pdf', bytes: encode('%PDF-1.4 not really') }], { tempRoot });
    expect(report.files[0]?.status).toBe('failed');
    expect(report.files[0]?.error?.message).toContain('broken.pdf');
    expect(report.files[0]?.error?.message).not.toContain(tempRoot);
  });

  it.each([
    ['../../etc/passwd', 'etc/passwd'],
    ['/abs/path.txt', 'abs/path.txt'],
    ['a\\b\\c.txt', 'a/b/c.txt'],
    ['./x/./y.pdf', 'x/y.pdf'],
  ])('keeps the uploaded name %s inside the upload folder as %s', (name, expected) => {
    expect(safeRelativePath(name)).toBe(expected);
  });

  it('refuses a name with nothing left of it', () => {
    expect(() => safeRelativePath('../..')).toThrow(/Invalid file name/);
  });
});
