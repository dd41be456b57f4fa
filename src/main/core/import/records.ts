import { canonicalText } from '../../../shared/canonical-text';
import type { DocumentRecord, ImportedDocument, ImportedIssue, PageText } from '../../../shared/import-types';
import { sha256Hex } from '../archive/ids';
import type { DocumentDraft, SourceFile } from './drafts';
import type { BuiltIssue } from './issue-builder';

/** A document's records: its body and the text layer of its pages. */
export interface BuiltDocument {
  document: DocumentRecord;
  pageTexts: PageText[];
}

/**
 * A document is identified by its original's content: each file imported is one document,
 * and the same file again is recognised by its hash before it gets here.
 */
export function documentIdOf(sha256: string): string {
  return `d-${sha256.slice(0, 16)}`;
}

/** The records of a document draft read from `file`. */
export function buildDocument(draft: DocumentDraft, file: SourceFile): BuiltDocument {
  const blocks = draft.blocks.map((b) => ({ kind: b.kind, text: b.text.normalize('NFC') }));
  const text = canonicalText(blocks);
  // A PDF shows its own pages, an OFD the PDF made from it at import; a Word document is its text alone.
  const replica = { sha256: draft.replica?.sha256 ?? file.sha256, ext: 'pdf' as const };
  return {
    document: {
      id: documentIdOf(file.sha256),
      title: draft.title,
      kind: draft.documentKind,
      pageCount: draft.pages.length,
      sources: [file.sha256],
      contentHash: sha256Hex(text),
      ...(draft.pages.length > 0 ? { replica } : {}),
      ...(draft.date ? { date: draft.date } : {}),
      blocks,
      text,
      ...(draft.ofd ? { ofd: draft.ofd } : {}),
    },
    pageTexts: draft.pages.map((page, pageIndex) => ({ pageNumber: pageIndex + 1, replica: { ...replica, pageIndex }, ...page })),
  };
}

/** An issue as the import report lists it: all its pages, and the articles this import wrote. */
export function reportIssue(built: BuiltIssue): ImportedIssue {
  const { paper, issue, articles } = built.bundle;
  const imported = new Set(built.importedArticleIds);
  const changed = new Set(built.changedArticleIds);
  return {
    id: issue.id,
    paperId: paper.id,
    paperName: paper.name,
    date: issue.date,
    ...(issue.number === undefined ? {} : { number: issue.number }),
    pages: issue.pages.map((page) => ({
      number: page.number,
      section: page.section,
      ...(page.leadTitle ? { leadTitle: page.leadTitle } : {}),
      hasReplica: page.replica !== undefined,
      articleIds: page.articleIds,
    })),
    articles: articles
      .filter((a) => imported.has(a.id))
      .map((a) => ({
        id: a.id,
        pageNumber: a.pageNumber,
        ...(a.kicker ? { kicker: a.kicker } : {}),
        title: a.title,
        ...(a.subtitle ? { subtitle: a.subtitle } : {}),
        ...(a.byline ? { byline: a.byline } : {}),
        ...(a.editor ? { editor: a.editor } : {}),
        ...(a.source ? { source: a.source } : {}),
        headings: a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text),
        paragraphs: a.blocks.filter((b) => b.kind === 'paragraph').length,
        isUpdate: changed.has(a.id),
      })),
  };
}

/** A document as the import report lists it. */
export function reportDocument(document: DocumentRecord): ImportedDocument {
  return { id: document.id, title: document.title, kind: document.kind, pageCount: document.pageCount };
}
