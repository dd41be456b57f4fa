import type { DocumentDraft, ImportHints, IssueDraft, PageDraft, SourceFile } from './drafts';
import { dateFromFileName, findDate, findIssueNumber, findPageNumber } from './metadata';
import { isCompilation } from './pdf-document';
import { pdfDocument } from './pdf-document-draft';
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

/** Reads a PDF into an issue's pages or a document (or, for a compilation of cited articles, an issue's articles). */
export async function importPdf(file: SourceFile, hints: ImportHints = {}): Promise<IssueDraft | DocumentDraft> {
  const { pages, warnings } = await extractPdfText(file.bytes, file.name, hints.onPage);
  const drafts = pages.map(({ lines: _lines, layout: _layout, ...text }) => text);
  // A compilation's citation lines (《人民日报》（…第 06 版）) would read as a 版's header.
  if (isCompilation(pages)) return pdfDocument(file, { pages, drafts, header: headerText(pages[0]) }, warnings, hints);
  const first = pages[0] ? analyse(pages[0]) : null;
  if (!isNewspaperPdf(pages, file.name, hints, first)) {
    return pdfDocument(file, { pages, drafts, header: headerText(pages[0]) }, warnings, hints);
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
