import type { Article } from '../../../../shared/model';
import type { Archive } from '../../archive/archive';
import type { Core } from '../../open-core';
import { AnnotationBook } from '../annotation-book';

/**
 * An AnnotationBook for tests: a clock the test can read from, a fixed creator, and ids
 * counted up (urn:uuid:00000000-0000-4000-8000-S0000000000N, S being `series`) so that
 * exported files compare.
 */
export function testBook(
  archive: Archive,
  options: { now?: () => Date; creator?: string; series?: number } = {},
): AnnotationBook {
  let ids = 0;
  const creator = options.creator ?? '林晓';
  return new AnnotationBook(archive, {
    now: options.now ?? (() => new Date('2026-11-29T09:00:00Z')),
    newId: () => `00000000-0000-4000-8000-${options.series ?? 0}${String((ids += 1)).padStart(11, '0')}`,
    creatorName: async () => creator,
  });
}

/** The demo article with this title, with its text. */
export async function articleTitled(core: Core, title: string): Promise<Article> {
  const meta = (await core.archive.library.read()).articles.find((a) => a.title === title);
  const article = meta && (await core.archive.articles(meta.issueId).read()).articles.find((a) => a.id === meta.id);
  if (!article) throw new Error(`no demo article titled ${title}`);
  return article;
}

/** The range of the first occurrence of `piece` in `text`. */
export function rangeOf(text: string, piece: string): { start: number; end: number } {
  const start = text.indexOf(piece);
  if (start === -1) throw new Error(`"${piece}" is not in the article`);
  return { start, end: start + piece.length };
}
