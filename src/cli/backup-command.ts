import { resolve } from 'node:path';
import { JianbaoError } from '../shared/errors';
import { restoreBackup } from '../main/core/backup/restore-backup';
import { writeBackupFile } from '../main/core/backup/write-backup';
import { openCore } from '../main/core/open-core';

/** `jianbao backup [DIR]`: the whole archive into one zip file in DIR (default: the current folder). */
export async function runBackupCommand(archiveDir: string, dir: string | undefined, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const { archive } = await openCore(archiveDir, { installDemo: false });
  const summary = await writeBackupFile(archive, resolve(dir ?? '.'));
  const counts = Object.entries(summary.counts).map(([kind, n]) => `${kind} ${n}`).join(', ');
  out(`已备份到 ${summary.file} / Backed up to ${summary.file} (${(summary.bytes / 1024 / 1024).toFixed(1)} MB: ${counts})`);
  for (const path of summary.skippedDamaged) {
    err(`未备份已损坏的文件 / Left out the damaged file ${path}: run "jianbao check" to restore it.`);
  }
  return summary.skippedDamaged.length > 0 ? 1 : 0;
}

/** `jianbao restore FILE`: merges a backup into the archive and says what it added and kept. */
export async function runRestoreCommand(archiveDir: string, file: string | undefined, out: (line: string) => void): Promise<number> {
  if (!file) throw new JianbaoError('INVALID_ARGUMENT', '请给出备份文件 / Name the backup file to restore (one written by "jianbao backup").');
  const { archive } = await openCore(archiveDir, { installDemo: false });
  const report = await restoreBackup(archive, resolve(file));
  const { issues, documents, annotations, originals } = report;
  out(`已从 ${resolve(file)} 恢复 / Restored from ${resolve(file)}:`);
  out(`  期 issues: 新增 added ${issues.added.length}, 保留本地 kept ${issues.kept}`);
  out(`  文件 documents: 新增 added ${documents.added.length}, 保留本地 kept ${documents.kept}`);
  out(`  批注 annotations: 新增 added ${annotations.added}, 以备份中较新的更新 updated from newer copies ${annotations.updated}, 保留本地较新或相同 kept ${annotations.kept}`);
  out(`  原始文件 originals: 新增 added ${originals.added}, 已有 kept ${originals.kept}`);
  out(`  专题 collections: 新增 added ${report.collections.added}, 更新 updated ${report.collections.updated}, 保留本地 kept ${report.collections.kept}`);
  out(`  提案 proposals: 新增 added ${report.proposals.added}, 更新 updated ${report.proposals.updated}, 保留本地 kept ${report.proposals.kept}（版本合并 versions merged）`);
  out(`  设置 settings: ${report.settings === 'kept' ? '保留本地 kept' : report.settings === 'restored' ? '已恢复 restored' : '备份中没有 none in the backup'}`);
  if (report.safetyBackup) out(`恢复前的档案已备份于 / The archive as it was before is in ${report.safetyBackup}`);
  return 0;
}
