import type { StoredAnnotation } from '../archive/archive-files';

/**
 * What search reads from a stored annotation: the articles it is on, its comments and its
 * tags. The full W3C Web Annotation shape is the annotation feature's; until then this reads
 * whatever of it is there and never throws on what is not:
 * - targets: `target` as a string, an object with `source`, or a list of either;
 * - bodies: `bodyValue` (a comment), and `body` as one or a list of TextualBody objects whose
 *   `purpose` is `tagging` (a tag) or `commenting`, `describing` or absent (a comment).
 */
export interface AnnotationText {
  /** the target sources as written: an article id, or an IRI ending in one */
  sources: string[];
  comments: string[];
  tags: string[];
}

/** Reads the searchable parts of one annotation. */
export function annotationText(annotation: StoredAnnotation): AnnotationText {
  const sources: string[] = [];
  for (const target of asList(annotation.target)) {
    if (typeof target === 'string') sources.push(target);
    else if (isRecord(target) && typeof target.source === 'string') sources.push(target.source);
  }
  const comments: string[] = [];
  const tags: string[] = [];
  if (typeof annotation.bodyValue === 'string') comments.push(annotation.bodyValue);
  for (const body of asList(annotation.body)) {
    if (!isRecord(body) || typeof body.value !== 'string') continue;
    const purposes = asList(body.purpose).filter((p): p is string => typeof p === 'string');
    if (purposes.includes('tagging')) tags.push(body.value);
    else if (purposes.length === 0 || purposes.includes('commenting') || purposes.includes('describing')) {
      comments.push(body.value);
    }
  }
  return { sources, comments, tags };
}

/** True when a target source names the article: its id, or an IRI whose last segment is the id. */
export function isSourceOf(source: string, articleId: string): boolean {
  if (source === articleId) return true;
  if (!source.endsWith(articleId)) return false;
  const before = source[source.length - articleId.length - 1];
  return before === '/' || before === ':' || before === '#';
}

/**
 * The annotation text of each article of one issue: comments and tags joined by line breaks
 * (a break between them, so that no phrase spans two).
 */
export function notesByArticle(annotations: readonly StoredAnnotation[], articleIds: readonly string[]): Map<string, string> {
  const parts = new Map<string, string[]>();
  for (const annotation of annotations) {
    const { sources, comments, tags } = annotationText(annotation);
    const texts = [...comments, ...tags].filter((text) => text.trim() !== '');
    if (texts.length === 0) continue;
    for (const articleId of articleIds) {
      if (!sources.some((source) => isSourceOf(source, articleId))) continue;
      const list = parts.get(articleId) ?? [];
      list.push(...texts);
      parts.set(articleId, list);
    }
  }
  return new Map([...parts].map(([articleId, texts]) => [articleId, texts.join('\n')]));
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
