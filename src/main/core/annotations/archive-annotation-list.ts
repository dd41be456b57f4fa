import type { ApiHandlers } from '../../../shared/api';
import { TextAnchorer } from '../../../shared/anchoring/anchor';
import { commentOf, tagsOf } from '../../../shared/annotation';
import {
  listAnnotationEntries,
  type AnnotationList,
  type AnnotationListEntry,
  type AnnotationListRequest,
  type AnnotationState,
} from '../../../shared/annotation-list';
import type { Article } from '../../../shared/model';
import type { Archive } from '../archive/archive';
import { readArchiveAnnotations, type CitedAnnotation } from './export-w3c';

/**
 * The all-annotations view's list: every text annotation of the archive (as the exports read
 * them) with its state against its article's current text, filtered, sorted and counted by
 * `listAnnotationEntries`. All are read whatever the filter: the facets count what each other
 * choice would give, and the list says how many the archive holds in all.
 */
export async function listArchiveAnnotations(archive: Archive, request: AnnotationListRequest = {}): Promise<AnnotationList> {
  const { annotations } = await readArchiveAnnotations(archive);
  const states = await statesOf(archive, annotations);
  const entries = annotations.map((cited): AnnotationListEntry => ({
    annotation: cited.annotation,
    state: states.get(cited.annotation.id) ?? 'orphaned',
    quote: cited.annotation.target.selector[0].exact,
    comment: commentOf(cited.annotation),
    tags: tagsOf(cited.annotation),
    color: cited.annotation.color,
    place: {
      articleId: cited.article.articleId,
      issueId: cited.article.issueId,
      paperId: cited.article.paperId,
      paper: cited.article.paper,
      date: cited.article.date,
      page: cited.article.page,
      title: cited.article.title,
    },
  }));
  return listAnnotationEntries(entries, request);
}

/** The contract's `listAllAnnotations` over an archive. */
export function createAnnotationListHandlers(archive: Archive): Pick<ApiHandlers, 'listAllAnnotations'> {
  return {
    listAllAnnotations: (request) => listArchiveAnnotations(archive, request),
  };
}

/**
 * Whether each annotation still anchors in its article's current text (orphaned when the
 * article has left the archive). Reads each issue's articles once; an annotation whose stored
 * position still holds its quote is anchored without folding the article's text.
 */
async function statesOf(archive: Archive, annotations: readonly CitedAnnotation[]): Promise<Map<string, AnnotationState>> {
  const byIssue = new Map<string, CitedAnnotation[]>();
  for (const cited of annotations) {
    const list = byIssue.get(cited.article.issueId) ?? [];
    list.push(cited);
    byIssue.set(cited.article.issueId, list);
  }
  const states = new Map<string, AnnotationState>();
  for (const [issueId, cited] of byIssue) {
    const articles = new Map<string, Article>((await archive.articles(issueId).read()).articles.map((a) => [a.id, a]));
    const anchorers = new Map<string, TextAnchorer>();
    for (const { annotation, article: citation } of cited) {
      const article = articles.get(citation.articleId);
      if (!article) {
        states.set(annotation.id, 'orphaned');
        continue;
      }
      const [quote, position] = annotation.target.selector;
      if (article.text.slice(position.start, position.end) === quote.exact) {
        states.set(annotation.id, 'anchored');
        continue;
      }
      let anchorer = anchorers.get(article.id);
      if (!anchorer) anchorers.set(article.id, (anchorer = new TextAnchorer(article.text)));
      states.set(annotation.id, anchorer.anchor(annotation.target.selector) ? 'anchored' : 'orphaned');
    }
  }
  return states;
}
