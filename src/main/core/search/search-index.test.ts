import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { canonicalText } from '../../../shared/canonical-text';
import type { Article, Block } from '../../../shared/model';
import type { SearchRequest } from '../../../shared/search-types';
import { sha256Hex } from '../archive/ids';
import { openCore, type Core } from '../open-core';

const opened: Core[] = [];
afterEach(() => {
  for (const core of opened.splice(0)) core.search.close();
});

async function demoCore(): Promise<Core> {
  const core = await openCore(await tempDir());
  opened.push(core);
  return core;
}

function request(query: string, more: Partial<SearchRequest> = {}): SearchRequest {
  return { query, limit: 500, offset: 0, sort: 'relevance', ...more };
}

/** Every article whose fields contain all the (Han) terms: the reference the index must equal. */
async function scan(core: Core, ...terms: string[]): Promise<string[]> {
  const library = await core.archive.library.read();
  const found: string[] = [];
  for (const meta of library.articles) {
    const article = (await core.archive.articles(meta.issueId).read()).articles.find((a) => a.id === meta.id);
    const fields = [meta.kicker, meta.title, meta.subtitle, meta.byline, article?.text]
      .filter((field): field is string => field !== undefined)
      .map((field) => field.normalize('NFKC'));
    if (terms.every((term) => fields.some((field) => field.includes(term)))) found.push(meta.id);
  }
  return found.sort();
}

async function allText(core: Core): Promise<string> {
  const library = await core.archive.library.read();
  const texts: string[] = [];
  for (const issue of library.issues) texts.push(...(await core.archive.articles(issue.id).read()).articles.map((a) => a.text));
  return texts.join('\n');
}

function article(issueId: string, id: string, title: string, paragraphs: string[], extra: Partial<Article> = {}): Article {
  const blocks: Block[] = paragraphs.map((text) => ({ kind: 'paragraph', text }));
  const text = canonicalText(blocks);
  return { id, issueId, pageNumber: 1, title, contentHash: sha256Hex(text), blocks, text, ...extra };
}

/** Adds a second paper with one issue in 2020. */
async function addTestPaper(core: Core): Promise<void> {
  const issueId = 'test-daily-2020-05-06';
  await core.archive.saveIssue({
    paper: { id: 'test-daily', name: '测试日报', shortName: '测试' },
    issue: { id: issueId, paperId: 'test-daily', date: '2020-05-06', pages: [{ number: 1, section: '专题', articleIds: ['t-1', 't-2'] }], sources: [] },
    articles: [
      article(issueId, 't-1', '双循环与县域经济', ['县域经济融入双循环。', '生僻字𥕛也能找到。'], { byline: '□ 本报记者 林晓' }),
      article(issueId, 't-2', '共建⼀带⼀路', ['⼀带⼀路倡议提出十年。']),
    ],
  });
}

/**
 * The article hits among a search's: the demo stores its pages' text, and a page is found too
 * for the words none of its articles holds (its masthead), which a scan of article texts does
 * not see (page-docs.test.ts tests those).
 */
function articlesAmong(ids: readonly string[]): string[] {
  return ids.filter((id) => !id.startsWith('page:'));
}

