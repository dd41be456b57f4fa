import type { ParsedQuery, QueryTerm, SearchField } from '../../../shared/search-query';

const columnOf: Readonly<Record<SearchField, string | null>> = {
  any: null,
  title: 'title',
  author: 'byline',
  note: 'notes',
};

/**
 * The FTS5 MATCH expression of a parsed query: each term a phrase of its tokens (the last one
 * a prefix where the pattern says so), limited to its column, included terms joined by AND
 * and excluded ones taken away with NOT. Our terms never hold a double quote (it is
 * punctuation, hence a break), so quoting them needs no escaping.
 */
export function ftsMatch(query: ParsedQuery): string {
  const included = query.terms.filter((term) => !term.isExcluded).map(phrase);
  const excluded = query.terms.filter((term) => term.isExcluded).map(phrase);
  const positive = included.length === 1 ? (included[0] as string) : `(${included.join(' AND ')})`;
  return excluded.length === 0 ? positive : `${positive} NOT (${excluded.join(' OR ')})`;
}

function phrase(term: QueryTerm): string {
  const tokens = term.pattern.map((token) => token.term).join(' ');
  const prefix = term.pattern.at(-1)?.isPrefix ? '*' : '';
  const column = columnOf[term.field];
  return `${column === null ? '' : `${column} : `}"${tokens}"${prefix}`;
}
