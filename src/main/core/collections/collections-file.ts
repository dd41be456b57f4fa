import { join } from 'node:path';
import type { Collection } from '../../../shared/collection';
import { JsonStore, type JsonStoreOptions, type Versioned } from '../storage/json-store';

/** collections.json: the reader's collections (专题), in the order they were made. */
export interface CollectionsFile extends Versioned {
  collections: Collection[];
}

export const collectionsSchemaVersion = 1;

/** Throws (the store then moves the file aside) when collections.json is not what this version wrote. */
export function validateCollections(data: unknown): asserts data is CollectionsFile {
  const record = data as Record<string, unknown>;
  if (!Array.isArray(record.collections)) throw new Error('"collections" is missing or not a list');
  for (const entry of record.collections as unknown[]) {
    const collection = entry as Record<string, unknown> | null;
    if (typeof collection?.id !== 'string' || typeof collection.name !== 'string' || !Array.isArray(collection.items)) {
      throw new Error('a collection has no id, name or items');
    }
  }
}

/** The store of collections.json in the archive folder `dir`; `hooks` as the archive's other stores have them. */
export function openCollectionsStore(dir: string, hooks: Pick<JsonStoreOptions<Versioned>, 'now' | 'recover' | 'beforeMigrate'> = {}): JsonStore<CollectionsFile> {
  return new JsonStore<CollectionsFile>({
    file: join(dir, 'collections.json'),
    schemaVersion: collectionsSchemaVersion,
    defaults: () => ({ schemaVersion: collectionsSchemaVersion, collections: [] }),
    validate: validateCollections,
    ...hooks,
  });
}
