import type { Block, DocumentMeta } from '../../../shared/model';
import { isCjkJoinable, joinLines, normalizeLine } from '../../../shared/normalize-text';
import type { DocumentDraft, ImportHints, IssueDraft, PageDraft, SourceFile } from './drafts';
import { dateFromFileName, findDate, findIssueNumber, findPageNumber } from './metadata';
import { extractPdfText, type ExtractedPage } from './pdf-text';
import { analysePage, type AnalysedPage } from '../layout/analyse-page';
import { articlesOfAnalysis } from '../layout/analysis-articles';

/**
 * A PDF becomes the page replicas of an issue when it is a newspaper page (one PDF per 版)
 * or a whole issue (one PDF, a 版 per page): its pages say 第N版 or N版, and a date is found
 * on the page or in the file name, or the user named a paper or date. Anything else (a
 * report, a proposal) becomes a Document.
 */

const sectionAfterPage = /(?:第\s*[0-9一二三四五六七八九十]+\s*版|(?<![0-9])[A-Z]?\d{1,3}\s*版)[\s:：·•|丨]*([\p{Script=Han}]{2,6})/u;
/** A file named by its 版 alone: 01.pdf, A03.pdf, 04版.pdf. */
const pageFileName = /^[A-Z]?\d{1,3}(?:版)?\.pdf$/i;
/** The first lines of a page: where a paper prints its masthead, date and 版 line. */
const headerLines = 8;

function headerText(page: ExtractedPage | undefined): string {
  return (page?.lines ?? []).slice(0, headerLines).map((l) => l.text).join('\n');
}

/** The 版 number and section a page's header names, if any. */
function pageLabel(page: ExtractedPage): { number: number | null; section?: string } {
  const header = headerText(page);
  const section = sectionAfterPage.exec(header)?.[1];
  return { number: findPageNumber(header), ...(section ? { section } : {}) };
}

/**
 * True when the PDF reads as newspaper pages rather than a document: the user named a paper
 * or date; or its first page says 第N版 (or its file is named 01.pdf) and a date is found; or
 * the layout analysis of its first page found a header band with a date and a 版 number
 * (`7 理论`, or the PDF's Title) over articles in columns.
 */
export function isNewspaperPdf(pages: readonly ExtractedPage[], fileName: string, hints: ImportHints, first?: AnalysedPage | null): boolean {
  if (hints.paper !== undefined || hints.date !== undefined) return true;
  const header = headerText(pages[0]);
  const hasDate = findDate(header) !== null || dateFromFileName(fileName) !== null || hints.folderDate !== undefined;
  const hasPageLabel = findPageNumber(header) !== null || pageFileName.test(fileName);
  if (hasPageLabel && hasDate) return true;
  if (!first) return false;
  const hasLayout = first.analysis.articles.length > 0 && first.header.pageNumber !== undefined;
  return hasLayout && (first.header.date !== undefined || hasDate);
}

/** Pages this large (in square points, A4 × 1.2 and up) are analysed for their articles. */
const minAnalysedArea = 595 * 842 * 1.2;

function analyse(page: ExtractedPage): AnalysedPage | null {
  return page.width * page.height >= minAnalysedArea && page.layout.items.length > 0 ? analysePage(page.layout) : null;
}

/** The 版 number of each page: as the pages say when they all say so, else from the file name or their order. */
function pageNumbers(pages: readonly ExtractedPage[], fileName: string, analysed: readonly (AnalysedPage | null)[]): number[] {
  const labelled = pages.map((page, i) => pageLabel(page).number ?? analysed[i]?.header.pageNumber ?? null);
  if (labelled.every((n): n is number => n !== null) && new Set(labelled).size === labelled.length) return labelled;
  if (pages.length === 1) {
    const fromName = /(?<![0-9])(\d{1,3})版?$/.exec(fileName.replace(/\.pdf$/i, ''))?.[1];
    return [fromName ? Number(fromName) : 1];
  }
  return pages.map((_, i) => i + 1);
}

/** Paragraphs and headings of a document from its lines, as the layout shows them. */
export function blocksOfPages(pages: readonly ExtractedPage[]): Block[] {
  const sizes = pages.flatMap((p) => p.lines.map((l) => l.size)).sort((a, b) => a - b);
  const bodySize = sizes[Math.floor(sizes.length / 2)] ?? 12;
  const blocks: Block[] = [];
  for (const page of pages) {
    const right = Math.max(...page.lines.map((l) => l.right), 0);
    let current: { kind: Block['kind']; lines: string[] } | null = null;
    let previous: ExtractedPage['lines'][number] | null = null;
    const flush = (): void => {
      const text = current ? normalizeLine(joinLines(current.lines)) : '';
      if (current && text !== '') blocks.push({ kind: current.kind, text });
      current = null;
    };
    for (const line of page.lines) {
      const kind: Block['kind'] = line.size > bodySize * 1.15 ? 'heading' : 'paragraph';
      const isNewBlock =
        current === null ||
        previous === null ||
        current.kind !== kind ||
        Math.abs(line.size - previous.size) > previous.size * 0.15 ||
        line.y - previous.y > previous.size * 2.2 ||
        line.x > previous.x + line.size * 0.8 || // an indented first line
        // the previous line stopped short: a paragraph's end, unless it stops on a CJK
        // character that ends no sentence (検知機 | 構を…: a word wrapped in a ragged column)
        (previous.right < right - previous.size * 2 && !continuesOnNextLine(previous.text));
      if (isNewBlock) {
        flush();
        current = { kind, lines: [] };
      }
      current!.lines.push(line.text);
      previous = line;
    }
    flush();
  }
  return blocks;
}

