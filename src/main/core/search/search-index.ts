import { statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Paper } from '../../../shared/model';
import { parseQuery } from '../../../shared/search-query';
import type { SearchIndexStatus, SearchRequest, SearchResults } from '../../../shared/search-types';
import type { Archive } from '../archive/archive';
import type { LibraryFile } from '../archive/archive-files';
import { deleteIndexFiles, isCorruption, openIndexDb, prepared, type IndexDb } from './index-db';
import { noteHashesOf, syncIndex, type NoteHashCache, type SyncCounts } from './index-sync';
import { QueryWorker, type QueryStep } from './query-worker';
import { matchingIds, runSearch, type SearchFilters } from './run-search';

/** The annotation files as last listed: per issue, the identity of its file. */
interface NoteFiles {
  /** identity of the annotations folder when listed */
  folderKey: string;
  /** false while the folder changed too recently for its mtime to be trusted */
  isSettled: boolean;
  /** all the files' identities in one string: equal strings, equal files */
  key: string;
  byIssue: Map<string, string>;
}

/** A change to the annotations folder is trusted to show in its mtime after this long. */
const mtimeSettleNs = 2_000_000_000n;
const safeId = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

const paperMaps = new WeakMap<LibraryFile, Map<string, Paper>>();

function papersOf(library: LibraryFile): Map<string, Paper> {
  let papers = paperMaps.get(library);
  if (!papers) {
    papers = new Map(library.papers.map((paper) => [paper.id, paper]));
    paperMaps.set(library, papers);
  }
  return papers;
}

/**
 * The full-text index of one archive, at `<archive>/index/search.sqlite`. Nobody has to keep
 * it up to date: before answering, it compares what it holds with the library and the
 * annotation files and (re)indexes what changed. The comparison is skipped while the library
 * is the same object (the store hands out one object per version of library.json) and the
 * annotations folder has not changed. A missing, replaced or damaged index file is built anew.
 *
 * node:sqlite is synchronous: long work (a first build) runs in transactions of a few hundred
 * articles with a turn of the event loop between them.
 */
