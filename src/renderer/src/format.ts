import type { Locale } from '../../shared/model';

const englishMonths = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const chineseWeekdays = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const englishWeekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** The parts of a `YYYY-MM-DD` date, or null when it is not one. */
export function parseIsoDate(date: string): DateParts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/** `2024-03-05` as 2024年3月5日 星期二 / Tuesday 5 March 2024; anything else unchanged. */
export function formatDate(date: string, locale: Locale): string {
  const parts = parseIsoDate(date);
  if (!parts) return date;
  const weekday = new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay();
  if (locale === 'en') {
    return `${englishWeekdays[weekday]} ${parts.day} ${englishMonths[parts.month - 1]} ${parts.year}`;
  }
  return `${parts.year}年${parts.month}月${parts.day}日 ${chineseWeekdays[weekday]}`;
}

/** The month of a `YYYY-MM-DD` date as `YYYY-MM`, the key issues are grouped by. */
export function monthKey(date: string): string {
  return parseIsoDate(date) ? date.slice(0, 7) : date;
}

/** `2024-03` as 2024年3月 / March 2024. */
export function formatMonth(key: string, locale: Locale): string {
  const parts = parseIsoDate(`${key}-01`);
  if (!parts) return key;
  return locale === 'en' ? `${englishMonths[parts.month - 1]} ${parts.year}` : `${parts.year}年${parts.month}月`;
}

/** The subtitle (副题) as the paper sets it: after a `——`, whether or not the source had one. */
export function formatSubtitle(subtitle: string): string {
  return `——${subtitle.replace(/^[\s—–-]+/, '')}`;
}

/**
 * A byline as a list shows it: without the □ (or ■) the paper prints before it, which in a
 * list of links looks like a checkbox to tick.
 */
export function bylineInList(byline: string): string {
  return byline.replace(/^\s*[□■◻◼☐]\s*/u, '');
}
