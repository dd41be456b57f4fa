import { gbtDocumentCitation, gbtNewspaperCitation } from '../../../shared/citation';
import type { LibraryFile } from '../archive/archive-files';
import { documentCitation, type ArticleCitation } from '../annotations/export-w3c';

/**
 * Articles and documents cited by id, from library.json: for what a collection holds without
 * an annotation on it, cited as the exports cite annotated ones.
 */
export class SourceCitations {
  private readonly papers: Map<string, string>;
  private readonly issues: Map<string, LibraryFile['issues'][number]>;
  private readonly articles: Map<string, LibraryFile['articles'][number]>;
  private readonly documents: Map<string, LibraryFile['documents'][number]>;

  constructor(library: LibraryFile) {
    this.papers = new Map(library.papers.map((p) => [p.id, p.name]));
    this.issues = new Map(library.issues.map((i) => [i.id, i]));
    this.articles = new Map(library.articles.map((a) => [a.id, a]));
    this.documents = new Map(library.documents.map((d) => [d.id, d]));
  }

  /** The article as a citation names it; null when the archive has no such article. */
  article(articleId: string): ArticleCitation | null {
    const meta = this.articles.get(articleId);
    const issue = meta && this.issues.get(meta.issueId);
    if (!meta || !issue) return null;
    return {
      articleId,
      issueId: issue.id,
      paperId: issue.paperId,
      paper: this.papers.get(issue.paperId) ?? issue.paperId,
      date: issue.date,
      title: meta.title,
      page: meta.pageNumber,
      byline: meta.byline ?? null,
    };
  }

  /** A document cited where a paper would be, as citeDocumentAnnotations cites it; null when none has that id. */
  document(documentId: string): ArticleCitation | null {
    const document = this.documents.get(documentId);
    return document ? documentCitation(document) : null;
  }
}

/** Whether a citation is of a standalone document (citeDocumentAnnotations' `document:<kind>` paper id). */
export function isDocumentCitation(article: Pick<ArticleCitation, 'paperId'>): boolean {
  return article.paperId.startsWith('document:');
}

/** The GB/T 7714-2015 citation of an article, or of a document cited in its place. */
export function gbtCitation(article: ArticleCitation): string {
  if (!isDocumentCitation(article)) return gbtNewspaperCitation(article);
  const kind = article.paperId.slice('document:'.length);
  return gbtDocumentCitation({
    title: article.title,
    kind: kind === 'report' || kind === 'proposal' ? kind : 'other',
    date: article.date || undefined,
  });
}