export class SearchIndex {
  private index: IndexDb | null = null;
  private synced: { library: LibraryFile; notesKey: string } | null = null;
  private syncing: Promise<SyncCounts> | null = null;
  /** the sync that starts when the running one ends, shared by every search waiting for it */
  private nextSync: Promise<SyncCounts> | null = null;
  private notes: NoteFiles | null = null;
  /** each annotation file's notes, hashed per article, while the file stays the same */
  private readonly noteHashCache: NoteHashCache = new Map();
  private readonly worker = new QueryWorker();
  /** searches and syncs under way, which a rebuild waits for before it closes the file */
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly archive: Archive) {}

  /** Where the index lives. */
  get file(): string {
    return join(this.archive.dir, 'index', 'search.sqlite');
  }

  /** Answers a search (see search-query.ts for the query language). */
  async search(request: SearchRequest): Promise<SearchResults> {
    const query = parseQuery(request.query);
    return this.withIndex(async (index) => {
      const library = await this.archive.library.read();
      return runSearch(index, query, request, papersOf(library), (steps) => this.runElsewhere(index, steps));
    });
  }

  /** The ids of every article that matches, unordered: for checks against a scan of the text. */
  async matchingArticleIds(queryText: string, filters: SearchFilters = {}): Promise<string[]> {
    const query = parseQuery(queryText);
    return this.withIndex((index) => matchingIds(index, query, filters));
  }

  /** Brings the index up to date now; returns what it holds. */
  async update(): Promise<SearchIndexStatus> {
    const started = performance.now();
    await this.withIndex(() => undefined);
    return this.status(started);
  }

  /** Deletes the index and builds it again from the library. */
  async rebuild(): Promise<SearchIndexStatus> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
    const started = performance.now();
    this.close();
    deleteIndexFiles(this.file);
    await this.withIndex(() => undefined);
    return this.status(started);
  }

  /** Closes the index file and stops the worker thread; the next search starts them again. */
  close(): void {
    this.worker.close();
    this.index?.db.close();
    this.index = null;
    this.synced = null;
  }

  /** Runs statements on the worker thread; on this one when the worker cannot run. */
  private async runElsewhere(index: IndexDb, steps: readonly QueryStep[]): Promise<Record<string, unknown>[]> {
    try {
      return await this.worker.all(index.file, index.inode, steps);
    } catch (error) {
      if (isCorruption(error) || !this.index) throw error;
      let rows: Record<string, unknown>[] = [];
      for (const { sql, params } of steps) rows = prepared(index, sql).all(...params) as Record<string, unknown>[];
      return rows;
    }
  }

  private status(started: number): SearchIndexStatus {
    const index = this.open();
    index.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const { n } = index.db.prepare("SELECT count(*) AS n FROM docs WHERE kind <> 'page'").get() as { n: number };
    let indexBytes = 0;
    for (const suffix of ['', '-wal']) {
      try {
        indexBytes += statSync(`${this.file}${suffix}`).size;
      } catch {
        // no WAL file: nothing to add
      }
    }
    return { articles: n, indexBytes, buildMs: Math.round(performance.now() - started) };
  }

  /** Syncs, then runs `work`; a damaged index found on the way is deleted and rebuilt, once. */
  private async withIndex<T>(work: (index: IndexDb) => T | Promise<T>): Promise<T> {
    const running = this.syncThenRun(work);
    this.running.add(running);
    try {
      return await running;
    } finally {
      this.running.delete(running);
    }
  }

  private async syncThenRun<T>(work: (index: IndexDb) => T | Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await this.sync();
        return await work(this.open());
      } catch (error) {
        if (attempt > 0 || !isCorruption(error)) throw error;
        this.close();
        deleteIndexFiles(this.file);
      }
    }
  }

  /**
   * One sync at a time in this process. A search that comes while one runs (which may have
   * looked at the files before the search's caller changed them) waits for the next, and every
   * search that comes meanwhile shares that next one: under saves and searches at once, each
   * waiting search running a sync of its own after the other made searches queue for seconds.
   */
  private async sync(): Promise<SyncCounts> {
    if (!this.syncing) return this.runSync();
    this.nextSync ??= this.syncing
      .catch(() => undefined)
      .then(() => {
        this.nextSync = null;
        return this.runSync();
      });
    return this.nextSync;
  }

  private async runSync(): Promise<SyncCounts> {
    const running = this.syncOnce();
    this.syncing = running;
    try {
      return await running;
    } finally {
      if (this.syncing === running) this.syncing = null;
    }
  }

  private async syncOnce(): Promise<SyncCounts> {
    const index = this.open();
    const library = await this.archive.library.read();
    const notes = await this.noteFiles();
    if (this.synced?.library === library && this.synced.notesKey === notes.key) return { indexed: 0, removed: 0 };
    const noteHashes = await noteHashesOf(this.archive, library, notes.byIssue, this.noteHashCache);
    const counts = await syncIndex(index, this.archive, library, notes.byIssue, noteHashes);
    if (this.index === index) this.synced = { library, notesKey: notes.key };
    return counts;
  }

  /** The open index; opened (or reopened, when its file was deleted or replaced) as needed. */
  private open(): IndexDb {
    if (this.index) {
      let inode: bigint | null = null;
      try {
        inode = statSync(this.index.file, { bigint: true }).ino;
      } catch {
        // deleted: open anew below
      }
      if (inode === this.index.inode) return this.index;
      this.close();
    }
    this.index = openIndexDb(this.file);
    this.synced = null;
    return this.index;
  }

  /**
   * Lists the annotation files when the annotations folder changed. Every write of the
   * archive renames a new file into that folder, which changes its mtime; a change within the
   * last two seconds may share an mtime with the next one, so the folder is listed again until
   * its mtime is older than that (as git does for racily clean files).
   */
  private async noteFiles(): Promise<NoteFiles> {
    const folder = join(this.archive.dir, 'annotations');
    let info;
    try {
      info = await stat(folder, { bigint: true });
    } catch {
      return { folderKey: '', isSettled: false, key: '', byIssue: new Map() };
    }
    const folderKey = `${info.ino}:${info.mtimeNs}`;
    if (this.notes?.folderKey === folderKey && this.notes.isSettled) return this.notes;
    const byIssue = new Map<string, string>();
    for (const name of (await readdir(folder)).sort()) {
      const issueId = name.slice(0, -'.json'.length);
      if (!name.endsWith('.json') || !safeId.test(issueId)) continue;
      try {
        const file = await stat(join(folder, name), { bigint: true });
        byIssue.set(issueId, `${file.ino}:${file.size}:${file.mtimeNs}`);
      } catch {
        // removed while listing: as if it were not there
      }
    }
    const key = [...byIssue].map(([issueId, identity]) => `${issueId}=${identity}`).join(';');
    const isSettled = BigInt(Date.now()) * 1_000_000n - info.mtimeNs > mtimeSettleNs;
    this.notes = { folderKey, isSettled, key, byIssue };
    return this.notes;
  }
}
