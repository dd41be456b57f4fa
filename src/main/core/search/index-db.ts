import { rmSync, statSync } from 'node:fs';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { JianbaoError } from '../../../shared/errors';

/**
 * The search index file, `<archive>/index/search.sqlite`: derived data, so anything wrong
 * with it (missing, damaged, an older layout) is answered by deleting it and building anew.
 *
 * Layout:
 * - `fts`: FTS5 over four columns (body; title with kicker and subtitle; byline; notes: the
 *   annotations' comments and tags). Body comes first because FTS5 writes no column number
 *   for hits in column 0, and most hits are in the body. Its rows are the tokens of search-tokens.ts, computed in
 *   JS and joined by spaces; the `ascii` tokenizer splits only on ASCII spaces and
 *   punctuation, and our terms hold neither (non-ASCII characters, 𥕛 included, are always
 *   token characters to it, and ASCII letters in our terms are already lower case), so it
 *   stores each term exactly as we made it. unicode61 would apply its own Unicode 6.1 tables.
 *   Contentless (the JSON files are the record) with contentless_delete for updates.
 *   Row ids encode date and paper (doc-key.ts).
 * - `papers`: the paper of each slot of the row ids.
 * - `docs`: one row per indexed article or standalone document, keyed like `fts`: what results show, the section
 *   (filtered by join), and a stamp of everything the row was built from, compared with the
 *   library to know what to reindex.
 * - `texts`: the canonical text of each article (UTF-16LE), for snippets without opening
 *   the issue files.
 */

/** Bump when tokens or tables change: an index of another layout is rebuilt. */
export const indexLayoutVersion = '3';

const schema = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS papers (slot INTEGER PRIMARY KEY, paperId TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS docs (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  articleId TEXT NOT NULL UNIQUE,
  issueId TEXT NOT NULL,
  paperId TEXT NOT NULL,
  date TEXT NOT NULL,
  pageNumber INTEGER NOT NULL,
  section TEXT NOT NULL,
  title TEXT NOT NULL,
  byline TEXT,
  notes TEXT NOT NULL,
  stamp TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS docs_section ON docs (section);
CREATE TABLE IF NOT EXISTS texts (id INTEGER PRIMARY KEY, body BLOB NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
  body, title, byline, notes,
  tokenize = 'ascii', content = '', contentless_delete = 1
);
INSERT INTO fts (fts, rank) VALUES ('pgsz', 16000);
`;
/** An open index file, and the identity of the file it opened (to notice it being replaced). */
export interface IndexDb {
  db: DatabaseSync;
  file: string;
  inode: bigint;
  /** prepared statements by SQL text, for queries whose text varies with the filters */
  statements: Map<string, StatementSync>;
}

/** The statement for `sql`, prepared once per open index. */
export function prepared(index: IndexDb, sql: string): StatementSync {
  let statement = index.statements.get(sql);
  if (!statement) {
    statement = index.db.prepare(sql);
    index.statements.set(sql, statement);
  }
  return statement;
}

/** True for the errors SQLite gives on a damaged or foreign file. */
export function isCorruption(error: unknown): boolean {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  if (typeof code !== 'number') return false;
  const primary = code & 0xff;
  return primary === 11 /* SQLITE_CORRUPT */ || primary === 26 /* SQLITE_NOTADB */;
}

/** Deletes the index file and its journal files. */
export function deleteIndexFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Opens the index, creating it when missing; a damaged file, or one of another layout, is
 * deleted and created anew (which leaves it empty, to be filled by the next sync).
 */
export function openIndexDb(file: string): IndexDb {
  try {
    return tryOpen(file);
  } catch (error) {
    if (!isCorruption(error) && !(error instanceof LayoutMismatch)) throw cannotOpen(file, error);
  }
  deleteIndexFiles(file);
  try {
    return tryOpen(file);
  } catch (error) {
    throw cannotOpen(file, error);
  }
}

class LayoutMismatch extends Error {}

function tryOpen(file: string): IndexDb {
  const db = new DatabaseSync(file);
  try {
    db.exec('PRAGMA busy_timeout = 10000');
    // Large pages (for a new file; an existing one keeps its own) halve the reads of long
    // doclists, with FTS5's own page size (pgsz) to match.
    db.exec('PRAGMA page_size = 16384');
    db.exec('PRAGMA journal_mode = WAL');
    // Derived data: losing the last transactions in a power cut only means reindexing them.
    db.exec('PRAGMA synchronous = NORMAL');
    const hasMeta = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'meta'").get() !== undefined;
    if (hasMeta) {
      const row = db.prepare("SELECT value FROM meta WHERE key = 'layout'").get() as { value?: string } | undefined;
      if (row?.value !== indexLayoutVersion) throw new LayoutMismatch(`index layout ${String(row?.value)}`);
      // Reads a page of every table, so a damaged file is found now rather than mid-search.
      db.prepare('SELECT count(*) FROM (SELECT id FROM docs LIMIT 1)').get();
      db.prepare("SELECT count(*) FROM fts WHERE fts MATCH 'x' LIMIT 1").get();
    } else {
      db.exec('BEGIN IMMEDIATE');
      db.exec(schema);
      db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('layout', ?)").run(indexLayoutVersion);
      db.exec('COMMIT');
    }
    return { db, file, inode: statSync(file, { bigint: true }).ino, statements: new Map() };
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    db.close();
    throw error;
  }
}

function cannotOpen(file: string, error: unknown): JianbaoError {
  const detail = error instanceof Error ? error.message : String(error);
  return new JianbaoError(
    'WRITE_FAILED',
    `无法打开搜索索引 ${file}：${detail} / Cannot open the search index ${file}: ${detail}. ` +
      'Check that the archive folder is writable and the disk has space.',
    { cause: error },
  );
}
