import type { ApiHandlers } from '../../../shared/api';
import { documentPageEntries } from './document-page-entries';
import { JianbaoError } from '../../../shared/errors';
import { commentOf, tagsOf } from '../../../shared/annotation';
import {
  listAnnotationEntries,
  type AnnotationList,
  type AnnotationListEntry,
  type AnnotationListRequest,
  type AnnotationState,
} from '../../../shared/annotation-list';
import type { ArticleMeta, Issue, Paper } from '../../../shared/model';
import type { AnnotationsFile, ArticlesFile, LibraryFile, PageTextsFile } from '../archive/archive-files';
import type { Archive } from '../archive/archive';
import { citeDocumentAnnotations, citeIssueAnnotations, type CitedAnnotation } from './export-w3c';
import { pageTextOf } from '../../../shared/page-annotation';
import { AnchorStates } from './anchor-states';

/**
 * The all-annotations view's list: every text annotation of the archive (cited as the exports
 * cite them) with its state against its article's current text, filtered, sorted and counted
 * by `listAnnotationEntries`. All are read whatever the filter: the facets count what each
 * other choice would give, and the list says how many the archive holds in all.
 *
 * Each issue's entries are kept while its annotation file, its articles and the library are
 * the same objects the stores handed out last time (they hand out the same object until the
 * file changes), so changing a filter only filters again: 100,000 annotations are not
 * re-cited and re-anchored on every keystroke.
 */
export async function listArchiveAnnotations(archive: Archive, request: AnnotationListRequest = {}): Promise<AnnotationList> {
  const library = await archive.library.read();
  const cache = cacheOf(archive);
  const all: AnnotationListEntry[] = [];
  for (const issue of library.issues) {
    // A file that cannot be read (damaged, no backup) is reported where it is opened; the
    // annotations of every other issue are still listed.
    const annotations = await readOrSkip(() => archive.annotations(issue.id).read());
    if (!annotations || annotations.annotations.length === 0) continue;
    const articles = await readOrSkip(() => archive.articles(issue.id).read());
    if (!articles) continue;
    const pageTexts = (await readOrSkip(() => archive.pageTexts(issue.id).read())) ?? noPageTexts;
    let cached = cache.get(issue.id);
    if (!cached || cached.library !== library || cached.annotations !== annotations || cached.articles !== articles || cached.pageTexts !== pageTexts) {
      cached = { library, annotations, articles, pageTexts, entries: issueEntries(library, issue, annotations, articles, pageTexts) };
      cache.set(issue.id, cached);
    }
    all.push(...cached.entries);
  }
  for (const document of library.documents) {
    const annotations = await readOrSkip(() => archive.annotations(document.id).read());
    if (!annotations || annotations.annotations.length === 0) continue;
    const body = (await readOrSkip(() => archive.documentBody(document.id).read()))?.document ?? null;
    all.push(...documentEntries(citeDocumentAnnotations(annotations.annotations, document), body?.text ?? null));
    const pages = (await readOrSkip(() => archive.pageTexts(document.id).read())) ?? noPageTexts;
    all.push(...documentPageEntries(annotations.annotations, document, AnchorStates.over([], pages.pages)));
  }
  if (cache.size > library.issues.length) {
    const issueIds = new Set(library.issues.map((i) => i.id));
    for (const issueId of cache.keys()) if (!issueIds.has(issueId)) cache.delete(issueId);
  }
  return listAnnotationEntries(all, request);
}

/** What `read` gives, or null when its file is damaged beyond recovery. */
async function readOrSkip<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof JianbaoError && error.code === 'CORRUPT_FILE') return null;
    throw error;
  }
}

/** The contract's `listAllAnnotations` over an archive. */
export function createAnnotationListHandlers(archive: Archive): Pick<ApiHandlers, 'listAllAnnotations'> {
  return {
    listAllAnnotations: (request) => listArchiveAnnotations(archive, request),
  };
}

interface IssueEntries {
  library: LibraryFile;
  annotations: AnnotationsFile;
  articles: ArticlesFile;
  pageTexts: PageTextsFile;
  entries: AnnotationListEntry[];
}

/** What a page without stored text gives: its text annotations count as orphaned. */
const noPageTexts: PageTextsFile = { schemaVersion: 1, ownerId: '', pages: [] };

const caches = new WeakMap<Archive, Map<string, IssueEntries>>();

function cacheOf(archive: Archive): Map<string, IssueEntries> {
  let cache = caches.get(archive);
  if (!cache) caches.set(archive, (cache = new Map()));
  return cache;
}

/** Lookups built once per version of library.json. */
const libraryMaps = new WeakMap<LibraryFile, { papers: Map<string, Paper>; articles: Map<string, ArticleMeta> }>();

function mapsOf(library: LibraryFile) {
  let maps = libraryMaps.get(library);
  if (!maps) {
    maps = { papers: new Map(library.papers.map((p) => [p.id, p])), articles: new Map(library.articles.map((a) => [a.id, a])) };
    libraryMaps.set(library, maps);
  }
  return maps;
}

function issueEntries(library: LibraryFile, issue: Issue, annotations: AnnotationsFile, articles: ArticlesFile, pageTexts: PageTextsFile): AnnotationListEntry[] {
  const maps = mapsOf(library);
  const paper = maps.papers.get(issue.paperId)?.name ?? issue.paperId;
  const { annotations: cited, pages } = citeIssueAnnotations(annotations.annotations, issue, paper, maps.articles);
  const anchors = AnchorStates.over(articles.articles, pageTexts.pages);
  // An annotation whose article has left the archive (no title cited) is orphaned.
  const states = cited.map(({ annotation, article }): AnnotationState => (article.title !== null && anchors.ofText(article.articleId, annotation) ? 'anchored' : 'orphaned'));
  const onPages = pages.map(({ annotation, page }): AnnotationListEntry => ({
    annotation,
    state: anchors.isPageAnchored(page.page, annotation) ? 'anchored' : 'orphaned',
    quote: pageTextOf(annotation)?.[0].exact ?? '',
    comment: commentOf(annotation),
    tags: tagsOf(annotation),
    color: annotation.color,
    place: { articleId: null, issueId: page.issueId, paperId: page.paperId, paper: page.paper, date: page.date, page: page.page, title: null },
  }));
  return [...onPages, ...cited.map(({ annotation, article }, i): AnnotationListEntry => ({
    annotation,
    state: states[i] ?? 'orphaned',
    quote: annotation.target.selector[0].exact,
    comment: commentOf(annotation),
    tags: tagsOf(annotation),
    color: annotation.color,
    place: {
      articleId: article.articleId,
      issueId: article.issueId,
      paperId: article.paperId,
      paper: article.paper,
      date: article.date,
      page: article.page,
      title: article.title,
    },
  }))];
}

/** The entries of a standalone document's annotations, anchored against its text. */
function documentEntries(cited: readonly CitedAnnotation[], text: string | null): AnnotationListEntry[] {
  const anchors = new AnchorStates(() => text ?? undefined);
  return cited.map(({ annotation, article }): AnnotationListEntry => ({
    annotation,
    state: anchors.ofText(article.articleId, annotation) ? 'anchored' : 'orphaned',
    quote: annotation.target.selector[0].exact,
    comment: commentOf(annotation),
    tags: tagsOf(annotation),
    color: annotation.color,
    place: { articleId: article.articleId, issueId: article.issueId, paperId: article.paperId, paper: article.paper, date: article.date, page: null, title: article.title, isDocument: true },
  }));
}
