import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * Every folder and file under an archive with the sha256 of its content, in name order: equal
 * snapshots, byte-for-byte equal archives. `skip` names top-level folders left out (the
 * rotating backups, the derived index).
 */
export async function archiveSnapshot(dir: string, skip: readonly string[] = ['backups']): Promise<string[]> {
  const entries: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (folder === dir && skip.includes(entry.name)) continue;
      if (entry.isDirectory()) {
        entries.push(`${relative(dir, path)}/`);
        await walk(path);
      } else entries.push(`${relative(dir, path)} ${createHash('sha256').update(await readFile(path)).digest('hex')}`);
    }
  };
  await walk(dir);
  return entries;
}
