import {
  annotationColors,
  articleIdOfTarget,
  documentUrn,
  tagsOf,
  type Annotation,
  type AnnotationBody,
  type AnnotationColor,
  type AnnotationStyle,
} from '../../../shared/annotation';
import type { TextPositionSelector, TextQuoteSelector } from '../../../shared/anchoring/selectors';
import { documentKindNames } from '../../../shared/citation';
import type { ArticleMeta, DocumentMeta, Issue } from '../../../shared/model';
import type { StoredAnnotation } from '../archive/archive-files';
import { citePageAnnotations, comparePageCited, toW3cPageAnnotation, type CitedPageAnnotation } from './export-pages';
import type { Archive } from '../archive/archive';

/**
 * Export of the archive's annotations as the W3C Web Annotation Data Model has them
 * (https://www.w3.org/TR/annotation-model/): one JSON-LD Annotation each, or an
 * AnnotationCollection with its one page embedded. Also where both exports (W3C and Markdown)
 * read the annotations from, with the article each one is on.
 *
 * What the W3C suite's schemas (../shared/fixtures/w3c-web-annotation-tests) accept, checked
 * by export-w3c.test.ts: a URN (`urn:jianbao:article:…`, `urn:uuid:…`) is a `format: uri`
 * string, so `source` and `id` stay ours. Properties the model does not define are allowed, so
 * `color`, `style` and `article` stay as plain extension properties, for Jianbao to read back
 * without loss; other tools get the colour the model's way too: a `styleClass` on the target
 * and an embedded CssStylesheet defining it.
 */

const annoContext = 'http://www.w3.org/ns/anno.jsonld';

/** The article an annotation is on, as a citation names it. */
export interface ArticleCitation {
  articleId: string;
  issueId: string;
  paperId: string;
  /** 报名: the paper's full name */
  paper: string;
  /** the issue date, YYYY-MM-DD */
  date: string;
  /** null (and page, byline null) when the article is no longer in the archive */
  title: string | null;
  /** 第 N 版 */
  page: number | null;
  /** the author line as printed, e.g. "□ 本报记者 林晓" */
  byline: string | null;
}

/** An annotation with the article it is on. */
export interface CitedAnnotation {
  annotation: Annotation;
  article: ArticleCitation;
}

/** Which annotations to export; every field narrows, none means all. */
export interface AnnotationFilter {
  /** keeps annotations having at least one of these tags */
  tags?: readonly string[] | undefined;
  /** first issue date to keep, YYYY-MM-DD, inclusive */
  from?: string | undefined;
  /** last issue date to keep, YYYY-MM-DD, inclusive */
  to?: string | undefined;
}

/** What the archive holds for an export: the annotations, and how many stored entries are not text annotations. */
export interface ArchiveAnnotations {
  annotations: CitedAnnotation[];
  /** the annotations on page replicas (text of a page, regions drawn on it) */
  pages: CitedPageAnnotation[];
  /** stored entries this version cannot export (not an annotation on an article's text) */
  unreadable: number;
}

/**
 * Every text annotation of the archive that passes `filter`, sorted by paper, date, page,
 * article and place in the text. An annotation whose article has since left the archive is
 * kept, cited with its paper and date only.
 */
export async function readArchiveAnnotations(archive: Archive, filter: AnnotationFilter = {}): Promise<ArchiveAnnotations> {
  const library = await archive.library.read();
  const papers = new Map(library.papers.map((p) => [p.id, p]));
  const articles = new Map(library.articles.map((a) => [a.id, a]));
  const wanted = new Set(filter.tags ?? []);
  const result: CitedAnnotation[] = [];
  const pages: CitedPageAnnotation[] = [];
  let unreadable = 0;
  for (const issue of library.issues) {
    if ((filter.from && issue.date < filter.from) || (filter.to && issue.date > filter.to)) continue;
    const paper = papers.get(issue.paperId)?.name ?? issue.paperId;
    const cited = citeIssueAnnotations((await archive.annotations(issue.id).read()).annotations, issue, paper, articles);
    unreadable += cited.unreadable;
    for (const one of cited.annotations) {
      if (wanted.size === 0 || tagsOf(one.annotation).some((tag) => wanted.has(tag))) result.push(one);
    }
    for (const one of cited.pages) {
      if (wanted.size === 0 || tagsOf(one.annotation).some((tag) => wanted.has(tag))) pages.push(one);
    }
  }
  for (const document of library.documents) {
    const { date } = document;
    // A date range keeps the documents dated within it; an undated one has no place in a range.
    if ((filter.from || filter.to) && (date === undefined || (filter.from && date < filter.from) || (filter.to && date > filter.to))) continue;
    for (const one of citeDocumentAnnotations((await archive.annotations(document.id).read()).annotations, document)) {
      if (wanted.size === 0 || tagsOf(one.annotation).some((tag) => wanted.has(tag))) result.push(one);
    }
  }
  return { annotations: result.sort(compareCited), pages: pages.sort(comparePageCited), unreadable };
}

