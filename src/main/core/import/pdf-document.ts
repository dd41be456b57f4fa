import type { Block, DocumentMeta } from '../../../shared/model';
import { isCjkJoinable, joinLines, normalizeLine } from '../../../shared/normalize-text';
import type { ExtractedPage } from './pdf-text';

/**
 * A PDF document (a report, a proposal, a compilation of articles) as its reader sees it:
 * the running heads and page numbers that every page repeats are left out of the body, a
 * heading is a short run of lines whose type is larger than the body's, and a compilation
 * whose pieces each cite a newspaper (《人民日报》（2025年10月20日 第 06 版）) is cut into them.
 */

type Line = ExtractedPage['lines'][number];

/** How far from the top and the bottom of a page, as a share of its height, heads and folios sit. */
const marginBand = 0.09;
/** 12, - 12 -, 第 12 页, 第12页 共30页, 12/30, Page 12 of 30: a folio, once its digits are #. */
const folioKey = /^(?:[-—–－·•]*(?:第#页(?:共#页)?|#(?:\/#)?|-#-|—#—|page#(?:of#)?|[ivxlc]+)[-—–－·•]*)$/i;
/** 《报名》（2025年10月20日 第 06 版）: the line that cites where a piece of a compilation was printed. */
const citation = /^《([^《》]{2,20})》\s*[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:[，,]?\s*第\s*0*(\d{1,3})\s*版)?\s*[)）]$/u;

const keyOf = (text: string): string => normalizeLine(text).replace(/\s+/g, '').replace(/\d+/g, '#');

function isInMargin(line: Line, page: ExtractedPage): boolean {
  return line.y < page.height * marginBand || line.y + line.size > page.height * (1 - marginBand);
}

/** True for a line that is a page number at the head or foot of its page. */
function isFolio(line: Line, page: ExtractedPage): boolean {
  return isInMargin(line, page) && folioKey.test(keyOf(line.text));
}

/**
 * The pages with their page numbers and running heads (a line at the head or foot that the
 * same words, numbers aside, repeat on at least two pages and a third of them) left out.
 */
export function withoutRunningHeads(pages: readonly ExtractedPage[]): ExtractedPage[] {
  const pagesWithKey = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(page.lines.filter((line) => isInMargin(line, page)).map((line) => keyOf(line.text)));
    for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const repeats = (key: string): boolean => {
    const count = pagesWithKey.get(key) ?? 0;
    return pages.length >= 2 && count >= 2 && count >= pages.length / 3;
  };
  return pages.map((page) => ({
    ...page,
    lines: page.lines.filter((line) => !isFolio(line, page) && !(isInMargin(line, page) && repeats(keyOf(line.text)))),
  }));
}

/** The body's type size: the median size of its characters (not of its lines, which short headings outnumber). */
function bodySizeOf(pages: readonly ExtractedPage[]): number {
  const sized = pages.flatMap((p) => p.lines.map((l) => ({ size: l.size, weight: [...l.text.replace(/\s/g, '')].length }))).sort((a, b) => a.size - b.size);
  const total = sized.reduce((sum, s) => sum + s.weight, 0);
  let seen = 0;
  for (const s of sized) {
    seen += s.weight;
    if (seen * 2 >= total) return s.size;
  }
  return 12;
}

/** The most lines, and characters, a heading runs to: a longer run of large type is body text set large. */
const headingMax = { lines: 3, chars: 80 };

/** Paragraphs and headings of a document from its lines, as the layout shows them. */
export function blocksOfPages(pages: readonly ExtractedPage[]): Block[] {
  const bodySize = bodySizeOf(pages);
  const blocks: Block[] = [];
  for (const page of pages) {
    const right = Math.max(...page.lines.map((l) => l.right), 0);
    let current: { kind: Block['kind']; lines: string[] } | null = null;
    let previous: Line | null = null;
    const flush = (): void => {
      const text = current ? normalizeLine(joinLines(current.lines)) : '';
      if (current && text !== '') {
        const isTooLong = current.lines.length > headingMax.lines || text.length > headingMax.chars;
        blocks.push({ kind: current.kind === 'heading' && isTooLong ? 'paragraph' : current.kind, text });
      }
      current = null;
    };
    for (const line of page.lines) {
      const kind: Block['kind'] = line.size > bodySize * 1.15 ? 'heading' : 'paragraph';
      const isCitation = citation.test(normalizeLine(line.text));
      const isNewBlock =
        isCitation ||
        current === null ||
        previous === null ||
        citation.test(normalizeLine(previous.text)) ||
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
 * (one line when every line is that size), else the file name. Page numbers do not count.
 */
export function documentTitle(pages: readonly ExtractedPage[], fileName: string): string {
  const first = pages[0];
  const lines = first ? first.lines.filter((line) => !isFolio(line, first)).slice(0, 15) : [];
  const largest = Math.max(...lines.map((l) => l.size), 0);
  const isLarge = (l: Line): boolean => l.size >= largest * 0.95;
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

/** What kind of document a title and its first lines say it is. */
export function documentKind(text: string): DocumentMeta['kind'] {
  if (/提案/.test(text)) return 'proposal';
  if (/报告/.test(text)) return 'report';
  return 'other';
}

/** Where a piece of a compilation was printed, as its citation line says. */
export interface Citation {
  paper: string;
  date: string;
  pageNumber?: number;
}

/** The newspaper a line cites, or null when it is not a citation line. */
export function citationOf(text: string): Citation | null {
  const match = citation.exec(normalizeLine(text));
  if (!match) return null;
  const [, paper, year, month, day, page] = match;
  const date = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  return { paper: paper!, date, ...(page ? { pageNumber: Number(page) } : {}) };
}

/** True when the pages carry two or more citation lines: a compilation of printed articles, not a 版. */
export function isCompilation(pages: readonly ExtractedPage[]): boolean {
  let found = 0;
  for (const page of pages) for (const line of page.lines) if (citation.test(normalizeLine(line.text)) && ++found >= 2) return true;
  return false;
}
