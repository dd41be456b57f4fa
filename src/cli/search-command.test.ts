import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchIndexStatus, SearchResults } from '../shared/search-types';
import { sharedFixture } from '../../tests/unit/shared-fixtures';
import { tempDir } from '../../tests/unit/temp-dir';
import { runCli } from './cli';
import { formatSearchResults, markHits, splitSearchArgs } from './search-command';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: {}, out: (l) => out.push(l), err: (l) => err.push(l), rendererDir: '/nonexistent' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function importedArchive(): Promise<string> {
  const archive = join(await tempDir(), 'A');
  const { code } = await run('import', sharedFixture('text', 'cppcc-newspaper-page2.txt'), '--archive', archive);
  expect(code).toBe(0);
  return archive;
}

describe('jianbao search (acceptance, issue 6)', () => {
  it('finds the imported article by 双循环, 政协 and 佟美兰, with 双循环 in its snippet', async () => {
    const archive = await importedArchive();
    const { code, out } = await run('search', '双循环', '--json', '--archive', archive);
    expect(code).toBe(0);
    const results = JSON.parse(out) as SearchResults;
    expect(results.total).toBe(1);
    const [hit] = results.hits;
    expect(hit?.title).toContain('双循环');
    expect(hit?.snippet.text).toContain('双循环');
    expect(hit?.snippet.hits.map(([start, end]) => hit.snippet.text.slice(start, end))).toContain('双循环');
    for (const query of ['政协', '佟美兰']) {
      const found = JSON.parse((await run('search', query, '--json', '--archive', archive)).out) as SearchResults;
      expect(found.hits.map((h) => h.articleId), query).toEqual([hit?.articleId]);
    }
  });

  it('leaves the article out for 双循环 -防城港', async () => {
    const archive = await importedArchive();
    const { code, out } = await run('search', '双循环', '-防城港', '--json', '--archive', archive);
    expect(code).toBe(0);
    expect((JSON.parse(out) as SearchResults).total).toBe(0);
  });

  it('finds 検知機構, split across a line break in the PDF, in the document made of it', async () => {
    const archive = join(await tempDir(), 'A');
    expect((await run('import', sharedFixture('pdf', 'issue15340.pdf'), '--archive', archive)).code).toBe(0);
    const results = JSON.parse((await run('search', '検知機構', '--json', '--archive', archive)).out) as SearchResults;
    expect(results.total).toBe(1);
    const [hit] = results.hits;
    expect(hit?.kind).toBe('document');
    expect(hit?.snippet.hits.map(([start, end]) => hit.snippet.text.slice(start, end))).toEqual(['検知機構']);
  });

  it('prints each hit for people with its place and the hits in 【】', async () => {
    const archive = await importedArchive();
    const { code, out } = await run('search', '佟美兰', '--archive', archive);
    expect(code).toBe(0);
    expect(out).toContain('佟美兰: 1 篇 / 1 result');
    expect(out).toMatch(/第\d+版/);
    expect(out).toContain('【佟美兰】');
  });

  it('filters by paper name and dates, and limits the page', async () => {
    const dir = await tempDir();
    const all = JSON.parse((await run('search', '政协', '--json', '--archive', dir)).out) as SearchResults;
    expect(all.total).toBeGreaterThan(3);
    const page = JSON.parse((await run('search', '政协', '--json', '--limit', '2', '--paper', '云岭政协报', '--archive', dir)).out) as SearchResults;
    expect([page.total, page.hits.length]).toEqual([all.total, 2]);
    const march = JSON.parse((await run('search', '政协', '--json', '--from', '2026-03-01', '--to=2026-03-31', '--archive', dir)).out) as SearchResults;
    expect(march.total).toBeGreaterThan(0);
    expect(march.hits.every((h) => h.date.startsWith('2026-03'))).toBe(true);
  });

  it('says what is wrong with a bad option or an empty query, and exits non-zero', async () => {
    const dir = await tempDir();
    expect((await run('search', '--archive', dir)).code).toBe(2);
    const badPaper = await run('search', '政协', '--paper', '无此报', '--archive', dir);
    expect(badPaper.code).toBe(2);
    expect(badPaper.err).toContain('无此报');
    const badLimit = await run('search', '政协', '--limit', '0', '--archive', dir);
    expect(badLimit.code).toBe(2);
    expect(badLimit.err).toContain('limit');
  });

  it('rebuilds the index with index --rebuild', async () => {
    const dir = await tempDir();
    const { code, out } = await run('index', '--rebuild', '--json', '--archive', dir);
    expect(code).toBe(0);
    const status = JSON.parse(out) as SearchIndexStatus;
    expect(status.articles).toBeGreaterThan(0);
    expect((await stat(join(dir, 'index', 'search.sqlite'))).size).toBe(status.indexBytes);
  });
});

describe('the search command line', () => {
  it('keeps words that start with one dash in the query, and reads options in both forms', () => {
    const { options, words } = splitSearchArgs(['双循环', '-防城港', '--limit', '5', '--paper=云岭', '--json', '--', '--literal']);
    expect(words).toEqual(['双循环', '-防城港', '--literal']);
    expect(Object.fromEntries(options)).toEqual({ limit: '5', paper: '云岭', json: true });
  });

  it('refuses an unknown long option and a missing value', () => {
    expect(() => splitSearchArgs(['x', '--bogus'])).toThrow(/--bogus/);
    expect(() => splitSearchArgs(['x', '--limit'])).toThrow(/--limit/);
  });

  it('marks hits in 【】', () => {
    expect(markHits('国内国际双循环市场', [[4, 7]])).toBe('国内国际【双循环】市场');
  });
});

describe('jianbao search on words of a page', () => {
  it('prints a hit on a page’s text as the page’s, with no article title', () => {
    const results: SearchResults = {
      total: 1, offset: 0, limit: 20, facets: { papers: [], years: [] },
      hits: [{
        kind: 'page', articleId: 'page:i-1:3', issueId: 'i-1', paperId: 'p', paperName: '云岭政协报', date: '2025-03-08', pageNumber: 3, section: '要闻',
        title: '', titleHits: [], snippet: { text: '本版热线：茶农服务站', start: 0, hits: [[5, 10]], source: 'body', hasMoreBefore: false, hasMoreAfter: false }, score: 1,
      }],
    };
    const out = formatSearchResults('茶农服务站', results);
    expect(out).toContain('版面文字 Text on the page');
    expect(out).toContain('云岭政协报 2025-03-08 第3版 · 要闻');
  });
});
