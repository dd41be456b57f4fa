import { fold } from './anchoring/text-fold';
import { annotationColors, type Annotation, type AnnotationColor } from './annotation';
import type { PageAnnotation } from './page-annotation';

/**
 * The archive's annotations as one list to filter (the all-annotations view): what a listed
 * annotation shows, which filters narrow the list, and the counts the filter controls offer.
 * Pure, so that the core and the renderer's test fake filter, sort and count the same way.
 */

/** Anchored: it lands in the article's current text; orphaned: kept, but it no longer does. */
export type AnnotationState = 'anchored' | 'orphaned';

/** `modified`: the most recently made or edited first; `date`: the newest issue first, in reading order. */
export type AnnotationListSort = 'modified' | 'date';

/** Where an annotation is, as its citation line names it. */
export interface AnnotationPlace {
  /** null for an annotation on a page replica (text of the page, or a region of it) */
  articleId: string | null;
  issueId: string;
  paperId: string;
  /** 报名: the paper's full name */
  paper: string;
  /** the issue date, YYYY-MM-DD */
  date: string;
  /** 第 N 版; null when the article has left the archive */
  page: number | null;
  /** null when the article has left the archive */
  title: string | null;
  /** a standalone document's annotation: `articleId` names the document, `paper` its kind */
  isDocument?: boolean;
}

/** One annotation as the list shows it. */
export interface AnnotationListEntry {
  annotation: Annotation | PageAnnotation;
  state: AnnotationState;
  /** the text it marks, as it was when marked (the quote's `exact`) */
  quote: string;
  comment: string;
  tags: string[];
  color: AnnotationColor;
  place: AnnotationPlace;
}

/**
 * What narrows the list. Within a field any value matches (this colour or that one); across
 * fields all must (a green one tagged 提案). An absent or empty field does not narrow.
 */
export interface AnnotationListFilter {
  colors?: readonly AnnotationColor[] | undefined;
  /** keeps annotations with at least one of these tags */
  tags?: readonly string[] | undefined;
  paperIds?: readonly string[] | undefined;
  /** first issue date, YYYY-MM-DD, inclusive */
  from?: string | undefined;
  /** last issue date, YYYY-MM-DD, inclusive */
  to?: string | undefined;
  /** words found in the quote or the comment, ignoring case, full- or half-width forms and spacing */
  text?: string | undefined;
  state?: AnnotationState | undefined;
}

export interface AnnotationListRequest extends AnnotationListFilter {
  sort?: AnnotationListSort | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface ValueCount<T extends string = string> {
  value: T;
  count: number;
}

/**
 * How many annotations each choice of a filter would give, counting with every other filter
 * applied but not that one's own, so that choosing a second tag or colour stays possible.
 */
export interface AnnotationListFacets {
  /** all five colours, in the palette's order, zero counts included */
  colors: ValueCount<AnnotationColor>[];
  /** most used first */
  tags: ValueCount[];
  /** papers that have annotations, with their names */
  papers: (ValueCount & { label: string })[];
  states: ValueCount<AnnotationState>[];
}

export interface AnnotationList {
  /** how many annotations pass the filter (entries holds up to `limit` of them from `offset`) */
  total: number;
  offset: number;
  limit: number;
  entries: AnnotationListEntry[];
  facets: AnnotationListFacets;
  /** how many annotations the archive holds in all, whatever the filter */
  archiveTotal: number;
}

export const defaultAnnotationListLimit = 200;

/** One collator for names, used only where they differ (localeCompare with a locale builds one per call). */
const zhCollator = new Intl.Collator('zh-CN');
const collate = (a: string, b: string): number => (a === b ? 0 : zhCollator.compare(a, b));
/** ISO times, dates and ids in the order they are written. */
const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

type Field = 'colors' | 'tags' | 'paperIds' | 'dates' | 'text' | 'state';
const fields: readonly Field[] = ['colors', 'tags', 'paperIds', 'dates', 'text', 'state'];

/** The entries that pass the request's filter, sorted and cut to one page, with the facets. */
export function listAnnotationEntries(all: readonly AnnotationListEntry[], request: AnnotationListRequest = {}): AnnotationList {
  const tests = fieldTests(request);
  const failing = all.map((entry) => fields.filter((field) => !tests[field](entry)));
  const passing = all.filter((_, i) => failing[i]?.length === 0);
  /** passes every field but (maybe) `field`: what that field's facet counts */
  const countsFor = (field: Field) => all.filter((_, i) => failing[i]?.every((f) => f === field));

  const colorCounts = countBy(countsFor('colors'), (e) => [e.color]);
  const tagCounts = countBy(countsFor('tags'), (e) => e.tags);
  const paperEntries = countsFor('paperIds');
  const paperCounts = countBy(paperEntries, (e) => [e.place.paperId]);
  const paperNames = new Map(paperEntries.map((e) => [e.place.paperId, e.place.paper]));
  const stateCounts = countBy(countsFor('state'), (e) => [e.state]);

  const offset = Math.max(0, request.offset ?? 0);
  const limit = Math.max(1, request.limit ?? defaultAnnotationListLimit);
  const sorted = [...passing].sort(request.sort === 'date' ? byIssueDate : byModified);
  return {
    total: passing.length,
    offset,
    limit,
    entries: sorted.slice(offset, offset + limit),
    facets: {
      colors: annotationColors.map((value) => ({ value, count: colorCounts.get(value) ?? 0 })),
      tags: [...tagCounts]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || collate(a.value, b.value)),
      papers: [...paperCounts]
        .map(([value, count]) => ({ value, label: paperNames.get(value) ?? value, count }))
        .sort((a, b) => collate(a.label, b.label)),
      states: (['anchored', 'orphaned'] as const).map((value) => ({ value, count: stateCounts.get(value) ?? 0 })),
    },
    archiveTotal: all.length,
  };
}

