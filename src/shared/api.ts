import { z } from 'zod';
import type {
  ArchiveInfo,
  ArticleDetail,
  DocumentMeta,
  IssueDetail,
  IssueSummary,
  Paper,
  ReadingState,
  Settings,
} from './model';
import { maxUploadBytes, type DocumentRecord, type ImportProgress, type ImportReport } from './import-types';
import type { SearchIndexStatus, SearchResults } from './search-types';
import type { RecoveredFile } from './recovery';
import { annotationListMethods, annotationMethods, type AnnotationListResults, type AnnotationResults } from './annotation-api';
import { pageAnnotationMethods, type PageAnnotationResults } from './page-annotation-api';
import { correctionMethods, type CorrectionResults } from './correction-api';
import { exportMethods, type ExportResults } from './export-api';
import { proposalMethods, type ProposalResults } from './proposal-api';

/**
 * The API contract: every method takes one argument object, validated by its schema at every
 * door, and returns a Promise of plain JSON. Channel names and clients are derived from the
 * keys of `apiMethods`; nothing names a method twice.
 */
const id = z.string().min(1).max(200);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

const readingPlace = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article'), articleId: id }).strict(),
  z.object({ kind: z.literal('page'), issueId: id, pageNumber: z.number().int().min(1).max(9999) }).strict(),
]);

export const apiMethods = {
  getInfo: z.object({}).strict(),
  listPapers: z.object({}).strict(),
  listIssues: z.object({ paperId: id.optional() }).strict(),
  getIssue: z.object({ issueId: id }).strict(),
  getArticle: z.object({ articleId: id }).strict(),
  getSettings: z.object({}).strict(),
  updateSettings: z
    .object({
      locale: z.enum(['zh-CN', 'en']).optional(),
      profileName: z.string().trim().min(1).max(80).optional(),
      articleFontSize: z.number().int().min(12).max(40).optional(),
      readingTheme: z.enum(['light', 'sepia', 'dark']).optional(),
      articleWidth: z.enum(['narrow', 'normal', 'wide']).optional(),
    })
    .strict(),
  listDocuments: z.object({}).strict(),
  /** A document with its blocks and canonical text; null when the archive has no such document. */
  getDocument: z.object({ documentId: id }).strict(),
  getReadingState: z.object({}).strict(),
  /** The reader opened `place`; `position` (0–1) is how far down an article they have read. */
  recordReading: z.object({ place: readingPlace, position: z.number().min(0).max(1).optional() }).strict(),
  /** How far down the article the reader had read (0–1), or null when never opened. */
  getReadingPosition: z.object({ articleId: id }).strict(),
  /**
   * Imports files and folders (article text, saved news pages, PDFs) into the archive; paper
   * and date apply where the files do not say. Reports progress through onDidImportProgress.
   */
  importFiles: z
    .object({
      paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000),
      paper: z.string().trim().min(1).max(100).optional(),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').optional(),
    })
    .strict(),
  /**
   * Imports files whose bytes the caller sends (a browser's file picker or drop), as
   * importFiles would read them from disk. `name` may be a relative path (a chosen folder's
   * files), which dates and groups them as their folders would. At most maxUploadBytes a call.
   */
  importUploads: z
    .object({
      files: z
        .array(
          z
            .object({
              name: z.string().min(1).max(1000),
              data: z
                .string()
                .max(Math.ceil(maxUploadBytes / 3) * 4)
                .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
            })
            .strict(),
        )
        .min(1)
        .max(2000)
        .refine((files) => files.reduce((sum, file) => sum + file.data.length, 0) <= Math.ceil(maxUploadBytes / 3) * 4, {
          message: `at most ${maxUploadBytes / 1024 / 1024} MB a call`,
        }),
      paper: z.string().trim().min(1).max(100).optional(),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').optional(),
    })
    .strict(),
  /** Cancels the imports running now; resolves to how many there were. */
  cancelImport: z.object({}).strict(),
  /**
   * Corrects what an import got wrong about an issue: its running number (null: unknown),
   * the section (栏目) of its pages, and its paper's names. The date is part of the issue's
   * identity and cannot be corrected here.
   */
  correctIssue: z
    .object({
      issueId: id,
      number: z.number().int().min(1).max(10_000_000).nullable().optional(),
      sections: z
        .array(z.object({ pageNumber: z.number().int().min(1).max(9999), section: z.string().trim().min(1).max(40) }).strict())
        .max(500)
        .optional(),
      paperName: z.string().trim().min(1).max(100).optional(),
      paperShortName: z.string().trim().min(1).max(40).optional(),
    })
    .strict(),
  /** Full-text search (query language: src/shared/search-query.ts). */
  search: z
    .object({
      query: z.string().min(1).max(500),
      limit: z.number().int().min(1).max(500).default(50),
      offset: z.number().int().min(0).max(1_000_000).default(0),
      paperId: id.optional(),
      /** 版面 */
      section: z.string().min(1).max(100).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      sort: z.enum(['relevance', 'date']).default('relevance'),
    })
    .strict(),
  /** Deletes the search index and builds it again (it also rebuilds itself when damaged). */
  rebuildSearchIndex: z.object({}).strict(),
  /** The damaged files found since the archive was opened: moved aside, restored from a backup where one had a copy. */
  getRecoveryReport: z.object({}).strict(),
  ...annotationMethods,
  ...pageAnnotationMethods,
  ...annotationListMethods,
  ...correctionMethods,
  ...exportMethods,
  ...proposalMethods,
} as const;

export type ApiMethodName = keyof typeof apiMethods;

