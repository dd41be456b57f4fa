import { readFile } from 'node:fs/promises';
import { TextAnchorer } from '../../../shared/anchoring/anchor';
import { describeRange, type TextPositionSelector, type TextQuoteSelector } from '../../../shared/anchoring/selectors';
import {
  annotationColors,
  articleIdOfTarget,
  bodiesFor,
  documentIdOfTarget,
  type Annotation,
  type AnnotationStyle,
} from '../../../shared/annotation';
import { JianbaoError } from '../../../shared/errors';
import type { Article, Issue } from '../../../shared/model';
import {
  mediaFragment,
  pageOfTarget,
  pageTextOf,
  pdfFragment,
  regionsOf,
  type PageAnnotation,
  type PageSelector,
} from '../../../shared/page-annotation';
import type { Archive } from '../archive/archive';
import type { StoredAnnotation } from '../archive/archive-files';
import { parseStyleClass } from './export-w3c';
import { isNewer, mergeById } from './merge-by-id';

/** What an import did: counts, and every annotation it did not write, with why. */
export interface AnnotationImportReport {
  /** new to this archive */
  added: number;
  /** replaced a local copy that was older */
  updated: number;
  /** the local copy was as new or newer, and stays */
  kept: number;
  /** not written; reason in Chinese and English */
  skipped: { id: string; reason: string }[];
}

/** What an import needs from its caller. */
export interface ImportOptions {
  /** stamps created/modified on annotations that come without either */
  now: () => Date;
}

/**
 * Reads a W3C Web Annotation JSON file (one annotation, an array of them, an
 * AnnotationCollection with its pages embedded, or an AnnotationPage) and merges it into the
 * archive; see `importW3c`.
 */
