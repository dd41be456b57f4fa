import { describe, expect, it } from 'vitest';
import { findInArticles } from './page-anchoring';

// The page's text as its text layer gives it: two articles printed one after the other.
const pageText = '全国政协委员走进社区听取意见。本报讯 多位政协委员参加调研，察看乡村振兴项目。';
const articles = [
  { articleId: 'a', text: '全国政协委员走进社区听取意见。' },
  { articleId: 'b', text: '本报讯 多位政协委员参加调研，察看乡村振兴项目。' },
];
const rangeOf = (phrase: string, from = 0) => {
  const start = pageText.indexOf(phrase, from);
  return { start, end: start + phrase.length };
};

describe('which article a selection on the page belongs to', () => {
  it('finds the one article whose text holds the selected words', () => {
    const b = articles[1]!.text;
    expect(findInArticles(pageText, rangeOf('乡村振兴'), articles)).toEqual({ articleId: 'b', start: b.indexOf('乡村振兴'), end: b.indexOf('乡村振兴') + 4 });
  });

  it('lets the article area under the selection decide between articles that share the words', () => {
    const inB = rangeOf('政协委员', pageText.indexOf('本报讯'));
    const b = articles[1]!.text;
    expect(findInArticles(pageText, inB, articles, new Set(['b']))).toEqual({ articleId: 'b', start: b.indexOf('政协委员'), end: b.indexOf('政协委员') + 4 });
  });

  it('guesses no article when several share the words and no area says which', () => {
    expect(findInArticles(pageText, rangeOf('政协委员', pageText.indexOf('本报讯')), articles)).toBeNull();
  });

  it('keeps on the page what belongs to no article', () => {
    expect(findInArticles('图片新闻 本报记者 摄', { start: 0, end: 4 }, articles)).toBeNull();
  });
});
