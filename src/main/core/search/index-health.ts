import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

/**
 * What the search index file is like, looked at read-only: missing, sound, or damaged (SQLite
 * finds fault with its pages, cannot read it as a database, or it lacks our tables). The index
 * is derived data, so a damaged one is rebuilt, never repaired.
 */
export function inspectIndexFile(file: string): 'missing' | 'ok' | 'damaged' {
  if (!existsSync(file)) return 'missing';
  let db: DatabaseSync | null = null;
  try {
    db = new DatabaseSync(file, { readOnly: true });
    const rows = db.prepare('PRAGMA quick_check').all() as Record<string, unknown>[];
    if (rows.length !== 1 || Object.values(rows[0] ?? {})[0] !== 'ok') return 'damaged';
    db.prepare('SELECT count(*) FROM docs').get();
    db.prepare('SELECT count(*) FROM fts').get();
    return 'ok';
  } catch {
    return 'damaged';
  } finally {
    db?.close();
  }
}