export async function importW3cFile(archive: Archive, file: string, options: ImportOptions): Promise<AnnotationImportReport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new JianbaoError('UNREADABLE_FILE', `无法读取 ${file} / Cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new JianbaoError('UNSUPPORTED_FORMAT', `${file} 不是 JSON 文件 / ${file} is not JSON: ${(error as Error).message}`, { cause: error });
  }
  return importW3c(archive, data, options);
}

/**
 * Merges W3C annotations into the archive by id: one the archive lacks is added; one it has is
 * replaced only when the incoming `modified` is later. Nothing local is deleted. An annotation
 * that cannot be written (no id, not on the text of an article this archive holds, no quote
 * and no position) is listed in `skipped` with the reason, never dropped silently. Each issue's
 * file is changed in one locked update that re-reads it first.
 *
 * Our own export reads back exactly (colour and style included). Annotations from other tools
 * keep what the model can say: TextualBody values become the comment (tagging ones, tags), a
 * body that is only a link becomes a line of the comment; a missing selector is rebuilt from
 * the other one against the article's current text. A quote that no longer anchors and has no
 * position gets an empty position, so it lists as orphaned until re-attached.
 */
export async function importW3c(archive: Archive, data: unknown, options: ImportOptions): Promise<AnnotationImportReport> {
  const report: AnnotationImportReport = { added: 0, updated: 0, kept: 0, skipped: [] };
  const incoming = annotationsIn(data, report);
  const library = await archive.library.read();
  const metas = new Map(library.articles.map((a) => [a.id, a]));
  const texts = new Map<string, Article>();
  const byIssue: ByIssue = new Map();

  for (const [index, raw] of incoming.entries()) {
    const id = typeof raw.id === 'string' && raw.id ? raw.id : `#${index + 1}`;
    const skip = (zh: string, en: string) => report.skipped.push({ id, reason: `${zh} / ${en}` });
    if (id.startsWith('#')) {
      skip('没有 id', 'it has no id');
      continue;
    }
    const target = (Array.isArray(raw.target) ? raw.target[0] : raw.target) as Record<string, unknown> | undefined;
    const source = typeof target?.source === 'string' ? target.source : (target?.source as { id?: unknown } | undefined)?.id;
    const articleId = typeof source === 'string' ? articleIdOfTarget(source) : null;
    const page = typeof source === 'string' ? pageOfTarget(source) : null;
    if (page) {
      const onPage = pageAnnotationOf(raw, id, source as string, target, library.issues, options.now);
      if (typeof onPage === 'string') {
        report.skipped.push({ id, reason: onPage });
        continue;
      }
      keepNewer(byIssue, page.issueId, onPage, report);
      continue;
    }
    const documentId = typeof source === 'string' ? documentIdOfTarget(source) : null;
    if (documentId !== null) {
      const document = library.documents.some((d) => d.id === documentId) ? (await archive.documentBody(documentId).read()).document : null;
      const selector = document && selectorsOf(target, document.text);
      const dates = datesOf(raw, options.now);
      if (!document) skip(`档案中没有文件 ${documentId}`, `document ${documentId} is not in this archive`);
      else if (!selector) skip('没有可用的文字选择器', 'it has neither a TextQuoteSelector nor a TextPositionSelector on the document');
      else if (!dates) skip('修改时间不是有效日期', 'its created/modified is not a valid date-time');
      else keepNewer(byIssue, documentId, toAnnotation(raw, id, { source: source as string, selector }, dates), report);
      continue;
    }
    if (articleId === null) {
      skip('不是标注在文章、文件文字或版面上的批注', 'it does not target the text of a Jianbao article or document, or a page');
      continue;
    }
    const meta = metas.get(articleId);
    if (!meta) {
      skip(`档案中没有文章 ${articleId}`, `article ${articleId} is not in this archive`);
      continue;
    }
    let article = texts.get(articleId);
    if (!article) {
      article = (await archive.articles(meta.issueId).read()).articles.find((a) => a.id === articleId);
      if (article) texts.set(articleId, article);
    }
    if (!article) {
      skip(`档案中缺少文章 ${articleId} 的正文`, `the text of article ${articleId} is missing from this archive`);
      continue;
    }
    const selector = selectorsOf(target, article.text);
    if (!selector) {
      skip('没有可用的文字选择器', 'it has neither a TextQuoteSelector nor a TextPositionSelector on the article');
      continue;
    }
    const dates = datesOf(raw, options.now);
    if (!dates) {
      skip('修改时间不是有效日期', 'its created/modified is not a valid date-time');
      continue;
    }
    keepNewer(byIssue, meta.issueId, toAnnotation(raw, id, { source: source as string, selector }, dates), report);
  }

  for (const [issueId, annotations] of byIssue) {
    await archive.annotations(issueId).update((file) => {
      const counts = mergeById(file.annotations, annotations.values() as Iterable<StoredAnnotation>);
      report.added += counts.added;
      report.updated += counts.updated;
      report.kept += counts.kept;
    });
  }
  return report;
}

type Json = Record<string, unknown>;
type ByIssue = Map<string, Map<string, Annotation | PageAnnotation>>;

/** Puts an incoming annotation in its issue's batch; of two with one id in the file, the newer stays. */
function keepNewer(byIssue: ByIssue, issueId: string, annotation: Annotation | PageAnnotation, report: AnnotationImportReport): void {
  const issue = byIssue.get(issueId) ?? new Map<string, Annotation | PageAnnotation>();
  byIssue.set(issueId, issue);
  const twin = issue.get(annotation.id);
  const [newer, older] = twin && !isNewer(annotation.modified, twin.modified) ? [twin, annotation] : [annotation, twin];
  issue.set(annotation.id, newer);
  if (older) {
    report.skipped.push({
      id: annotation.id,
      reason: `文件中有重复的 id，较旧的一条（${older.modified}）未导入 / duplicate id in the file: the older copy (modified ${older.modified}) was not imported`,
    });
  }
}

/**
 * An annotation on a page replica, or why it cannot be written: the page must be in this
 * archive, and it must mark text of the page (quote and position) or a region.
 */
