import type { RecoveredFile } from '../shared/recovery';
import { checkArchive } from '../main/core/check/check-archive';
import { openCore } from '../main/core/open-core';
import { CorruptFileError } from '../main/core/storage/json-store';

/** One line saying what happened to a damaged file, in Chinese and English. */
export function describeRecovery(entry: RecoveredFile): string {
  const restored = entry.restoredFrom
    ? `已从 ${entry.restoredFrom.takenAt} 的备份恢复 / restored from the backup of ${entry.restoredFrom.takenAt} (${entry.restoredFrom.backup})`
    : /^(articles|pages|documents)\//.test(entry.file)
      ? '没有备份（此类文件不在备份之列），请重新导入原始文件 / no backup holds such files: import the original again to rebuild it'
      : '没有可用的备份，该文件从空白开始 / no backup held a good copy: it starts empty; the damaged copy is kept for repair';
  return `已损坏 / Damaged: ${entry.file} (${entry.problem}); 已移至 moved aside to ${entry.movedTo}; ${restored}`;
}

/**
 * `jianbao check`: reads every file of the archive, restores damaged ones from the backups,
 * rebuilds a damaged search index, and says so. Exits 0 when all was well, 1 when anything
 * was damaged (each file named, with what was restored).
 */
export async function runCheckCommand(archiveDir: string, json: boolean, out: (line: string) => void): Promise<number> {
  let core;
  /** library.json or settings.json damaged with no backup to restore: moved aside as the archive opened */
  let lost: string | null = null;
  try {
    core = await openCore(archiveDir, { installDemo: false });
  } catch (error) {
    if (!(error instanceof CorruptFileError)) throw error;
    lost = error.message;
    core = await openCore(archiveDir, { installDemo: false });
  }
  const report = await checkArchive(core);
  const isHealthy = lost === null && report.recovered.length === 0 && report.searchIndex !== 'rebuilt';
  if (lost !== null) out(lost.replace(/\s*\n\s*/g, ' '));
  if (json) {
    out(JSON.stringify({ healthy: isHealthy, ...report }, null, 2));
    return isHealthy ? 0 : 1;
  }
  for (const entry of report.recovered) out(describeRecovery(entry));
  if (report.searchIndex === 'rebuilt') out('搜索索引已损坏，已重建 / The search index was damaged and has been rebuilt.');
  if (report.leftoversRemoved.length > 0) {
    out(`已清理中断写入留下的 ${report.leftoversRemoved.length} 个临时文件 / Removed ${report.leftoversRemoved.length} temporary files left by interrupted writes.`);
  }
  out(
    isHealthy
      ? `档案完好 / The archive is healthy: ${report.filesChecked} files checked, search index ${report.searchIndex === 'built' ? 'built' : 'sound'}.`
      : `发现 ${report.recovered.length} 个损坏的文件 / Found ${report.recovered.length} damaged files` +
          `${report.searchIndex === 'rebuilt' ? ' and a damaged search index' : ''}; see above. ${report.filesChecked} files checked.`,
  );
  return isHealthy ? 0 : 1;
}
