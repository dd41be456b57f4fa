import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedFixture } from '../../../../tests/unit/shared-fixtures';
import type { TruthPage } from '../../../../tests/bench/layout-score';
import { openCore } from '../open-core';

/**
 * The six real 人民日报 pages of ../shared/fixtures/newspaper-pages, imported through the API
 * as a reader would, with and without `--paper`, against the hand-labelled truth in
 * tests/fixtures/layout-truth.
 */

const truthDir = new URL('../../../../tests/fixtures/layout-truth/', import.meta.url);
const truths: TruthPage[] = await Promise.all(
  (await readdir(truthDir)).filter((n) => n.endsWith('.json')).sort().map(async (n) => JSON.parse(await readFile(new URL(n, truthDir), 'utf8')) as TruthPage),
);
const squeeze = (text: string): string => text.replace(/\s+/g, '');

type Core = Awaited<ReturnType<typeof openCore>>;

describe.each([
  ['with --paper 人民日报', '人民日报'],
  ['with no flags', undefined],
])('the shared newspaper pages imported %s', (_name, paper) => {
  let core: Core;
  let root: string;
  // one archive for the whole table (importing six pages is the slow part), removed after it
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'jianbao-layout-'));
    core = await openCore(join(root, 'A'), { installDemo: false });
    const report = await core.handlers.importFiles({ paths: truths.map((t) => sharedFixture('newspaper-pages', t.file)), ...(paper ? { paper } : {}) });
    expect(report.files.map((f) => f.status)).toEqual(truths.map(() => 'imported'));
  }, 120_000);
  afterAll(async () => {
    core.search.close();
    await rm(root, { recursive: true, force: true });
  });

  it.each(truths.map((t) => [t.file, t] as const))('%s is page 7 (理论) of an issue on its date, with its articles', async (_file, truth) => {
    const issues = await core.handlers.listIssues({});
    const summary = issues.find((i) => i.date === truth.date);
    expect(summary, `an issue on ${truth.date}`).toBeDefined();
    if (paper) expect(summary!.paperName).toBe(paper);
    const detail = (await core.handlers.getIssue({ issueId: summary!.id }))!;
    const page = detail.issue.pages.find((p) => p.number === truth.pageNumber)!;
    expect(page.section).toBe(truth.section);
    expect(page.replica).toBeDefined();
    // the analysis is kept with the page's text, for the reader's corrections
    const stored = (await core.archive.pageTexts(summary!.id).read()).pages.find((p) => p.pageNumber === truth.pageNumber);
    expect(stored?.analysis?.articles).toHaveLength(truth.articles.length);
    const titles = detail.articles.filter((a) => a.pageNumber === truth.pageNumber).map((a) => squeeze(a.title));
    expect(titles.sort()).toEqual(truth.articles.map((a) => squeeze(a.title)).sort());
    for (const expected of truth.articles) {
      const meta = detail.articles.find((a) => squeeze(a.title) === squeeze(expected.title))!;
      const { article } = (await core.handlers.getArticle({ articleId: meta.id }))!;
      // title, kicker and byline apart from the body; the body whole, first to last sentence
      if (expected.kicker) expect(squeeze(article.kicker ?? '')).toBe(squeeze(expected.kicker));
      if (expected.byline) expect(squeeze(article.byline ?? '')).toBe(squeeze(expected.byline));
      const body = squeeze(article.text);
      expect(body.startsWith(squeeze(article.title))).toBe(false);
      expect(body).toContain(squeeze(expected.first));
      expect(body).toContain(squeeze(expected.last));
      if (expected.byline) expect(article.blocks.some((b) => squeeze(b.text) === squeeze(expected.byline!))).toBe(false);
      // an area on the replica opens it
      expect(page.areas?.some((a) => a.articleId === meta.id)).toBe(true);
    }
  });

  it('finds every labelled first and last sentence by search, in its own article', async () => {
    for (const truth of truths) {
      for (const expected of truth.articles) {
        for (const sentence of [expected.first, expected.last]) {
          // the sentence's longest stretch between punctuation, as a phrase
          const stretch = sentence.split(/[\p{P}\s]+/u).sort((a, b) => b.length - a.length)[0]!;
          const query = `"${stretch.slice(0, 30)}"`;
          const results = await core.handlers.search({ query, limit: 5, offset: 0, sort: 'relevance' });
          expect(results.hits.map((h) => squeeze(h.title)), `${query} in ${truth.file}`).toContain(squeeze(expected.title));
        }
      }
    }
  });
});
