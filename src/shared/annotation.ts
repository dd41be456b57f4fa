import type { TextPositionSelector, TextQuoteSelector } from './anchoring/selectors';

/**
 * An annotation as the W3C Web Annotation Data Model has it (https://www.w3.org/TR/annotation-model/),
 * with Jianbao's few extras (colour, style) as plain properties that other tools ignore.
 * Its target is an article's canonical text, named by a stable URN.
 */

export const annotationColors = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type AnnotationColor = (typeof annotationColors)[number];

export type AnnotationStyle = 'highlight' | 'underline';

/** A comment (Markdown) on the annotated text. */
export interface CommentBody {
  type: 'TextualBody';
  purpose: 'commenting';
  value: string;
  format: 'text/markdown';
}

/** One tag. */
export interface TagBody {
  type: 'TextualBody';
  purpose: 'tagging';
  value: string;
}

export type AnnotationBody = CommentBody | TagBody;

// A type rather than an interface, so that it fits the archive's looser StoredAnnotation.
export type Annotation = {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  /** urn:uuid:… */
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  creator: { type: 'Person'; name: string };
  body: AnnotationBody[];
  target: {
    /** urn:jianbao:article:<articleId>, or urn:jianbao:document:<documentId> for a document's text */
    source: string;
    selector: [TextQuoteSelector, TextPositionSelector];
  };
  color: AnnotationColor;
  style: AnnotationStyle;
};

/** An annotation with where it anchors in the article's current text; null: orphaned. */
export interface AnchoredAnnotation {
  annotation: Annotation;
  anchor: { start: number; end: number } | null;
}

const articleUrnPrefix = 'urn:jianbao:article:';

/** The target source of an article. */
export function articleUrn(articleId: string): string {
  return `${articleUrnPrefix}${articleId}`;
}

/** The article an annotation targets, or null when it targets something else. */
export function articleIdOfTarget(source: string): string | null {
  return source.startsWith(articleUrnPrefix) ? source.slice(articleUrnPrefix.length) : null;
}

const documentUrnPrefix = 'urn:jianbao:document:';

/** The target source of a standalone document's text (a report, a proposal). */
export function documentUrn(documentId: string): string {
  return `${documentUrnPrefix}${documentId}`;
}

/** The document an annotation targets, or null when it targets something else. */
export function documentIdOfTarget(source: string): string | null {
  return source.startsWith(documentUrnPrefix) ? source.slice(documentUrnPrefix.length) : null;
}

/** The article or document whose text an annotation targets, or null (a page, another tool's). */
export function textIdOfTarget(source: string): string | null {
  return articleIdOfTarget(source) ?? documentIdOfTarget(source);
}

/** The comment of an annotation, or '' when it has none. */
export function commentOf(annotation: Pick<Annotation, 'body'>): string {
  return annotation.body.find((b): b is CommentBody => b.purpose === 'commenting')?.value ?? '';
}

/** The tags of an annotation, in order. */
export function tagsOf(annotation: Pick<Annotation, 'body'>): string[] {
  return annotation.body.filter((b): b is TagBody => b.purpose === 'tagging').map((b) => b.value);
}

/** The bodies for a comment and tags (an empty comment has no body). */
export function bodiesFor(comment: string, tags: readonly string[]): AnnotationBody[] {
  const bodies: AnnotationBody[] = [];
  if (comment.trim()) bodies.push({ type: 'TextualBody', purpose: 'commenting', value: comment, format: 'text/markdown' });
  for (const tag of new Set(tags.map((t) => t.trim()).filter(Boolean))) {
    bodies.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  }
  return bodies;
}

/** What making or editing an annotation sets besides its target: its look, comment and tags. */
export interface AnnotationLook {
  color?: AnnotationColor | undefined;
  style?: AnnotationStyle | undefined;
  comment?: string | undefined;
  tags?: readonly string[] | undefined;
}

/** An annotation's fields apart from its target, for one on an article's text or on a page. */
type AnnotationOn<Target> = Omit<Annotation, 'target'> & { target: Target };

/** A new annotation on `target`, made at `at` (ISO time) by `creator`: yellow highlight unless `look` says otherwise. */
export function newAnnotation<Target>(fields: { id: string; at: string; creator: string; target: Target } & AnnotationLook): AnnotationOn<Target> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: fields.id,
    type: 'Annotation',
    motivation: fields.comment?.trim() ? 'commenting' : 'highlighting',
    created: fields.at,
    modified: fields.at,
    creator: { type: 'Person', name: fields.creator },
    body: bodiesFor(fields.comment ?? '', fields.tags ?? []),
    target: fields.target,
    color: fields.color ?? 'yellow',
    style: fields.style ?? 'highlight',
  };
}

/** `current` with `changes` made at `at` (ISO time), on `target` (its own unless given). */
export function editedAnnotation<A extends AnnotationOn<unknown>>(current: A, changes: AnnotationLook, at: string, target: A['target'] = current.target): A {
  const comment = changes.comment ?? commentOf(current);
  return {
    ...current,
    motivation: comment.trim() ? 'commenting' : 'highlighting',
    modified: at,
    body: bodiesFor(comment, changes.tags ?? tagsOf(current)),
    color: changes.color ?? current.color,
    style: changes.style ?? current.style,
    target,
  };
}
