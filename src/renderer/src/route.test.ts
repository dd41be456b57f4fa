import { describe, expect, it } from 'vitest';
import { articleHref, issueHref, parseRoute, type Route } from './route';

describe('parseRoute', () => {
  const cases: [string, Route][] = [
    ['', { kind: 'library' }],
    ['#', { kind: 'library' }],
    ['#/', { kind: 'library' }],
    ['#/issue/zxb-2024-03-05', { kind: 'issue', issueId: 'zxb-2024-03-05', pageNumber: null }],
    ['#/issue/zxb-2024-03-05?page=3', { kind: 'issue', issueId: 'zxb-2024-03-05', pageNumber: 3 }],
    ['#/issue/x?page=abc', { kind: 'issue', issueId: 'x', pageNumber: null }],
    ['#/article/a%2F1', { kind: 'article', articleId: 'a/1' }],
    ['#/article/%E6%96%87', { kind: 'article', articleId: '文' }],
    ['#/article', { kind: 'unknown' }],
    ['#/article/a/b', { kind: 'unknown' }],
    ['#/article/%E0%A4%A', { kind: 'unknown' }],
    ['#/search/x', { kind: 'unknown' }],
  ];
  it.each(cases)('reads %j as the route it names', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('reads back every href it makes', () => {
    expect(parseRoute(issueHref('报/1', 2))).toEqual({ kind: 'issue', issueId: '报/1', pageNumber: 2 });
    expect(parseRoute(articleHref('a?b#c'))).toEqual({ kind: 'article', articleId: 'a?b#c' });
    expect(parseRoute(issueHref('x', 2, 'a&1'))).toEqual({ kind: 'issue', issueId: 'x', pageNumber: 2, markedArticleId: 'a&1' });
  });
});
