import { describe, expect, it } from 'vitest';
import type { TextLine } from './lines';
import { chineseDate, metadataHints, pageLabelOf, readPageHeader } from './page-header';

const line = (text: string, x: number, y: number, size = 12): TextLine => ({
  text,
  rect: { x, y, width: text.length * size, height: size },
  size,
  isVertical: false,
  font: 'f',
});

describe('pageLabelOf', () => {
  it.each([
    ['7 理论', { pageNumber: 7, section: '理论' }],
    ['第2版 综合新闻', { pageNumber: 2, section: '综合新闻' }],
    ['第三版', { pageNumber: 3 }],
    ['A03 要闻', { pageNumber: 3, section: '要闻' }],
    ['A03版：要闻', { pageNumber: 3, section: '要闻' }],
    ['04版', { pageNumber: 4 }],
    ['第2版 综合新闻 责编：张三 美编：李四', { pageNumber: 2, section: '综合新闻' }],
  ])('reads %s', (text, expected) => {
    expect(pageLabelOf(text)).toEqual(expected);
  });

  it.each(['3 日', '12 月', '2018', '7', '第一章 总则', '1月3日 星期三'])('does not take %s for a 版 label', (text) => {
    expect(pageLabelOf(text)).toBeNull();
  });
});

describe('chineseDate', () => {
  it.each([
    ['二〇一八年一月十日 星期三', '2018-01-10'],
    ['二〇一一年五月二十四日', '2011-05-24'],
    ['二〇一八年二月三十日', null],
    ['一月十日', null],
  ])('reads %s', (text, expected) => {
    expect(chineseDate(text)).toBe(expected);
  });
});

describe('metadataHints', () => {
  it('reads 版 and date from a typesetting system’s Title', () => {
    expect(metadataHints('LLRMRB07B20180110D')).toEqual({ pageNumber: 7, date: '2018-01-10' });
  });

  it('gives nothing for an ordinary title', () => {
    expect(metadataHints('Annual report 2018')).toEqual({});
    expect(metadataHints(undefined)).toEqual({});
  });
});

describe('readPageHeader', () => {
  it('reads a date split over items and a section printed apart from its number', () => {
    const lines = [line('2011', 30, 30), line('年5月24日', 80, 30), line('第2版', 600, 30), line('综合新闻', 680, 30), line('正文第一行。', 30, 300, 10)];
    const header = readPageHeader(lines, 1191);
    expect({ date: header.date, pageNumber: header.pageNumber, section: header.section }).toEqual({ date: '2011-05-24', pageNumber: 2, section: '综合新闻' });
    expect(header.furniture.has(lines[4]!)).toBe(false);
    expect(header.furniture.has(lines[3]!)).toBe(true);
  });

  it('falls back on the PDF Title when the band shows no date', () => {
    const header = readPageHeader([line('7 理论', 890, 10, 33)], 1438, 'LLRMRB07B20180103D');
    expect(header.date).toBe('2018-01-03');
    expect(header.pageNumber).toBe(7);
  });

  it('takes an editor’s credit line for furniture wherever it stands', () => {
    const credit = line('本版责编：王某', 900, 1400, 8);
    expect(readPageHeader([credit], 1438).furniture.has(credit)).toBe(true);
  });
});
