import { parseNumber } from '../import/metadata';
import type { ArticleDraft, IssueDraft } from '../import/drafts';

/**
 * An article continued on another page (下转第X版 at its foot, 上接第Y版 at the head of the
 * rest) is one article: the part on the later page is appended to the part that starts it,
 * the two markers dropped. Works across all the drafts of one issue (a PDF of several pages,
 * or a folder of page PDFs).
 */

const digits = '[0-9〇零一二两三四五六七八九十]{1,4}';
const continuedOn = new RegExp(`[（(]?\\s*(?:下转|转)第?\\s*(${digits})\\s*版\\s*[)）]?\\s*$`, 'u');
const continuedFrom = new RegExp(`^\\s*[（(]?\\s*(?:上接|接)第?\\s*(${digits})\\s*版\\s*[)）]?\\s*`, 'u');

const squeeze = (text: string): string => text.replace(/\s+/gu, '');

/** The page a marker names, or null. */
function pageIn(pattern: RegExp, text: string | undefined): number | null {
  const match = text === undefined ? null : pattern.exec(text);
  return match ? parseNumber(match[1]!) : null;
}

/**
 * Joins each continued article with its rest, in place: `articles` lists every article of one
 * issue; the rests are removed from it. Returns the removed rests.
 */
export function joinContinuations(articles: ArticleDraft[]): ArticleDraft[] {
  const removed: ArticleDraft[] = [];
  for (const head of [...articles]) {
    if (removed.includes(head)) continue;
    const lastIndex = head.blocks.length - 1;
    const target = pageIn(continuedOn, head.blocks[lastIndex]?.text);
    if (target === null || target === head.pageNumber) continue;
    const rests = articles.filter((a) => a !== head && !removed.includes(a) && a.pageNumber === target && pageIn(continuedFrom, a.blocks[0]?.text) === head.pageNumber);
    // the rest repeats the headline, or is the only part continued from that page
    const rest = rests.find((a) => squeeze(a.title) === squeeze(head.title) || squeeze(head.title).includes(squeeze(a.title))) ?? (rests.length === 1 ? rests[0] : undefined);
    if (!rest) continue;
    const headBlocks = [...head.blocks];
    const lastText = headBlocks[lastIndex]!.text.replace(continuedOn, '').trimEnd();
    if (lastText === '') headBlocks.pop();
    else headBlocks[lastIndex] = { ...headBlocks[lastIndex]!, text: lastText };
    const restBlocks = [...rest.blocks];
    const firstText = restBlocks[0]!.text.replace(continuedFrom, '');
    if (firstText === '') restBlocks.shift();
    else restBlocks[0] = { ...restBlocks[0]!, text: firstText };
    head.blocks = [...headBlocks, ...restBlocks];
    removed.push(rest);
    articles.splice(articles.indexOf(rest), 1);
  }
  return removed;
}

/** Joins the continued articles of one issue's drafts, each rest removed from its draft. */
export function joinIssueContinuations(drafts: readonly IssueDraft[]): void {
  const rests = new Set(joinContinuations(drafts.flatMap((d) => d.articles)));
  if (rests.size > 0) for (const draft of drafts) draft.articles = draft.articles.filter((a) => !rests.has(a));
}
