import type { Block, DocumentMeta, Replica } from './model';
import type { ErrorCode } from './errors';
import type { PageAnalysis } from './page-layout';

/**
 * What an import reports (issue 3): the records it made or changed, file by file, and its
 * progress while it runs. Plain JSON, the same at every door.
 */

/** One text item of a page replica as the PDF draws it: its text and where it stands. */
export interface PageTextItem {
  /** normalised text of the item (see normalize-text.ts) */
  text: string;
  /** UTF-16 offset of `text` in the page's `text` */
  start: number;
  /** box in PDF points from the page's top-left corner */
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The text layer of one page replica, kept for highlighting on the page and for article
 * areas. `text` is the items' text in drawing order, a line break after each line.
 */
export interface PageText {
  /** 版 number for an issue's page, 1-based page number for a document */
  pageNumber: number;
  replica: Replica;
  /** page size in PDF points */
  width: number;
  height: number;
  text: string;
  items: PageTextItem[];
  /**
   * What the layout analysis found on a newspaper page (issue 13), before the reader's
   * corrections: kept so that corrections can be applied again without reading the PDF.
   */
  analysis?: PageAnalysis;
}

/** A standalone document with its body (documents/<id>.json). */
export interface DocumentRecord extends DocumentMeta {
  contentHash: string;
  blocks: Block[];
  /** canonical text: the blocks' text joined with "\n", NFC */
  text: string;
  /** what an OFD package carries besides its pages (issue 15); absent for other formats */
  ofd?: OfdPackageInfo;
}

/**
 * What an OFD package (GB/T 33190) carries besides its pages: its own annotations (Annots),
 * signatures (Signs) and attachments, listed read-only. Signatures are read, not verified.
 */
export interface OfdPackageInfo {
  annotations: { page?: number; type: string; subtype?: string; creator?: string; date?: string; remark?: string }[];
  signatures: { type: 'seal' | 'sign'; signer?: string; provider?: string; date?: string; method?: string }[];
  attachments: { name: string; format?: string; size?: number; date?: string; isPresent: boolean }[];
  /** always false: Jianbao lists signatures without checking them */
  signaturesVerified: false;
}

/** The arguments of `importFiles`, as the CLI's flags give them. */
export interface ImportRequest {
  /** files or folders; a folder is read recursively */
  paths: string[];
  /** the paper's name (or id) when the files do not say */
  paper?: string;
  /** YYYY-MM-DD, when the files do not say */
  date?: string;
}

/** The most bytes one `importUploads` call may carry, all its files together. */
export const maxUploadBytes = 64 * 1024 * 1024;

/** One file a browser uploads: its name (a relative path when a folder was chosen) and its bytes as base64. */
export interface UploadedFile {
  name: string;
  data: string;
}

/** How far an import has come. */
export interface ImportProgress {
  done: number;
  total: number;
  /** the file being read now; null when finished */
  currentFile: string | null;
  /** how far into the current file, page by page, for a PDF of many pages */
  page?: { done: number; total: number };
}

/** What became of one file. `unchanged`: its content was already in the archive. */
export type ImportFileStatus = 'imported' | 'unchanged' | 'failed' | 'cancelled';

/** One file's outcome, with a bilingual message when it failed. */
export interface ImportFileResult {
  path: string;
  status: ImportFileStatus;
  /** what the file was read as */
  format?: 'text' | 'html' | 'pdf' | 'docx' | 'ofd';
  issueId?: string;
  documentId?: string;
  error?: { code: ErrorCode; message: string };
  /** guesses the user may want to correct (a default paper or date, a charset fallback) */
  warnings: string[];
}

/** An article as the import report lists it. */
export interface ImportedArticle {
  id: string;
  pageNumber: number;
  kicker?: string;
  title: string;
  subtitle?: string;
  byline?: string;
  editor?: string;
  source?: string;
  /** the text of its heading blocks, in order */
  headings: string[];
  paragraphs: number;
  /** true when the article was in the archive before with other text */
  isUpdate: boolean;
}

/** An issue that the import created or changed. */
export interface ImportedIssue {
  id: string;
  paperId: string;
  paperName: string;
  date: string;
  number?: number;
  pages: { number: number; section: string; leadTitle?: string; hasReplica: boolean; articleIds: string[] }[];
  articles: ImportedArticle[];
}

/** A document that the import created. */
export interface ImportedDocument {
  id: string;
  title: string;
  kind: DocumentMeta['kind'];
  pageCount: number;
}

/** The result of `importFiles`. */
export interface ImportReport {
  files: ImportFileResult[];
  issues: ImportedIssue[];
  documents: ImportedDocument[];
  /**
   * Articles whose text changed. Their annotations are re-anchored from their selectors when
   * next read (annotation-book.ts); one whose quote is gone is kept as orphaned.
   */
  changedArticleIds: string[];
  cancelled: boolean;
}