function pageAnnotationOf(raw: Json, id: string, source: string, target: Json | undefined, issues: readonly Issue[], now: () => Date): PageAnnotation | string {
  const page = pageOfTarget(source);
  if (!page || !issues.some((i) => i.id === page.issueId && i.pages.some((p) => p.number === page.pageNumber))) {
    return `档案中没有这一版 / page ${page?.pageNumber ?? '?'} of issue ${page?.issueId ?? '?'} is not in this archive`;
  }
  const selectors = [target?.selector].flat().filter(isObject);
  const selector: PageSelector[] = [];
  for (const s of selectors) {
    if (s.type === 'FragmentSelector' && (s.conformsTo === pdfFragment || s.conformsTo === mediaFragment) && typeof s.value === 'string') {
      selector.push({ type: 'FragmentSelector', conformsTo: s.conformsTo, value: s.value });
    } else if (s.type === 'TextQuoteSelector' && typeof s.exact === 'string' && s.exact !== '') {
      selector.push({
        type: 'TextQuoteSelector',
        exact: s.exact,
        ...(typeof s.prefix === 'string' ? { prefix: s.prefix } : {}),
        ...(typeof s.suffix === 'string' ? { suffix: s.suffix } : {}),
      });
    } else if (s.type === 'TextPositionSelector' && Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) >= 0 && (s.start as number) < (s.end as number)) {
      selector.push({ type: 'TextPositionSelector', start: s.start as number, end: s.end as number });
    }
  }
  const annotation = { target: { source, selector } };
  if (!pageTextOf(annotation) && regionsOf(annotation).length === 0) {
    return '没有版面文字或区域选择器 / it marks neither text of the page (quote and position) nor a region';
  }
  const dates = datesOf(raw, now);
  if (!dates) return '修改时间不是有效日期 / its created/modified is not a valid date-time';
  return toAnnotation(raw, id, annotation.target, dates);
}

/** The annotations a document holds, whatever its shape; reports what it cannot read. */
function annotationsIn(data: unknown, report: AnnotationImportReport): Json[] {
  if (Array.isArray(data)) return data.flatMap((item) => annotationsIn(item, report));
  if (!isObject(data)) {
    throw new JianbaoError('UNSUPPORTED_FORMAT', '不是 W3C 批注文件 / This is not a W3C Web Annotation file (expected an object or a list).');
  }
  const types = [data.type].flat();
  if (types.includes('Annotation')) return [data];
  if (types.includes('AnnotationCollection')) return pagesFrom(data.first, report);
  if (types.includes('AnnotationPage')) return pagesFrom(data, report);
  throw new JianbaoError(
    'UNSUPPORTED_FORMAT',
    `不是 W3C 批注文件（type 为 ${JSON.stringify(data.type)}） / Not a W3C annotation file: type is ${JSON.stringify(data.type)}, ` +
      'expected Annotation, AnnotationCollection or AnnotationPage.',
  );
}

/** The items of a page and of the pages embedded after it; a page given only by URI is reported. */
function pagesFrom(first: unknown, report: AnnotationImportReport): Json[] {
  const items: Json[] = [];
  const seen = new Set<unknown>();
  for (let page = first; page !== undefined && page !== null && !seen.has(page); ) {
    seen.add(page);
    if (!isObject(page)) {
      report.skipped.push({ id: String(page), reason: '该页未嵌入文件中，无法离线读取 / this page is not embedded in the file and is not fetched' });
      break;
    }
    for (const item of Array.isArray(page.items) ? page.items : []) {
      if (isObject(item)) items.push(item);
      else report.skipped.push({ id: String(item), reason: '批注未嵌入文件中 / this annotation is only linked, not embedded' });
    }
    page = page.next;
  }
  return items;
}

