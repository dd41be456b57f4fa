import { join } from 'node:path';
import { JianbaoError } from '../../../shared/errors';
import { layoutCorrectionSchema, type LayoutCorrection } from '../../../shared/layout-corrections';
import type { Replica } from '../../../shared/model';
import type { Archive } from '../archive/archive';
import { JsonStore, type Versioned } from '../storage/json-store';

/** The corrections of one page replica: found again by the replica, whatever the analysis says. */
export interface PageCorrectionsEntry {
  /** the page's PDF (by content) and page in it: a re-import of the same file finds them */
  replica: { sha256: string; pageIndex: number };
  /** the 版 the page was when last corrected */
  pageNumber: number;
  /** oldest first: the order they are applied in */
  corrections: LayoutCorrection[];
}

/** corrections/<issue>.json: the reader's corrections of the layout analysis of one issue's pages. */
export interface CorrectionsFile extends Versioned {
  issueId: string;
  pages: PageCorrectionsEntry[];
}
export const correctionsSchemaVersion = 1;

const safeId = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/** Throws (any error) when `data` is not a corrections file this version can use. */
export function validateCorrections(data: unknown): asserts data is CorrectionsFile {
  const pages = (data as Record<string, unknown>).pages;
  if (!Array.isArray(pages)) throw new Error('"pages" is missing or not a list');
  for (const entry of pages as Record<string, unknown>[]) {
    const replica = entry.replica as Record<string, unknown> | undefined;
    if (typeof replica?.sha256 !== 'string' || typeof replica.pageIndex !== 'number') throw new Error('a page has no replica');
    if (!Array.isArray(entry.corrections)) throw new Error('a page has no "corrections" list');
    for (const correction of entry.corrections) layoutCorrectionSchema.parse(correction);
  }
}

/** Whether an entry is the corrections of this replica. */
export function isEntryOf(entry: PageCorrectionsEntry, replica: Pick<Replica, 'sha256' | 'pageIndex'>): boolean {
  return entry.replica.sha256 === replica.sha256 && entry.replica.pageIndex === replica.pageIndex;
}

/** Opens the corrections files of an archive, one store per issue, through the archive's store hooks. */
export function correctionStores(archive: Archive): (issueId: string) => JsonStore<CorrectionsFile> {
  const stores = new Map<string, JsonStore<CorrectionsFile>>();
  return (issueId) => {
    if (!safeId.test(issueId)) throw new JianbaoError('INVALID_ARGUMENT', `无效的期号标识 / Invalid issue id: ${issueId}`);
    let store = stores.get(issueId);
    if (!store) {
      store = new JsonStore<CorrectionsFile>({
        file: join(archive.dir, 'corrections', `${issueId}.json`),
        schemaVersion: correctionsSchemaVersion,
        defaults: () => ({ schemaVersion: correctionsSchemaVersion, issueId, pages: [] }),
        validate: validateCorrections,
        ...archive.storeHooks(),
      });
      stores.set(issueId, store);
    }
    return store;
  };
}

/**
 * Adds to `local` the corrections of `incoming` (a backup's copy) that it lacks, by id, each
 * page's list kept in the order the corrections were made. Nothing `local` holds is removed.
 * A restore uses it only for an issue it adds, whose articles come from the same backup.
 */
export function mergeCorrections(local: CorrectionsFile, incoming: CorrectionsFile): void {
  for (const entry of incoming.pages) {
    const own = local.pages.find((candidate) => isEntryOf(candidate, entry.replica));
    if (!own) {
      local.pages.push(structuredClone(entry));
      continue;
    }
    const known = new Set(own.corrections.map((c) => c.id));
    own.corrections = [...own.corrections, ...entry.corrections.filter((c) => !known.has(c.id))].sort((a, b) => a.created.localeCompare(b.created));
  }
}
