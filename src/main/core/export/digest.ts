import { commentOf, tagsOf } from '../../../shared/annotation';
import { pageCitation } from '../../../shared/citation';
import type { Digest, DigestEntry, DigestGroup } from '../../../shared/digest';
import { pageTextOf } from '../../../shared/page-annotation';
import type { ArticleCitation } from '../annotations/export-w3c';
import { gbtCitation, isDocumentCitation } from './cite-sources';
import type { ScopedAnnotations } from './export-scope';

/**
 * The 批注摘编 of an export's annotations: one group per article (document, page), each quote
 * with its comment and tags in the order of the text. Groups go in date order (oldest first,
 * then by page), or, for a collection, in the order its reader set, its unannotated articles
 * included so that the digest cites everything gathered.
 */
export function buildDigest(scoped: ScopedAnnotations, generated: Date): Digest {
  const groups = new Map<string, DigestGroup>();
  const groupOf = (article: ArticleCitation): DigestGroup => {
    let group = groups.get(article.articleId);
    if (!group) {
      group = {
        kind: isDocumentCitation(article) ? 'document' : 'article',
        sourceId: article.articleId,
        heading: article.title ?? '（文章已不在档案中 / no longer in the archive）',
        citation: gbtCitation(article),
        date: article.date,
        entries: [],
      };
      groups.set(article.articleId, group);
    }
    return group;
  };
  for (const source of scoped.sources ?? []) groupOf(source);
  for (const { annotation, article } of scoped.annotations) {
    groupOf(article).entries.push(entryOf(annotation.id, annotation.target.selector[0].exact, annotation));
  }
  const pageGroups: DigestGroup[] = [];
  for (const { annotation, page } of scoped.pages) {
    const key = `page:${page.issueId}:${page.page}`;
    let group = groups.get(key);
    if (!group) {
      group = { kind: 'page', sourceId: page.issueId, heading: pageCitation(page), citation: `${page.paper}[N]. ${page.date}(${page.page}).`, date: page.date, entries: [] };
      groups.set(key, group);
      pageGroups.push(group);
    }
    group.entries.push(entryOf(annotation.id, pageTextOf(annotation)?.[0].exact ?? '', annotation));
  }
  let ordered = [...groups.values()];
  if (scoped.sources === null) {
    // readArchiveAnnotations sorts by paper first; a digest reads in date order across papers.
    const position = new Map(ordered.map((g, i) => [g, i]));
    ordered = ordered.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (position.get(a) ?? 0) - (position.get(b) ?? 0)));
  }
  return {
    title: scoped.title,
    note: scoped.note,
    generated: generated.toISOString(),
    count: scoped.annotations.length + scoped.pages.length,
    groups: ordered,
  };
}

function entryOf(annotationId: string, quote: string, annotation: Parameters<typeof commentOf>[0] & Parameters<typeof tagsOf>[0]): DigestEntry {
  return { annotationId, quote, comment: commentOf(annotation).trim(), tags: tagsOf(annotation) };
}
