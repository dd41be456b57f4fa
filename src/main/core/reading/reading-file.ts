import { join } from 'node:path';
import type { ReadingPlace } from '../../../shared/model';
import { JsonStore, type JsonStoreOptions, type Versioned } from '../storage/json-store';

/**
 * reading.json: where the reader last was, and how far down each recently read article they
 * got. Small and rewritten often, so it lives apart from settings.json and library.json.
 */
export interface ReadingFile extends Versioned {
  last: { place: ReadingPlace; openedAt: string } | null;
  /** article id → fraction read (0–1) and when; only the most recent {@link maxPositions} */
  positions: Record<string, { fraction: number; at: string }>;
}

export const readingSchemaVersion = 1;

/** Enough for months of reading; older positions are forgotten first. */
export const maxPositions = 500;

export function validateReading(data: unknown): asserts data is ReadingFile {
  const record = data as Record<string, unknown>;
  if (typeof record.positions !== 'object' || record.positions === null || Array.isArray(record.positions)) {
    throw new Error('"positions" is missing or not an object');
  }
  if (record.last !== null && typeof record.last !== 'object') throw new Error('"last" is not an object');
}

/** The store of reading.json in the archive folder `dir`; `hooks` as the archive's stores have them. */
export function openReadingStore(
  dir: string,
  hooks: Pick<JsonStoreOptions<Versioned>, 'now' | 'recover' | 'beforeMigrate'> = {},
): JsonStore<ReadingFile> {
  return new JsonStore<ReadingFile>({
    file: join(dir, 'reading.json'),
    schemaVersion: readingSchemaVersion,
    defaults: () => ({ schemaVersion: readingSchemaVersion, last: null, positions: {} }),
    validate: validateReading,
    ...hooks,
  });
}

/** Records that `place` was opened at `at`, and the article's position when one is given. */
export function applyReading(
  file: ReadingFile,
  place: ReadingPlace,
  at: string,
  position: number | undefined,
): void {
  file.last = { place, openedAt: at };
  if (place.kind !== 'article' || position === undefined) return;
  delete file.positions[place.articleId];
  file.positions[place.articleId] = { fraction: position, at };
  const ids = Object.keys(file.positions);
  // Keys keep insertion order, and a rewritten position moves to the end: drop from the front.
  for (const stale of ids.slice(0, Math.max(0, ids.length - maxPositions))) delete file.positions[stale];
}
