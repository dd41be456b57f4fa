import type { Block, DocumentMeta, Rect } from '../../../shared/model';
import type { OfdPackageInfo, PageTextItem } from '../../../shared/import-types';
import type { PageAnalysis } from '../../../shared/page-layout';

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

/** An article as an importer read it; ids come when it is built into the issue. */
export interface ArticleDraft {
  pageNumber: number;
  /**
   * What identifies the article on its page in place of its title (ids.ts), when the two
   * differ: a title the reader corrected keeps the article's id, and its annotations with it.
   */
  idKey?: string;
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
  /** a newspaper page's layout analysis (issue 13), kept with its text */
  analysis?: PageAnalysis;
}

/** A page (版) as an importer read it: any of its number, section, lead headline, replica and text. */
export interface PageDraft {
  number: number;
  section?: string;
  leadTitle?: string;
  /** 0-based page of this file that is the page's replica */
  replicaPageIndex?: number;
  text?: PageTextDraft;
  /** article areas (热区) in PDF points, by the title (or idKey) of the article they open */
  areas?: { title: string; idKey?: string; rect: Rect }[];
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
  format: 'pdf' | 'docx' | 'ofd';
  title: string;
  documentKind: DocumentMeta['kind'];
  date?: string;
  blocks: Block[];
  pages: PageTextDraft[];
  /** a PDF made at import that shows the pages (an OFD's), kept beside the original */
  replica?: SourceFile;
  /** what an OFD package carries besides its pages */
  ofd?: OfdPackageInfo;
  warnings: string[];
}

/**
 * A digital edition's layout page of one 版: the page's label and PDF, and its image map's
 * areas (in image pixels) with the article page each one links. The orchestration ties it to
 * the PDF and article pages imported with it (layouts.ts).
 */
export interface LayoutDraft {
  kind: 'layout';
  format: 'html';
  pageNumber: number;
  section?: string;
  date?: string;
  pdfHref?: string;
  imageSize?: { width: number; height: number };
  areas: { href: string; rect: Rect }[];
  warnings: string[];
}

/** What an importer makes of one file. */
export type Draft = IssueDraft | DocumentDraft | LayoutDraft;

/** What the user said about the files (the CLI's --paper and --date). */
export interface ImportHints {
  paper?: string;
  date?: string;
  /** the date the file's folder is named by (2025-01-15/01.pdf) */
  folderDate?: string;
  /** told after each page of a long file is read: pages done, pages in all */
  onPage?: (done: number, total: number) => void;
}
