import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../../../../tests/unit/shared-fixtures';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { Archive } from '../archive/archive';
import { importPaths } from '../import/import-paths';
import { openCore } from '../open-core';
import { BackupShelf, keepPerReason } from './backup-shelf';

/** A clock that moves on by `stepMs` each time it is read. */
function ticking(start: string, stepMs: number): () => Date {
  let at = Date.parse(start);
  return () => new Date((at += stepMs));
}

describe('BackupShelf', () => {
  it('takes nothing from an archive that holds nothing yet', async () => {
    const dir = await tempDir();
    await Archive.open(dir);
    expect(await new BackupShelf(dir).snapshot('daily')).toBeNull();
    expect(await readdir(dir)).not.toContain('backups');
  });

  it('copies library, settings and every annotation file, as they were', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    await core.handlers.updateSettings({ profileName: '林晓' });
    await writeFile(join(dir, 'annotations', 'x-1.json'), '{"schemaVersion":1,"issueId":"x-1","annotations":[]}');
    const shelf = new BackupShelf(dir);
    const taken = await shelf.snapshot('import');
    const copy = join(shelf.dir, taken!.name);
    expect((await readdir(copy)).sort()).toEqual(['annotations', 'library.json', 'settings.json']);
    expect(await readFile(join(copy, 'library.json'), 'utf8')).toBe(await readFile(join(dir, 'library.json'), 'utf8'));
    expect(await readdir(join(copy, 'annotations'))).toEqual(['x-1.json']);
  });

  it('takes one daily backup a day and keeps the newest seven of each kind', async () => {
    const dir = await tempDir();
    await openCore(dir);
    const shelf = new BackupShelf(dir, ticking('2026-11-01T09:00:00Z', 6 * 3600_000)); // four readings a day
    const dailies = [];
    for (let i = 0; i < 40; i += 1) dailies.push(await shelf.dailyIfDue());
    for (let i = 0; i < 10; i += 1) await shelf.snapshot('import');
    const kept = await shelf.list();
    const days = kept.filter((s) => s.reason === 'daily').map((s) => s.takenAt.slice(0, 10));
    expect(dailies.filter(Boolean).length).toBeGreaterThanOrEqual(9);
    expect(days).toHaveLength(keepPerReason);
    expect(new Set(days).size).toBe(keepPerReason);
    expect(kept.filter((s) => s.reason === 'import')).toHaveLength(keepPerReason);
    expect(kept.map((s) => s.takenAt)).toEqual([...kept.map((s) => s.takenAt)].sort().reverse());
  });

  it('backs the archive up before an import writes, and not for an import that fails', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const imports = async () => (await core.archive.backups.list()).filter((s) => s.reason === 'import');
    const broken = join(await tempDir(), 'broken.pdf');
    await writeFile(broken, '%PDF-1.7\n1 0 obj <<');
    await importPaths(core.archive, [broken]);
    expect(await imports()).toEqual([]);
    const before = await readFile(join(dir, 'library.json'), 'utf8');
    const report = await importPaths(core.archive, [sharedFixture('text', 'cppcc-newspaper-page2.txt')]);
    expect(report.issues).toHaveLength(1);
    const [taken] = await imports();
    expect(await readFile(join(core.archive.backups.dir, taken!.name, 'library.json'), 'utf8')).toBe(before);
  });
});
