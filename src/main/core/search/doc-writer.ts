import { JianbaoError } from '../../../shared/errors';
import { indexTerms } from '../../../shared/search-tokens';
import { baseId, dayOf, maxArticlesPerDay, maxSlots } from './doc-key';
import type { IndexDb } from './index-db';
import type { ExpectedDoc } from './index-sync';

/**
 * The statements that write the index's rows, in transactions the caller opens and commits.
 */
export class DocWriter {
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
      `INSERT INTO docs (id, kind, articleId, issueId, paperId, date, pageNumber, section, title, byline, notes, stamp)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
   * Indexes one article or document (replacing what the index held for it); false when the
   * index already holds this version. One whose text could not be read (`text` undefined) is
   * indexed by its title and byline, under a stamp that makes the next sync try again.
   */
  put(doc: ExpectedDoc, text: string | undefined, notes: string): boolean {
    const stamp = text === undefined ? `${doc.stamp}!unread` : doc.stamp;
    const existing = this.find.get(doc.articleId) as { id: number; stamp: string } | undefined;
    if (existing?.stamp === stamp) return false;
    if (existing) this.remove(existing.id);
    const id = this.freeId(doc);
    const body = text ?? '';
    const titleText = [doc.kicker, doc.title, doc.subtitle].filter((part) => part !== undefined && part !== '').join('\n');
    this.insertDoc.run(
      id, doc.kind, doc.articleId, doc.issueId, doc.paperId, doc.date, doc.pageNumber, doc.section, doc.title,
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
    const base = baseId(dayOf(doc.date) || undatedDay(doc.articleId), this.slotOf(doc.paperId));
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
 * A day of year 0 for something without a date (a standalone document), spread by its id so
 * that more than one day's worth of undated documents fit; year 0 is left out of the facets.
 */
function undatedDay(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i += 1) hash = (Math.imul(hash, 31) + id.charCodeAt(i)) >>> 0;
  return hash % 372;
}
