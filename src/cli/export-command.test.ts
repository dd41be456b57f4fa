import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/unit/temp-dir';
import { openCore } from '../main/core/open-core';
import { articleTitled, testBook } from '../main/core/annotations/test/annotation-fixtures';
import { runExportCommand } from './export-command';

async function run(dir: string, cwd: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runExportCommand(args, { archiveDir: dir, cwd, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function archiveWithCollection() {
  const dir = await tempDir();
  const core = await openCore(dir);
  const street = await articleTitled(core, '一件提案让老街重焕生机');
  const quote = street.blocks[1]!.text.slice(0, 12);
  const start = street.text.indexOf(quote);
  await testBook(core.archive).create({ articleId: street.id, start, end: start + quote.length, comment: '写进提案' });
  const made = await core.handlers.createCollection({ name: '提案素材' });
  await core.handlers.addToCollection({ collectionId: made.id, item: { kind: 'article', id: street.id } });
  return { dir, quote };
}

describe('jianbao export --collection', () => {
  it('writes a collection as a Word digest that reads back with its quote, comment and citation', async () => {
    const { dir, quote } = await archiveWithCollection();
    const cwd = await tempDir();
    const result = await run(dir, cwd, 'export', '--collection', '提案素材', '--format', 'docx');
    expect(result.code).toBe(0);
    const text = (await mammoth.extractRawText({ buffer: await readFile(join(cwd, '提案素材.docx')) })).value;
    expect(text).toContain(`“${quote}”`);
    expect(text).toContain('批注：写进提案');
    expect(text).toMatch(/一件提案让老街重焕生机\[N\]\. 云岭政协报, 2026-03-04\(2\)\./);
  });

  it('prints Markdown and W3C, or writes them with -o', async () => {
    const { dir, quote } = await archiveWithCollection();
    const cwd = await tempDir();
    const md = await run(dir, cwd, '--collection', '提案素材', '--format', 'md');
    expect(md.out).toContain(`> ${quote}`);
    const w3c = await run(dir, cwd, '--collection', '提案素材', '--format', 'w3c', '-o', 'out.jsonld');
    expect(w3c.code).toBe(0);
    const written = JSON.parse(await readFile(join(cwd, 'out.jsonld'), 'utf8')) as { label: string; total: number };
    expect(written).toMatchObject({ label: '提案素材', total: 1 });
  });

  it('names the collections there are when the one asked for is not, and refuses a bad format', async () => {
    const { dir } = await archiveWithCollection();
    const missing = await run(dir, await tempDir(), '--collection', '没有', '--format', 'md');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('“提案素材”');
    expect((await run(dir, await tempDir(), '--collection', '提案素材', '--format', 'pdf')).code).toBe(2);
  });
});
