import { describe, expect, it } from 'vitest';
import type { CorrectionChange, LayoutCorrection } from '../../../shared/layout-corrections';
import { applyCorrections } from './apply-corrections';
import { articlesWithCorrections } from './articles-with-corrections';
import { threeArticlePage } from './test/page-analysis-fixture';

let counter = 0;
function made(change: CorrectionChange): LayoutCorrection {
  counter += 1;
  return { ...change, id: `c${counter}`, created: new Date(Date.UTC(2026, 2, 2, 8, counter)).toISOString() } as LayoutCorrection;
}

const groups = (changes: CorrectionChange[]) => applyCorrections(threeArticlePage(), changes.map(made)).analysis.articles.map((a) => a.blockIds);

describe('applying the reader’s corrections to a page’s analysis', () => {
  it.each<[string, CorrectionChange[], string[][]]>([
    ['changes nothing without corrections', [], [['a-title', 'a-byline', 'a-body-1', 'a-body-2'], ['b-kicker', 'b-title', 'b-body-1', 'b-body-2'], ['c-title', 'c-body']]],
    ['merges the second article after the first, naming each by any of its blocks', [{ kind: 'merge', blockId: 'b-body-2', otherBlockId: 'c-title' }], [['a-title', 'a-byline', 'a-body-1', 'a-body-2'], ['b-kicker', 'b-title', 'b-body-1', 'b-body-2', 'c-title', 'c-body']]],
    ['splits an article at a block, the block starting the new one', [{ kind: 'split', blockId: 'a-body-2' }], [['a-title', 'a-byline', 'a-body-1'], ['a-body-2'], ['b-kicker', 'b-title', 'b-body-1', 'b-body-2'], ['c-title', 'c-body']]],
    ['moves a block into another article in reading order', [{ kind: 'move', blockId: 'b-body-2', toBlockId: 'c-title' }], [['a-title', 'a-byline', 'a-body-1', 'a-body-2'], ['b-kicker', 'b-title', 'b-body-1'], ['c-title', 'b-body-2', 'c-body']]],
    ['takes a block out of every article', [{ kind: 'not-article', blockId: 'a-byline', scope: 'block' }], [['a-title', 'a-body-1', 'a-body-2'], ['b-kicker', 'b-title', 'b-body-1', 'b-body-2'], ['c-title', 'c-body']]],
    ['takes a whole article off the page’s articles', [{ kind: 'not-article', blockId: 'c-body', scope: 'article' }], [['a-title', 'a-byline', 'a-body-1', 'a-body-2'], ['b-kicker', 'b-title', 'b-body-1', 'b-body-2']]],
    ['changes nothing when merging two blocks of one article', [{ kind: 'merge', blockId: 'a-title', otherBlockId: 'a-body-2' }], [['a-title', 'a-byline', 'a-body-1', 'a-body-2'], ['b-kicker', 'b-title', 'b-body-1', 'b-body-2'], ['c-title', 'c-body']]],
    ['changes nothing when splitting at an article’s first block', [{ kind: 'split', blockId: 'c-title' }], [['a-title', 'a-byline', 'a-body-1', 'a-body-2'], ['b-kicker', 'b-title', 'b-body-1', 'b-body-2'], ['c-title', 'c-body']]],
    ['starts an article from a block of no article given a role, which a move fills', [{ kind: 'role', blockId: 'masthead', role: 'title' }, { kind: 'move', blockId: 'c-body', toBlockId: 'masthead' }], [['a-title', 'a-byline', 'a-body-1', 'a-body-2'], ['b-kicker', 'b-title', 'b-body-1', 'b-body-2'], ['c-title'], ['masthead', 'c-body']]],
    ['applies corrections in the order they were made', [{ kind: 'merge', blockId: 'a-title', otherBlockId: 'c-title' }, { kind: 'split', blockId: 'c-title' }], [['a-title', 'a-byline', 'a-body-1', 'a-body-2'], ['c-title', 'c-body'], ['b-kicker', 'b-title', 'b-body-1', 'b-body-2']]],
  ])('%s', (_name, changes, expected) => {
    expect(groups(changes)).toEqual(expected);
  });

  it.each<[string, CorrectionChange, 'missing-block' | 'no-article']>([
    ['a merge whose block is gone', { kind: 'merge', blockId: 'a-title', otherBlockId: 'gone' }, 'missing-block'],
    ['a move into a block of no article', { kind: 'move', blockId: 'a-byline', toBlockId: 'masthead' }, 'no-article'],
    ['a split at a block of no article', { kind: 'split', blockId: 'masthead' }, 'no-article'],
    ['a redraw of a block that is gone', { kind: 'redraw', blockId: 'gone', areas: [{ x: 1, y: 1, width: 5, height: 5 }] }, 'missing-block'],
  ])('keeps and reports %s, changing nothing', (_name, change, reason) => {
    const correction = made(change);
    const result = applyCorrections(threeArticlePage(), [correction]);
    expect(result.unapplied).toEqual([{ correction, reason }]);
    expect(result.analysis.articles.map((a) => a.blockIds)).toEqual(threeArticlePage().articles.map((a) => a.blockIds));
  });

  it('leaves the analysis it was given as it was', () => {
    const analysis = threeArticlePage();
    applyCorrections(analysis, [made({ kind: 'role', blockId: 'b-kicker', role: 'title' }), made({ kind: 'merge', blockId: 'a-title', otherBlockId: 'b-title' })]);
    expect(analysis).toEqual(threeArticlePage());
  });

  it('gives an article one title: the old title above the new one becomes its kicker, one below its subtitle', () => {
    const above = applyCorrections(threeArticlePage(), [made({ kind: 'role', blockId: 'a-byline', role: 'title' })]).analysis;
    expect(above.blocks.find((b) => b.id === 'a-title')?.role).toBe('kicker');
    const below = applyCorrections(threeArticlePage(), [made({ kind: 'role', blockId: 'b-kicker', role: 'title' })]).analysis;
    expect(below.blocks.find((b) => b.id === 'b-title')?.role).toBe('subtitle');
  });

  it('redraws an article’s areas as drawn and makes a merged article cover both', () => {
    const drawn = [{ x: 30, y: 40, width: 460, height: 380 }];
    const result = applyCorrections(threeArticlePage(), [
      made({ kind: 'redraw', blockId: 'a-body-1', areas: drawn }),
      made({ kind: 'merge', blockId: 'b-title', otherBlockId: 'c-body' }),
    ]).analysis;
    expect(result.articles[0]?.areas).toEqual(drawn);
    expect(result.articles[1]?.areas).toHaveLength(2);
  });

  it('gives each part of a split article the areas of its own blocks', () => {
    const [first, second] = applyCorrections(threeArticlePage(), [made({ kind: 'split', blockId: 'a-body-2' })]).analysis.articles;
    expect(first?.areas).toEqual([{ x: 40, y: 50, width: 440, height: 365 }]);
    expect(second?.areas).toEqual([{ x: 270, y: 115, width: 210, height: 300 }]);
  });

  it('counts an article a reader corrected as certain, and leaves the page’s own confidence', () => {
    const result = applyCorrections(threeArticlePage(), [made({ kind: 'merge', blockId: 'b-title', otherBlockId: 'c-title' })]).analysis;
    expect(result.articles.map((a) => a.confidence)).toEqual([0.9, 1]);
    expect(result.confidence).toBe(0.4);
  });
});

