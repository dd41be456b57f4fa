import { describe, expect, it } from 'vitest';
import { pageHitRanges, queryHitRanges } from './query-hit-ranges';

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

describe('pageHitRanges', () => {
  function layer(html: string): HTMLElement {
    const root = document.createElement('div');
    root.innerHTML = html;
    return root;
  }

  it('marks a query across the spans of a text layer', () => {
    const root = layer('<span>推动高质量</span><span>发展的新格局</span>');
    expect(pageHitRanges(root, '高质量发展').map((range) => range.toString())).toEqual(['高质量发展']);
  });

  it('marks a word on a justified line whose characters the PDF spaced apart', () => {
    const root = layer('<span>对 国 防</span><span> 问 题 的 意 见</span>');
    expect(pageHitRanges(root, '国防问题').map((range) => range.toString())).toEqual(['国 防 问 题']);
  });
});
