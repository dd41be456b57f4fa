import type { Rect } from '../../../shared/model';
import { findDate, isoDate, parseNumber } from '../import/metadata';
import type { TextLine } from './lines';

/**
 * The header band of a newspaper page: the strip above the articles where a paper prints its
 * date, its 版 number and the page's section (`7 理论`, `第2版 综合新闻`, `A03 要闻`), often
 * beside the masthead. The PDF's Title may say the same (人民日报: `LLRMRB07B20180110D`, 版 07
 * of 2018-01-10), which fills what the print does not show as text.
 */

/** What a page's header says, and which of its lines are page furniture. */
export interface PageHeader {
  date?: string;
  pageNumber?: number;
  section?: string;
  /** the lines of the header band and the credit lines: in no article */
  furniture: Set<TextLine>;
}

/** A line that is a 版 label: `7 理论`, `第2版 综合新闻`, `A03 要闻`, `第三版`, `A03版：要闻`, maybe with the page's credits after it. */
const pageLabel = /^(?:第\s*([0-9〇零一二两三四五六七八九十]{1,4})\s*版|([A-Z]?)\s*0*(\d{1,3})\s*版?)\s*[|｜丨·•:：]?\s*(\p{Script=Han}{2,8})?(?:\s+(?:责编|编辑|美编|校对|版式|本版)\S*.*)?$/u;
/** Words after a number that make it a date or a count, not a 版 label. */
const notASection = /^[年月日期号届次岁]/u;
/** A section's name: a few Han characters, not a weekday, not a paper's name (…报). */
const sectionName = /^(?!星期)(?:\p{Script=Han}\s?){2,6}$(?<!报\s?)/u;
/** The editor's and designer's credit lines a page prints at its foot or side. */
const creditLine = /^(?:本版)?(?:责编|责任编辑|编辑|主编|美编|校对|制图|版式设计|图片编辑|版面设计)\s*[:：]/u;

/**
 * A line at the foot of the page that repeats the paper's date or 版 (云岭政协报 2026年3月4日
 * 第1版), standing apart from the text above it.
 */
function isFootLine(line: TextLine, lines: readonly TextLine[], height: number): boolean {
  if (line.isVertical || line.rect.y < height * 0.94) return false;
  if (findDate(line.text) === null && !/第\s*[0-9一二三四五六七八九十]+\s*版|^[A-Z]?\d{1,3}$/u.test(line.text.trim())) return false;
  return lines.every((o) => {
    if (o === line || o.rect.y >= line.rect.y) return true;
    const sharesColumn = Math.min(o.rect.x + o.rect.width, line.rect.x + line.rect.width) - Math.max(o.rect.x, line.rect.x) > 0;
    return !sharesColumn || line.rect.y - (o.rect.y + o.rect.height) > line.size * 0.8;
  });
}

/** The 版 number and section a line names, or null. */
export function pageLabelOf(text: string): { pageNumber: number; section?: string } | null {
  const match = pageLabel.exec(text.trim());
  if (!match) return null;
  const number = match[1] !== undefined ? parseNumber(match[1]) : Number(match[3]);
  const section = match[4];
  if (number === null || number < 1) return null;
  if (section !== undefined && notASection.test(section)) return null;
  // a bare number is a label only with 版 or a letter before it (A03)
  if (section === undefined && match[1] === undefined && !/版/.test(text) && match[2] === '') return null;
  return { pageNumber: number, ...(section ? { section } : {}) };
}

/** A date in Chinese numerals, as a masthead may print it: 二〇一八年一月十日. */
export function chineseDate(text: string): string | null {
  const match = /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/u.exec(text);
  if (!match) return null;
  const year = parseNumber(match[1]!);
  const month = parseNumber(match[2]!);
  const day = parseNumber(match[3]!);
  return year === null || month === null || day === null ? null : isoDate(year, month, day);
}

