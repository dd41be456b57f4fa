import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatSubtitle, monthKey } from './format';

describe('format', () => {
  it.each([
    ['2024-03-05', 'zh-CN', '2024年3月5日 星期二'],
    ['2024-03-05', 'en', 'Tuesday 5 March 2024'],
    ['2023-12-31', 'zh-CN', '2023年12月31日 星期日'],
    ['not a date', 'zh-CN', 'not a date'],
  ] as const)('writes the date %s in %s as %s', (date, locale, expected) => {
    expect(formatDate(date, locale)).toBe(expected);
  });

  it('names a month in either language', () => {
    expect(monthKey('2024-03-05')).toBe('2024-03');
    expect(formatMonth('2024-03', 'zh-CN')).toBe('2024年3月');
    expect(formatMonth('2024-12', 'en')).toBe('December 2024');
  });

  it.each([
    ['记一位委员', '——记一位委员'],
    ['——记一位委员', '——记一位委员'],
    ['— 记一位委员', '——记一位委员'],
  ])('sets the subtitle %j after one pair of dashes', (subtitle, expected) => {
    expect(formatSubtitle(subtitle)).toBe(expected);
  });
});
