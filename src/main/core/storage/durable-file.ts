import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { JianbaoError } from '../../../shared/errors';

/**
 * Replaces `file` atomically and durably: the content goes to a temporary file of this
 * process's own (so two processes never share one), is fsynced, renamed over the target, and
 * the folder is fsynced so the rename itself survives a power cut. A reader sees the old file
 * or the new one, never a mix.
 */
export async function writeFileDurably(file: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(file);
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
    await syncFolder(dir);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new JianbaoError(
      'WRITE_FAILED',
      `无法保存 ${file}：${describe(error)} / Could not save ${file}: ${describe(error)}. ` +
        'Check that the disk has space and the folder is writable.',
      { cause: error },
    );
  }
}

/** fsync of a folder makes a rename in it durable; Windows cannot open folders, and needs none. */
async function syncFolder(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Moves a damaged file aside, beside the original, under a name that is never reused
 * (`library.json.damaged-2026-11-29T08-40-00-000Z`), and returns that path. The file is never
 * overwritten or deleted: the user (or `jianbao check`) decides what to do with it.
 */
export async function moveAside(file: string, now: Date = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; ; attempt += 1) {
    const target = `${file}.damaged-${stamp}${attempt === 0 ? '' : `-${attempt}`}`;
    try {
      // link + unlink would refuse to overwrite too, but not every file system has links;
      // open with 'wx' reserves the name first.
      const reserve = await open(target, 'wx');
      await reserve.close();
      try {
        await rename(file, target);
      } catch (error) {
        // The file went (another process moved it first): give the reserved name back.
        await rm(target, { force: true }).catch(() => undefined);
        throw error;
      }
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 100) continue;
      throw error;
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
