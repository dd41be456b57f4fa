/** What the results view shows, as the address names it: `#/search?q=…&paper=…&section=…&from=…&to=…&sort=date`. */
export interface SearchParams {
  query: string;
  paperId?: string;
  /** 版面, as pages name it (要闻, 精选 …) */
  section?: string;
  /** YYYY-MM-DD, inclusive */
  from?: string;
  /** YYYY-MM-DD, inclusive */
  to?: string;
  sort: 'relevance' | 'date';
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a search from the query string of its route; filters that are not well formed are dropped. */
export function parseSearchParams(queryString: string): SearchParams {
  const params = new URLSearchParams(queryString);
  const paperId = params.get('paper');
  const section = params.get('section')?.trim();
  const from = params.get('from');
  const to = params.get('to');
  return {
    query: params.get('q') ?? '',
    ...(paperId ? { paperId } : {}),
    ...(section ? { section } : {}),
    ...(from && isoDate.test(from) ? { from } : {}),
    ...(to && isoDate.test(to) ? { to } : {}),
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

/** The route of a search; relevance, the default sort, is left out of the address. */
export function searchHref(search: SearchParams): string {
  const params = new URLSearchParams({ q: search.query });
  if (search.paperId) params.set('paper', search.paperId);
  if (search.section) params.set('section', search.section);
  if (search.from) params.set('from', search.from);
  if (search.to) params.set('to', search.to);
  if (search.sort === 'date') params.set('sort', 'date');
  return `#/search?${params.toString()}`;
}

/** Whether the search is narrowed by any filter (paper, section, dates). */
export function isFilteredSearch(search: SearchParams): boolean {
  return Boolean(search.paperId || search.section || search.from || search.to);
}

/** The search narrowed to the dates and section given; an empty one widens it back. */
export function withRange(search: SearchParams, range: { from: string; to: string; section: string }): SearchParams {
  const { from: _from, to: _to, section: _section, ...rest } = search;
  const [from, to] = range.from && range.to && range.from > range.to ? [range.to, range.from] : [range.from, range.to];
  const section = range.section.trim();
  return { ...rest, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(section ? { section } : {}) };
}

/** The query as a heading quotes it: quotes the reader typed around the whole of it are not doubled. */
export function quotableQuery(query: string): string {
  const match = /^\s*(?:"(.*)"|“(.*)”|「(.*)」|'(.*)')\s*$/su.exec(query);
  const inner = match?.slice(1).find((part) => part !== undefined);
  return inner !== undefined && !/["“”「」]/u.test(inner) ? inner : query;
}

/** The year a search is narrowed to, when its dates span exactly one calendar year. */
export function selectedYear(search: SearchParams): string | null {
  const year = search.from?.slice(0, 4);
  return year && search.from === `${year}-01-01` && search.to === `${year}-12-31` ? year : null;
}

/** The search narrowed to one year, or widened back to all years when it is that year already. */
export function toggleYear(search: SearchParams, year: string): SearchParams {
  const { from: _from, to: _to, ...rest } = search;
  return selectedYear(search) === year ? rest : { ...rest, from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The search narrowed to one paper, or widened back to all papers when it is that paper already. */
export function togglePaper(search: SearchParams, paperId: string): SearchParams {
  const { paperId: current, ...rest } = search;
  return current === paperId ? rest : { ...rest, paperId };
}
