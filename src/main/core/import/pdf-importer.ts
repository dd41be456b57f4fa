import type { DocumentDraft, ImportHints, IssueDraft, PageDraft, SourceFile } from './drafts';
import { dateFromFileName, findDate, findIssueNumber, findPageNumber } from './metadata';
import { isCompilation } from './pdf-document';
import { pdfDocument } from './pdf-document-draft';
import { extractPdfText, type ExtractedPage } from './pdf-text';

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

/** True when the PDF reads as newspaper pages rather than a document. */
export function isNewspaperPdf(pages: readonly ExtractedPage[], fileName: string, hints: ImportHints): boolean {
  if (hints.paper !== undefined || hints.date !== undefined) return true;
  const first = headerText(pages[0]);
  const hasPageLabel = findPageNumber(first) !== null || pageFileName.test(fileName);
  const hasDate = findDate(first) !== null || dateFromFileName(fileName) !== null || hints.folderDate !== undefined;
  return hasPageLabel && hasDate;
}

/** The 版 number of each page: as the pages say when they all say so, else from the file name or their order. */
function pageNumbers(pages: readonly ExtractedPage[], fileName: string): number[] {
  const labelled = pages.map((page) => pageLabel(page).number);
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
  const drafts = pages.map(({ lines: _lines, ...text }) => text);
  // A compilation's citation lines (《人民日报》（…第 06 版）) would read as a 版's header.
  if (isCompilation(pages) || !isNewspaperPdf(pages, file.name, hints)) {
    return pdfDocument(file, { pages, drafts, header: headerText(pages[0]) }, warnings, hints);
  }
  const numbers = pageNumbers(pages, file.name);
  const pageDrafts: PageDraft[] = pages.map((page, pageIndex) => {
    const section = pageLabel(page).section;
    return { number: numbers[pageIndex]!, ...(section ? { section } : {}), replicaPageIndex: pageIndex, text: drafts[pageIndex]! };
  });
  const date = findDate(headerText(pages[0])) ?? dateFromFileName(file.name);
  const issueNumber = findIssueNumber(headerText(pages[0]));
  return {
    kind: 'issue',
    format: 'pdf',
    ...(date ? { date } : {}),
    ...(issueNumber === null ? {} : { issueNumber }),
    pages: pageDrafts,
    articles: [],
    warnings,
  };
}
