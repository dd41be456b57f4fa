import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ApiHandlers } from '../shared/api';
import { JianbaoError } from '../shared/errors';
import type { ArchiveInfo } from '../shared/model';

/** One issue as `jianbao list` shows it: its pages, each with its articles. */
export interface ListedIssue {
  id: string;
  paper: string;
  date: string;
  number?: number;
  pages: { number: number; section: string; articles: { id: string; title: string }[] }[];
}

/** Every issue with its pages and articles, newest first, through the API. */
export async function listArchive(api: Pick<ApiHandlers, 'listIssues' | 'getIssue'>): Promise<ListedIssue[]> {
  const listed: ListedIssue[] = [];
  for (const summary of await api.listIssues({})) {
    const detail = await api.getIssue({ issueId: summary.id });
    if (!detail) continue;
    const titles = new Map(detail.articles.map((a) => [a.id, a.title]));
    listed.push({
      id: summary.id,
      paper: detail.paper.name,
      date: summary.date,
      ...(summary.number === undefined ? {} : { number: summary.number }),
      pages: [...detail.issue.pages]
        .sort((a, b) => a.number - b.number)
        .map((page) => ({
          number: page.number,
          section: page.section,
          articles: page.articleIds.map((id) => ({ id, title: titles.get(id) ?? '' })),
        })),
    });
  }
  return listed;
}

export function formatInfo(info: ArchiveInfo): string {
  const { counts } = info;
  return [
    `档案 Archive: ${info.archiveDir}`,
    `报纸 Papers: ${counts.papers}`,
    `期 Issues: ${counts.issues}`,
    `版 Pages: ${counts.pages}`,
    `文章 Articles: ${counts.articles}`,
    `文档 Documents: ${counts.documents}`,
    `批注 Annotations: ${counts.annotations}`,
  ].join('\n');
}

export function formatList(issues: readonly ListedIssue[]): string {
  if (issues.length === 0) return '（档案为空） / The archive holds no issues.';
  const lines: string[] = [];
  for (const issue of issues) {
    const number = issue.number === undefined ? '' : ` 总第${issue.number}期`;
    lines.push(`${issue.paper} ${issue.date}${number}  [${issue.id}]`);
    for (const page of issue.pages) {
      lines.push(`  第 ${page.number} 版 · ${page.section}`);
      for (const article of page.articles) lines.push(`    ${article.title}  [${article.id}]`);
    }
  }
  return lines.join('\n');
}

/** An error as the CLI prints it: its message on one line (a message may hold line breaks). */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ');
}

/**
 * Delivers an exported file (base64 `data`) as the user asked: written to `target` (relative to
 * `cwd`), or printed when there is no target (a text format). Returns the path written, or
 * null when printed. A failed write throws WRITE_FAILED naming the path.
 */
export async function deliverExport(file: { data: string }, target: string | null, cwd: string, out: (line: string) => void): Promise<string | null> {
  const bytes = Buffer.from(file.data, 'base64');
  if (target === null) {
    out(bytes.toString('utf8').replace(/\n$/, ''));
    return null;
  }
  const path = resolve(cwd, target);
  try {
    await writeFile(path, bytes);
  } catch (error) {
    throw new JianbaoError('WRITE_FAILED', `无法写入 ${path} / Cannot write ${path}: ${(error as Error).message}`, { cause: error });
  }
  return path;
}
