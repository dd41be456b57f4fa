import type { StoredAnnotation } from '../archive/archive-files';

/** What a merge did with the incoming annotations. */
export interface MergeCounts {
  /** new to the file */
  added: number;
  /** replaced a local copy that was older */
  updated: number;
  /** the local copy was as new or newer, and stays */
  kept: number;
}

/**
 * Merges `incoming` into `local` (in place) by id: one the file lacks is added; one it has is
 * replaced only when the incoming `modified` is later. Nothing local is ever removed. Used by
 * the W3C import and by `jianbao restore`.
 */
export function mergeById(local: StoredAnnotation[], incoming: Iterable<StoredAnnotation>): MergeCounts {
  const counts: MergeCounts = { added: 0, updated: 0, kept: 0 };
  for (const annotation of incoming) {
    const at = local.findIndex((a) => a.id === annotation.id);
    const mine = local[at];
    if (!mine) {
      local.push(annotation);
      counts.added += 1;
    } else if (isNewer(annotation.modified, mine.modified)) {
      local[at] = annotation;
      counts.updated += 1;
    } else {
      counts.kept += 1;
    }
  }
  return counts;
}

/** True when `candidate` is a later time than `than` (ISO 8601; an unreadable time is never later). */
export function isNewer(candidate: string, than: string): boolean {
  return Date.parse(candidate) > Date.parse(than);
}
