import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { JianbaoError } from '../../../shared/errors';
import { isProcessRunning } from './processes';

/** How long a writer waits, by default, for another process's lock before it gives up. */
const defaultMaxWaitMs = 30_000;

const lockOptions = {
  realpath: false,
  // A live holder refreshes the lock's mtime every 2 s; one untouched for 10 s is stale even
  // when its owner cannot be told (another host, a reused pid).
  stale: 10_000,
  update: 2_000,
  retries: 0,
  // A lock that went stale under us is reported by the next writer's own lock; nothing to do here.
  onCompromised: () => undefined,
};

/** How long a lock folder may stand without its owner file before it counts as abandoned. */
const ownerlessGraceMs = 3_000;

/** The file inside the lock folder that names its holder: host and process id. */
const ownerFileName = 'owner';

/**
 * Takes the cross-process lock of `file` (proper-lockfile's `<file>.lock` folder) and resolves
 * to the function that releases it. The holder writes its host and pid into the lock folder,
 * so that a lock left behind by a process that was killed (SIGKILL, a crash, a power cut) is
 * broken at once by the next writer on the same host when that pid is gone, instead of
 * blocking every writer until the lock's mtime is 10 s old. The owner file lives inside the
 * lock folder, so it goes with the lock and never outlives it.
 */
export async function lockFile(file: string, { maxWaitMs = defaultMaxWaitMs } = {}): Promise<() => Promise<void>> {
  const lockDir = `${file}.lock`;
  const deadline = Date.now() + maxWaitMs;
  let delay = 5;
  for (;;) {
    let lastError: unknown;
    try {
      const release = await lockfile.lock(file, lockOptions);
      await writeFile(join(lockDir, ownerFileName), `${hostname()}\n${process.pid}\n`).catch(() => undefined);
      return async () => {
        await rm(join(lockDir, ownerFileName), { force: true }).catch(() => undefined);
        await release().catch(() => undefined);
      };
    } catch (error) {
      lastError = error;
      const code = (error as NodeJS.ErrnoException).code;
      // ENOTEMPTY: proper-lockfile found the lock stale by its mtime but cannot rmdir it, the owner file being in it.
      if (code !== 'ELOCKED' && code !== 'ENOTEMPTY') throw lockedError(file, error);
      if (await breakIfAbandoned(lockDir, code === 'ENOTEMPTY')) continue;
    }
    if (Date.now() > deadline) throw lockedError(file, lastError);
    await new Promise((resolve) => setTimeout(resolve, delay * (0.5 + Math.random())));
    delay = Math.min(100, delay * 1.3);
  }
}

function lockedError(file: string, cause: unknown): JianbaoError {
  return new JianbaoError(
    'LOCKED',
    `文件正被另一个程序使用：${file} / ${file} is locked by another Jianbao process; try again in a moment.`,
    { cause },
  );
}

/**
 * Removes the lock when its holder is gone (or it is stale by mtime); true when it did, or
 * when the lock vanished meanwhile, so the caller tries again at once. The lock folder is
 * renamed away before it is removed and its identity checked, so a fresh lock that another
 * process took in the meantime is put back, not deleted.
 */
async function breakIfAbandoned(lockDir: string, isStale: boolean): Promise<boolean> {
  let seen;
  let owner: string | null;
  try {
    seen = await stat(lockDir);
    owner = await readFile(join(lockDir, ownerFileName), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return false;
    // no lock any more: try again at once
    if (seen === undefined) return true;
    owner = null;
  }
  // No owner file, or one not (fully) written: its holder is between mkdir and writing it
  // (milliseconds), or was killed right there; past the grace it is abandoned, without waiting
  // for the lock's mtime to be stale.
  const named = owner === null ? null : ownerOf(owner);
  const isOwnerless = named === null && Date.now() - seen.mtimeMs > ownerlessGraceMs;
  if (!isStale && !isOwnerless && (named === null || !isOwnerGone(named))) return false;
  const aside = `${lockDir}.abandoned-${randomBytes(6).toString('hex')}`;
  try {
    await rename(lockDir, aside);
  } catch {
    return true; // someone else broke it first
  }
  const moved = await stat(aside).catch(() => null);
  if (moved && moved.ino !== seen.ino) {
    // A new holder took the lock between our look and the rename: give it back.
    await rename(aside, lockDir).catch(() => undefined);
    return true;
  }
  await rm(aside, { recursive: true, force: true }).catch(() => undefined);
  return true;
}

/** The host and pid an owner file names; null when it is empty or cut short. */
function ownerOf(text: string): { host: string; pid: number } | null {
  const match = /^([^\n]+)\n(\d+)\n$/.exec(text);
  return match ? { host: match[1] as string, pid: Number(match[2]) } : null;
}

/** True when the owner names a process on this host that no longer runs. */
function isOwnerGone({ host, pid }: { host: string; pid: number }): boolean {
  return host === hostname() && pid > 0 && !isProcessRunning(pid);
}
