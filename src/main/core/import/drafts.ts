import type { Block, DocumentMeta } from '../../../shared/model';
import type { PageTextItem } from '../../../shared/import-types';

/**
 * What each importer makes of one file, before it meets the archive: no ids, no paper yet,
 * maybe no date. The orchestration (import-paths.ts) resolves those and builds the records.
 */

/** An imported file as read from disk. */
export interface SourceFile {
  path: string;
  /** the file name without folders */
  name: string;
  bytes: Uint8Array;
  sha256: string;
  /** lowercase extension the original is kept under in `originals/` */
  ext: string;
}

export interface ArticleDraft {
  pageNumber: number;
  kicker?: string;
  title: string;
  subtitle?: string;
  byline?: string;
  editor?: string;
  source?: string;
  blocks: Block[];
}

/** The text layer of one page of the file, before it is tied to its replica. */
export interface PageTextDraft {
  width: number;
  height: number;
  text: string;
  items: PageTextItem[];
}

export interface PageDraft {
  number: number;
  section?: string;
  leadTitle?: string;
  /** 0-based page of this file that is the page's replica */
  replicaPageIndex?: number;
  text?: PageTextDraft;
}

/** Metadata found in the file itself; options and defaults fill in the rest. */
export interface FoundMetadata {
  paperName?: string;
  /** YYYY-MM-DD */
  date?: string;
  issueNumber?: number;
}

/** Pages and articles of one issue of a paper. */
export interface IssueDraft extends FoundMetadata {
  kind: 'issue';
  format: 'text' | 'html' | 'pdf';
  pages: PageDraft[];
  articles: ArticleDraft[];
  warnings: string[];
}

/** A standalone document: a report, a proposal, any PDF that is not a newspaper page. */
export interface DocumentDraft {
  kind: 'document';
  format: 'pdf' | 'docx';
  title: string;
  documentKind: DocumentMeta['kind'];
  date?: string;
  blocks: Block[];
  pages: PageTextDraft[];
  warnings: string[];
}

export type Draft = IssueDraft | DocumentDraft;

/** What the user said about the files (the CLI's --paper and --date). */
export interface ImportHints {
  paper?: string;
  date?: string;
  /** the date the file's folder is named by (2025-01-15/01.pdf) */
  folderDate?: string;
}
