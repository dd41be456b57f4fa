import { JianbaoError } from '../shared/errors';
import type { Block } from '../shared/model';
import type { ApiHandlers } from '../shared/api';

/**
 * `jianbao show ID [--json]`: an article or a document as it was imported (issue 14), to check
 * an import from the shell, as calibredb's show_metadata does for a book: its fields, its
 * blocks and its text.
 */

/** What `show` prints of an article or a document. */
export type ShownRecord =
  | {
      kind: 'article';
      id: string;
      paper: string;
      date: string;
      pageNumber: number;
      section: string;
      kicker?: string;
      title: string;
      subtitle?: string;
      byline?: string;
      source?: string;
      editor?: string;
      blocks: Block[];
      text: string;
    }
  | {
      kind: 'document';
      id: string;
      documentKind: string;
      title: string;
      date?: string;
      pageCount: number;
      blocks: Block[];
      text: string;
    };

/** The article or document of that id; throws NOT_FOUND when the archive holds neither. */
export async function showRecord(handlers: Pick<ApiHandlers, 'getArticle' | 'getDocument'>, id: string | undefined): Promise<ShownRecord> {
  if (!id) throw new JianbaoError('INVALID_ARGUMENT', '请给出文章或文件的标识 / Name the article or document to show (its id, as `jianbao list` or `jianbao search --json` prints it).');
  const detail = await handlers.getArticle({ articleId: id });
  if (detail) {
    const { article, paper, issue, page } = detail;
    return {
      kind: 'article',
      id: article.id,
      paper: paper.name,
      date: issue.date,
      pageNumber: page.number,
      section: page.section,
      ...(article.kicker ? { kicker: article.kicker } : {}),
      title: article.title,
      ...(article.subtitle ? { subtitle: article.subtitle } : {}),
      ...(article.byline ? { byline: article.byline } : {}),
      ...(article.source ? { source: article.source } : {}),
      ...(article.editor ? { editor: article.editor } : {}),
      blocks: article.blocks,
      text: article.text,
    };
  }
  const document = await handlers.getDocument({ documentId: id });
  if (document) {
    return {
      kind: 'document',
      id: document.id,
      documentKind: document.kind,
      title: document.title,
      ...(document.date ? { date: document.date } : {}),
      pageCount: document.pageCount,
      blocks: document.blocks,
      text: document.text,
    };
  }
  throw new JianbaoError('NOT_FOUND', `找不到文章或文件 ${id} / No article or document ${id} in this archive.`);
}

const blockMarks: Record<Block['kind'], string> = { heading: '## ', paragraph: '', caption: '[图注 caption] ' };

/** The record as lines a reader checks by eye: one field a line, then the blocks, a blank line apart. */
export function formatShown(record: ShownRecord): string {
  const fields: [string, string | number | undefined][] =
    record.kind === 'article'
      ? [
          ['文章 Article', record.id],
          ['报纸 Paper', record.paper],
          ['日期 Date', record.date],
          ['版 Page', `${record.pageNumber} ${record.section}`.trim()],
          ['引题 Kicker', record.kicker],
          ['标题 Title', record.title],
          ['副题 Subtitle', record.subtitle],
          ['作者 Byline', record.byline],
          ['来源 Source', record.source],
          ['责编 Editor', record.editor],
        ]
      : [
          ['文件 Document', record.id],
          ['类别 Kind', record.documentKind],
          ['标题 Title', record.title],
          ['日期 Date', record.date],
          ['页数 Pages', record.pageCount],
        ];
  const lines = fields.filter(([, value]) => value !== undefined && value !== '').map(([label, value]) => `${label}: ${value}`);
  const counts = `${record.blocks.length} 块 blocks, ${record.text.length} 字 characters`;
  return [...lines, `正文 Body: ${counts}`, '', ...record.blocks.map((block) => `${blockMarks[block.kind]}${block.text}`).join('\n\n').split('\n')].join('\n');
}
