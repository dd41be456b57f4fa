import { JianbaoError } from './errors';
import { termPattern, type PatternToken } from './search-tokens';

/**
 * The search box's language, parsed (pure; the core turns it into an index query and the
 * renderer can use it to mark hits):
 * - words separated by spaces must all occur (AND); a Han run matches as an exact phrase;
 * - `"…"` (or “…”) is one phrase that may hold spaces;
 * - `-word` excludes the articles that contain it;
 * - `title:` (标题:), `author:` (作者:) and `note:` (批注:) limit a word to the title (with
 *   kicker and subtitle), the byline, or the annotations' comments and tags.
 * Full-width forms are read as half-width (`title：`, `－政协`).
 */

export type SearchField = 'any' | 'title' | 'author' | 'note';

/** One term of a query. */
export interface QueryTerm {
  /** the term as typed, without its quotes, sign and field */
  text: string;
  field: SearchField;
  isExcluded: boolean;
  /** the tokens that find it (see search-tokens.ts); never empty */
  pattern: PatternToken[];
}

/** A parsed query: its terms, at least one of them not excluded. */
export interface ParsedQuery {
  terms: QueryTerm[];
}

const fieldNames: Readonly<Record<string, SearchField>> = {
  title: 'title',
  标题: 'title',
  author: 'author',
  作者: 'author',
  byline: 'author',
  note: 'note',
  批注: 'note',
};

const openQuotes = new Set(['"', '“', '「']);
const closeQuoteOf: Readonly<Record<string, string>> = { '"': '"', '“': '”', '「': '」' };
const space = /\s/u;

/**
 * Parses a query. Throws INVALID_ARGUMENT when nothing in it can be searched for (only
 * punctuation, or only excluded terms).
 */
export function parseQuery(query: string): ParsedQuery {
  const text = query.normalize('NFKC');
  const terms: QueryTerm[] = [];
  let i = 0;
  while (i < text.length) {
    if (space.test(text[i] as string)) {
      i += 1;
      continue;
    }
    let isExcluded = false;
    if (text[i] === '-' && i + 1 < text.length && !space.test(text[i + 1] as string)) {
      isExcluded = true;
      i += 1;
    }
    let field: SearchField = 'any';
    const fieldMatch = /^([a-z]+|[\u4e00-\u9fff]{2}):(?=\S)/iu.exec(text.slice(i, i + 12));
    const named = fieldMatch && fieldNames[(fieldMatch[1] as string).toLowerCase()];
    if (fieldMatch && named) {
      field = named;
      i += fieldMatch[0].length;
    }
    let termText: string;
    const open = text[i] as string;
    if (openQuotes.has(open)) {
      const close = text.indexOf(closeQuoteOf[open] as string, i + 1);
      const end = close === -1 ? text.length : close;
      termText = text.slice(i + 1, end);
      i = end + 1;
    } else {
      let end = i;
      while (end < text.length && !space.test(text[end] as string)) end += 1;
      termText = text.slice(i, end);
      i = end;
    }
    const pattern = termPattern(termText);
    if (pattern.length > 0) terms.push({ text: termText.trim(), field, isExcluded, pattern });
  }
  if (!terms.some((term) => !term.isExcluded)) {
    throw new JianbaoError(
      'INVALID_ARGUMENT',
      `查询中没有可查找的词：${query} / Nothing to search for in "${query}": ` +
        'type at least one word that is not excluded with "-".',
    );
  }
  return { terms };
}

/** The patterns whose hits should be marked in a field's text: the included terms that apply to it. */
export function patternsFor(parsed: ParsedQuery, field: Exclude<SearchField, 'any'> | 'body'): PatternToken[][] {
  return parsed.terms
    .filter((term) => !term.isExcluded && (term.field === 'any' || term.field === field))
    .map((term) => term.pattern);
}
