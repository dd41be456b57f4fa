import { describeRange } from '../../../shared/anchoring/selectors';
import { articleUrn, bodiesFor, type AnnotationColor } from '../../../shared/annotation';
import type { AnnotationListEntry, AnnotationPlace, AnnotationState } from '../../../shared/annotation-list';
import type { FakeArchive } from './sample-archive';

export interface ListedAnnotationSeed {
  articleId: string;
  /** the marked text: its first occurrence in the article */
  exact: string;
  color?: AnnotationColor;
  comment?: string;
  tags?: string[];
  /** ISO time of the last change; the list shows the most recent first */
  modified?: string;
  state?: AnnotationState;
  /** replaces parts of the citation the archive gives (another paper, an article gone) */
  place?: Partial<AnnotationPlace>;
}

let counter = 0;

/**
 * An annotation as FakeJianbaoApi.listAllAnnotations lists it, made on an article of the fake
 * archive and cited from it, e.g. `api.annotationList.push(listedAnnotation(api.archive, {…}))`.
 */
export function listedAnnotation(archive: FakeArchive, seed: ListedAnnotationSeed): AnnotationListEntry {
  const article = archive.articles.find((a) => a.id === seed.articleId);
  const issue = article && archive.issues.find((i) => i.id === article.issueId);
  const paper = issue && archive.papers.find((p) => p.id === issue.paperId);
  if (!article || !issue || !paper) throw new Error(`the fake archive has no article ${seed.articleId}`);
  const start = article.text.indexOf(seed.exact);
  if (start === -1) throw new Error(`"${seed.exact}" is not in ${seed.articleId}`);
  counter += 1;
  const modified = seed.modified ?? `2024-03-20T08:${String(counter % 60).padStart(2, '0')}:00.000Z`;
  const color = seed.color ?? 'yellow';
  const comment = seed.comment ?? '';
  const tags = seed.tags ?? [];
  return {
    annotation: {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `urn:uuid:00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
      type: 'Annotation',
      motivation: comment ? 'commenting' : 'highlighting',
      created: modified,
      modified,
      creator: { type: 'Person', name: '读者' },
      body: bodiesFor(comment, tags),
      target: { source: articleUrn(article.id), selector: describeRange(article.text, start, start + seed.exact.length) },
      color,
      style: 'highlight',
    },
    state: seed.state ?? 'anchored',
    quote: seed.exact,
    comment,
    tags,
    color,
    place: {
      articleId: article.id,
      issueId: issue.id,
      paperId: paper.id,
      paper: paper.name,
      date: issue.date,
      page: article.pageNumber,
      title: article.title,
      ...seed.place,
    },
  };
}
