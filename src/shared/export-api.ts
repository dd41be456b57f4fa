import { z } from 'zod';
import { annotationListMethods } from './annotation-api';
import type { Collection, CollectionDetail, CollectionSummary } from './collection';
import type { Digest } from './digest';

/**
 * Export, import and collections in the API contract, spread into `apiMethods` (api.ts).
 * Exports come back as bytes (base64), so that every door can save them: the browser door
 * downloads them, the desktop app through its save dialog.
 */
const id = z.string().min(1).max(200);

/** What the 批注 view's filters are (listAllAnnotations' fields, without sort and paging). */
const listFilter = annotationListMethods.listAllAnnotations.omit({ sort: true, limit: true, offset: true });

/** Which annotations an export holds: what the 批注 view's filters show, an article's, an issue's or a collection's. */
export const exportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('filter'), filter: listFilter }).strict(),
  z.object({ kind: z.literal('article'), articleId: id }).strict(),
  z.object({ kind: z.literal('issue'), issueId: id }).strict(),
  z.object({ kind: z.literal('collection'), collectionId: id }).strict(),
]);

export type ExportScope = z.output<typeof exportScope>;
export type ExportFormat = 'w3c' | 'md' | 'docx';

const itemKind = z.enum(['article', 'document', 'annotation']);
const item = z.object({ kind: itemKind, id }).strict();
const name = z.string().trim().min(1).max(100);
const note = z.string().max(20_000);
/** A colleague's W3C file is JSON text, well under this (tens of thousands of annotations); the browser door takes a body this large for it. */
const maxImportChars = 20 * 1024 * 1024;

export const exportMethods = {
  /** The scope's annotations as a file: W3C JSON-LD, Markdown (as the CLI writes them) or a Word 批注摘编. */
  exportAnnotations: z.object({ scope: exportScope, format: z.enum(['w3c', 'md', 'docx']) }).strict(),
  /** The scope's 批注摘编, for the print view: what the Word export writes. */
  getDigest: z.object({ scope: exportScope }).strict(),
  /** Merges a W3C annotation file's text (a colleague's export): new ones added, newer edits win. */
  importAnnotationFile: z.object({ name: z.string().min(1).max(1000), text: z.string().min(1).max(maxImportChars) }).strict(),
  listCollections: z.object({}).strict(),
  /** A collection with its entries resolved and cited, a saved search's new matches marked; null when none has that id. */
  getCollection: z.object({ collectionId: id }).strict(),
  /** A new collection; with `query`, a saved search that also gathers the articles it matches. */
  createCollection: z.object({ name, note: note.optional(), query: z.string().trim().min(1).max(500).optional() }).strict(),
  /** Renames, re-notes or reorders (`items`: the whole list in its new order) a collection. */
  updateCollection: z.object({ collectionId: id, name: name.optional(), note: note.optional(), items: z.array(item).max(10_000).optional() }).strict(),
  /** Adds an article, document or annotation at the end (once: adding it again changes nothing). */
  addToCollection: z.object({ collectionId: id, item }).strict(),
  /** Deletes a collection (not what it holds) and returns it, so the reader can undo. */
  deleteCollection: z.object({ collectionId: id }).strict(),
  /** Puts a deleted collection back (undo). */
  restoreCollection: z
    .object({
      collection: z
        .object({
          id,
          name,
          note,
          items: z.array(item).max(10_000),
          savedSearch: z.object({ query: z.string().min(1).max(500), seenArticleIds: z.array(id).max(1_000_000) }).strict().nullable(),
          created: z.string().datetime({ offset: true }),
          modified: z.string().datetime({ offset: true }),
        })
        .strict(),
    })
    .strict(),
  /** The reader has seen a saved search's new matches: they are no longer marked new. */
  markCollectionSeen: z.object({ collectionId: id }).strict(),
} as const;

/** An exported file: its suggested name, type and bytes. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  /** the file's bytes, base64 */
  data: string;
  /** how many annotations it holds */
  count: number;
}

/** What an import of a colleague's file did (import-w3c.ts' report). */
export interface AnnotationFileImportReport {
  added: number;
  updated: number;
  kept: number;
  skipped: { id: string; reason: string }[];
}

export interface ExportResults {
  exportAnnotations: ExportedFile;
  getDigest: Digest;
  importAnnotationFile: AnnotationFileImportReport;
  listCollections: CollectionSummary[];
  getCollection: CollectionDetail | null;
  createCollection: Collection;
  updateCollection: Collection;
  addToCollection: Collection;
  deleteCollection: Collection;
  restoreCollection: Collection;
  markCollectionSeen: Collection;
}
