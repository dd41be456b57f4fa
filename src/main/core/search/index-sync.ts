import { readFile } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { JianbaoError } from '../../../shared/errors';
import type { Article, ArticleMeta, Issue } from '../../../shared/model';
import { indexTerms } from '../../../shared/search-tokens';
import type { Archive } from '../archive/archive';
import { articlesSchemaVersion, type LibraryFile, type StoredAnnotation } from '../archive/archive-files';
import { notesByArticle } from './annotation-text';
import { baseId, dayOf, maxArticlesPerDay, maxSlots } from './doc-key';
import type { IndexDb } from './index-db';

/** What the index should hold for one article, as the library and annotation files say now. */
export interface ExpectedDoc {
  articleId: string;
  issueId: string;
  paperId: string;
  date: string;
  pageNumber: number;
  section: string;
  kicker?: string;
  title: string;
  subtitle?: string;
  byline?: string;
  /** its place in the issue's reading order (page by page), for its row id */
  order: number;
  /** what it was indexed from, hashed (see expectedStamps) */
  stamp: string;
}

/** What a sync did. */
export interface SyncCounts {
  indexed: number;
  removed: number;
}

/** Articles per transaction: small enough to let other work (and other processes) in between. */
const batchSize = 500;

/** Changes whenever what the stamps cover changes. */
const stampLayout = 'v1';

/**
 * A 53-bit hash of some values (cyrb53), as base-36 text: a stamp that tells whether any of
 * them changed. Hashes the values in place: 100,000 articles' worth of joined strings or
 * crypto objects would be garbage that the heap grows for.
 */