/**
 * The annotations on a standalone document's text, cited as the document: its kind (报告, 提案)
 * where a paper's name goes, its date where it has one, its title.
 */
export function citeDocumentAnnotations(stored: readonly StoredAnnotation[], document: DocumentMeta): CitedAnnotation[] {
  const urn = documentUrn(document.id);
  return stored
    .filter((entry): entry is StoredAnnotation & Annotation => isTextAnnotation(entry) && entry.target.source === urn)
    .map((annotation) => ({ annotation, article: documentCitation(document) }));
}

/** A standalone document cited where a paper's article would be: its kind where the paper's name goes. */
export function documentCitation(document: DocumentMeta): ArticleCitation {
  return {
    articleId: document.id,
    issueId: document.id,
    // 报告 and 提案 group and filter as papers do, apart from every paper's id
    paperId: `document:${document.kind}`,
    paper: documentKindNames[document.kind],
    date: document.date ?? '',
    title: document.title,
    page: null,
    byline: null,
  };
}

/**
 * The text annotations stored for one issue, each cited with its article (in stored order),
 * and how many stored entries are not text annotations. `paper` is the paper's name.
 */
export function citeIssueAnnotations(
  stored: readonly StoredAnnotation[],
  issue: Pick<Issue, 'id' | 'paperId' | 'date'>,
  paper: string,
  articles: ReadonlyMap<string, ArticleMeta>,
): ArchiveAnnotations {
  const annotations: CitedAnnotation[] = [];
  const pages = citePageAnnotations(stored, issue, paper);
  let unreadable = -pages.length;
  for (const entry of stored) {
    if (!isTextAnnotation(entry)) {
      unreadable += 1;
      continue;
    }
    const articleId = articleIdOfTarget(entry.target.source);
    if (articleId === null) {
      unreadable += 1;
      continue;
    }
    const meta = articles.get(articleId);
    annotations.push({
      annotation: entry,
      article: {
        articleId,
        issueId: issue.id,
        paperId: issue.paperId,
        paper,
        date: issue.date,
        title: meta?.title ?? null,
        page: meta?.pageNumber ?? null,
        byline: meta?.byline ?? null,
      },
    });
  }
  return { annotations, pages, unreadable };
}

/** The model's Specific Resource, as our target becomes in an export. */
export interface W3cTarget {
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
  /** names the rule of the annotation's stylesheet that paints it */
  styleClass: string;
}

/** An annotation as exported: the model's properties, plus Jianbao's as extensions. */
export interface W3cAnnotation {
  /** absent on the items of a collection, which take the collection's */
  '@context'?: typeof annoContext;
  id: string;
  type: 'Annotation';
  motivation: Annotation['motivation'];
  created: string;
  modified: string;
  creator: Annotation['creator'];
  /** absent on a highlight without comment or tags */
  body?: AnnotationBody[];
  target: W3cTarget;
  stylesheet: { type: 'CssStylesheet'; value: string };
  color: AnnotationColor;
  style: AnnotationStyle;
  /** the article as cited, for whoever has no copy of it (extension) */
  article: { title: string | null; paper: string; date: string; page: number | null; byline: string | null };
}

/** An AnnotationCollection with its only page embedded as `first` (model §5). */
export interface W3cCollection {
  '@context': typeof annoContext;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { type: 'Software'; name: string };
  generated: string;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: (W3cAnnotation | ReturnType<typeof toW3cPageAnnotation>)[] };
  last: string;
}

/** The CSS colours an export's stylesheet paints the five highlight colours in. */
const cssColors: Readonly<Record<AnnotationColor, string>> = {
  yellow: '#ffe066',
  green: '#b2f2bb',
  blue: '#a5d8ff',
  pink: '#fcc2d7',
  purple: '#d0bfff',
};

/** The styleClass of a colour and style: `jianbao-yellow`, `jianbao-green-underline`. */
export function styleClassOf(color: AnnotationColor, style: AnnotationStyle): string {
  return style === 'underline' ? `jianbao-${color}-underline` : `jianbao-${color}`;
}

