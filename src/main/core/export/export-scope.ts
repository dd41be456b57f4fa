import type { ExportScope } from '../../../shared/export-api';
import { JianbaoError } from '../../../shared/errors';
import type { Archive } from '../archive/archive';
import { listArchiveAnnotations } from '../annotations/archive-annotation-list';
import type { CitedPageAnnotation } from '../annotations/export-pages';
import { readArchiveAnnotations, type ArticleCitation, type CitedAnnotation } from '../annotations/export-w3c';
import type { CollectionBook } from '../collections/collection-book';
import { SourceCitations } from './cite-sources';

/** The annotations an export holds, and what else the digest names. */
export interface ScopedAnnotations {
  /** in the exports' order: paper, date, page, article, place in the text */
  annotations: CitedAnnotation[];
  pages: CitedPageAnnotation[];
  /** the export's title: 批注摘编, or the collection's name */
  title: string;
  note: string;
  /** for a collection: its articles and documents in the reader's order, annotated or not; null: date order */
  sources: ArticleCitation[] | null;
  /** a short name for the file: the article's title, the issue's date, the collection's name */
  fileStem: string;
}

/**
 * What an export of `scope` holds. The 批注 view's filters give exactly the annotations the
 * view lists for them (all of them, not only the first page shown), found by the same
 * listArchiveAnnotations; an article's, an issue's and a collection's are read from the archive.
 */
export async function annotationsInScope(archive: Archive, collections: CollectionBook, scope: ExportScope): Promise<ScopedAnnotations> {
  const all = await readArchiveAnnotations(archive);
  const base = { title: '批注摘编', note: '', sources: null };
  switch (scope.kind) {
    case 'filter': {
      const listed = await listArchiveAnnotations(archive, { ...scope.filter, limit: Number.MAX_SAFE_INTEGER, offset: 0 });
      const ids = new Set(listed.entries.map((entry) => entry.annotation.id));
      return {
        ...base,
        annotations: all.annotations.filter((c) => ids.has(c.annotation.id)),
        pages: all.pages.filter((c) => ids.has(c.annotation.id)),
        fileStem: '批注',
      };
    }
    case 'article': {
      const annotations = all.annotations.filter((c) => c.article.articleId === scope.articleId);
      const title = annotations[0]?.article.title ?? (await articleTitle(archive, scope.articleId));
      return { ...base, annotations, pages: [], fileStem: `批注-${title}` };
    }
    case 'issue': {
      const library = await archive.library.read();
      const issue = library.issues.find((i) => i.id === scope.issueId);
      if (!issue) throw new JianbaoError('NOT_FOUND', `找不到这一期 ${scope.issueId} / No issue ${scope.issueId} in this archive.`);
      return {
        ...base,
        annotations: all.annotations.filter((c) => c.article.issueId === scope.issueId),
        pages: all.pages.filter((c) => c.page.issueId === scope.issueId),
        fileStem: `批注-${issue.date}`,
      };
    }
    case 'collection':
      return collectionScope(archive, collections, scope.collectionId, all.annotations);
  }
}

async function articleTitle(archive: Archive, articleId: string): Promise<string> {
  const article = (await archive.library.read()).articles.find((a) => a.id === articleId);
  if (!article) throw new JianbaoError('NOT_FOUND', `找不到文章 ${articleId} / No article ${articleId} in this archive.`);
  return article.title;
}

/**
 * A collection's annotations: every one on its articles and documents (a saved search's
 * matches included) and those it lists by hand, its sources in the reader's order.
 */
async function collectionScope(archive: Archive, collections: CollectionBook, collectionId: string, all: readonly CitedAnnotation[]): Promise<ScopedAnnotations> {
  const detail = await collections.detail(collectionId);
  if (!detail) throw new JianbaoError('NOT_FOUND', `找不到专题 ${collectionId} / No collection ${collectionId} in this archive.`);
  const whole = new Set(detail.entries.filter((e) => e.kind !== 'annotation').map((e) => e.id));
  const picked = new Set(detail.entries.filter((e) => e.kind === 'annotation').map((e) => e.id));
  const annotations = all.filter((c) => whole.has(c.article.articleId) || picked.has(c.annotation.id));
  const citations = new SourceCitations(await archive.library.read());
  const byId = new Map(annotations.map((c) => [c.article.articleId, c.article]));
  const sources: ArticleCitation[] = [];
  const listed = new Set<string>();
  for (const entry of detail.entries) {
    const sourceId = entry.kind === 'annotation' ? entry.sourceId : entry.id;
    if (!sourceId || listed.has(sourceId)) continue;
    const cited = byId.get(sourceId) ?? (entry.kind === 'document' || entry.isDocument ? citations.document(sourceId) : citations.article(sourceId));
    if (!cited) continue;
    listed.add(sourceId);
    sources.push(cited);
  }
  const { name, note } = detail.collection;
  return { annotations, pages: [], title: name, note, sources, fileStem: name };
}
