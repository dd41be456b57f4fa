import type { HitRange, SearchSnippet } from '../../../shared/search-types';

/** How much text a snippet shows, and how much of it comes before its first hit. */
const snippetLength = 80;
const leadIn = 16;

/**
 * A stretch of `text` around its hits: the window that holds the most hits (the earliest of
 * equals), starting a little before its first one; the start of the text when there is no
 * hit in it. Never splits a character outside the BMP.
 */
export function makeSnippet(text: string, hits: readonly HitRange[], source: SearchSnippet['source']): SearchSnippet {
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < hits.length; i += 1) {
    const limit = (hits[i] as HitRange)[0] + snippetLength - leadIn;
    if (j < i) j = i;
    while (j < hits.length && (hits[j] as HitRange)[1] <= limit) j += 1;
    if (j - i > bestCount) {
      bestCount = j - i;
      best = i;
    }
  }
  const anchor = hits.length === 0 ? 0 : (hits[best] as HitRange)[0];
  let start = Math.max(0, Math.min(anchor - leadIn, text.length - snippetLength));
  let end = Math.min(text.length, start + snippetLength);
  if (isLowSurrogate(text.charCodeAt(start))) start -= 1;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end += 1;
  // No snippet starts or ends on a line break: it would show as a stray space.
  while (start < Math.min(anchor, end) && isSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
  const inside: HitRange[] = [];
  for (const [from, to] of hits) {
    if (to <= start || from >= end) continue;
    inside.push([Math.max(from, start) - start, Math.min(to, end) - start]);
  }
  return {
    text: text.slice(start, end).replace(/[\n\r\t]/g, ' '),
    start,
    hits: inside,
    source,
    hasMoreBefore: start > 0,
    hasMoreAfter: end < text.length,
  };
}

function isSpace(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x09 || code === 0x20 || code === 0x3000;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