/** Whether a line ends mid-sentence in CJK text, so that its paragraph goes on below. */
function continuesOnNextLine(text: string): boolean {
  const last = [...text.trimEnd()].pop() ?? '';
  return isCjkJoinable(last) && !/[。！？；：」』”）〕】》]/u.test(last);
}

/**
 * The title of a document: the first run of its largest lines near the top of the first page
 * (one line when every line is that size), else the file name.
 */
function documentTitle(pages: readonly ExtractedPage[], fileName: string): string {
  const lines = pages[0]?.lines.slice(0, 15) ?? [];
  const largest = Math.max(...lines.map((l) => l.size), 0);
  const isLarge = (l: ExtractedPage['lines'][number]): boolean => l.size >= largest * 0.95;
  const start = lines.findIndex(isLarge);
  const titleLines: string[] = [];
  if (start >= 0) {
    const allLarge = lines.every(isLarge);
    for (let i = start; i < lines.length && titleLines.length < (allLarge ? 1 : 3); i++) {
      const line = lines[i]!;
      const previous = lines[i - 1];
      if (!isLarge(line) || (i > start && previous && line.y - previous.y > line.size * 2.2)) break;
      titleLines.push(line.text);
    }
  }
  const title = normalizeLine(joinLines(titleLines)).slice(0, 200);
  return title !== '' ? title : fileName.replace(/\.pdf$/i, '');
}

function documentKind(text: string): DocumentMeta['kind'] {
  if (/提案/.test(text)) return 'proposal';
  if (/报告/.test(text)) return 'report';
  return 'other';
}

/** Reads a PDF into an issue's pages or a document. */
export async function importPdf(file: SourceFile, hints: ImportHints = {}): Promise<IssueDraft | DocumentDraft> {
  const { pages, warnings } = await extractPdfText(file.bytes, file.name);
  const drafts = pages.map(({ lines: _lines, layout: _layout, ...text }) => text);
  const first = pages[0] ? analyse(pages[0]) : null;
  if (!isNewspaperPdf(pages, file.name, hints, first)) {
    const title = documentTitle(pages, file.name);
    const date = findDate(headerText(pages[0])) ?? dateFromFileName(file.name);
    return {
      kind: 'document',
      format: 'pdf',
      title,
      documentKind: documentKind(`${title}\n${headerText(pages[0])}`),
      ...(date ? { date } : {}),
      blocks: blocksOfPages(pages),
      pages: drafts,
      warnings,
    };
  }
  const analysed = pages.map((page, i) => (i === 0 ? first : analyse(page)));
  const numbers = pageNumbers(pages, file.name, analysed);
  const articles: IssueDraft['articles'] = [];
  const pageDrafts: PageDraft[] = pages.map((page, pageIndex) => {
    const number = numbers[pageIndex]!;
    const found = analysed[pageIndex];
    const section = pageLabel(page).section ?? found?.header.section;
    const text = found ? { ...drafts[pageIndex]!, analysis: found.analysis } : drafts[pageIndex]!;
    const fromLayout = found ? articlesOfAnalysis(found.analysis, number) : null;
    if (fromLayout) articles.push(...fromLayout.articles);
    const leadTitle = fromLayout ? leadTitleOf(found!, fromLayout.articles) : undefined;
    return {
      number,
      ...(section ? { section } : {}),
      ...(leadTitle ? { leadTitle } : {}),
      replicaPageIndex: pageIndex,
      text,
      ...(fromLayout && fromLayout.areas.length > 0 ? { areas: fromLayout.areas } : {}),
    };
  });
  const date = findDate(headerText(pages[0])) ?? first?.header.date ?? dateFromFileName(file.name);
  const issueNumber = findIssueNumber(headerText(pages[0]));
  const paperName = paperFromFolders(file.path);
  return {
    kind: 'issue',
    format: 'pdf',
    ...(paperName ? { paperName } : {}),
    ...(date ? { date } : {}),
    ...(issueNumber === null ? {} : { issueNumber }),
    pages: pageDrafts,
    articles,
    warnings,
  };
}

/**
 * The paper a page PDF's folders name, as an archive is often kept: 人民日报/2018-01-10/07.pdf,
 * 南溪县报/第2版.pdf. Only a folder named like a paper (…报, …刊) counts.
 */
export function paperFromFolders(path: string): string | undefined {
  const folders = path.split(/[\\/]/u).slice(0, -1).reverse().slice(0, 3);
  return folders.map((f) => f.normalize('NFC').trim()).find((f) => /^\p{Script=Han}{2,12}[报刊]$/u.test(f));
}

/** The page's lead: the article whose headline is set largest. */
function leadTitleOf(found: AnalysedPage, articles: readonly { title: string }[]): string | undefined {
  const sizes = new Map(found.analysis.blocks.filter((b) => b.role === 'title').map((b) => [b.text.trim(), b.fontSize]));
  let best: { title: string; size: number } | undefined;
  for (const { title } of articles) {
    const size = sizes.get(title) ?? 0;
    if (!best || size > best.size) best = { title, size };
  }
  return best?.title;
}
