import { commentOf, tagsOf, type Annotation } from '../../../shared/annotation';
import { chineseDate, citationOf, pageCitation } from '../../../shared/citation';
import { pageTextOf, regionsOf } from '../../../shared/page-annotation';
import type { CitedPageAnnotation } from './export-pages';
import type { AnnotationFilter, CitedAnnotation } from './export-w3c';

/**
 * The Markdown export: annotations grouped by paper, then issue date, then article, each
 * article with a citation line one can paste into a proposal, each annotation a blockquote of
 * its quote followed by its comment (Markdown, as written) and its tags as #tags.
 */

/** What the export says about itself in its opening lines. */
export interface MarkdownExportOptions {
  /** the filter the annotations were chosen by, named under the title */
  filter?: AnnotationFilter;
  /** the annotations on page replicas, listed after the articles' */
  pages?: readonly CitedPageAnnotation[];
}

/** The annotations (in the order readArchiveAnnotations gives them) as one Markdown document. */
export function toMarkdown(annotations: readonly CitedAnnotation[], options: MarkdownExportOptions = {}): string {
  const lines: string[] = ['# 剪报批注 / Jianbao annotations', ''];
  const scope = describeFilter(options.filter);
  const total = annotations.length + (options.pages?.length ?? 0);
  lines.push(`共 ${total} 条批注${scope ? `（${scope}）` : ''} / ${total} annotations`, '');
  if (total === 0) return lines.join('\n');

  let paper: string | null = null;
  let date: string | null = null;
  let articleId: string | null = null;
  for (const { annotation, article } of annotations) {
    if (article.paper !== paper) {
      paper = article.paper;
      date = null;
      lines.push(`## ${escapeInline(paper)}`, '');
    }
    if (article.date !== date) {
      date = article.date;
      articleId = null;
      lines.push(`### ${chineseDate(date)}`, '');
    }
    if (article.articleId !== articleId) {
      articleId = article.articleId;
      const heading = article.title === null ? '（文章已不在档案中 / article no longer in the archive）' : escapeInline(article.title);
      lines.push(`#### ${heading}${article.page === null ? '' : ` · 第${article.page}版`}`, '');
      lines.push(escapeInline(citationOf(article)), '');
    }
    lines.push(...noteLines(annotation.target.selector[0].exact, [], annotation));
  }
  lines.push(...pageLines(options.pages ?? []));
  return lines.join('\n');
}

/** The page annotations, after the articles': by paper, date and page, each page with its citation. */
function pageLines(cited: readonly CitedPageAnnotation[]): string[] {
  if (cited.length === 0) return [];
  const lines = ['## 版面批注 / Page annotations', ''];
  let key: string | null = null;
  for (const { annotation, page } of cited) {
    const pageKey = `${page.paper}\n${page.date}\n${page.page}`;
    if (pageKey !== key) {
      key = pageKey;
      lines.push(`### ${escapeInline(page.paper)} · ${chineseDate(page.date)} · 第${page.page}版`, '');
      lines.push(escapeInline(pageCitation(page)), '');
    }
    const regions = regionsOf(annotation).map((r) => `（版面区域 / region: x ${r.x}, y ${r.y}, ${r.width} × ${r.height} pt）`);
    lines.push(...noteLines(pageTextOf(annotation)?.[0].exact ?? '', regions, annotation));
  }
  return lines;
}

/** One annotation: its quote as a blockquote, what else it marks, its comment and its tags. */
function noteLines(quote: string, marks: readonly string[], annotation: Pick<Annotation, 'body'>): string[] {
  const lines: string[] = [];
  if (quote) lines.push(...quote.split('\n').map((line) => (line.trim() ? `> ${escapeInline(line)}` : '>')), '');
  for (const mark of marks) lines.push(mark, '');
  const comment = commentOf(annotation).trim();
  if (comment) lines.push(comment, '');
  const tags = tagsOf(annotation);
  if (tags.length > 0) lines.push(tags.map((t) => `#${t.replace(/\s+/g, '_')}`).join(' '), '');
  return lines;
}

function describeFilter(filter: AnnotationFilter | undefined): string {
  const parts: string[] = [];
  if (filter?.tags?.length) parts.push(`标签 ${filter.tags.map((t) => `#${t}`).join(' ')}`);
  if (filter?.from || filter?.to) parts.push(`${filter.from ? chineseDate(filter.from) : '…'}至${filter.to ? chineseDate(filter.to) : '…'}`);
  return parts.join('，');
}

/** Escapes what Markdown would read as markup in a line of newspaper text. */
function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^(\s*)([#+-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
