import { describe, expect, it } from 'vitest';
import { indexByDate, monthWeeks } from './calendar';

describe('the back-issue calendar', () => {
  it('indexes issues by year, month and day, newest year first', () => {
    const index = indexByDate([
      { id: 'a', date: '2024-03-05' },
      { id: 'b', date: '2024-03-05' },
      { id: 'c', date: '2023-12-29' },
      { id: 'd', date: 'undated' },
    ]);
    expect(index.years).toEqual([2024, 2023]);
    expect([...index.byMonth.keys()]).toEqual(['2024-03', '2023-12']);
    expect(index.byMonth.get('2024-03')?.get(5)?.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('lays a month out in weeks from Monday', () => {
    // 1 March 2024 was a Friday; the month has 31 days.
    const weeks = monthWeeks(2024, 3);
    expect(weeks[0]).toEqual([null, null, null, null, 1, 2, 3]);
    expect(weeks.at(-1)).toEqual([25, 26, 27, 28, 29, 30, 31]);
    expect(weeks.flat().filter((d) => d !== null)).toHaveLength(31);
  });

  it('knows February of a leap year', () => {
    expect(Math.max(...monthWeeks(2024, 2).flat().map((d) => d ?? 0))).toBe(29);
    expect(Math.max(...monthWeeks(2023, 2).flat().map((d) => d ?? 0))).toBe(28);
  });
});
