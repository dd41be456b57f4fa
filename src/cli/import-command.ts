import { resolve } from 'node:path';
import type { ImportReport } from '../shared/import-types';
import { openCore } from '../main/core/open-core';

/** What `jianbao import` was told. */
export interface ImportCommandOptions {
  paper?: string;
  date?: string;
  json: boolean;
}

/** Where the command writes. */
export interface ImportCommandOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * `jianbao import <files|folders…> [--paper NAME] [--date YYYY-MM-DD] [--json]`: imports
 * through the API and prints what it imported. Exits 1 when any file failed, naming each
 * one on stderr; the files that did import stay imported. A new archive gets no demo.
 */
export async function runImportCommand(
  archiveDir: string,
  paths: readonly string[],
  options: ImportCommandOptions,
  output: ImportCommandOutput,
): Promise<number> {
  if (paths.length === 0) {
    output.err('jianbao: import needs at least one file or folder (jianbao import <files|folders…>)');
    return 2;
  }
  const { handlers } = await openCore(archiveDir, { installDemo: false });
  const report = await handlers.importFiles({
    paths: paths.map((path) => resolve(path)),
    ...(options.paper === undefined ? {} : { paper: options.paper }),
    ...(options.date === undefined ? {} : { date: options.date }),
  });
  output.out(options.json ? JSON.stringify(report, null, 2) : formatImportReport(report));
  const failed = report.files.filter((file) => file.status === 'failed');
  for (const file of failed) output.err(`jianbao: ${file.error?.message.replace(/\s*\n\s*/g, ' ') ?? file.path}`);
  return failed.length > 0 || report.cancelled ? 1 : 0;
}

/** The report for people: issues with their pages and sections, articles with titles and bylines. */
export function formatImportReport(report: ImportReport): string {
  const count = (status: string): number => report.files.filter((f) => f.status === status).length;
  const lines = [
    `导入 ${count('imported')} 个文件，未变 ${count('unchanged')} 个，失败 ${count('failed')} 个 / ` +
      `Imported ${count('imported')} file(s), ${count('unchanged')} unchanged, ${count('failed')} failed`,
  ];
  for (const issue of report.issues) {
    const number = issue.number === undefined ? '' : ` 总第${issue.number}期`;
    lines.push(`${issue.paperName} ${issue.date}${number}  [${issue.id}]`);
    for (const page of issue.pages) {
      const lead = page.leadTitle ? `  ${page.leadTitle}` : '';
      lines.push(`  第 ${page.number} 版 · ${page.section || '（未注明栏目）'}${page.hasReplica ? ' [PDF]' : ''}${lead}`);
      for (const article of issue.articles.filter((a) => a.pageNumber === page.number)) {
        const update = article.isUpdate ? ' （已更新 / updated）' : '';
        lines.push(`    ${article.title}${update}  [${article.id}]`);
        if (article.subtitle) lines.push(`      ——${article.subtitle}`);
        if (article.byline) lines.push(`      ${article.byline}`);
        if (article.headings.length > 0) lines.push(`      小标题 Headings: ${article.headings.join(' / ')}`);
      }
    }
  }
  for (const doc of report.documents) lines.push(`文档 Document: ${doc.title}  (${doc.pageCount} 页 pages)  [${doc.id}]`);
  for (const file of report.files) {
    for (const warning of file.warnings) lines.push(`提示 Note: ${warning}`);
  }
  if (report.changedArticleIds.length > 0) {
    const n = report.changedArticleIds.length;
    lines.push(`${n} 篇文章的文字有变，其批注已按原文重新定位，找不到原文的批注保留为“孤立” / ${n} article(s) changed text; their annotations are re-anchored by their quotes, and any whose quote is gone are kept as orphaned.`);
  }
  if (report.cancelled) lines.push('导入已取消 / The import was cancelled.');
  return lines.join('\n');
}
