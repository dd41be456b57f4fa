import type { Article, ArticleMeta, DocumentMeta, Issue, Paper, Settings } from '../../../shared/model';
import type { DocumentRecord, PageText } from '../../../shared/import-types';
import type { Versioned } from '../storage/json-store';

/**
 * The shapes of the archive's JSON files of record (DESIGN.md, "On disk"). Each carries a
 * schemaVersion; bump it with a migration in the store that reads the file.
 */

/** library.json: papers, issues with their pages, article metadata, documents. */
export interface LibraryFile extends Versioned {
  papers: Paper[];
  issues: Issue[];
  articles: ArticleMeta[];
  documents: DocumentMeta[];
}
/**
 * Version 1 still: issue 3 added only optional fields (a page's leadTitle; a document's
 * contentHash, replica and date) that older readers ignore and this one does without.
 */
export const librarySchemaVersion = 1;

/** pages/<issue or document>.json: the text layer of each page replica, item by item. */
export interface PageTextsFile extends Versioned {
  ownerId: string;
  pages: PageText[];
}
export const pageTextsSchemaVersion = 1;

/** documents/<document>.json: the blocks and canonical text of one document. */
export interface DocumentFile extends Versioned {
  documentId: string;
  document: DocumentRecord | null;
}
export const documentSchemaVersion = 1;

/** articles/<issue>.json: the blocks and canonical text of one issue's articles. */
export interface ArticlesFile extends Versioned {
  issueId: string;
  articles: Article[];
}
export const articlesSchemaVersion = 1;

/**
 * An annotation as stored. Its full W3C Web Annotation shape comes with the annotation
 * feature; what every stored annotation has is an id and the time it last changed.
 */
export interface StoredAnnotation {
  id: string;
  modified: string;
  [key: string]: unknown;
}

/** annotations/<issue>.json: the annotations on one issue's articles and pages. */
export interface AnnotationsFile extends Versioned {
  issueId: string;
  annotations: StoredAnnotation[];
}
export const annotationsSchemaVersion = 1;

/** settings.json */
export interface SettingsFile extends Versioned, Settings {}
export const settingsSchemaVersion = 1;

export const defaultSettings: Settings = {
  locale: 'zh-CN',
  profileName: '读者',
  articleFontSize: 18,
  readingTheme: 'light',
  articleWidth: 'normal',
};

function assertArrays(data: unknown, keys: readonly string[]): void {
  const record = data as Record<string, unknown>;
  for (const key of keys) {
    if (!Array.isArray(record[key])) throw new Error(`"${key}" is missing or not a list`);
  }
}

export function validateLibrary(data: unknown): asserts data is LibraryFile {
  assertArrays(data, ['papers', 'issues', 'articles', 'documents']);
}

export function validateArticles(data: unknown): asserts data is ArticlesFile {
  assertArrays(data, ['articles']);
}

export function validatePageTexts(data: unknown): asserts data is PageTextsFile {
  assertArrays(data, ['pages']);
}

export function validateDocument(data: unknown): asserts data is DocumentFile {
  const record = data as Record<string, unknown>;
  if (typeof record.document !== 'object') throw new Error('"document" is missing');
}

export function validateAnnotations(data: unknown): asserts data is AnnotationsFile {
  assertArrays(data, ['annotations']);
}

export function validateSettings(data: unknown): asserts data is SettingsFile {
  const record = data as Record<string, unknown>;
  if (record.locale !== 'zh-CN' && record.locale !== 'en') throw new Error('"locale" is not zh-CN or en');
  if (typeof record.profileName !== 'string') throw new Error('"profileName" is not text');
  if (typeof record.articleFontSize !== 'number') throw new Error('"articleFontSize" is not a number');
}
