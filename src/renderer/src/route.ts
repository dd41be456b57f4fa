/** The views the hash can name: `#/`, `#/issue/<id>[?page=N]`, `#/article/<id>`. */
export type Route =
  | { kind: 'library' }
  | { kind: 'issue'; issueId: string; pageNumber: number | null }
  | { kind: 'article'; articleId: string }
  | { kind: 'unknown' };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return { kind: 'library' };
  const [view, rawId, ...rest] = segments;
  if (rawId === undefined || rest.length > 0) return { kind: 'unknown' };
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    return { kind: 'unknown' };
  }
  if (view === 'issue') return { kind: 'issue', issueId: id, pageNumber: parsePageNumber(query) };
  if (view === 'article') return { kind: 'article', articleId: id };
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

export function issueHref(issueId: string, pageNumber?: number): string {
  const base = `#/issue/${encodeURIComponent(issueId)}`;
  return pageNumber === undefined ? base : `${base}?page=${pageNumber}`;
}

export function articleHref(articleId: string): string {
  return `#/article/${encodeURIComponent(articleId)}`;
}
