import type { Paper } from '../../../shared/model';
import { patternsFor, type ParsedQuery } from '../../../shared/search-query';
import { findHits } from '../../../shared/search-tokens';
import type { FacetCount, SearchHit, SearchRequest, SearchResults } from '../../../shared/search-types';
import { ftsMatch } from './fts-query';
import { prepared, type IndexDb } from './index-db';
import { idRange, maxSlots, slotSql, yearSql } from './doc-key';
import type { QueryStep } from './query-worker';
import { makeSnippet } from './snippet';

/** The filters of a request. */
export type SearchFilters = Pick<SearchRequest, 'paperId' | 'section' | 'from' | 'to'>;

/** bm25 weights of the columns body, title, byline, notes: a hit in the title counts most. */
const rank = 'bm25(fts, 1.0, 8.0, 2.0, 2.0)';

/** The paper facet's name for standalone documents, which have no paper. */
const documentsLabel = '文档 Documents';

/** How many of the newest matches relevance ranking scores (see SearchResults.rankedWithin). */
export const rankingWindow = 2000;

interface DocRow {
  id: number;
  kind: 'article' | 'document' | 'page';
  articleId: string;
  issueId: string;
  paperId: string;
  date: string;
  pageNumber: number;
  section: string;
  title: string;
  byline: string | null;
  notes: string;
}

/**
 * The WHERE clause over `fts` alone: the match, then date and paper as ranges and bits of the
 * row id (doc-key.ts), so that FTS5 never leaves its index; only a section filter looks at
 * the docs table. Null when the filters cannot match (a paper the index has never seen).
 */
function whereClause(index: IndexDb, query: ParsedQuery, filters: SearchFilters): { where: string; params: (string | number)[] } | null {
  const conditions = ['fts MATCH ?'];
  const params: (string | number)[] = [ftsMatch(query)];
  if (filters.from !== undefined || filters.to !== undefined) {
    conditions.push('fts.rowid BETWEEN ? AND ?');
    params.push(...idRange(filters.from, filters.to));
  }
  if (filters.paperId !== undefined) {
    const found = prepared(index, 'SELECT slot FROM papers WHERE paperId = ?').get(filters.paperId) as { slot: number } | undefined;
    if (!found) return null;
    conditions.push(`${slotSql('fts.rowid')} = ?`);
    params.push(found.slot);
  }
  if (filters.section !== undefined) {
    conditions.push('fts.rowid IN (SELECT id FROM docs WHERE section = ?)');
    params.push(filters.section);
  }
  return { where: conditions.join(' AND '), params };
}

/** Runs statements elsewhere (a worker thread), resolving to the rows of the last. */
export type RunQuery = (steps: readonly QueryStep[]) => Promise<Record<string, unknown>[]>;

/**
 * Answers one search from the index: the counts by paper and year over every match (which
 * also give the total) through `count`, on another thread, while this one finds the page of
 * hits in the order asked and builds each one's snippet.
 */
export async function runSearch(
  index: IndexDb,
  query: ParsedQuery,
  request: SearchRequest,
  papers: ReadonlyMap<string, Paper>,
  count: RunQuery,
): Promise<SearchResults> {
  const { limit, offset } = request;
  const clause = whereClause(index, query, request);
  if (!clause) return { total: 0, offset, limit, hits: [], facets: { papers: [], years: [] } };
  const { where, params } = clause;
  const counting = count(countSteps(where, params));
  let hits: SearchHit[];
  let slots: Map<number, string>;
  try {
    hits = pageOfHits(index, query, request, papers, where, params);
    // read now: the index may be closed (by a rebuild) while the count runs
    slots = new Map(
      (prepared(index, 'SELECT slot, paperId FROM papers').all() as { slot: number; paperId: string }[]).map((row) => [row.slot, row.paperId]),
    );
  } finally {
    // never leave the count's promise unobserved
    await counting.catch(() => undefined);
  }
  const { total, facets } = facetsOf((await counting) as { k: number; n: number }[], slots, papers);
  const isRankedInWindow = request.sort === 'relevance' && total > Math.max(rankingWindow, offset + limit);
  return {
    total,
    offset,
    limit,
    hits,
    facets,
    ...(isRankedInWindow ? { rankedWithin: Math.max(rankingWindow, offset + limit) } : {}),
  };
}

/**
 * Counting by year and paper, as statements: each match adds one to its key (year × slots +
 * slot) in a TEMP table, which costs less than GROUP BY's sort of every match (a few
 * thousand keys at most, against up to every article).
 */
function countSteps(where: string, params: readonly (string | number)[]): QueryStep[] {
  return [
    { sql: 'CREATE TEMP TABLE IF NOT EXISTS facet_counts (k INTEGER PRIMARY KEY, n INTEGER NOT NULL)', params: [] },
    { sql: 'DELETE FROM temp.facet_counts', params: [] },
    {
      sql: `INSERT INTO temp.facet_counts (k, n)
            SELECT ${yearSql('fts.rowid')} * ${maxSlots} + ${slotSql('fts.rowid')}, 1 FROM fts WHERE ${where}
            ON CONFLICT (k) DO UPDATE SET n = n + 1`,
      params,
    },
    { sql: 'SELECT k, n FROM temp.facet_counts', params: [] },
  ];
}