describe('search over the demo archive', () => {
  it('finds 双循环, 提案办理 and 政协 with the hits marked in the snippet', async () => {
    const core = await demoCore();
    for (const query of ['双循环', '提案办理', '政协']) {
      const results = await core.handlers.search(request(query));
      expect(results.total, query).toBeGreaterThan(0);
      for (const hit of results.hits) {
        const marked = hit.snippet.hits.map(([start, end]) => hit.snippet.text.slice(start, end));
        const titleMarked = hit.titleHits.map(([start, end]) => hit.title.slice(start, end));
        expect([...marked, ...titleMarked].join('|') || hit.byline, `${query} in ${hit.title}`).toContain(query);
      }
    }
  });

  it('returns exactly the articles that contain the query, for words and for stretches of text', async () => {
    const core = await demoCore();
    const text = await allText(core);
    const queries = new Set(['双循环', '提案办理', '政协', '协', '会', '委员会', '国内国际', '林晓', '陈立衡', '不存在的词']);
    for (let at = 0; queries.size < 80 && at < text.length; at += 97) {
      const stretch = text.slice(at, at + 1 + (at % 4));
      if (/^[\u4e00-\u9fff]+$/.test(stretch)) queries.add(stretch);
    }
    for (const query of queries) {
      const found = (await core.search.matchingArticleIds(query)).sort();
      expect(articlesAmong(found), query).toEqual(await scan(core, query));
      expect((await core.handlers.search(request(query))).total, query).toBe(found.length);
    }
  });

  it('requires every term, and leaves out the articles holding an excluded one', async () => {
    const core = await demoCore();
    expect((await core.search.matchingArticleIds('双循环 政协')).sort()).toEqual(await scan(core, '双循环', '政协'));
    const both = (await core.search.matchingArticleIds('双循环')).sort();
    const withNanxi = await core.search.matchingArticleIds('双循环 南溪');
    expect([both.length, withNanxi.length]).toEqual([2, 1]);
    const without = await core.handlers.search(request('双循环 -南溪'));
    expect(without.hits.map((h) => h.articleId)).toEqual(both.filter((id) => !withNanxi.includes(id)));
    expect(without.total).toBe(1);
  });

  it('limits words to the title or the byline', async () => {
    const core = await demoCore();
    const inTitle = await core.handlers.search(request('title:政协'));
    expect(inTitle.total).toBeGreaterThan(0);
    expect(inTitle.total).toBeLessThan((await core.handlers.search(request('政协'))).total);
    const metas = new Map((await core.archive.library.read()).articles.map((a) => [a.id, a]));
    for (const hit of inTitle.hits) {
      const meta = metas.get(hit.articleId);
      expect([meta?.kicker, meta?.title, meta?.subtitle].join('|')).toContain('政协');
    }
    const byLinXiao = await core.handlers.search(request('author:林晓'));
    expect(byLinXiao.total).toBeGreaterThan(0);
    for (const hit of byLinXiao.hits) expect(hit.byline).toContain('林晓');
  });

  it('filters by paper, section and dates, sorts by date and counts by paper and year', async () => {
    const core = await demoCore();
    await addTestPaper(core);
    const all = await core.handlers.search(request('双循环'));
    expect(all.total).toBe(3);
    expect(all.facets.papers).toEqual([
      { value: 'demo-zxb', label: '云岭政协报', count: 2 },
      { value: 'test-daily', label: '测试日报', count: 1 },
    ]);
    expect(all.facets.years).toEqual([
      { value: '2026', label: '2026', count: 2 },
      { value: '2020', label: '2020', count: 1 },
    ]);
    expect(all.hits[0]?.title).toBe('双循环与县域经济');
    expect((await core.handlers.search(request('双循环', { paperId: 'test-daily' }))).hits.map((h) => h.articleId)).toEqual(['t-1']);
    expect((await core.handlers.search(request('双循环', { paperId: 'no-such-paper' }))).total).toBe(0);
    expect((await core.handlers.search(request('双循环', { section: '专题' }))).hits.map((h) => h.section)).toEqual(['专题']);
    const in2026 = await core.handlers.search(request('双循环', { from: '2026-01-01', to: '2026-12-31' }));
    expect(in2026.hits.map((h) => h.date.slice(0, 4))).toEqual(['2026', '2026']);
    expect((await core.handlers.search(request('双循环', { to: '2020-05-06' }))).hits.map((h) => h.date)).toEqual(['2020-05-06']);
    const byDate = await core.handlers.search(request('政协', { sort: 'date' }));
    const dates = byDate.hits.map((h) => h.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('pages through the results: offset and limit over one order, with the total', async () => {
    const core = await demoCore();
    const whole = await core.handlers.search(request('政协'));
    const pages = [];
    for (let offset = 0; offset < whole.total; offset += 7) {
      const page = await core.handlers.search(request('政协', { offset, limit: 7 }));
      expect(page.total).toBe(whole.total);
      pages.push(...page.hits.map((h) => h.articleId));
    }
    expect(pages).toEqual(whole.hits.map((h) => h.articleId));
    expect((await core.handlers.search(request('政协', { offset: whole.total }))).hits).toEqual([]);
  });

  it('finds characters outside the BMP, and the ideographs of radicals', async () => {
    const core = await demoCore();
    await addTestPaper(core);
    const rare = await core.handlers.search(request('𥕛'));
    expect(rare.hits.map((h) => h.articleId).sort()).toEqual(await scan(core, '𥕛'));
    const hit = rare.hits.find((h) => h.articleId === 't-1');
    expect(hit?.snippet.hits.map(([s, e]) => hit.snippet.text.slice(s, e))).toEqual(['𥕛']);
    expect((await core.handlers.search(request('𥕛溪'))).total).toBe((await scan(core, '𥕛溪')).length);
    const beltAndRoad = await core.handlers.search(request('一带一路'));
    expect(beltAndRoad.hits[0]?.titleHits).toEqual([[2, 6]]);
  });

  it('finds standalone documents too, as documents, and follows their removal', async () => {
    const core = await demoCore();
    const blocks: Block[] = [{ kind: 'paragraph', text: '关于推进县域双循环的调研报告。' }, { kind: 'paragraph', text: '附件：数据表。' }];
    const text = canonicalText(blocks);
    await core.archive.saveDocument(
      { id: 'd-report', title: '县域经济调研报告', kind: 'report', pageCount: 1, sources: [], contentHash: sha256Hex(text), blocks, text },
      [],
    );
    const results = await core.handlers.search(request('双循环'));
    expect(results.total).toBe(3);
    const report = results.hits.find((h) => h.articleId === 'd-report');
    expect(report?.kind).toBe('document');
    expect(report?.snippet.hits.map(([s, e]) => report.snippet.text.slice(s, e))).toEqual(['双循环']);
    expect(results.facets.papers).toContainEqual({ value: '', label: '文档 Documents', count: 1 });
    expect(results.facets.years.reduce((sum, f) => sum + f.count, 0)).toBe(2);
    expect(results.hits.filter((h) => h.kind === undefined)).toHaveLength(2);
    await core.archive.library.update((file) => {
      file.documents = [];
    });
    expect(await core.search.matchingArticleIds('双循环')).not.toContain('d-report');
  });

  it('finds words in annotation comments and tags, and follows their changes', async () => {
    const core = await demoCore();
    const [meta] = (await core.archive.library.read()).articles;
    if (!meta) throw new Error('demo has no article');
    await core.archive.annotations(meta.issueId).update((file) => {
      file.annotations.push({
        id: 'urn:uuid:1',
        modified: '2026-11-29T00:00:00Z',
        target: { source: `urn:jianbao:article:${meta.id}` },
        body: [
          { type: 'TextualBody', purpose: 'commenting', value: '值得跟进的调研线索' },
          { type: 'TextualBody', purpose: 'tagging', value: '年度重点' },
        ],
      });
    });
    const byComment = await core.handlers.search(request('调研线索'));
    expect(byComment.hits.map((h) => h.articleId)).toEqual([meta.id]);
    expect(byComment.hits[0]?.snippet.source).toBe('annotation');
    expect((await core.handlers.search(request('note:年度重点'))).total).toBe(1);
    await core.archive.annotations(meta.issueId).update((file) => {
      file.annotations = [];
    });
    expect((await core.handlers.search(request('调研线索'))).total).toBe(0);
  });
});

describe('the index keeps itself in line with the library', () => {
  it('reflects a changed article text and a removed issue without being told', async () => {
    const core = await demoCore();
    expect((await core.handlers.search(request('双循环'))).total).toBe(2);
    const library = await core.archive.library.read();
    const issue = library.issues[0];
    if (!issue) throw new Error('demo has no issue');
    const articles = (await core.archive.articles(issue.id).read()).articles.map((a, i) =>
      i === 0 ? article(issue.id, a.id, a.title, ['改写后的正文提到防城港。'], { pageNumber: a.pageNumber }) : a,
    );
    const paper = library.papers.find((p) => p.id === issue.paperId);
    if (!paper) throw new Error('demo issue has no paper');
    await core.archive.saveIssue({ paper, issue, articles });
    expect((await core.handlers.search(request('防城港'))).hits.map((h) => h.articleId)).toEqual([articles[0]?.id]);
    expect(articlesAmong((await core.search.matchingArticleIds('双循环')).sort())).toEqual(await scan(core, '双循环'));

    await core.archive.library.update((file) => {
      file.issues = file.issues.filter((i) => i.id !== issue.id);
      file.articles = file.articles.filter((a) => a.issueId !== issue.id);
    });
    expect((await core.handlers.search(request('防城港'))).total).toBe(0);
    expect(articlesAmong((await core.search.matchingArticleIds('政协')).sort())).toEqual(await scan(core, '政协'));
  });

  it('rebuilds a deleted index file on the next search and answers the same', async () => {
    const core = await demoCore();
    const before = await core.handlers.search(request('政协'));
    await rm(core.search.file);
    const after = await core.handlers.search(request('政协'));
    expect(after).toEqual(before);
    expect((await stat(core.search.file)).size).toBeGreaterThan(0);
  });

  it('rebuilds a damaged index file, whether found on opening or while open', async () => {
    const core = await demoCore();
    const before = await core.handlers.search(request('提案办理'));
    core.search.close();
    await writeFile(core.search.file, 'this is not a database '.repeat(500));
    expect(await core.handlers.search(request('提案办理'))).toEqual(before);

    // Replaced while open, by a file with a valid header and damaged pages after it.
    const damaged = await readFile(core.search.file);
    damaged.fill(0xff, 100, Math.min(damaged.length, 3 * 16384));
    await rm(core.search.file);
    await writeFile(core.search.file, damaged);
    expect(await core.handlers.search(request('提案办理'))).toEqual(before);
  });

  it('rebuilds on request and says how much it holds', async () => {
    const core = await demoCore();
    const info = await core.handlers.getInfo({});
    const status = await core.handlers.rebuildSearchIndex({});
    expect(status.articles).toBe(info.counts.articles);
    expect(status.indexBytes).toBeGreaterThan(0);
    expect((await core.handlers.search(request('双循环'))).total).toBe(2);
  });

  it('lets the searches under way finish before a rebuild closes the file', async () => {
    const core = await demoCore();
    const searches = Array.from({ length: 4 }, () => core.handlers.search(request('政协')));
    const rebuilt = core.handlers.rebuildSearchIndex({});
    const after = core.handlers.search(request('政协'));
    const results = await Promise.all([...searches, after]);
    expect((await rebuilt).articles).toBeGreaterThan(0);
    expect(new Set(results.map((r) => r.total)).size).toBe(1);
  });

  it('refuses a query with nothing to search for', async () => {
    const core = await demoCore();
    const result = await core.dispatch('search', { query: '，。' });
    expect(result.ok ? null : result.error.code).toBe('INVALID_ARGUMENT');
  });
});
