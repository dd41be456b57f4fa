import { parseSearchParams, type SearchParams } from './search/search-params';

/**
 * The views the hash can name: `#/`, `#/issue/<id>[?page=N[&mark=<article id>]]`,
 * `#/article/<id>[?q=<query whose hits to mark>]`, `#/search?q=…` (see search/search-params.ts).
 */
export type Route =
  | { kind: 'library' }
  | { kind: 'issue'; issueId: string; pageNumber: number | null; markedArticleId?: string }
  | { kind: 'article'; articleId: string; query?: string }
  | { kind: 'search'; search: SearchParams }
  | { kind: 'unknown' };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return { kind: 'library' };
  if (segments.length === 1 && segments[0] === 'search') return { kind: 'search', search: parseSearchParams(query) };
  const [view, rawId, ...rest] = segments;
  if (rawId === undefined || rest.length > 0) return { kind: 'unknown' };
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    return { kind: 'unknown' };
  }
  if (view === 'issue') {
    const marked = new URLSearchParams(query).get('mark');
    return { kind: 'issue', issueId: id, pageNumber: parsePageNumber(query), ...(marked ? { markedArticleId: marked } : {}) };
  }
  if (view === 'article') {
    const marked = new URLSearchParams(query).get('q');
    return { kind: 'article', articleId: id, ...(marked ? { query: marked } : {}) };
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

/** An issue, at one of its pages, with an article's area marked on it ("show on page"). */
export function issueHref(issueId: string, pageNumber?: number, markedArticleId?: string): string {
  const base = `#/issue/${encodeURIComponent(issueId)}`;
  if (pageNumber === undefined) return base;
  const mark = markedArticleId ? `&mark=${encodeURIComponent(markedArticleId)}` : '';
  return `${base}?page=${pageNumber}${mark}`;
}

/** An article; with `query`, the hits of that search are marked in it. */
export function articleHref(articleId: string, query?: string): string {
  const base = `#/article/${encodeURIComponent(articleId)}`;
  return query ? `${base}?${new URLSearchParams({ q: query }).toString()}` : base;
}
