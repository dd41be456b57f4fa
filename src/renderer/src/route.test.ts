import { describe, expect, it } from 'vitest';
import { annotationsHref } from './annotations/annotations-params';
import { articleHref, documentHref, issueHref, parseRoute, type Route } from './route';

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
    ['#/article/a-1?a=urn%3Auuid%3A1', { kind: 'article', articleId: 'a-1', annotationId: 'urn:uuid:1' }],
    ['#/issue/x?page=2&q=%E8%8C%B6%E5%B1%B1', { kind: 'issue', issueId: 'x', pageNumber: 2, query: '茶山' }],
    ['#/document/d-1?q=%E8%8C%B6%E5%B1%B1', { kind: 'document', documentId: 'd-1', pageNumber: null, query: '茶山' }],
    ['#/annotations', { kind: 'annotations', filter: { colors: [], tags: [], sort: 'modified' } }],
    ['#/corrections', { kind: 'corrections' }],
    ['#/corrections/extra', { kind: 'unknown' }],
    [
      '#/annotations?color=green&color=red&tag=%E6%8F%90%E6%A1%88&paper=zxb&from=2024-01-01&to=bad&q=%20%E8%80%81%E8%A1%97%20&state=orphaned&sort=date',
      { kind: 'annotations', filter: { colors: ['green'], tags: ['提案'], paperId: 'zxb', from: '2024-01-01', text: '老街', state: 'orphaned', sort: 'date' } },
    ],
  ];
  it.each(cases)('reads %j as the route it names', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('reads back every href it makes', () => {
    expect(parseRoute(issueHref('报/1', 2))).toEqual({ kind: 'issue', issueId: '报/1', pageNumber: 2 });
    expect(parseRoute(articleHref('a?b#c'))).toEqual({ kind: 'article', articleId: 'a?b#c' });
    expect(parseRoute(issueHref('x', 2, 'a&1'))).toEqual({ kind: 'issue', issueId: 'x', pageNumber: 2, markedArticleId: 'a&1' });
    expect(parseRoute(issueHref('x', 2, 'a&1', '茶山 夜校'))).toEqual({ kind: 'issue', issueId: 'x', pageNumber: 2, markedArticleId: 'a&1', query: '茶山 夜校' });
    expect(parseRoute(documentHref('d/1', undefined, undefined, 'a&b'))).toEqual({ kind: 'document', documentId: 'd/1', pageNumber: null, query: 'a&b' });
    expect(parseRoute(articleHref('a-1', '双循环', 'urn:uuid:9'))).toEqual({ kind: 'article', articleId: 'a-1', query: '双循环', annotationId: 'urn:uuid:9' });
    expect(articleHref('a-1', undefined, 'urn:uuid:9')).toBe('#/article/a-1?a=urn%3Auuid%3A9');
    const filter = { colors: ['green', 'blue'], tags: ['提案', '老街'], paperId: 'p&1', from: '2024-01-01', to: '2024-12-31', text: '协商 议事', state: 'anchored', sort: 'date' } as const;
    expect(parseRoute(annotationsHref({ ...filter, colors: [...filter.colors], tags: [...filter.tags] }))).toEqual({ kind: 'annotations', filter });
    expect(annotationsHref({ colors: [], tags: [], sort: 'modified' })).toBe('#/annotations');
  });
});