/** Each entry's quote and comment folded, kept while the entry is (the core reuses entries between requests). */
const foldedTexts = new WeakMap<AnnotationListEntry, { quote: string; comment: string }>();

/** Whether the entry's quote or comment, folded, contains the folded query: ＡＢＣ finds abc, “协商” finds "协商". */
function foldedIncludes(entry: AnnotationListEntry, foldedQuery: string): boolean {
  let folded = foldedTexts.get(entry);
  if (!folded) foldedTexts.set(entry, (folded = { quote: fold(entry.quote), comment: fold(entry.comment) }));
  return folded.quote.includes(foldedQuery) || folded.comment.includes(foldedQuery);
}

function fieldTests(filter: AnnotationListFilter): Record<Field, (entry: AnnotationListEntry) => boolean> {
  const colors = new Set(filter.colors ?? []);
  const tags = new Set(filter.tags ?? []);
  const papers = new Set(filter.paperIds ?? []);
  const query = fold(filter.text ?? '').trim();
  return {
    colors: (e) => colors.size === 0 || colors.has(e.color),
    tags: (e) => tags.size === 0 || e.tags.some((tag) => tags.has(tag)),
    paperIds: (e) => papers.size === 0 || papers.has(e.place.paperId),
    dates: (e) => (!filter.from || e.place.date >= filter.from) && (!filter.to || e.place.date <= filter.to),
    text: (e) => query === '' || foldedIncludes(e, query),
    state: (e) => !filter.state || e.state === filter.state,
  };
}

/** Where an annotation's text starts: in its article, or in its page's text (0 for a region). */
function textStartOf(annotation: Annotation | PageAnnotation): number {
  for (const selector of annotation.target.selector) {
    if (selector.type === 'TextPositionSelector') return selector.start;
  }
  return 0;
}

function countBy<T extends string>(entries: readonly AnnotationListEntry[], valuesOf: (entry: AnnotationListEntry) => readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const entry of entries) {
    for (const value of new Set(valuesOf(entry))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

function byModified(a: AnnotationListEntry, b: AnnotationListEntry): number {
  return compareCodeUnits(b.annotation.modified, a.annotation.modified) || byIssueDate(a, b);
}

function byIssueDate(a: AnnotationListEntry, b: AnnotationListEntry): number {
  return (
    compareCodeUnits(b.place.date, a.place.date) ||
    collate(a.place.paper, b.place.paper) ||
    (a.place.page ?? Infinity) - (b.place.page ?? Infinity) ||
    compareCodeUnits(a.place.articleId ?? '', b.place.articleId ?? '') ||
    textStartOf(a.annotation) - textStartOf(b.annotation) ||
    compareCodeUnits(a.annotation.id, b.annotation.id)
  );
}
