/**
 * How Jianbao cites an article: in the Markdown export, and when a reader copies a passage
 * "with citation" to paste into a proposal.
 */

/** What a citation names of an article. */
export interface CitedArticle {
  articleId: string;
  /** 报名: the paper's full name */
  paper: string;
  /** the issue date, YYYY-MM-DD */
  date: string;
  /** null (and page, byline null) when the article is no longer in the archive */
  title: string | null;
  /** 第 N 版 */
  page: number | null;
  /** the author line as printed, e.g. "□ 本报记者 林晓" */
  byline: string | null;
}

/** What a standalone document is called where a paper's name would stand in its citation. */
export const documentKindNames: Readonly<Record<'report' | 'proposal' | 'other', string>> = { report: '报告', proposal: '提案', other: '文件' };

/** `2026-03-04` → `2026年3月4日`; anything else unchanged. */
export function chineseDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : date;
}

/**
 * The citation of an article, without link: 报名，date，第 N 版，《title》，author. The author
 * is the byline without its leading mark (□, ■). An article no longer in the archive is cited
 * by paper, date and id.
 */
export function citationOf(article: CitedArticle): string {
  const parts = [article.paper, chineseDate(article.date)];
  if (article.title === null) {
    parts.push(`文章已不在档案中 (${article.articleId})`);
    return parts.join('，');
  }
  if (article.page !== null) parts.push(`第 ${article.page} 版`);
  parts.push(`《${article.title}》`);
  const author = article.byline?.replace(/^[\s□■◇○]+/u, '').trim();
  if (author) parts.push(author);
  return parts.join('，');
}

/** The citation of a page (版) as printed: 报名，date，第 N 版. */
export function pageCitation(page: { paper: string; date: string; page: number }): string {
  return [page.paper, chineseDate(page.date), `第 ${page.page} 版`].join('，');
}

/**
 * A passage as it is pasted elsewhere: the quote in Chinese quotation marks, then the
 * citation on its own line after a dash, as Chinese papers cite their sources.
 */
export function quoteWithCitation(quote: string, source: CitedArticle | string): string {
  return `“${quote.trim()}”\n——${typeof source === 'string' ? source : citationOf(source)}`;
}
