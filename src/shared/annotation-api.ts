import { z } from 'zod';
import { annotationColors, type AnchoredAnnotation, type Annotation } from './annotation';
import { defaultAnnotationListLimit, type AnnotationList } from './annotation-list';

/**
 * The annotation part of the API contract, spread into `apiMethods` (api.ts): the schemas
 * every door validates arguments with, and what each method resolves to.
 */
const id = z.string().min(1).max(200);
const offset = z.number().int().min(0).max(100_000_000);
const color = z.enum(annotationColors);
const style = z.enum(['highlight', 'underline']);
const comment = z.string().max(20_000);
const tags = z.array(z.string().trim().min(1).max(64)).max(50);
const annotationId = z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/i, 'urn:uuid:…');
const isoTime = z.string().datetime({ offset: true });

/** The field schemas above, for the parts of the contract on page annotations (page-annotation-api.ts). */
export const annotationFields = { id, offset, color, style, comment, tags, annotationId };

/** An annotation as the API accepts it back (undo of a delete): exactly our W3C shape. */
export const annotationSchema = z
  .object({
    '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
    id: annotationId,
    type: z.literal('Annotation'),
    motivation: z.enum(['highlighting', 'commenting']),
    created: isoTime,
    modified: isoTime,
    creator: z.object({ type: z.literal('Person'), name: z.string().max(80) }).strict(),
    body: z
      .array(
        z.discriminatedUnion('purpose', [
          z.object({ type: z.literal('TextualBody'), purpose: z.literal('commenting'), value: comment, format: z.literal('text/markdown') }).strict(),
          z.object({ type: z.literal('TextualBody'), purpose: z.literal('tagging'), value: z.string().min(1).max(64) }).strict(),
        ]),
      )
      .max(51),
    target: z
      .object({
        source: z.string().regex(/^urn:jianbao:(article|document):/),
        selector: z.tuple([
          z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1).max(100_000), prefix: z.string().max(200).optional(), suffix: z.string().max(200).optional() }).strict(),
          z.object({ type: z.literal('TextPositionSelector'), start: offset, end: offset }).strict(),
        ]),
      })
      .strict(),
    color,
    style,
  })
  .strict();

export const annotationMethods = {
  /**
   * The annotations on an article with their anchors in its current text; orphans have none.
   * Here and below, `articleId` may also name a standalone document, whose text is annotated alike.
   */
  listAnnotations: z.object({ articleId: id }).strict(),
  /** Highlights (and comments, tags) a range of an article's canonical text; saved at once. */
  createAnnotation: z
    .object({
      articleId: id,
      start: offset,
      end: offset,
      color: color.optional(),
      style: style.optional(),
      comment: comment.optional(),
      tags: tags.optional(),
    })
    .strict(),
  /** Changes an annotation; `range` re-attaches an orphaned one to new text. */
  updateAnnotation: z
    .object({
      articleId: id,
      id: annotationId,
      color: color.optional(),
      style: style.optional(),
      comment: comment.optional(),
      tags: tags.optional(),
      range: z.object({ start: offset, end: offset }).strict().optional(),
    })
    .strict(),
  /** Deletes an annotation and returns it, so the reader can undo. */
  deleteAnnotation: z.object({ articleId: id, id: annotationId }).strict(),
  /** Puts a deleted annotation back (undo). */
  restoreAnnotation: z.object({ annotation: annotationSchema }).strict(),
} as const;

export interface AnnotationResults {
  listAnnotations: AnchoredAnnotation[];
  createAnnotation: AnchoredAnnotation;
  updateAnnotation: AnchoredAnnotation;
  deleteAnnotation: Annotation;
  restoreAnnotation: AnchoredAnnotation;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** The archive-wide list of annotations (the all-annotations view), spread into `apiMethods` beside the others. */
export const annotationListMethods = {
  /**
   * Every annotation of the archive that passes the filters, each with its state (anchored or
   * orphaned), quote and citation; one page of them, with the total and each filter's counts.
   */
  listAllAnnotations: z
    .object({
      colors: z.array(color).max(annotationColors.length).optional(),
      tags: z.array(z.string().trim().min(1).max(64)).max(50).optional(),
      paperIds: z.array(id).max(100).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      /** found in the quote or the comment, folded (case, full/half width, spacing) */
      text: z.string().max(500).optional(),
      state: z.enum(['anchored', 'orphaned']).optional(),
      sort: z.enum(['modified', 'date']).default('modified'),
      limit: z.number().int().min(1).max(500).default(defaultAnnotationListLimit),
      offset: z.number().int().min(0).max(10_000_000).default(0),
    })
    .strict(),
} as const;

export interface AnnotationListResults {
  listAllAnnotations: AnnotationList;
}
