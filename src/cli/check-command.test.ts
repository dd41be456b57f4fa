import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/unit/temp-dir';
import { BackupShelf } from '../main/core/backup/backup-shelf';
import { runCli } from './cli';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: {}, out: (l) => out.push(l), err: (l) => err.push(l), rendererDir: '/nonexistent' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A demo archive with one annotation made through the CLI; returns its annotation file. */
async function annotatedArchive(dir: string): Promise<string> {
  const issues = JSON.parse((await run('list', '--json', '--archive', dir)).out) as { pages: { articles: { id: string; title: string }[] }[] }[];
  const article = issues[0]!.pages[0]!.articles[0]!;
  const detail = JSON.parse((await run('annotations', 'list', '--json', '--archive', dir)).out) as unknown[];
  expect(detail).toEqual([]);
  const added = await run('annotations', 'add', '--article', article.id, '--exact', article.title.slice(0, 2), '--comment', '要保住的批注', '--archive', dir);
  expect(added.code, added.err).toBe(0);
  const [name] = (await readdir(join(dir, 'annotations'))).filter((n) => n.endsWith('.json'));
  return join('annotations', name!);
}

describe('jianbao check', () => {
  it('exits 0 on a healthy archive and says so', async () => {
    const dir = await tempDir();
    await run('info', '--archive', dir);
    const { code, out } = await run('check', '--archive', dir);
    expect(code).toBe(0);
    expect(out).toMatch(/档案完好 \/ The archive is healthy: \d+ files checked/);
  });

  it('exits non-zero on a truncated annotation file, names it, and restores the backup', async () => {
    const dir = await tempDir();
    const notes = await annotatedArchive(dir);
    await new BackupShelf(dir).snapshot('daily'); // the next day's backup
    const whole = await readFile(join(dir, notes), 'utf8');
    await writeFile(join(dir, notes), whole.slice(0, 100));

    const { code, out } = await run('check', '--archive', dir);
    expect(code).not.toBe(0);
    expect(out).toContain(`Damaged: ${notes}`);
    expect(out).toMatch(/restored from the backup of .*-daily/);
    expect(await readFile(join(dir, notes), 'utf8')).toBe(whole);
    expect((await run('annotations', 'list', '--archive', dir)).out).toContain('要保住的批注');
    const aside = (await readdir(join(dir, 'annotations'))).filter((n) => n.includes('.damaged-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(dir, 'annotations', aside[0]!), 'utf8')).toBe(whole.slice(0, 100));

    expect((await run('check', '--archive', dir)).code).toBe(0);
  });

  it('rebuilds a damaged search index and says so', async () => {
    const dir = await tempDir();
    await run('info', '--archive', dir);
    const found = await run('search', '政协', '--json', '--archive', dir);
    const total = (JSON.parse(found.out) as { total: number }).total;
    expect(total).toBeGreaterThan(0);
    const index = join(dir, 'index', 'search.sqlite');
    const bytes = await readFile(index);
    await writeFile(index, bytes.subarray(0, 100).fill(0x5a, 16, 100)); // truncated, its header garbled
    await rm(`${index}-wal`, { force: true });
    await rm(`${index}-shm`, { force: true });

    const { code, out } = await run('check', '--archive', dir);
    expect(code, out).not.toBe(0);
    expect(out).toContain('The search index was damaged and has been rebuilt');
    expect((JSON.parse((await run('search', '政协', '--json', '--archive', dir)).out) as { total: number }).total).toBe(total);
  });
});