describe('the article drafts of a corrected page', () => {
  it('keeps the first article’s title as its id key through a merge, and through a new title', () => {
    const page = articlesWithCorrections(threeArticlePage(), 7, [
      made({ kind: 'merge', blockId: 'b-title', otherBlockId: 'c-title' }),
      made({ kind: 'role', blockId: 'b-kicker', role: 'title' }),
    ]);
    expect(page.articles.map((a) => a.title)).toEqual(['春耕时节话农机', '走进社区']);
    expect(page.keys).toEqual(['春耕时节话农机', '一条老街的新生活']);
    expect(page.articles[1]).toMatchObject({ idKey: '一条老街的新生活', subtitle: '一条老街的新生活' });
    expect(page.articles[1]?.blocks.map((b) => b.text).join('\n')).toContain('市图书馆每晚开放到九点');
    expect(page.areas.filter((a) => a.idKey === '一条老街的新生活')).toHaveLength(2);
  });

  it('gives a split’s second part a key of its own', () => {
    const page = articlesWithCorrections(threeArticlePage(), 7, [made({ kind: 'split', blockId: 'a-body-2' })]);
    expect(new Set(page.keys).size).toBe(page.keys.length);
    expect(page.articles[1]?.title).toBe('农机站的技术员每天下村，手把手教大家调试。春播进度比去年快了一周。'.slice(0, 24));
  });
});
