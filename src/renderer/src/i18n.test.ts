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
});
