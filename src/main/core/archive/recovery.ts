import { relative, sep } from 'node:path';
import type { RecoveredFile } from '../../../shared/recovery';
import type { BackupShelf } from '../backup/backup-shelf';
import { writeFileDurably } from '../storage/durable-file';
import type { FileDamage } from '../storage/json-store';

/**
 * What the archive's stores do with a file found damaged (after it was moved aside): put the
 * newest good copy from the backups in its place, and record what happened for the app's
 * notice and `jianbao check`. Resolves to whether a copy was restored.
 */
export function recoverFromBackups(
  archiveDir: string,
  shelf: BackupShelf,
  record: (entry: RecoveredFile) => void,
  now: () => Date,
): (damage: FileDamage, isGood: (text: string) => boolean) => Promise<boolean> {
  const inArchive = (path: string) => relative(archiveDir, path).split(sep).join('/');
  return async (damage, isGood) => {
    const file = inArchive(damage.file);
    const found = await shelf.lastGood(file, isGood);
    if (found) await writeFileDurably(damage.file, found.text);
    record({
      file,
      movedTo: inArchive(damage.movedTo),
      problem: damage.problem,
      restoredFrom: found ? { backup: `backups/${found.snapshot.name}`, takenAt: found.snapshot.takenAt } : null,
      foundAt: now().toISOString(),
    });
    return found !== null;
  };
}
