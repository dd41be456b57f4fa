import { annotationColors, type AnnotationColor } from '../../../shared/annotation';
import type { ApiArgs } from '../../../shared/api';
import type { AnnotationListSort, AnnotationState } from '../../../shared/annotation-list';
import type { ExportScope } from '../../../shared/export-api';

/**
 * What the all-annotations view shows, as its address names it:
 * `#/annotations?color=green&tag=提案&paper=…&from=…&to=…&q=…&state=orphaned&sort=date`
 * (colour and tag may repeat). Most recently made first, the default sort, is left out.
 */
export interface AnnotationsParams {
  colors: AnnotationColor[];
  tags: string[];
  paperId?: string;
  /** YYYY-MM-DD, inclusive */
  from?: string;
  /** YYYY-MM-DD, inclusive */
  to?: string;
  /** words in the quote or the comment */
  text?: string;
  state?: AnnotationState;
  sort: AnnotationListSort;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the view's filters from the query string of its route; what is not well formed is dropped. */
export function parseAnnotationsParams(queryString: string): AnnotationsParams {
  const params = new URLSearchParams(queryString);
  const colors = params.getAll('color').filter((c): c is AnnotationColor => (annotationColors as readonly string[]).includes(c));
  const tags = params.getAll('tag').map((t) => t.trim()).filter(Boolean);
  const paperId = params.get('paper');
  const from = params.get('from');
  const to = params.get('to');
  const text = params.get('q')?.trim();
  const state = params.get('state');
  return {
    colors: [...new Set(colors)],
    tags: [...new Set(tags)],
    ...(paperId ? { paperId } : {}),
    ...(from && isoDate.test(from) ? { from } : {}),
    ...(to && isoDate.test(to) ? { to } : {}),
    ...(text ? { text } : {}),
    ...(state === 'orphaned' || state === 'anchored' ? { state } : {}),
    sort: params.get('sort') === 'date' ? 'date' : 'modified',
  };
}

/** The route of the view with these filters. */
export function annotationsHref(params: Partial<AnnotationsParams> = {}): string {
  const query = new URLSearchParams();
  for (const color of params.colors ?? []) query.append('color', color);
  for (const tag of params.tags ?? []) query.append('tag', tag);
  if (params.paperId) query.set('paper', params.paperId);
  if (params.from) query.set('from', params.from);
  if (params.to) query.set('to', params.to);
  if (params.text?.trim()) query.set('q', params.text.trim());
  if (params.state) query.set('state', params.state);
  if (params.sort === 'date') query.set('sort', 'date');
  const search = query.toString();
  return search ? `#/annotations?${search}` : '#/annotations';
}

/** Whether any filter narrows the list (the sort does not). */
export function isFiltered(params: AnnotationsParams): boolean {
  return params.colors.length > 0 || params.tags.length > 0 || Boolean(params.paperId || params.from || params.to || params.text || params.state);
}

/** The filters with `value` added to a list field, or taken out of it when it is there already. */
export function toggle<K extends 'colors' | 'tags'>(params: AnnotationsParams, field: K, value: AnnotationsParams[K][number]): AnnotationsParams {
  const current = params[field] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...params, [field]: next };
}

/** What the API is asked for these filters. */
export function requestOf(params: AnnotationsParams, limit: number): ApiArgs<'listAllAnnotations'> {
  return { ...filterOf(params), sort: params.sort, limit };
}

/** The filters alone, as an export of what the view shows names them. */
export function filterOf(params: AnnotationsParams): Extract<ExportScope, { kind: 'filter' }>['filter'] {
  return {
    ...(params.colors.length > 0 ? { colors: params.colors } : {}),
    ...(params.tags.length > 0 ? { tags: params.tags } : {}),
    ...(params.paperId ? { paperIds: [params.paperId] } : {}),
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
    ...(params.text ? { text: params.text } : {}),
    ...(params.state ? { state: params.state } : {}),
  };
}
