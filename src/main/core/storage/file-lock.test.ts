import { spawn } from 'node:child_process';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { lockFile } from './file-lock';

/** A lock folder as a holder leaves it, owned by `pid`. */
async function leaveLock(file: string, pid: number): Promise<void> {
  await mkdir(`${file}.lock`);
  await writeFile(join(`${file}.lock`, 'owner'), `${hostname()}\n${pid}\n`);
}

function exitedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  return new Promise((resolve) => child.on('exit', () => resolve(child.pid!)));
}

describe('lockFile', () => {
  it('breaks at once a lock left by a process that was killed', async () => {
    const file = join(await tempDir(), 'notes.json');
    await leaveLock(file, await exitedPid());
    const started = Date.now();
    const release = await lockFile(file, { maxWaitMs: 5_000 });
    expect(Date.now() - started).toBeLessThan(2_000);
    await release();
  });

  it.each([
    ['before it could name itself (no owner file)', null],
    ['while naming itself (an empty owner file)', ''],
  ])('breaks a lock whose holder was killed %s, once the grace is past', async (_, owner) => {
    const file = join(await tempDir(), 'notes.json');
    await mkdir(`${file}.lock`);
    if (owner !== null) await writeFile(join(`${file}.lock`, 'owner'), owner);
    const past = new Date(Date.now() - 5_000);
    await utimes(`${file}.lock`, past, past);
    const started = Date.now();
    const release = await lockFile(file, { maxWaitMs: 5_000 });
    expect(Date.now() - started).toBeLessThan(2_000);
    await release();
  });

  it('does not break a lock just taken whose holder has not yet named itself', async () => {
    const file = join(await tempDir(), 'notes.json');
    await mkdir(`${file}.lock`);
    await expect(lockFile(file, { maxWaitMs: 500 })).rejects.toMatchObject({ code: 'LOCKED' });
  });

  it('waits for a lock whose holder still runs, and says the file is locked', async () => {
    const file = join(await tempDir(), 'notes.json');
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      await leaveLock(file, holder.pid!);
      await expect(lockFile(file, { maxWaitMs: 300 })).rejects.toMatchObject({ code: 'LOCKED' });
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('lets one holder at a time in, and the next in once it releases', async () => {
    const file = join(await tempDir(), 'notes.json');
    const first = await lockFile(file);
    await expect(lockFile(file, { maxWaitMs: 200 })).rejects.toMatchObject({ code: 'LOCKED' });
    await first();
    const second = await lockFile(file, { maxWaitMs: 1_000 });
    await second();
  });
});
