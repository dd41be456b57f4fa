import { access, mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { Archive } from '../archive/archive';
import { sha256Hex } from '../archive/ids';
import { writeFileDurably } from '../storage/durable-file';
import { JianbaoError } from '../../../shared/errors';
import { backupFormat, backupFormatVersion, isBackupPath, manifestName, maxBackupBytes, type BackupManifest } from './backup-format';

/** What `jianbao backup` wrote. */
export interface BackupSummary {
  file: string;
  bytes: number;
  /** files in it, by kind: library.json, annotations, articles, originals … */
  counts: Record<string, number>;
  /** JSON files left out because they do not parse (run `jianbao check`) */
  skippedDamaged: string[];
}

/**
 * Writes the whole archive's record (the JSON files and the originals; not the derived search
 * index, not the rotating backups) into one zip file in `dir` (made if missing), named by the
 * time, durably and never over an existing file. A JSON file that does not parse is left out and named.
 */
export async function writeBackupFile(
  archive: Archive,
  dir: string,
  now: Date = new Date(),
  /** the most it may unpack to: what restore accepts */
  maxBytes: number = maxBackupBytes,
): Promise<BackupSummary> {
  const zippable: Zippable = {};
  const manifest: BackupManifest = { format: backupFormat, version: backupFormatVersion, createdAt: now.toISOString(), files: {} };
  const counts: Record<string, number> = {};
  const skippedDamaged: string[] = [];
  /** what the backup unpacks to, which restore caps */
  let total = 0;
  const add = (path: string, bytes: Uint8Array, isCompressed: boolean) => {
    zippable[path] = [bytes, { level: isCompressed ? 0 : 6 }];
    total += bytes.length;
    manifest.files[path] = sha256Hex(bytes);
    const kind = path.includes('/') ? path.split('/')[0]! : path;
    counts[kind] = (counts[kind] ?? 0) + 1;
  };
  for (const folder of ['', 'annotations', 'articles', 'pages', 'documents', 'corrections', 'proposals', 'originals']) {
    const names = (await readdir(join(archive.dir, folder)).catch(() => [] as string[])).sort();
    for (const name of names) {
      const path = folder ? `${folder}/${name}` : name;
      if (!isBackupPath(path)) continue;
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(join(archive.dir, path)));
      } catch {
        continue; // removed meanwhile
      }
      if (folder !== 'originals' && !parses(bytes)) {
        skippedDamaged.push(path);
        continue;
      }
      add(path, bytes, folder === 'originals');
    }
  }
  // A backup that restore would refuse is no backup: say so rather than write one.
  if (total > maxBytes) {
    throw new JianbaoError(
      'TOO_LARGE',
      `档案太大，无法写成一个备份文件（${Math.round(total / 1024 ** 2)} MB，上限 ${Math.round(maxBytes / 1024 ** 2)} MB）；请直接复制整个档案文件夹 / ` +
        `The archive is too large for one backup file (${Math.round(total / 1024 ** 2)} MB, the limit is ${Math.round(maxBytes / 1024 ** 2)} MB); copy the whole archive folder instead.`,
    );
  }
  zippable[manifestName] = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const zip = zipSync(zippable);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  // A folder named for the backup that is not there yet is made, as `cp -r` or a save dialog would.
  await mkdir(dir, { recursive: true });
  let file = join(dir, `jianbao-backup-${stamp}.zip`);
  for (let n = 1; await exists(file); n += 1) file = join(dir, `jianbao-backup-${stamp}-${n}.zip`);
  await writeFileDurably(file, zip);
  return { file, bytes: zip.length, counts, skippedDamaged };
}

function parses(bytes: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder().decode(bytes));
    return true;
  } catch {
    return false;
  }
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(() => true, () => false);
}
