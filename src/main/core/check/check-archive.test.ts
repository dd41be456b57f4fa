import { spawn } from 'node:child_process';
import { readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { openCore } from '../open-core';
import { checkArchive } from './check-archive';

function exitedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  return new Promise((resolve) => child.on('exit', () => resolve(child.pid!)));
}

describe('jianbao check, on what killed writers left', () => {
  it('removes a temporary file of a writer long gone, and keeps one just written (perhaps by another machine)', async () => {
    const core = await openCore(await tempDir());
    const pid = await exitedPid();
    const old = join(core.archive.dir, 'annotations', `.x.json.${pid}.0123456789ab.tmp`);
    const fresh = join(core.archive.dir, 'annotations', `.y.json.${pid}.0123456789ab.tmp`);
    await writeFile(old, '{');
    await writeFile(fresh, '{');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(old, anHourAgo, anHourAgo);

    const report = await checkArchive(core);

    expect(report.leftoversRemoved).toEqual([`annotations/.x.json.${pid}.0123456789ab.tmp`]);
    expect(await readdir(join(core.archive.dir, 'annotations'))).toContain(`.y.json.${pid}.0123456789ab.tmp`);
    core.search.close();
  });
});
