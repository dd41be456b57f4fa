/**
 * The row ids of the index say when and where an article appeared, so that FTS5 itself can
 * count results by year and paper, filter by date range and paper, and list results newest
 * first, all without looking up another table for each of possibly 100,000 matches:
 *
 *   id = day × 2^22 + paper slot × 2^10 + n
 *
 * where day = year × 372 + (month − 1) × 31 + (day − 1) (a calendar with gaps, so that the
 * year is day / 372 in integer arithmetic), the paper slot (0–4095) numbers the papers in
 * the index (standalone documents share one slot, as paper ''), and n (0–1023) tells apart
 * the articles of one paper on one day. The largest id
 * (year 9999) is below 2^44, well within the integers SQLite and JavaScript share.
 */

export const slotBits = 12;
export const articleBits = 10;
/** How many papers, and how many articles of one paper on one day, an id can tell apart. */
export const maxSlots = 2 ** slotBits;
export const maxArticlesPerDay = 2 ** articleBits;
const dayFactor = 2 ** (slotBits + articleBits);

/** The day number of a YYYY-MM-DD date; 0 for anything else. */
export function dayOf(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return 0;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31) return 0;
  return year * 372 + (month - 1) * 31 + (day - 1);
}

/** The first id of a paper's articles on a day. */
export function baseId(day: number, slot: number): number {
  return day * dayFactor + slot * maxArticlesPerDay;
}

/** The range of ids [first, last] of the days from `from` to `to` (YYYY-MM-DD, inclusive). */
export function idRange(from: string | undefined, to: string | undefined): [number, number] {
  const first = from === undefined ? 0 : dayOf(from) * dayFactor;
  const last = to === undefined ? Number.MAX_SAFE_INTEGER : (dayOf(to) + 1) * dayFactor - 1;
  return [first, last];
}

/** SQL expressions over an id column: its year, and its paper slot. */
export function yearSql(column: string): string {
  return `((${column} >> ${slotBits + articleBits}) / 372)`;
}

export function slotSql(column: string): string {
  return `((${column} >> ${articleBits}) & ${maxSlots - 1})`;
}
