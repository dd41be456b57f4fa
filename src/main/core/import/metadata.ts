import { sha256Hex } from '../archive/ids';

/**
 * Dates, page numbers and paper ids as Chinese newspapers and their files write them.
 */

const chineseDigits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A YYYY-MM-DD string when year, month and day make a real date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a YYYY-MM-DD string naming a real date. */
export function isValidIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isoDate(Number(match[1]), Number(match[2]), Number(match[3])) !== null;
}

/**
 * The first date written in `text`: 2025年1月15日, 2025-01-15, 2025/1/15 or 2025.01.15, with
 * or without spaces; null when there is none.
 */
export function findDate(text: string): string | null {
  const pattern = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))/g;
  for (const match of text.matchAll(pattern)) {
    const month = Number(match[2] ?? match[4]);
    const day = Number(match[3] ?? match[5]);
    const date = isoDate(Number(match[1]), month, day);
    if (date) return date;
  }
  return null;
}

/**
 * The date in a file name: 2025-01-15, 2025_01_15 or 20250115 as a token of its own (a
 * folder of 2025-01-15/01.pdf is the caller's to pass whole).
 */
export function dateFromFileName(name: string): string | null {
  const dashed = /(?<!\d)(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)/.exec(name);
  if (dashed) return isoDate(Number(dashed[1]), Number(dashed[2]), Number(dashed[3]));
  const compact = /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/.exec(name);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return null;
}

/** A number written with Arabic or Chinese digits (一, 十二, 二十三, 一〇五); null if neither. */
export function parseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(text)) return null;
  if (!/[十百]/.test(text)) {
    return [...text].reduce((sum, ch) => sum * 10 + (chineseDigits[ch] ?? 0), 0);
  }
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = chineseDigits[ch] ?? 0;
  }
  return total + current;
}

/** 第 3 版, 第三版, 03版, A03版: the page (版) number a line names, or null. */
export function findPageNumber(text: string): number | null {
  const match = /第\s*([0-9〇零一二两三四五六七八九十百]+)\s*版|(?<![0-9])[A-Z]?(\d{1,3})\s*版/.exec(text);
  if (!match) return null;
  return parseNumber(match[1] ?? match[2] ?? '');
}

/** 总第 1234 期: the running number of an issue a masthead prints, or null. */
export function findIssueNumber(text: string): number | null {
  const match = /总\s*第\s*(\d{1,6})\s*期/.exec(text);
  return match ? Number(match[1]) : null;
}

/**
 * A stable id for a paper from its name: the name itself when it is a short ASCII slug,
 * else `p-` and a hash of the NFC name (issue ids are built on it and must be file-safe).
 */
export function paperIdOf(name: string): string {
  const slug = name.trim().toLowerCase().replace(/\s+/g, '-');
  if (/^[a-z0-9][a-z0-9_-]{0,39}$/.test(slug)) return slug;
  return `p-${sha256Hex(name.normalize('NFC').trim()).slice(0, 12)}`;
}

/** The local calendar date of `now`, YYYY-MM-DD. */
export function localDate(now: Date): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? '1970-01-01';
}
