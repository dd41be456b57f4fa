import { readFile } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Article, ArticleMeta, DocumentMeta, Issue } from '../../../shared/model';
import type { Archive } from '../archive/archive';
import type { PageText } from '../../../shared/import-types';
import {
  articlesSchemaVersion,
  documentSchemaVersion,
  pageTextsSchemaVersion,
  type DocumentFile,
  type LibraryFile,
  type PageTextsFile,
  type StoredAnnotation,
} from '../archive/archive-files';
import { maxArticlesPerDay } from './doc-key';
import { notesByArticle } from './annotation-text';
import { DocWriter } from './doc-writer';
import type { IndexDb } from './index-db';
import { pageDocKey, pageLeftoverText, pageStampValues } from './page-docs';

/**
 * What the index should hold for one article or standalone document, as the library and
 * annotation files say now. A document has no issue, paper, page or section ('' and 0).
 */
export interface ExpectedDoc {
  kind: 'article' | 'document' | 'page';
  /** the article's id, or the document's */
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
  /** articles and documents */
  indexed: number;
  removed: number;
  /** issue pages, for the words no article holds */
  pages?: number;
}

/** Articles per transaction: small enough to let other work (and other processes) in between. */
const batchSize = 500;

/** Changes whenever what the stamps cover changes. */
// v2: an article's stamp holds a hash of its own notes, not the identity of its issue's annotation file.
const stampLayout = 'v2';

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

/** The notes of each article and document, hashed, from the annotation files that hold them; kept per file identity. */
export type NoteHashCache = Map<string, { identity: string; hashes: Map<string, string> }>;

/**
 * A hash of each article's (and document's) notes, the comments and tags on it, read from the
 * annotation files (`noteFiles`: file key → identity) that changed since `cache` saw them.
 * Saving an annotation then makes stale only the article it is on, not its whole issue: under
 * saves, searches no longer wait while every body of the issue is indexed again.
 */
export async function noteHashesOf(
  archive: Archive,
  library: LibraryFile,
  noteFiles: ReadonlyMap<string, string>,
  cache: NoteHashCache,
): Promise<Map<string, string>> {
  const articlesOf = articlesByIssue(library);
  const hashes = new Map<string, string>();
  for (const [key, identity] of noteFiles) {
    let cached = cache.get(key);
    if (cached?.identity !== identity) {
      const ids = articlesOf.get(key) ?? [key];
      const notes = notesByArticle(await readAnnotations(archive, key), ids);
      cached = { identity, hashes: new Map([...notes].map(([id, text]) => [id, stampOf([text])])) };
      cache.set(key, cached);
    }
    for (const [id, hash] of cached.hashes) hashes.set(id, hash);
  }
  for (const key of cache.keys()) if (!noteFiles.has(key)) cache.delete(key);
  return hashes;
}

/** Each issue's article ids, built once per version of library.json (a sync runs after every save). */
const articleIdsByLibrary = new WeakMap<LibraryFile, Map<string, string[]>>();

function articlesByIssue(library: LibraryFile): Map<string, string[]> {
  let byIssue = articleIdsByLibrary.get(library);
  if (!byIssue) {
    byIssue = new Map();
    for (const meta of library.articles) {
      const list = byIssue.get(meta.issueId) ?? [];
      list.push(meta.id);
      byIssue.set(meta.issueId, list);
    }
    articleIdsByLibrary.set(library, byIssue);
  }
  return byIssue;
}

/**
 * The stamp the index should hold for each article of the library: a hash of what it
 * indexes of it (metadata, content hash) and of its notes (`noteHashes`), so that an article
 * whose notes changed is stale and its neighbours are not.
 */
