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

/** Role words a byline puts before the names (本报记者 林晓): not part of an author's name. */
const bylineRoles = /^(本报|新华社|人民日报|中新社)?(特约|首席)?(记者|通讯员|实习生|评论员|特派记者|见习记者|编辑|撰稿|摄影|报道员)$/u;

/**
 * The authors a byline names, as GB/T 7714-2015 lists them: the mark (□, ■) and role words
 * (本报记者, 通讯员) dropped, names separated by ", ", and after three names "等".
 */
export function gbtAuthors(byline: string | null): string {
  if (!byline) return '';
  const words = byline
    .replace(/[□■◇○◆●]/gu, ' ')
    .split(/[\s,，、;；]+/u)
    .filter((word) => word !== '' && !bylineRoles.test(word));
  const names = words.map((word) => word.replace(/^(本报|新华社)?(特约|首席)?(记者|通讯员|实习生|评论员)/u, '')).filter((name) => name !== '');
  if (names.length === 0) return '';
  return names.length > 3 ? `${names.slice(0, 3).join(', ')}, 等` : names.join(', ');
}

/**
 * An article cited as GB/T 7714-2015 cites a newspaper article:
 * `作者. 题名[N]. 报纸名, 2026-03-04(1).` The author is left out when the byline names none,
 * the page when it is not known. An article no longer in the archive is cited by paper and date.
 */
export function gbtNewspaperCitation(article: CitedArticle): string {
  const page = article.page === null ? '' : `(${article.page})`;
  const source = `${article.paper}, ${article.date}${page}.`;
  if (article.title === null) return `[N]. ${source}`;
  const author = gbtAuthors(article.byline);
  return `${author ? `${author}. ` : ''}${article.title}[N]. ${source}`;
}

/**
 * A standalone document (report, proposal) cited in GB/T 7714-2015's way: `题名[R]. 日期.`;
 * a report is [R], anything else [Z] (其他未说明的文献类型).
 */
export function gbtDocumentCitation(document: { title: string | null; kind: 'report' | 'proposal' | 'other'; date?: string | undefined }): string {
  const code = document.kind === 'report' ? 'R' : 'Z';
  return `${document.title ?? '（文件已不在档案中）'}[${code}].${document.date ? ` ${document.date}.` : ''}`;
}