export function stampOf(values: readonly (string | number | undefined)[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const mix = (code: number): void => {
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  };
  for (const value of values) {
    const text = value === undefined ? '' : String(value);
    for (let i = 0; i < text.length; i += 1) mix(text.charCodeAt(i));
    mix(value === undefined ? 0x1fffff : 0x1ffffe);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The stamp the index should hold for each article of the library: a hash of what it
 * indexes of it (metadata, content hash) and of the identity of its issue's annotation file
 * (`noteStamps`), so that a changed annotation file makes its issue's articles stale.
 */
export function expectedStamps(library: LibraryFile, noteStamps: ReadonlyMap<string, string>): Map<string, string> {
  const issues = new Map(library.issues.map((issue) => [issue.id, issue]));
  const stamps = new Map<string, string>();
  for (const meta of library.articles) {
    const issue = issues.get(meta.issueId);
    if (!issue) continue;
    stamps.set(
      meta.id,
      stampOf([
        stampLayout, meta.contentHash, meta.issueId, issue.paperId, issue.date, meta.pageNumber,
        sectionOf(issue, meta.pageNumber), meta.kicker, meta.title, meta.subtitle, meta.byline,
        noteStamps.get(meta.issueId),
      ]),
    );
  }
  return stamps;
}

function sectionOf(issue: Issue, pageNumber: number): string {
  return issue.pages.find((page) => page.number === pageNumber)?.section ?? '';
}

/** Each article's place in its issue's reading order, page by page. */
function readingOrder(issue: Issue): Map<string, number> {
  const order = new Map<string, number>();
  for (const page of [...issue.pages].sort((a, b) => a.number - b.number)) {
    for (const articleId of page.articleIds) if (!order.has(articleId)) order.set(articleId, order.size);
  }
  return order;
}

function expectedDoc(meta: ArticleMeta, issue: Issue, order: ReadonlyMap<string, number>, stamp: string): ExpectedDoc {
  return {
    articleId: meta.id,
    issueId: meta.issueId,
    paperId: issue.paperId,
    date: issue.date,
    pageNumber: meta.pageNumber,
    section: sectionOf(issue, meta.pageNumber),
    ...(meta.kicker === undefined ? {} : { kicker: meta.kicker }),
    title: meta.title,
    ...(meta.subtitle === undefined ? {} : { subtitle: meta.subtitle }),
    ...(meta.byline === undefined ? {} : { byline: meta.byline }),
    order: order.get(meta.id) ?? order.size,
    stamp,
  };
}

/**
 * Brings the index in line with the library: removes the articles that are gone and
 * (re)indexes those whose stamp differs, issue by issue, in transactions of a few hundred
 * articles with a turn of the event loop between them. Safe against another process syncing
 * the same index: each article is checked again inside its transaction.
 */
export async function syncIndex(
  index: IndexDb,
  archive: Archive,
  library: LibraryFile,
  noteStamps: ReadonlyMap<string, string>,
): Promise<SyncCounts> {
  // What remains in `stale` after the comparison is what to (re)index.
  const stale = expectedStamps(library, noteStamps);
  const gone: number[] = [];
  for (const row of index.db.prepare('SELECT id, articleId, stamp FROM docs').iterate()) {
    const { id, articleId, stamp } = row as { id: number; articleId: string; stamp: string };
    const wanted = stale.get(articleId);
    if (wanted === undefined) gone.push(id);
    else if (wanted === stamp) stale.delete(articleId);
  }
  const writer = new DocWriter(index);
  if (gone.length > 0) {
    writer.begin();
    for (const id of gone) writer.remove(id);
    writer.commit();
  }
  if (stale.size === 0) return { indexed: 0, removed: gone.length };

  const staleByIssue = new Map<string, ArticleMeta[]>();
  for (const meta of library.articles) {
    if (!stale.has(meta.id)) continue;
    const list = staleByIssue.get(meta.issueId) ?? [];
    list.push(meta);
    staleByIssue.set(meta.issueId, list);
  }
  const issues = new Map(library.issues.map((issue) => [issue.id, issue]));
  let indexed = 0;
  let inBatch = 0;
  writer.begin();
  try {
    for (const [issueId, metas] of staleByIssue) {
      const issue = issues.get(issueId) as Issue;
      const order = readingOrder(issue);
      const articles = await readIssueArticles(archive, issueId);
      const annotations = noteStamps.has(issueId) ? await readAnnotations(archive, issueId) : [];
      const notes = notesByArticle(annotations, metas.map((meta) => meta.id));
      for (const meta of metas) {
        const doc = expectedDoc(meta, issue, order, stale.get(meta.id) as string);
        if (writer.put(doc, articles?.get(meta.id), notes.get(meta.id) ?? '')) indexed += 1;
      }
      inBatch += metas.length;
      if (inBatch >= batchSize) {
        writer.commit();
        await nextTurn();
        writer.begin();
        inBatch = 0;
      }
    }
    writer.commit();
  } finally {
    writer.rollbackIfOpen();
  }
  return { indexed, removed: gone.length };
}

/** The statements that write documents; every write goes through `transaction`. */
class DocWriter {
  private readonly find;
  private readonly isTaken;
  private readonly takenInRange;
  private readonly findSlot;
  private readonly lastSlot;
  private readonly insertSlot;
  private readonly insertDoc;
  private readonly insertText;
  private readonly insertFts;
  private readonly deleteFts;
  private readonly deleteText;
  private readonly deleteDoc;

  constructor(private readonly index: IndexDb) {
    const { db } = index;
    this.find = db.prepare('SELECT id, stamp FROM docs WHERE articleId = ?');
    this.isTaken = db.prepare('SELECT 1 FROM docs WHERE id = ?');
    this.takenInRange = db.prepare('SELECT id FROM docs WHERE id BETWEEN ? AND ?');
    this.findSlot = db.prepare('SELECT slot FROM papers WHERE paperId = ?');
    this.lastSlot = db.prepare('SELECT max(slot) AS slot FROM papers');
    this.insertSlot = db.prepare('INSERT INTO papers (slot, paperId) VALUES (?, ?)');
    this.insertDoc = db.prepare(
      `INSERT INTO docs (id, articleId, issueId, paperId, date, pageNumber, section, title, byline, notes, stamp)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertText = db.prepare('INSERT INTO texts (id, body) VALUES (?, ?)');
    this.insertFts = db.prepare('INSERT INTO fts (rowid, body, title, byline, notes) VALUES (?, ?, ?, ?, ?)');
    this.deleteFts = db.prepare('DELETE FROM fts WHERE rowid = ?');
    this.deleteText = db.prepare('DELETE FROM texts WHERE id = ?');
    this.deleteDoc = db.prepare('DELETE FROM docs WHERE id = ?');
  }

  begin(): void {
    this.index.db.exec('BEGIN IMMEDIATE');
  }

  commit(): void {
    this.index.db.exec('COMMIT');
  }

  rollbackIfOpen(): void {
    if (this.index.db.isTransaction) this.index.db.exec('ROLLBACK');
  }

  remove(id: number): void {
    this.deleteFts.run(id);
    this.deleteText.run(id);
    this.deleteDoc.run(id);
  }

  /**
   * Indexes one article (replacing what the index held for it); false when the index already
   * holds this version. An article whose text could not be read is indexed by its title and
   * byline, under a stamp that makes the next sync try again.
   */
  put(doc: ExpectedDoc, article: Article | undefined, notes: string): boolean {
    const stamp = article ? doc.stamp : `${doc.stamp}!unread`;
    const existing = this.find.get(doc.articleId) as { id: number; stamp: string } | undefined;
    if (existing?.stamp === stamp) return false;
    if (existing) this.remove(existing.id);
    const id = this.freeId(doc);
    const body = article?.text ?? '';
    const titleText = [doc.kicker, doc.title, doc.subtitle].filter((part) => part !== undefined && part !== '').join('\n');
    this.insertDoc.run(
      id, doc.articleId, doc.issueId, doc.paperId, doc.date, doc.pageNumber, doc.section, doc.title,
      doc.byline ?? null, notes, stamp,
    );
    this.insertText.run(id, Buffer.from(body, 'utf16le'));
    this.insertFts.run(id, indexTerms(body), indexTerms(titleText), indexTerms(doc.byline ?? ''), indexTerms(notes));
    return true;
  }

  /**
   * A row id for the article (doc-key.ts): counted down from the top of its paper's range for
   * its day in reading order, so that newest-first (descending ids) lists an issue page by page.
   */
  private freeId(doc: ExpectedDoc): number {
    const base = baseId(dayOf(doc.date), this.slotOf(doc.paperId));
    const preferred = base + maxArticlesPerDay - 1 - Math.min(doc.order, maxArticlesPerDay - 1);
    if (this.isTaken.get(preferred) === undefined) return preferred;
    const taken = new Set(this.takenInRange.all(base, base + maxArticlesPerDay - 1).map((row) => (row as { id: number }).id));
    for (let id = preferred; id >= base; id -= 1) if (!taken.has(id)) return id;
    for (let id = preferred + 1; id < base + maxArticlesPerDay; id += 1) if (!taken.has(id)) return id;
    throw new JianbaoError(
      'INTERNAL',
      `一天一份报纸的文章超过 ${maxArticlesPerDay} 篇，无法编入索引 / More than ${maxArticlesPerDay} articles ` +
        `of one paper on ${doc.date}: the search index cannot hold them.`,
    );
  }

  private slotOf(paperId: string): number {
    const found = this.findSlot.get(paperId) as { slot: number } | undefined;
    if (found) return found.slot;
    const last = (this.lastSlot.get() as { slot: number | null }).slot;
    const slot = last === null ? 0 : last + 1;
    if (slot >= maxSlots) {
      throw new JianbaoError(
        'INTERNAL',
        `报纸超过 ${maxSlots} 种，无法编入索引 / More than ${maxSlots} papers: the search index cannot hold them.`,
      );
    }
    this.insertSlot.run(slot, paperId);
    return slot;
  }
}

/**
 * The articles of one issue, read straight from their file rather than through the archive's
 * store, which would keep every file it read in memory (the whole archive, after a rebuild).
 * A file of an older schema or one that does not parse goes through the store, which
 * migrates it or moves it aside; null when it cannot be read.
 */
async function readIssueArticles(archive: Archive, issueId: string): Promise<Map<string, Article> | null> {
  const store = archive.articles(issueId);
  try {
    const data = JSON.parse(await readFile(store.file, 'utf8')) as { schemaVersion?: unknown; articles?: unknown };
    if (data.schemaVersion === articlesSchemaVersion && Array.isArray(data.articles)) {
      return new Map((data.articles as Article[]).map((article) => [article.id, article]));
    }
  } catch {
    // fall through to the store, which reports the file properly
  }
  try {
    return new Map((await store.read()).articles.map((article) => [article.id, article]));
  } catch {
    return null;
  }
}

async function readAnnotations(archive: Archive, issueId: string): Promise<StoredAnnotation[]> {
  try {
    return (await archive.annotations(issueId).read()).annotations;
  } catch {
    // A damaged annotation file is the annotation feature's to report; search goes on without it.
    return [];
  }
}