function facetsOf(
  groups: readonly { k: number; n: number }[],
  slots: ReadonlyMap<number, string>,
  papers: ReadonlyMap<string, Paper>,
): Pick<SearchResults, 'total' | 'facets'> {
  const byPaper = new Map<string, number>();
  const byYear = new Map<string, number>();
  let total = 0;
  for (const { k, n } of groups) {
    const paperId = slots.get(k % maxSlots) ?? String(k % maxSlots);
    const year = String(Math.floor(k / maxSlots)).padStart(4, '0');
    byPaper.set(paperId, (byPaper.get(paperId) ?? 0) + n);
    if (year !== '0000') byYear.set(year, (byYear.get(year) ?? 0) + n);
    total += n;
  }
  return {
    total,
    facets: {
      papers: [...byPaper]
        .map(([value, n]): FacetCount => ({ value, label: papers.get(value)?.name ?? (value === '' ? documentsLabel : value), count: n }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
      years: [...byYear]
        .map(([value, n]): FacetCount => ({ value, label: value, count: n }))
        .sort((a, b) => b.value.localeCompare(a.value)),
    },
  };
}

/** One page of hits, in the order asked, with titles, bylines and snippets marked. */
function pageOfHits(
  index: IndexDb,
  query: ParsedQuery,
  request: SearchRequest,
  papers: ReadonlyMap<string, Paper>,
  where: string,
  params: readonly (string | number)[],
): SearchHit[] {
  const { limit, offset } = request;
  // Newest first is FTS5's own descending row order: no sort, and it stops after the page.
  // Relevance is bm25 over the newest `rankingWindow` matches (all of them, usually): scoring
  // costs a few microseconds a row, too much for the 100,000 rows of a word in every article.
  const page = (
    request.sort === 'date'
      ? prepared(index, `SELECT fts.rowid AS id, 0 AS rank FROM fts WHERE ${where} ORDER BY fts.rowid DESC LIMIT ? OFFSET ?`)
      : prepared(
          index,
          `SELECT id, rank FROM (
             SELECT fts.rowid AS id, ${rank} AS rank FROM fts WHERE ${where} ORDER BY fts.rowid DESC LIMIT ?
           ) ORDER BY rank, id DESC LIMIT ? OFFSET ?`,
        )
  ).all(...params, ...(request.sort === 'date' ? [] : [Math.max(rankingWindow, offset + limit)]), limit, offset) as {
    id: number;
    rank: number;
  }[];
  if (page.length === 0) return [];
  // The page's rows in two statements, not two per hit: node:sqlite's cost per call adds up.
  const pageIds = JSON.stringify(page.map((row) => row.id));
  const docs = new Map(
    (prepared(
      index,
      `SELECT id, kind, articleId, issueId, paperId, date, pageNumber, section, title, byline, notes
       FROM docs WHERE id IN (SELECT value FROM json_each(?))`,
    ).all(pageIds) as unknown as DocRow[]).map((row) => [row.id, row]),
  );
  const texts = new Map(
    (prepared(index, 'SELECT id, body FROM texts WHERE id IN (SELECT value FROM json_each(?))').all(pageIds) as {
      id: number;
      body: Uint8Array;
    }[]).map((row) => [row.id, row.body]),
  );
  const titlePatterns = patternsFor(query, 'title');
  const bodyPatterns = patternsFor(query, 'body');
  const notePatterns = patternsFor(query, 'note');
  const bylinePatterns = patternsFor(query, 'author');
  return page.flatMap(({ id, rank: score }): SearchHit[] => {
    const row = docs.get(id);
    if (!row) return [];
    const blob = texts.get(id);
    const body = blob ? Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength).toString('utf16le') : '';
    const bodyHits = findHits(body, bodyPatterns);
    const noteHits = bodyHits.length === 0 && row.notes !== '' ? findHits(row.notes, notePatterns) : [];
    const snippet =
      noteHits.length > 0 ? makeSnippet(row.notes, noteHits, 'annotation') : makeSnippet(body, bodyHits, 'body');
    return [{
      ...(row.kind === 'article' ? {} : { kind: row.kind }),
      articleId: row.articleId,
      issueId: row.issueId,
      paperId: row.paperId,
      paperName: papers.get(row.paperId)?.name ?? row.paperId,
      date: row.date,
      pageNumber: row.pageNumber,
      section: row.section,
      title: row.title,
      titleHits: findHits(row.title, titlePatterns),
      ...(row.byline === null ? {} : { byline: row.byline, bylineHits: findHits(row.byline, bylinePatterns) }),
      snippet,
      score: score === 0 ? 0 : -score,
    }];
  });
}

/** Every article that matches, in no particular order: for checks against a scan. */
export function matchingIds(index: IndexDb, query: ParsedQuery, filters: SearchFilters): string[] {
  const clause = whereClause(index, query, filters);
  if (!clause) return [];
  const rows = prepared(
    index,
    `SELECT d.articleId AS articleId FROM fts CROSS JOIN docs d ON d.id = fts.rowid WHERE ${clause.where}`,
  ).all(...clause.params);
  return rows.map((row) => (row as { articleId: string }).articleId);
}
