import { createHash } from 'node:crypto';

/** sha256 of a string or bytes, hex. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** An issue is one paper on one date. */
export function issueIdOf(paperId: string, date: string): string {
  return `${paperId}-${date}`;
}

/**
 * An article is identified by paper, date, page and title, so that importing a changed
 * version of it lands on the same id and its annotations follow.
 */
export function articleIdOf(paperId: string, date: string, pageNumber: number, title: string): string {
  const key = [paperId, date, String(pageNumber), title.normalize('NFC').trim()].join('\u0000');
  return `a-${sha256Hex(key).slice(0, 16)}`;
}
