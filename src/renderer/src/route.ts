import { parseAnnotationsParams, type AnnotationsParams } from './annotations/annotations-params';
import { parseSearchParams, type SearchParams } from './search/search-params';
import { parseDigestScope } from './export/digest-route';
import type { ExportScope } from '../../shared/export-api';

/**
 * The views the hash can name: `#/`, `#/issue/<id>[?page=N[&mark=<article id>][&q=<query whose hits to mark on the page>]]`,
 * `#/article/<id>[?q=<query whose hits to mark>][&a=<annotation id to show>]`,
 * `#/search?q=…` (see search/search-params.ts), `#/annotations?…` (annotations/annotations-params.ts),
 * `#/document/<id>[?page=N][&a=<annotation>][&q=<query>]` (N: that page of the original, else the text),
 * `#/corrections` (the 待校对 list of pages whose layout analysis needs checking),
 * `#/collections`, `#/collection/<id>` (专题), `#/proposals`, `#/proposal/<id>` (the proposal desk), `#/digest?scope=…` (the print view of a 批注摘编, export/digest-route.ts).
 */
export type Route =
  | { kind: 'library' }
  | { kind: 'issue'; issueId: string; pageNumber: number | null; markedArticleId?: string; query?: string }
  | { kind: 'article'; articleId: string; query?: string; annotationId?: string }
  | { kind: 'search'; search: SearchParams }
  | { kind: 'annotations'; filter: AnnotationsParams }
  | { kind: 'document'; documentId: string; pageNumber: number | null; annotationId?: string; query?: string }
  | { kind: 'corrections' }
  | { kind: 'collections' }
  | { kind: 'collection'; collectionId: string }
  | { kind: 'digest'; scope: ExportScope | null }
  | { kind: 'proposals' }
  | { kind: 'proposal'; proposalId: string }
  | { kind: 'unknown' };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return { kind: 'library' };
  if (segments.length === 1 && segments[0] === 'search') return { kind: 'search', search: parseSearchParams(query) };
  if (segments.length === 1 && segments[0] === 'annotations') return { kind: 'annotations', filter: parseAnnotationsParams(query) };
  if (segments.length === 1 && segments[0] === 'corrections') return { kind: 'corrections' };
  if (segments.length === 1 && segments[0] === 'collections') return { kind: 'collections' };
  if (segments.length === 1 && segments[0] === 'proposals') return { kind: 'proposals' };
  if (segments.length === 1 && segments[0] === 'digest') return { kind: 'digest', scope: parseDigestScope(query) };
  const [view, rawId, ...rest] = segments;
  if (rawId === undefined || rest.length > 0) return { kind: 'unknown' };
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    return { kind: 'unknown' };
  }
  if (view === 'collection') return { kind: 'collection', collectionId: id };
  if (view === 'proposal') return { kind: 'proposal', proposalId: id };
  if (view === 'issue') {
    const params = new URLSearchParams(query);
    const marked = params.get('mark');
    const hits = params.get('q');
    return { kind: 'issue', issueId: id, pageNumber: parsePageNumber(query), ...(marked ? { markedArticleId: marked } : {}), ...(hits ? { query: hits } : {}) };
  }
  if (view === 'article') {
    const params = new URLSearchParams(query);
    const marked = params.get('q');
    const annotationId = params.get('a');
    return { kind: 'article', articleId: id, ...(marked ? { query: marked } : {}), ...(annotationId ? { annotationId } : {}) };
  }
  if (view === 'document') {
    const params = new URLSearchParams(query);
    const annotationId = params.get('a');
    const hits = params.get('q');
    return { kind: 'document', documentId: id, pageNumber: parsePageNumber(query), ...(annotationId ? { annotationId } : {}), ...(hits ? { query: hits } : {}) };
  }
  return { kind: 'unknown' };
}

function parsePageNumber(query: string): number | null {
  const page = new URLSearchParams(query).get('page');
  if (page === null || !/^\d+$/.test(page)) return null;
  return Number(page);
}

export function libraryHref(): string {
  return '#/';
}

/** The 待校对 list. */
export function correctionsHref(): string {
  return '#/corrections';
}

/** An issue, at one of its pages, with an article's area ("show on page") and a search's hits marked on it. */
export function issueHref(issueId: string, pageNumber?: number, markedArticleId?: string, query?: string): string {
  const base = `#/issue/${encodeURIComponent(issueId)}`;
  if (pageNumber === undefined) return base;
  const mark = markedArticleId ? `&mark=${encodeURIComponent(markedArticleId)}` : '';
  const hits = query ? `&q=${encodeURIComponent(query)}` : '';
  return `${base}?page=${pageNumber}${mark}${hits}`;
}

/**
 * An article; with `query`, the hits of that search are marked in it; with `annotationId`,
 * it opens at that annotation.
 */
export function articleHref(articleId: string, query?: string, annotationId?: string): string {
  const base = `#/article/${encodeURIComponent(articleId)}`;
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (annotationId) params.set('a', annotationId);
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}

/**
 * A standalone document: its text (at `annotationId`, or with the hits of `query` marked), or
 * with `pageNumber` that page of its original.
 */
export function documentHref(documentId: string, pageNumber?: number, annotationId?: string, query?: string): string {
  const base = `#/document/${encodeURIComponent(documentId)}`;
  const params = new URLSearchParams();
  if (pageNumber !== undefined) params.set('page', String(pageNumber));
  if (annotationId) params.set('a', annotationId);
  if (query) params.set('q', query);
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}
