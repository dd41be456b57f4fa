import { z } from 'zod';
import { annotationFields, annotationSchema } from './annotation-api';
import type { PageAnnotation } from './page-annotation';
import { mediaFragment, pdfFragment } from './page-annotation';

/**
 * The part of the API contract on page annotations (page-annotation.ts), spread into
 * `apiMethods` (api.ts) like the article annotations' part.
 */
const { id, offset, color, style, comment, tags, annotationId } = annotationFields;
const pageNumber = z.number().int().min(1).max(10_000);
const points = z.number().finite().min(0).max(100_000);

/** Text of the page's text layer: the quote with its context and its offsets there. */
const pageText = z
  .object({
    exact: z.string().min(1).max(100_000),
    prefix: z.string().max(200).optional(),
    suffix: z.string().max(200).optional(),
    start: offset,
    end: offset,
  })
  .strict()
  .refine((text) => text.start < text.end, 'start < end');

/** A region of the page, in PDF points from its top-left corner. */
const region = z.object({ x: points, y: points, width: points.positive(), height: points.positive() }).strict();

const fragment = z
  .object({ type: z.literal('FragmentSelector'), conformsTo: z.enum([pdfFragment, mediaFragment]), value: z.string().max(200) })
  .strict();

/** A page annotation as the API accepts it back (undo of a delete). */
export const pageAnnotationSchema = annotationSchema.omit({ target: true }).extend({
  target: z
    .object({
      source: z.string().regex(/^urn:jianbao:page:.+:\d+$/),
      selector: z
        .array(
          z.discriminatedUnion('type', [
            fragment,
            z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1).max(100_000), prefix: z.string().max(200).optional(), suffix: z.string().max(200).optional() }).strict(),
            z.object({ type: z.literal('TextPositionSelector'), start: offset, end: offset }).strict(),
          ]),
        )
        .min(1)
        .max(210),
    })
    .strict(),
});

export const pageAnnotationMethods = {
  /** The annotations on one page of an issue (its replica), oldest first. */
  listPageAnnotations: z.object({ issueId: id, pageNumber }).strict(),
  /** Marks text of the page's text layer, or regions drawn on it, or both; saved at once. */
  createPageAnnotation: z
    .object({
      issueId: id,
      pageNumber,
      text: pageText.optional(),
      regions: z.array(region).max(200).optional(),
      color: color.optional(),
      style: style.optional(),
      comment: comment.optional(),
      tags: tags.optional(),
    })
    .strict()
    .refine((draft) => draft.text !== undefined || (draft.regions?.length ?? 0) > 0, '需要所选文字或区域 / text or a region is needed'),
  /** Changes a page annotation; `text` attaches it to newly selected text of the page. */
  updatePageAnnotation: z
    .object({
      issueId: id,
      id: annotationId,
      color: color.optional(),
      style: style.optional(),
      comment: comment.optional(),
      tags: tags.optional(),
      text: pageText.optional(),
    })
    .strict(),
  /** Deletes a page annotation and returns it, so the reader can undo. */
  deletePageAnnotation: z.object({ issueId: id, id: annotationId }).strict(),
  /** Puts a deleted page annotation back (undo). */
  restorePageAnnotation: z.object({ annotation: pageAnnotationSchema }).strict(),
} as const;

export interface PageAnnotationResults {
  listPageAnnotations: PageAnnotation[];
  createPageAnnotation: PageAnnotation;
  updatePageAnnotation: PageAnnotation;
  deletePageAnnotation: PageAnnotation;
  restorePageAnnotation: PageAnnotation;
}