/** What each method resolves to. `null` is "nothing found". */
export interface ApiResults extends AnnotationResults, PageAnnotationResults, AnnotationListResults, CorrectionResults, ExportResults, ProposalResults {
  getInfo: ArchiveInfo;
  listPapers: Paper[];
  listIssues: IssueSummary[];
  getIssue: IssueDetail | null;
  getArticle: ArticleDetail | null;
  getSettings: Settings;
  updateSettings: Settings;
  listDocuments: DocumentMeta[];
  getDocument: DocumentRecord | null;
  getReadingState: ReadingState;
  recordReading: null;
  getReadingPosition: number | null;
  importFiles: ImportReport;
  importUploads: ImportReport;
  cancelImport: number;
  correctIssue: IssueDetail;
  search: SearchResults;
  rebuildSearchIndex: SearchIndexStatus;
  getRecoveryReport: RecoveredFile[];
}

/** An event of the contract: its key in `apiEvents` names it, the type parameter is its payload. */
export interface EventDeclaration<P> {
  /** type only (wrapped, so that a payload that may be null stays so) */
  readonly payload?: [P];
}

function event<P>(): EventDeclaration<P> {
  return {};
}

/**
 * The events, declared once: each key is an event's name (`onDid…`, as VS Code finds events
 * by their prefix) and its declaration carries the payload type. Names, payload types and the
 * list every door forwards are all derived from this object, so an event cannot be listed
 * without its payload or the other way round.
 */
export const apiEvents = {
  /** the library changed: issues imported, removed or demo reinstalled */
  onDidChangeLibrary: event<{ reason: string }>(),
  onDidChangeSettings: event<Settings>(),
  /** how far the running import has come */
  onDidImportProgress: event<ImportProgress>(),
  /**
   * an annotation was made, changed, deleted or restored: on this article, or (articleId
   * null) on this page of this issue
   */
  onDidChangeAnnotations: event<{ articleId: string | null; issueId?: string; pageNumber?: number }>(),
  /** a damaged file was found, moved aside and (when a backup had a copy) restored */
  onDidRecoverFile: event<RecoveredFile>(),
} as const;

export type ApiEventName = keyof typeof apiEvents;

/** The payload of each event. */
export type ApiEventPayloads = { [E in ApiEventName]: NonNullable<(typeof apiEvents)[E]['payload']>[0] };

export const apiEventNames = Object.keys(apiEvents) as ApiEventName[];

export type ApiArgs<K extends ApiMethodName> = z.input<(typeof apiMethods)[K]>;
export type ApiParsedArgs<K extends ApiMethodName> = z.output<(typeof apiMethods)[K]>;

/** Subscribe to an event; returns the function that unsubscribes. */
export type EventSubscriber<P> = (callback: (payload: P) => void) => () => void;

/** What the renderer (or any client) sees. */
export type JianbaoApi = {
  [K in ApiMethodName]: (args: ApiArgs<K>) => Promise<ApiResults[K]>;
} & {
  [E in ApiEventName]: EventSubscriber<ApiEventPayloads[E]>;
};

/** What the core implements: handlers receive validated arguments. */
export type ApiHandlers = {
  [K in ApiMethodName]: (args: ApiParsedArgs<K>) => Promise<ApiResults[K]>;
};

export const apiMethodNames = Object.keys(apiMethods) as ApiMethodName[];

/**
 * What each method does to the archive: `save` changes what it holds (what the reader wrote,
 * imported or corrected), `read` does not. Declared for every method (a new one does not
 * compile until it is classified); the browser door sends small saves as keepalive requests
 * so that one made as the page closes still arrives.
 */
export const methodKinds: Record<ApiMethodName, 'read' | 'save'> = {
  getInfo: 'read',
  listPapers: 'read',
  listIssues: 'read',
  getIssue: 'read',
  getArticle: 'read',
  getSettings: 'read',
  updateSettings: 'save',
  listDocuments: 'read',
  getDocument: 'read',
  getReadingState: 'read',
  recordReading: 'save',
  getReadingPosition: 'read',
  importFiles: 'save',
  importUploads: 'save',
  cancelImport: 'read',
  correctIssue: 'save',
  search: 'read',
  rebuildSearchIndex: 'read',
  getRecoveryReport: 'read',
  listAnnotations: 'read',
  createAnnotation: 'save',
  updateAnnotation: 'save',
  deleteAnnotation: 'save',
  restoreAnnotation: 'save',
  listPageAnnotations: 'read',
  createPageAnnotation: 'save',
  updatePageAnnotation: 'save',
  deletePageAnnotation: 'save',
  restorePageAnnotation: 'save',
  listAllAnnotations: 'read',
  listPageCorrections: 'read',
  applyPageCorrection: 'save',
  undoPageCorrection: 'save',
  listPagesToCorrect: 'read',
  exportAnnotations: 'read',
  getDigest: 'read',
  importAnnotationFile: 'save',
  listCollections: 'read',
  getCollection: 'read',
  createCollection: 'save',
  updateCollection: 'save',
  addToCollection: 'save',
  deleteCollection: 'save',
  restoreCollection: 'save',
  markCollectionSeen: 'save',
  listProposals: 'read',
  getProposal: 'read',
  createProposal: 'save',
  saveProposal: 'save',
  restoreProposalVersion: 'save',
  quoteAnnotation: 'read',
  listProposalsCiting: 'read',
  exportProposal: 'read',
};

/** Whether a method changes what the archive holds (see methodKinds). */
export function isSaveMethod(method: ApiMethodName): boolean {
  return methodKinds[method] === 'save';
}

export function isApiMethodName(name: string): name is ApiMethodName {
  return Object.hasOwn(apiMethods, name);
}

/** The IPC channel of a method (Electron door). */
export function channelOf(method: ApiMethodName): string {
  return `jianbao:${method}`;
}

/** The IPC channel on which the main process sends events. */
export const eventChannel = 'jianbao:event';
