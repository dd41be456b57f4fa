import { parseIsoDate } from './format';

/** Issues by year, month and day, for the back-issue calendar (往期). */
export interface IssueCalendarIndex<T> {
  /** years that have issues, newest first */
  years: number[];
  /** `YYYY-MM` → day of month → the issues of that day */
  byMonth: Map<string, Map<number, T[]>>;
}

/** Indexes dated things by year, month and day; undated ones are left out. */
export function indexByDate<T extends { date: string }>(items: readonly T[]): IssueCalendarIndex<T> {
  const byMonth = new Map<string, Map<number, T[]>>();
  const years = new Set<number>();
  for (const item of items) {
    const parts = parseIsoDate(item.date);
    if (!parts) continue;
    years.add(parts.year);
    const key = monthKeyOf(parts.year, parts.month);
    let days = byMonth.get(key);
    if (!days) {
      days = new Map();
      byMonth.set(key, days);
    }
    const list = days.get(parts.day);
    if (list) list.push(item);
    else days.set(parts.day, [item]);
  }
  return { years: [...years].sort((a, b) => b - a), byMonth };
}

export function monthKeyOf(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * The weeks of a month as the calendar shows them, Monday first: each week seven days of the
 * month or null for the days of the months around it.
 */
export function monthWeeks(year: number, month: number): (number | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const lead = (first + 6) % 7;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (number | null)[] = [...Array<null>(lead).fill(null)];
  for (let day = 1; day <= days; day += 1) cells.push(day);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (number | null)[][] = [];
  for (let at = 0; at < cells.length; at += 7) weeks.push(cells.slice(at, at + 7));
  return weeks;
}