/** Both selectors, the missing one rebuilt from the other against the article's text. */
function selectorsOf(target: Json | undefined, text: string): [TextQuoteSelector, TextPositionSelector] | null {
  const selectors = [target?.selector].flat().filter(isObject);
  const quoteIn = selectors.find((s) => s.type === 'TextQuoteSelector' && typeof s.exact === 'string' && s.exact !== '');
  const positionIn = selectors.find(
    (s) => s.type === 'TextPositionSelector' && Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) >= 0 && (s.start as number) <= (s.end as number),
  );
  const quote: TextQuoteSelector | null = quoteIn
    ? {
        type: 'TextQuoteSelector',
        exact: String(quoteIn.exact),
        ...(typeof quoteIn.prefix === 'string' ? { prefix: quoteIn.prefix } : {}),
        ...(typeof quoteIn.suffix === 'string' ? { suffix: quoteIn.suffix } : {}),
      }
    : null;
  const position: TextPositionSelector | null = positionIn
    ? { type: 'TextPositionSelector', start: positionIn.start as number, end: positionIn.end as number }
    : null;
  if (quote && position) return [quote, position];
  if (position) return position.end <= text.length && position.start < position.end ? describeRange(text, position.start, position.end) : null;
  if (!quote) return null;
  const anchor = new TextAnchorer(text).anchor([quote]);
  return [quote, { type: 'TextPositionSelector', start: anchor?.start ?? 0, end: anchor?.end ?? 0 }];
}

function datesOf(raw: Json, now: () => Date): { created: string; modified: string } | null {
  const first = (value: unknown) => [value].flat()[0];
  const created = first(raw.created);
  const modified = first(raw.modified) ?? created;
  if (created === undefined && modified === undefined) {
    const at = now().toISOString();
    return { created: at, modified: at };
  }
  if (!isDate(modified) || (created !== undefined && !isDate(created))) return null;
  return { created: (created as string | undefined) ?? modified, modified };
}

/** An incoming annotation in our shape, on `target` (an article's text or a page). */
function toAnnotation<Target extends Annotation['target'] | PageAnnotation['target']>(
  raw: Json,
  id: string,
  target: Target,
  dates: { created: string; modified: string },
): Omit<Annotation, 'target'> & { target: Target } {
  const { comment, tags } = bodiesOf(raw);
  const rawTarget = (Array.isArray(raw.target) ? raw.target[0] : raw.target) as Json;
  const styled = [rawTarget.styleClass].flat().map((c) => (typeof c === 'string' ? parseStyleClass(c) : null)).find(Boolean);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'Annotation',
    motivation: comment.trim() ? 'commenting' : 'highlighting',
    created: dates.created,
    modified: dates.modified,
    creator: { type: 'Person', name: creatorName(raw.creator) },
    body: bodiesFor(comment, tags),
    target,
    color: annotationColors.find((c) => c === raw.color) ?? styled?.color ?? 'yellow',
    style: annotationStyles.find((s) => s === raw.style) ?? styled?.style ?? 'highlight',
  };
}

const annotationStyles: readonly AnnotationStyle[] = ['highlight', 'underline'];

/** Comment and tags from the model's bodies; nothing readable in them is lost. */
function bodiesOf(raw: Json): { comment: string; tags: string[] } {
  const comments: string[] = [];
  const tags: string[] = [];
  if (typeof raw.bodyValue === 'string') comments.push(raw.bodyValue);
  for (const body of [raw.body].flat()) {
    if (typeof body === 'string') comments.push(`<${body}>`);
    else if (isObject(body) && typeof body.value === 'string') {
      if ([body.purpose].flat().includes('tagging')) tags.push(body.value);
      else comments.push(body.value);
    } else if (isObject(body) && typeof body.id === 'string') comments.push(`<${body.id}>`);
  }
  return { comment: comments.join('\n\n'), tags };
}

function creatorName(creator: unknown): string {
  const first = [creator].flat()[0];
  if (typeof first === 'string') return first;
  if (isObject(first)) {
    for (const key of ['name', 'nickname', 'id']) {
      const value = [first[key]].flat()[0];
      if (typeof value === 'string') return value;
    }
  }
  return '';
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
