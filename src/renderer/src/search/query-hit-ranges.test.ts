import { describe, expect, it } from 'vitest';
import { queryHitRanges } from './query-hit-ranges';

function article(): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML =
    '<header class="article-header"><h1 class="article-title">畅通双循环</h1><p class="article-byline">本报记者 双循环</p></header>' +
    '<div class="article-body"><p>以国内大循环为主体、国内国际双循环相互促进。</p><p>双，循环不是一个词。双循环</p></div>';
  return root;
}

describe('queryHitRanges', () => {
  it('finds every occurrence of a Han phrase, and none across punctuation', () => {
    const ranges = queryHitRanges(article(), '双循环');
    expect(ranges.map((range) => range.toString())).toEqual(['双循环', '双循环', '双循环', '双循环']);
    expect(ranges.map((range) => range.startContainer.parentElement?.tagName)).toEqual(['H1', 'P', 'P', 'P']);
  });

  it('marks each included term, a title: term only in the heading, and no excluded term', () => {
    const ranges = queryHitRanges(article(), 'title:双循环 主体 -相互');
    expect(ranges.map((range) => [range.startContainer.parentElement?.className ?? range.startContainer.parentElement?.tagName, range.toString()])).toEqual([
      ['article-title', '双循环'],
      ['', '主体'],
    ]);
  });

  it('marks nothing for a query with nothing to search for', () => {
    expect(queryHitRanges(article(), '，')).toEqual([]);
  });
});
