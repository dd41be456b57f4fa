/** The views the hash can name: `#/`, `#/issue/<id>[?page=N[&mark=<article id>]]`, `#/article/<id>`. */
export type Route =
  | { kind: 'library' }
  | { kind: 'issue'; issueId: string; pageNumber: number | null; markedArticleId?: string }
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
  if (view === 'issue') {
    const marked = new URLSearchParams(query).get('mark');
    return { kind: 'issue', issueId: id, pageNumber: parsePageNumber(query), ...(marked ? { markedArticleId: marked } : {}) };
  }
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

/** An issue, at one of its pages, with an article's area marked on it ("show on page"). */
export function issueHref(issueId: string, pageNumber?: number, markedArticleId?: string): string {
  const base = `#/issue/${encodeURIComponent(issueId)}`;
  if (pageNumber === undefined) return base;
  const mark = markedArticleId ? `&mark=${encodeURIComponent(markedArticleId)}` : '';
  return `${base}?page=${pageNumber}${mark}`;
}

export function articleHref(articleId: string): string {
  return `#/article/${encodeURIComponent(articleId)}`;
}