export function expectedStamps(library: LibraryFile, noteHashes: ReadonlyMap<string, string>): Map<string, string> {
  const issues = new Map(library.issues.map((issue) => [issue.id, issue]));
  const stamps = new Map<string, string>();
  for (const meta of library.articles) {
    const issue = issues.get(meta.issueId);
    if (!issue) continue;
    stamps.set(
      meta.id,
      stampOf([
        stampLayout, 'article', meta.contentHash, meta.issueId, issue.paperId, issue.date, meta.pageNumber,
        sectionOf(issue, meta.pageNumber), meta.kicker, meta.title, meta.subtitle, meta.byline,
        noteHashes.get(meta.id),
      ]),
    );
  }
  for (const meta of library.documents) {
    stamps.set(meta.id, stampOf([stampLayout, 'document', meta.contentHash, meta.title, meta.date, noteHashes.get(meta.id)]));
  }
  const contentHashes = new Map(library.articles.map((meta) => [meta.id, meta.contentHash]));
  for (const issue of library.issues) {
    for (const page of issue.pages) {
      if (page.replica) stamps.set(pageDocKey(issue.id, page.number), stampOf([stampLayout, ...pageStampValues(issue, page, (id) => contentHashes.get(id))]));
    }
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

function expectedDocument(meta: DocumentMeta, stamp: string): ExpectedDoc {
  return {
    kind: 'document',
    articleId: meta.id,
    issueId: '',
    paperId: '',
    date: meta.date ?? '',
    pageNumber: 0,
    section: '',
    title: meta.title,
    order: 0,
    stamp,
  };
}

function expectedDoc(meta: ArticleMeta, issue: Issue, order: ReadonlyMap<string, number>, stamp: string): ExpectedDoc {
  return {
    kind: 'article',
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
  noteHashes: ReadonlyMap<string, string>,
): Promise<SyncCounts> {
  // What remains in `stale` after the comparison is what to (re)index.
  const stale = expectedStamps(library, noteHashes);
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

  const issues = new Map(library.issues.map((issue) => [issue.id, issue]));
  const staleByIssue = new Map<string, ArticleMeta[]>();
  for (const meta of library.articles) {
    if (!stale.has(meta.id) || !issues.has(meta.issueId)) continue;
    const list = staleByIssue.get(meta.issueId) ?? [];
    list.push(meta);
    staleByIssue.set(meta.issueId, list);
  }
  let indexed = 0;
  let pages = 0;
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
        if (writer.put(doc, articles?.get(meta.id)?.text, notes.get(meta.id) ?? '')) indexed += 1;
      }
      inBatch += metas.length;
      if (inBatch >= batchSize) {
        writer.commit();
        await nextTurn();
        writer.begin();
        inBatch = 0;
      }
    }
    // Standalone documents (reports, proposals): their annotations, if any, under their own id.
    for (const meta of library.documents) {
      const stamp = stale.get(meta.id);
      if (stamp === undefined) continue;
      const text = await readDocumentText(archive, meta.id);
      const annotations = noteStamps.has(meta.id) ? await readAnnotations(archive, meta.id) : [];
      const notes = notesByArticle(annotations, [meta.id]).get(meta.id) ?? '';
      if (writer.put(expectedDocument(meta, stamp), text, notes)) indexed += 1;
      inBatch += 1;
      if (inBatch >= batchSize) {
        writer.commit();
        await nextTurn();
        writer.begin();
        inBatch = 0;
      }
    }
    writer.commit();
    pages = await indexPages(writer, archive, library, stale);
  } finally {
    writer.rollbackIfOpen();
  }
  return { indexed, removed: gone.length, ...(pages > 0 ? { pages } : {}) };
}

/** (Re)indexes the stale pages of issues (page-docs.ts), issue by issue, one transaction each. */
async function indexPages(writer: DocWriter, archive: Archive, library: LibraryFile, stale: ReadonlyMap<string, string>): Promise<number> {
  let indexed = 0;
  for (const issue of library.issues) {
    const pages = issue.pages.filter((page) => page.replica && stale.has(pageDocKey(issue.id, page.number)));
    if (pages.length === 0) continue;
    const texts = await readPageTexts(archive, issue.id);
    const articles = pages.some((page) => page.articleIds.length > 0) ? await readIssueArticles(archive, issue.id) : null;
    writer.begin();
    for (const page of pages) {
      const key = pageDocKey(issue.id, page.number);
      const pageText = texts.get(page.number);
      const areas = (page.areas ?? []).map((area) => area.rect);
      const articleTexts = page.articleIds.map((id) => articles?.get(id)?.text ?? '');
      const text = pageText ? pageLeftoverText(pageText, areas, articleTexts) : '';
      const doc: ExpectedDoc = {
        kind: 'page', articleId: key, issueId: issue.id, paperId: issue.paperId, date: issue.date, pageNumber: page.number,
        section: page.section, title: '', order: maxArticlesPerDay - 1 - Math.min(page.number, maxArticlesPerDay - 1), stamp: stale.get(key) as string,
      };
      if (writer.put(doc, text, '')) indexed += 1;
    }
    writer.commit();
    await nextTurn();
  }
  return indexed;
}

/** An issue's page texts by page number, read as the articles are; empty when they cannot be read. */
async function readPageTexts(archive: Archive, issueId: string): Promise<Map<number, PageText>> {
  const store = archive.pageTexts(issueId);
  let pages: PageText[] = [];
  try {
    const data = JSON.parse(await readFile(store.file, 'utf8')) as Partial<PageTextsFile>;
    pages = data.schemaVersion === pageTextsSchemaVersion && Array.isArray(data.pages) ? data.pages : (await store.read()).pages;
  } catch {
    try {
      pages = (await store.read()).pages;
    } catch {
      pages = [];
    }
  }
  return new Map(pages.map((page) => [page.pageNumber, page]));
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

/** A document's canonical text, read as the articles are; undefined when it cannot be read. */
async function readDocumentText(archive: Archive, documentId: string): Promise<string | undefined> {
  const store = archive.documentBody(documentId);
  try {
    const data = JSON.parse(await readFile(store.file, 'utf8')) as Partial<DocumentFile>;
    if (data.schemaVersion === documentSchemaVersion && typeof data.document?.text === 'string') return data.document.text;
  } catch {
    // fall through to the store, which reports the file properly
  }
  try {
    return (await store.read()).document?.text;
  } catch {
    return undefined;
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
