import { createHash } from 'node:crypto';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveSnapshot } from '../../tests/unit/archive-snapshot';
import { tempDir } from '../../tests/unit/temp-dir';
import type { ListedAnnotation } from './annotations-command';
import { openCore } from '../main/core/open-core';
import { runCli } from './cli';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: {}, out: (l) => out.push(l), err: (l) => err.push(l), rendererDir: '/nonexistent' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function firstArticle(dir: string): Promise<{ id: string; title: string }> {
  const issues = JSON.parse((await run('list', '--json', '--archive', dir)).out) as { pages: { articles: { id: string; title: string }[] }[] }[];
  return issues[0]!.pages[0]!.articles[0]!;
}

async function annotate(dir: string, articleId: string, exact: string, comment: string): Promise<string> {
  const { code, out, err } = await run('annotations', 'add', '--article', articleId, '--exact', exact, '--comment', comment, '--archive', dir);
  expect(code, err).toBe(0);
  return /Added annotation (\S+):/.exec(out)![1]!;
}

async function listed(dir: string): Promise<ListedAnnotation[]> {
  return JSON.parse((await run('annotations', 'list', '--json', '--archive', dir)).out) as ListedAnnotation[];
}

async function backUp(dir: string, into: string): Promise<string> {
  const { code, out, err } = await run('backup', into, '--archive', dir);
  expect(code, err).toBe(0);
  const [file] = (await readdir(into)).filter((n) => n.startsWith('jianbao-backup-') && n.endsWith('.zip'));
  expect(out).toContain(`Backed up to ${join(into, file!)}`);
  return join(into, file!);
}

describe('jianbao backup and restore', () => {
  it('restoring an older backup keeps the newer local annotations, adds back what was deleted, removes nothing', async () => {
    const dir = await tempDir();
    const article = await firstArticle(dir);
    const kept = await annotate(dir, article.id, article.title.slice(0, 2), '备份时的批注');
    const deleted = await annotate(dir, article.id, article.title.slice(1, 3), '备份后被删掉的批注');
    const file = await backUp(dir, await tempDir());

    await new Promise((resolve) => setTimeout(resolve, 5)); // a later `modified`
    const articleId = article.id;
    const core = await openCore(dir);
    await core.handlers.updateAnnotation({ articleId, id: kept, comment: '备份后改过的批注' });
    await core.handlers.deleteAnnotation({ articleId, id: deleted });
    const made = await annotate(dir, article.id, article.title.slice(0, 3), '备份后新写的批注');

    const { code, out } = await run('restore', file, '--archive', dir);
    expect(code).toBe(0);
    expect(out).toMatch(/批注 annotations: 新增 added 1, .* updated from newer copies 0, .* kept 1/);
    expect(out).toMatch(/期 issues: 新增 added 0, 保留本地 kept \d+/);
    const after = new Map((await listed(dir)).map((a) => [a.id, a.comment]));
    expect(after.get(kept)).toBe('备份后改过的批注');
    expect(after.get(deleted)).toBe('备份后被删掉的批注');
    expect(after.get(made)).toBe('备份后新写的批注');
    expect(after.size).toBe(3);
  });

  it('restores a backup into an empty archive: issues, articles, originals and annotations', async () => {
    const dir = await tempDir();
    const article = await firstArticle(dir);
    const id = await annotate(dir, article.id, article.title.slice(0, 2), '随备份迁移的批注');
    // into a folder that is not there yet: backup makes it
    const file = await backUp(dir, join(await tempDir(), 'backups', '2026'));
    const fresh = await tempDir();

    const { code, out } = await run('restore', file, '--archive', fresh);
    expect(code).toBe(0);
    expect(out).toMatch(/期 issues: 新增 added [1-9]/);
    expect((await listed(fresh)).map((a) => [a.id, a.state, a.comment])).toEqual([[id, 'anchored', '随备份迁移的批注']]);
    expect((await run('list', '--archive', fresh)).out).toBe((await run('list', '--archive', dir)).out);
    expect(await readdir(join(fresh, 'originals'))).toEqual(await readdir(join(dir, 'originals')));
  });

  const hostile: [string, () => Uint8Array][] = [
    ['a file that is not a zip', () => new TextEncoder().encode('{"format":"jianbao-backup"}')],
    ['a zip without a manifest', () => zipSync({ 'library.json': new TextEncoder().encode('{}') })],
    ['a zip whose entry climbs out with ..', () => zipSync({ '../../library.json': new TextEncoder().encode('{}') })],
    ['a zip holding files no backup has', () => zipSync({ 'jianbao-backup.json': new TextEncoder().encode('{"format":"jianbao-backup","version":1,"files":{}}'), 'run.sh': new Uint8Array([35, 33]) })],
    [
      'a backup whose file does not match its manifest',
      () => zipSync({
        'jianbao-backup.json': new TextEncoder().encode(JSON.stringify({ format: 'jianbao-backup', version: 1, createdAt: '', files: { 'settings.json': '0'.repeat(64) } })),
        'settings.json': new TextEncoder().encode('{"schemaVersion":1,"locale":"en","profileName":"x","articleFontSize":18}'),
      }),
    ],
    [
      'a backup holding a damaged annotation file',
      () => {
        const bytes = new TextEncoder().encode('{"schemaVersion":1,"issueId":"x","annot');
        return zipSync({
          'jianbao-backup.json': new TextEncoder().encode(JSON.stringify({ format: 'jianbao-backup', version: 1, createdAt: '', files: { 'annotations/x.json': sha256(bytes) } })),
          'annotations/x.json': bytes,
        });
      },
    ],
  ];
  for (const [name, make] of hostile) {
    it(`refuses ${name} with a bilingual message and changes nothing`, async () => {
      const dir = await tempDir();
      await run('info', '--archive', dir);
      const file = join(await tempDir(), 'backup.zip');
      await writeFile(file, make());
      const before = await archiveSnapshot(dir, []);
      const { code, err } = await run('restore', file, '--archive', dir);
      expect(code).not.toBe(0);
      expect(err).toMatch(/[\u4e00-\u9fff].* \/ .*[A-Za-z]/);
      expect(err).toContain(file);
      expect(err).toMatch(/nothing (in the archive )?was changed/i);
      expect(await archiveSnapshot(dir, [])).toEqual(before);
    });
  }
});

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