/** The 版 number and date a PDF's Title encodes, as a paper's typesetting system writes it. */
export function metadataHints(title: string | undefined): { pageNumber?: number; date?: string } {
  const match = /(?<![0-9])(\d{1,3})[A-Z]?((?:19|20)\d{2})(\d{2})(\d{2})(?![0-9])/.exec(title ?? '');
  if (!match) return {};
  const date = isoDate(Number(match[2]), Number(match[3]), Number(match[4]));
  const pageNumber = Number(match[1]);
  return { ...(date ? { date } : {}), ...(pageNumber >= 1 ? { pageNumber } : {}) };
}

/**
 * Reads the header band: the lines near the top that hold a date or a 版 label, with every
 * line that starts beside them or above them, down to the rule drawn under the band if there
 * is one across the page (`rules`, `width`); plus the editors' credit lines.
 */
export function readPageHeader(
  lines: readonly TextLine[],
  height: number,
  metadataTitle?: string,
  rules: readonly Rect[] = [],
  width = 0,
): PageHeader {
  const furniture = new Set<TextLine>();
  const top = lines.filter((l) => l.rect.y < height * 0.12);
  let date: string | undefined;
  let label: ReturnType<typeof pageLabelOf> = null;
  let labelLine: TextLine | null = null;
  const anchors: TextLine[] = [];
  for (const line of top) {
    const found = line.isVertical ? null : pageLabelOf(line.text);
    const lineDate = findDate(line.text) ?? chineseDate(line.text);
    if (found && !label) {
      label = found;
      labelLine = line;
    }
    if (lineDate && !date) date = lineDate;
    if (found || lineDate) anchors.push(line);
  }
  // a date split over items of several lines (2018 年 | 1 月 …) is read from the band's text
  if (!date) {
    const band = [...top].sort((a, b) => a.rect.y - b.rect.y || a.rect.x - b.rect.x);
    date = findDate(band.map((l) => l.text).join('')) ?? undefined;
    if (date) anchors.push(...band.filter((l) => /[0-9年月日]/.test(l.text) && l.rect.y < height * 0.06));
  }
  if (anchors.length > 0) {
    let bandBottom = Math.max(...anchors.map((l) => l.rect.y + l.rect.height));
    const bandTop = Math.min(...anchors.map((l) => l.rect.y));
    // the rule a paper draws under its header band, across the page, closes the band
    const underline = rules
      .filter((r) => r.height < 4 && r.width > width * 0.6 && r.y >= bandTop && r.y < height * 0.15)
      .sort((a, b) => a.y - b.y)[0];
    if (underline) bandBottom = Math.max(bandBottom, underline.y);
    for (const line of lines) {
      // what starts in the band (a masthead beside the date, 总第N期 under it) or above it
      if (line.rect.y < bandBottom - 1 || line.rect.y + line.rect.height <= bandBottom + 2) furniture.add(line);
    }
  }
  for (const line of lines) {
    if (creditLine.test(line.text) || isFootLine(line, lines, height)) furniture.add(line);
  }
  // a section printed apart from its 版 number (第2版 … 综合新闻): the nearest short Han line of the band
  if (label && labelLine && !label.section) {
    const section = [...furniture]
      .filter((l) => l !== labelLine && !l.isVertical && sectionName.test(l.text) && Math.abs(l.rect.y - labelLine!.rect.y) < labelLine!.size * 3)
      .sort((a, b) => Math.abs(a.rect.x - labelLine!.rect.x) - Math.abs(b.rect.x - labelLine!.rect.x))[0];
    if (section) label = { ...label, section: section.text.replace(/\s/g, '') };
  }
  const hints = metadataHints(metadataTitle);
  date ??= hints.date;
  const pageNumber = label?.pageNumber ?? hints.pageNumber;
  return {
    ...(date ? { date } : {}),
    ...(pageNumber !== undefined ? { pageNumber } : {}),
    ...(label?.section ? { section: label.section } : {}),
    furniture,
  };
}
