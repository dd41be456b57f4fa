import { JianbaoError } from '../../../shared/errors';
import type { Block } from '../../../shared/model';
import { normalizeLine } from '../../../shared/normalize-text';
import type { ArticleDraft, IssueDraft, PageDraft, SourceFile } from './drafts';
import { findDate, findPageNumber, parseNumber } from './metadata';
import { decodeText } from './charset';

/**
 * Article text as a digital edition publishes it (see ../shared/fixtures/text/README.md):
 *
 *   headline                       (an 引题 kicker may stand on a line before it)
 *   ——subtitle                     (副题)
 *   □ 本报通讯员 name               (byline)
 *   body paragraphs, one a line, with short section headings
 *   - 第 N 版: section headline     (the issue's page list, at the end)
 */

/** One entry of the closing page list. */
export interface PageListEntry {
  number: number;
  section: string;
  leadTitle?: string;
}

/** The parts of an article text file. */
export interface ParsedArticleText {
  kicker?: string;
  title: string;
  subtitle?: string;
  byline?: string;
  blocks: Block[];
  pageList: PageListEntry[];
  /** a date standing on a line of its own in the header, if any */
  date?: string;
}

const pageListLine = /^[-–—•*·]?\s*第\s*([0-9〇零一二两三四五六七八九十百]+)\s*版\s*[:：]?\s*(\S+)(?:\s+(.+))?$/;
const subtitleLine = /^(?:——|—|--)\s*(.+)$/;
const bylineLine = /^[□■]\s*(.+)$/;
const dateLine = /^\D{0,12}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\D{0,12}$/;
/** Sentence-final punctuation: a line ending in one is a paragraph, not a heading. */
const finalPunctuation = /[。！？!?；;，,、：:…]$/;
const headingMaxLength = 24;

/** True for a short line of a few words with no final punctuation: a section heading. */
export function isSectionHeading(line: string): boolean {
  return [...line].length <= headingMaxLength && !finalPunctuation.test(line) && !/[。！？]/.test(line);
}

/** Splits an article text into its parts; throws NO_TEXT when there is no headline. */
export function parseArticleText(text: string): ParsedArticleText {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map(normalizeLine)
    .filter((line) => line !== '');
  const pageList: PageListEntry[] = [];
  while (lines.length > 0) {
    const match = pageListLine.exec(lines[lines.length - 1]!);
    const number = match ? parseNumber(match[1]!) : null;
    if (!match || number === null) break;
    lines.pop();
    pageList.unshift({ number, section: match[2]!, ...(match[3] ? { leadTitle: match[3] } : {}) });
  }
  let date: string | undefined;
  while (lines.length > 0 && dateLine.test(lines[0]!)) date = findDate(lines.shift()!) ?? date;
  if (lines.length === 0) {
    throw new JianbaoError('NO_TEXT', '文件中没有文章文字 / The file holds no article text: nothing to import.');
  }

  // The header runs to the byline, or to the subtitle when there is no byline.
  const bylineAt = lines.findIndex((line, i) => i < 5 && bylineLine.test(line));
  const subtitleAt = lines.findIndex((line, i) => i > 0 && i < 4 && subtitleLine.test(line));
  const headerEnd = bylineAt >= 0 ? bylineAt + 1 : subtitleAt >= 0 ? subtitleAt + 1 : 1;
  const header = lines.slice(0, headerEnd);
  const body = lines.slice(headerEnd);

  const titles = header.filter((line) => !subtitleLine.test(line) && !bylineLine.test(line));
  const subtitle = header.map((line) => subtitleLine.exec(line)?.[1]).find((s) => s !== undefined);
  const byline = header.find((line) => bylineLine.test(line));
  const title = titles[titles.length - 1] ?? lines[0]!;
  const kicker = titles.length > 1 ? titles.slice(0, -1).join(' ') : undefined;

  const blocks: Block[] = body.map((line, i) => ({
    // The last line closes the article: a paragraph, however short.
    kind: i < body.length - 1 && isSectionHeading(line) ? 'heading' : 'paragraph',
    text: line,
  }));
  return {
    ...(kicker ? { kicker } : {}),
    title,
    ...(subtitle ? { subtitle } : {}),
    ...(byline ? { byline } : {}),
    blocks,
    pageList,
    ...(date ? { date } : {}),
  };
}

/** How headlines compare: no spaces, no dashes, NFC. */
function headlineKey(text: string): string {
  return text.normalize('NFC').replace(/[\s—–-]/g, '');
}

/** The page the article stands on: the page-list entry whose headline is its own. */
export function pageOfArticle(parsed: ParsedArticleText): number | null {
  const own = headlineKey(parsed.title);
  const full = headlineKey(parsed.title + (parsed.subtitle ?? ''));
  const entry = parsed.pageList.find((page) => {
    const lead = headlineKey(page.leadTitle ?? '');
    return lead !== '' && (lead === full || lead === own || lead.startsWith(own));
  });
  return entry?.number ?? null;
}

/** Reads an article text file into an issue draft: the page list's pages, the article on its page. */
export function importArticleText(file: SourceFile): IssueDraft {
  const { text, warnings } = decodeText(file.bytes, { name: file.name });
  const parsed = parseArticleText(text);
  const pageNumber = pageOfArticle(parsed) ?? findPageNumber(file.name) ?? parsed.pageList[0]?.number ?? 1;
  if (pageOfArticle(parsed) === null) {
    warnings.push(`未能确定文章所在版面，记为第 ${pageNumber} 版 / The article's page is not in the page list; put on page ${pageNumber}.`);
  }
  const pages: PageDraft[] = parsed.pageList.map((entry) => ({ ...entry }));
  if (!pages.some((page) => page.number === pageNumber)) pages.push({ number: pageNumber });
  const article: ArticleDraft = {
    pageNumber,
    ...(parsed.kicker ? { kicker: parsed.kicker } : {}),
    title: parsed.title,
    ...(parsed.subtitle ? { subtitle: parsed.subtitle } : {}),
    ...(parsed.byline ? { byline: parsed.byline } : {}),
    blocks: parsed.blocks,
  };
  return {
    kind: 'issue',
    format: 'text',
    ...(parsed.date ? { date: parsed.date } : {}),
    pages: pages.sort((a, b) => a.number - b.number),
    articles: [article],
    warnings,
  };
}