/** The colour and style a styleClass of ours names, or null for anyone else's class. */
export function parseStyleClass(styleClass: string): { color: AnnotationColor; style: AnnotationStyle } | null {
  const match = /^jianbao-([a-z]+)(-underline)?$/.exec(styleClass);
  const color = annotationColors.find((c) => c === match?.[1]);
  return color ? { color, style: match?.[2] ? 'underline' : 'highlight' } : null;
}

/** The styleClass that paints an annotation, and the stylesheet defining it. */
function styleOf(annotation: Pick<Annotation, 'color' | 'style'>): { styleClass: string; stylesheet: { type: 'CssStylesheet'; value: string } } {
  const styleClass = styleClassOf(annotation.color, annotation.style);
  const color = cssColors[annotation.color];
  const rule = annotation.style === 'underline' ? `text-decoration: underline 2px ${color};` : `background-color: ${color};`;
  return { styleClass, stylesheet: { type: 'CssStylesheet', value: `.${styleClass} { ${rule} }` } };
}

/**
 * One annotation as a W3C JSON-LD Annotation. `withContext: false` leaves out `@context`, as
 * the items of a collection do.
 */
export function toW3cAnnotation({ annotation, article }: CitedAnnotation, options: { withContext?: boolean } = {}): W3cAnnotation {
  const { styleClass, stylesheet } = styleOf(annotation);
  const [quote, position] = annotation.target.selector;
  return {
    ...(options.withContext === false ? {} : { '@context': annoContext }),
    id: annotation.id,
    type: 'Annotation',
    motivation: annotation.motivation,
    created: annotation.created,
    modified: annotation.modified,
    creator: { type: 'Person', name: annotation.creator.name },
    ...(annotation.body.length > 0 ? { body: annotation.body.map((b) => ({ ...b })) } : {}),
    target: {
      source: annotation.target.source,
      selector: [{ ...quote }, { ...position }],
      styleClass,
    },
    stylesheet,
    color: annotation.color,
    style: annotation.style,
    article: { title: article.title, paper: article.paper, date: article.date, page: article.page, byline: article.byline },
  };
}

/**
 * The annotations as one AnnotationCollection, all on one embedded page. `id` names the
 * collection (a URI); its page is `<id>:page:1`.
 */
export function toW3cCollection(
  annotations: readonly CitedAnnotation[],
  options: { id: string; generated: Date; label?: string; pages?: readonly CitedPageAnnotation[] },
): W3cCollection {
  const onPages = (options.pages ?? []).map((cited) => toW3cPageAnnotation(cited, styleOf(cited.annotation), { withContext: false }));
  const pageId = `${options.id}:page:1`;
  return {
    '@context': annoContext,
    id: options.id,
    type: 'AnnotationCollection',
    label: options.label ?? '剪报批注 / Jianbao annotations',
    total: annotations.length + onPages.length,
    generator: { type: 'Software', name: '剪报 Jianbao' },
    generated: options.generated.toISOString(),
    first: {
      id: pageId,
      type: 'AnnotationPage',
      startIndex: 0,
      items: [...annotations.map((a) => toW3cAnnotation(a, { withContext: false })), ...onPages],
    },
    last: pageId,
  };
}

// One collator for every comparison, and only for strings that differ: localeCompare with a
// locale builds a collator per call, which made sorting 100,000 annotations take seconds.
const zhCollator = new Intl.Collator('zh-CN');
const collate = (a: string, b: string): number => (a === b ? 0 : zhCollator.compare(a, b));

function compareCited(a: CitedAnnotation, b: CitedAnnotation): number {
  return (
    collate(a.article.paper, b.article.paper) ||
    compareCodeUnits(a.article.date, b.article.date) ||
    (a.article.page ?? Infinity) - (b.article.page ?? Infinity) ||
    collate(a.article.title ?? '', b.article.title ?? '') ||
    a.article.articleId.localeCompare(b.article.articleId) ||
    a.annotation.target.selector[1].start - b.annotation.target.selector[1].start ||
    compareCodeUnits(a.annotation.created, b.annotation.created)
  );
}

/** Orders ISO dates and times as written (what localeCompare gives them, without the collation). */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a stored entry is an annotation on text as this version writes them. */
export function isTextAnnotation(stored: StoredAnnotation): stored is StoredAnnotation & Annotation {
  const target = stored.target as Partial<Annotation['target']> | undefined;
  const selector = target?.selector;
  return (
    stored.type === 'Annotation' &&
    typeof target?.source === 'string' &&
    Array.isArray(selector) &&
    selector[0]?.type === 'TextQuoteSelector' &&
    selector[1]?.type === 'TextPositionSelector' &&
    Array.isArray(stored.body) &&
    typeof (stored.creator as { name?: unknown } | undefined)?.name === 'string'
  );
}
