import type { HitRange } from './search-tokens';

/**
 * What a search answers (the `search` method of the API). Plain JSON. Hits are marked as
 * ranges over plain text, never as HTML, so no markup from an article ever reaches the page.
 */

export type { HitRange } from './search-tokens';

/** A search as the core answers it (the API's `search` arguments, defaults applied). */
export interface SearchRequest {
  query: string;
  limit: number;
  offset: number;
  paperId?: string | undefined;
  /** 版面, as the page names it */
  section?: string | undefined;
  /** YYYY-MM-DD, inclusive */
  from?: string | undefined;
  /** YYYY-MM-DD, inclusive */
  to?: string | undefined;
  sort: 'relevance' | 'date';
}

/** A stretch of an article's text around its hits. */
export interface SearchSnippet {
  /** the stretch itself, line breaks shown as spaces (one for one, so offsets hold) */
  text: string;
  /** where `text` starts in its source: the article's canonical text, or the annotation's text */
  start: number;
  /** the hits inside `text`: [start, end) in UTF-16 code units, relative to `text` */
  hits: HitRange[];
  /** the body, or (when the words were found only there) an annotation's comment or tags */
  source: 'body' | 'annotation';
  hasMoreBefore: boolean;
  hasMoreAfter: boolean;
}

/**
 * One article found, or one standalone document (a report, a proposal: `kind` 'document'),
 * which has no issue, paper, page or section ('' and 0).
 */
export interface SearchHit {
  /**
   * absent for an article; 'page' for words of an issue's page that none of its articles
   * holds (the hit opens the page, `snippet` then quotes the page's text)
   */
  kind?: 'document' | 'page';
  /** the article's id, the document's when `kind` is 'document', the page's key when 'page' */
  articleId: string;
  issueId: string;
  paperId: string;
  paperName: string;
  /** YYYY-MM-DD */
  date: string;
  pageNumber: number;
  /** 版面, e.g. 要闻 */
  section: string;
  title: string;
  /** hits in `title` */
  titleHits: HitRange[];
  byline?: string;
  /** hits in `byline`, when it has one */
  bylineHits?: HitRange[];
  snippet: SearchSnippet;
  /** relevance (bm25, title weighted): higher is better; 0 when sorted by date */
  score: number;
}

/** How many results fall to one value of a facet. */
export interface FacetCount {
  value: string;
  /** what to show for it: the paper's name, or the year */
  label: string;
  count: number;
}

/** One page of results, with the total and the counts of the whole result set. */
export interface SearchResults {
  total: number;
  offset: number;
  limit: number;
  hits: SearchHit[];
  facets: {
    /** by paper id, most results first */
    papers: FacetCount[];
    /** by year (YYYY), newest first; documents without a date are in no year */
    years: FacetCount[];
  };
  /**
   * Set when more articles matched than relevance ranking scores: the hits are then the most
   * relevant of the newest `rankedWithin` matches (total and facets still count them all).
   */
  rankedWithin?: number;
}

/** The search index after a rebuild. */
export interface SearchIndexStatus {
  articles: number;
  /** the index file's size on disk */
  indexBytes: number;
  buildMs: number;
}
