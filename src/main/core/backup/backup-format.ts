import { unzipSync } from 'fflate';
import { JianbaoError } from '../../../shared/errors';
import { sha256Hex } from '../archive/ids';

/**
 * The single-file backup of `jianbao backup`: a zip holding the archive's JSON files of
 * record and its originals, as they lie in the archive folder, and `jianbao-backup.json`, a
 * manifest naming every file with its sha256. Nothing else may be in it.
 */
export const manifestName = 'jianbao-backup.json';
export const backupFormat = 'jianbao-backup';
export const backupFormatVersion = 1;

export interface BackupManifest {
  format: typeof backupFormat;
  version: number;
  createdAt: string;
  /** path in the zip → sha256 of its bytes */
  files: Record<string, string>;
}

/** The paths a backup may hold, besides the manifest. */
const allowedPath = /^(?:library\.json|settings\.json|collections\.json|(?:annotations|articles|pages|documents|corrections|proposals)\/[A-Za-z0-9][A-Za-z0-9._-]{0,199}\.json|originals\/[0-9a-f]{64}\.[a-z0-9]{1,8})$/;

/** The most a backup may unpack to; past it the file is refused before anything is unpacked. */
export const maxBackupBytes = 1.5 * 1024 ** 3;

export function isBackupPath(path: string): boolean {
  return allowedPath.test(path);
}

function notABackup(file: string, why: string): JianbaoError {
  return new JianbaoError(
    'UNSUPPORTED_FORMAT',
    `${file} 不是剪报备份文件（${why.split(' / ')[0]}），档案未作任何改动 / ${file} is not a Jianbao backup ` +
      `(${why.split(' / ')[1] ?? why}); nothing in the archive was changed. Choose a file written by "jianbao backup".`,
  );
}

function unsafe(file: string, why: string): JianbaoError {
  return new JianbaoError(
    'UNSAFE_ARCHIVE',
    `已拒绝 ${file}：${why.split(' / ')[0]}，档案未作任何改动 / Refused ${file}: ${why.split(' / ')[1] ?? why}; nothing in the archive was changed.`,
  );
}

/**
 * Unpacks and checks a backup in memory: a zip, only the paths a backup holds (none climbing
 * out with `..`), no more than {@link maxBackupBytes} declared, a manifest of our format
 * naming exactly the files present with their sha256. Throws a bilingual error otherwise,
 * before anything is written.
 */
export function openBackup(file: string, bytes: Uint8Array): { manifest: BackupManifest; files: Map<string, Uint8Array> } {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw notABackup(file, '不是 zip 文件 / it is not a zip file');
  }
  let declared = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (info) => {
        if (info.name !== manifestName && !isBackupPath(info.name)) {
          throw info.name.split(/[\\/]/).includes('..') || /^([\\/]|[A-Za-z]:)/.test(info.name)
            ? unsafe(file, `条目 ${info.name} 指向档案之外 / the entry ${info.name} points outside the archive`)
            : notABackup(file, `含有备份之外的文件 ${info.name} / it holds ${info.name}, which no backup has`);
        }
        declared += info.originalSize;
        if (declared > maxBackupBytes) throw unsafe(file, `解压后超过 ${maxBackupBytes} 字节 / it unpacks to more than ${maxBackupBytes} bytes`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof JianbaoError) throw error;
    throw notABackup(file, `zip 文件已损坏 / the zip is damaged: ${(error as Error).message}`);
  }
  const manifestBytes = entries[manifestName];
  if (!manifestBytes) throw notABackup(file, `缺少 ${manifestName} / it has no ${manifestName}`);
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as BackupManifest;
  } catch {
    throw notABackup(file, `${manifestName} 无法读取 / its ${manifestName} is not JSON`);
  }
  if (manifest?.format !== backupFormat || typeof manifest.files !== 'object' || manifest.files === null) {
    throw notABackup(file, `${manifestName} 格式不符 / its ${manifestName} is not ours`);
  }
  if (typeof manifest.version !== 'number' || manifest.version > backupFormatVersion) {
    throw new JianbaoError('NEWER_SCHEMA', `${file} 由更新版本的剪报写入 / ${file} was written by a newer Jianbao; update Jianbao to restore it.`);
  }
  const files = new Map<string, Uint8Array>();
  for (const [path, content] of Object.entries(entries)) {
    if (path === manifestName) continue;
    if (manifest.files[path] !== sha256Hex(content)) {
      throw new JianbaoError('CORRUPT_FILE', `备份已损坏：${file} 中的 ${path} 与清单不符，档案未作任何改动 / The backup ${file} is damaged: ${path} does not match its manifest; nothing was changed.`);
    }
    files.set(path, content);
  }
  const absent = Object.keys(manifest.files).find((path) => !files.has(path));
  if (absent) {
    throw new JianbaoError('CORRUPT_FILE', `备份不完整：${file} 缺少 ${absent}，档案未作任何改动 / The backup ${file} is incomplete: ${absent} is missing; nothing was changed.`);
  }
  return { manifest, files };
}
