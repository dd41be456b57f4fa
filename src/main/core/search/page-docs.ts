import type { PageText } from '../../../shared/import-types';
import type { Issue, Page, Rect } from '../../../shared/model';

/**
 * The pages of issues as search documents (issue 13: every word on a page is searchable,
 * even where no article was recognised). A page's indexed text is its text layer with what
 * its articles already hold blanked out, character for character: the words of an article
 * are found as the article, and the page is found only for the rest (a caption, an ad, a
 * piece the layout analysis missed). Blanking keeps every offset of the page's text, so a
 * hit's offsets are those of the text layer's items, which the replica marks.
 */

/** The index key of an issue's page: never an article's or a document's id. */
export function pageDocKey(issueId: string, pageNumber: number): string {
  return `page:${issueId}:${pageNumber}`;
}

/** The values a page's stamp hashes: what its text, its articles and its place in the archive are. */
export function pageStampValues(issue: Issue, page: Page, contentHashOf: (articleId: string) => string | undefined): (string | number | undefined)[] {
  return [
    'page',
    issue.id,
    issue.paperId,
    issue.date,
    page.number,
    page.section,
    page.replica?.sha256,
    page.replica?.pageIndex,
    JSON.stringify(page.areas ?? []),
    ...page.articleIds.map((id) => `${id}=${contentHashOf(id) ?? ''}`),
  ];
}

const squash = (text: string): string => text.replace(/\s+/g, '');

function centreIn(item: PageText['items'][number], rects: readonly Rect[]): boolean {
  const x = item.x + item.width / 2;
  const y = item.y + item.height / 2;
  return rects.some((r) => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height);
}

/**
 * The page's text with every character that belongs to one of its articles turned into a
 * space: the items inside an article's area, and the lines an article's text contains.
 * Line breaks stay. Empty of words when the articles hold the whole page.
 */
export function pageLeftoverText(pageText: PageText, areas: readonly Rect[], articleTexts: readonly string[]): string {
  // UTF-16 code units, as the items' offsets count them.
  const out = pageText.text.split('');
  const blank = (start: number, end: number): void => {
    for (let i = Math.max(0, start); i < Math.min(out.length, end); i += 1) if (out[i] !== '\n') out[i] = ' ';
  };
  for (const item of pageText.items) if (areas.length > 0 && centreIn(item, areas)) blank(item.start, item.start + item.text.length);
  const articles = squash(articleTexts.join('\n'));
  if (articles !== '') {
    let lineStart = 0;
    for (const line of pageText.text.split('\n')) {
      const words = squash(line);
      if (words !== '' && articles.includes(words)) blank(lineStart, lineStart + line.length);
      lineStart += line.length + 1;
    }
  }
  return out.join('');
}
