import { describe, expect, it } from 'vitest';
import { translate } from './i18n';

describe('translate', () => {
  it('fills the placeholders of a message in either language', () => {
    expect(translate('zh-CN', 'issue.pageLabel', { n: 2, section: '精选' })).toBe('第 2 版 · 精选');
    expect(translate('en', 'issue.pageLabel', { n: 2, section: '精选' })).toBe('Page 2 · 精选');
  });

  it('keeps a placeholder it was given no value for', () => {
    expect(translate('zh-CN', 'issue.number')).toBe('总第{n}期');
  });

  it.each([
    ['library.issueCount', { n: 1 }, '1 issue'],
    ['library.issueCount', { n: 21 }, '21 issues'],
    ['search.total', { n: 1 }, '1 article found'],
    ['document.pages', { n: 1 }, '1 page'],
    ['calendar.monthWithIssues', { month: 'March', n: 1 }, 'March, 1 issue'],
    ['search.markedInArticle', { n: 1, query: 'x' }, '1 hit of “x” marked'],
  ] as const)('counts one of a thing in the singular in English: %s %j', (key, params, expected) => {
    expect(translate('en', key, params)).toBe(expected);
  });

  it('shows a core message in the language of the UI only', () => {
    expect(translate('en', 'import.failed', { message: '路径无效 / Invalid path' })).toBe('The import did not finish: Invalid path');
  });
});

