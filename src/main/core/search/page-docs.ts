import type { PageText } from '../../../shared/import-types';
import type { Issue, Page, Rect } from '../../../shared/model';
import { joinLetterSpacedHanMapped } from '../../../shared/normalize-text';

/**
 * The pages of issues as search documents (issue 13: every word on a page is searchable,
 * even where no article was recognised). A page's indexed text is its text layer with what
 * its articles already hold blanked out, character for character: the words of an article
 * are found as the article, and the page is found only for the rest (a caption, an ad, a
 * piece the layout analysis missed). A page hit opens the replica with the query, which marks
 * it on the text layer (query-hit-ranges.ts); the hit's offsets serve its snippet only.
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
  // Justified lines come out of the PDF letter-spaced (加 宏 大), and a search for 加宏大 must
  // find them: the spaces are dropped as the text import stores drops them. Which spaces go is
  // decided on the page's own text, so a blanked article never joins the words around it.
  const joined = joinLetterSpacedHanMapped(pageText.text);
  let text = '';
  for (let i = 0; i < joined.text.length; i += 1) {
    const at = joined.offsets[i] as number;
    text += out[at] === pageText.text[at] ? (joined.text[i] as string) : ' ';
  }
  return text;
}
