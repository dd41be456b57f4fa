/**
 * Collections (专题): named, ordered sets of articles, documents and annotations with a note,
 * or a saved search that gathers the articles it matches, those imported later included.
 */

export type CollectionItemKind = 'article' | 'document' | 'annotation';

/** One thing the reader put in a collection, in the order they set. */
export interface CollectionItem {
  kind: CollectionItemKind;
  id: string;
}

/** A saved search: its query (search-query.ts) and the articles the reader has seen match it. */
export interface SavedSearch {
  query: string;
  /** articles that matched when it was made or last looked at; any other match is new */
  seenArticleIds: string[];
}

export interface Collection {
  id: string;
  name: string;
  note: string;
  items: CollectionItem[];
  savedSearch: SavedSearch | null;
  created: string;
  modified: string;
}

/** A collection as the list of collections shows it. */
export interface CollectionSummary {
  id: string;
  name: string;
  note: string;
  itemCount: number;
  isSavedSearch: boolean;
}

/** One entry of an opened collection: what it is, how it is cited, and whether it is new. */
export interface CollectionEntry {
  kind: CollectionItemKind;
  id: string;
  /** the article's or document's title, an annotation's quote; null when it has left the archive */
  title: string | null;
  /** GB/T 7714-2015 citation of the article or document (an annotation's: of its article) */
  citation: string;
  /** the article an annotation is on (for its link), else the entry's own id */
  sourceId: string;
  /** added by the saved search, not by hand */
  isFromSearch: boolean;
  /** matched the saved search since the reader last looked */
  isNew: boolean;
  isDocument: boolean;
}

export interface CollectionDetail {
  collection: Collection;
  entries: CollectionEntry[];
}
