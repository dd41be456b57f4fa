import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { openCore } from '../open-core';
import { writeBackupFile } from './write-backup';

describe('writing a backup file', () => {
  it('refuses, writing nothing, an archive larger than restore would accept', async () => {
    const core = await openCore(await tempDir());
    const into = await tempDir();
    await expect(writeBackupFile(core.archive, into, new Date(), 1024)).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('copy the whole archive folder') });
    expect(await readdir(into)).toEqual([]);
  });

  it('writes one zip of the archive when it fits', async () => {
    const core = await openCore(await tempDir());
    const into = await tempDir();
    const summary = await writeBackupFile(core.archive, into);
    expect(await readdir(into)).toEqual([summary.file.slice(into.length + 1)]);
    expect(summary.counts.originals).toBeGreaterThan(0);
  });
});
