import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { articleIdOf } from '../archive/ids';
import { restoreBackup } from '../backup/restore-backup';
import { checkArchive } from '../check/check-archive';
import { writeBackupFile } from '../backup/write-backup';
import { openCore, type Core } from '../open-core';
import { importAnalysedPage, testDate, testIssueId, testPaper } from './test/analysed-issue';
import { threeArticlePage } from './test/page-analysis-fixture';

const idOf = (title: string) => articleIdOf(testPaper.id, testDate, 7, title);
const idA = idOf('春耕时节话农机');
const idB = idOf('一条老街的新生活');
const idC = idOf('图书馆延长开放时间');

async function analysedArchive(): Promise<Core> {
  const core = await openCore(await tempDir(), { installDemo: false });
  await importAnalysedPage(core.archive, threeArticlePage());
  return core;
}

async function pageArticles(core: Core) {
  const detail = await core.handlers.getIssue({ issueId: testIssueId });
  const page = detail?.issue.pages.find((p) => p.number === 7);
  return { ids: page?.articleIds ?? [], titles: detail?.articles.map((a) => a.title) ?? [], areas: page?.areas ?? [] };
}

/** A merge of B and C, and B's kicker set as its title, by hand. */
async function correctByHand(core: Core) {
  await core.handlers.applyPageCorrection({ issueId: testIssueId, pageNumber: 7, correction: { kind: 'merge', blockId: 'b-title', otherBlockId: 'c-body' } });
  return core.handlers.applyPageCorrection({ issueId: testIssueId, pageNumber: 7, correction: { kind: 'role', blockId: 'b-kicker', role: 'title' } });
}

async function expectCorrected(core: Core) {
  const { ids, titles } = await pageArticles(core);
  expect(ids).toEqual([idA, idB]);
  expect(titles).toEqual(['春耕时节话农机', '走进社区']);
  const merged = await core.handlers.getArticle({ articleId: idB });
  expect(merged?.article).toMatchObject({ title: '走进社区', subtitle: '一条老街的新生活' });
  expect(merged?.article.text).toContain('市图书馆每晚开放到九点');
}

describe('correcting a page’s articles', () => {
  it('merges two articles into the first one’s id, sets a title by hand without changing it, and finds the merged text', async () => {
    const core = await analysedArchive();
    expect((await pageArticles(core)).ids).toEqual([idA, idB, idC]);
    const state = await correctByHand(core);
    await expectCorrected(core);
    expect(await core.handlers.getArticle({ articleId: idC })).toBeNull();
    expect(state.corrections.map((c) => c.kind)).toEqual(['merge', 'role']);
    expect(state.articles.map((a) => a.articleId)).toEqual([idA, idB]);
    const hits = await core.handlers.search({ query: '市图书馆每晚开放', limit: 10, offset: 0, sort: 'relevance' });
    expect(hits.hits.map((h) => h.articleId)).toEqual([idB]);
    // The merged article opens from both articles' areas.
    expect((await pageArticles(core)).areas.filter((a) => a.articleId === idB)).toHaveLength(2);
  });

  it('keeps a merge and a title set by hand through a re-import, a re-analysis and a restart', async () => {
    const core = await analysedArchive();
    await correctByHand(core);
    const reimported = await importAnalysedPage(core.archive, threeArticlePage());
    await expectCorrected(core);
    // Nothing changed for the reader: the import does not send them to check the merged article.
    expect(reimported.changedArticleIds).toEqual([]);
    expect(reimported.importedArticleIds).toEqual([idA, idB]);

    // A new analysis of the same PDF: the blocks come in another order, the articles are
    // grouped afresh, and a block was added; the corrections still find their blocks.
    const again = threeArticlePage();
    again.blocks.reverse();
    again.blocks.push({ id: 'folio', role: 'furniture', text: '责任编辑：周 岚', rect: { x: 40, y: 1370, width: 200, height: 12 }, fontSize: 8 });
    again.articles = [again.articles[2]!, again.articles[0]!, again.articles[1]!];
    await importAnalysedPage(core.archive, again);
    await expectCorrected(core);

    const reopened = await openCore(core.archive.dir, { installDemo: false });
    await expectCorrected(reopened);
    const state = await reopened.handlers.listPageCorrections({ issueId: testIssueId, pageNumber: 7 });
    expect(state.corrections.map((c) => c.kind)).toEqual(['merge', 'role']);
    expect(state.unapplied).toEqual([]);
  });

  it('moves an annotation on an article absorbed by a merge to the merged article, still anchored, and back on undo', async () => {
    const core = await analysedArchive();
    const c = await core.handlers.getArticle({ articleId: idC });
    const quote = '每晚开放到九点';
    const start = c!.article.text.indexOf(quote);
    const made = await core.handlers.createAnnotation({ articleId: idC, start, end: start + quote.length, color: 'green', comment: '好消息' });
    const merge = await core.handlers.applyPageCorrection({ issueId: testIssueId, pageNumber: 7, correction: { kind: 'merge', blockId: 'b-title', otherBlockId: 'c-title' } });

    const merged = await core.handlers.getArticle({ articleId: idB });
    const [moved] = await core.handlers.listAnnotations({ articleId: idB });
    expect(moved?.annotation.id).toBe(made.annotation.id);
    expect(moved?.anchor && merged!.article.text.slice(moved.anchor.start, moved.anchor.end)).toBe(quote);

    await core.handlers.undoPageCorrection({ issueId: testIssueId, pageNumber: 7, correctionId: merge.corrections[0]!.id });
    expect((await pageArticles(core)).ids).toEqual([idA, idB, idC]);
    const [back] = await core.handlers.listAnnotations({ articleId: idC });
    expect(back?.annotation.id).toBe(made.annotation.id);
    expect(back?.anchor).toEqual(made.anchor);
    expect(await core.handlers.listAnnotations({ articleId: idB })).toEqual([]);
  });

  it('sends an annotation on the part of an article split off to the new article, and none is lost', async () => {
    const core = await analysedArchive();
    const a = (await core.handlers.getArticle({ articleId: idA }))!.article.text;
    const onFirst = '合作社的老周说';
    const onSecond = '春播进度比去年快了一周';
    for (const quote of [onFirst, onSecond]) {
      await core.handlers.createAnnotation({ articleId: idA, start: a.indexOf(quote), end: a.indexOf(quote) + quote.length });
    }
    await core.handlers.applyPageCorrection({ issueId: testIssueId, pageNumber: 7, correction: { kind: 'split', blockId: 'a-body-2' } });
    const [, newId] = (await pageArticles(core)).ids;
    const quotes = async (articleId: string) => {
      const text = (await core.handlers.getArticle({ articleId }))!.article.text;
      return (await core.handlers.listAnnotations({ articleId })).map((n) => n.anchor && text.slice(n.anchor.start, n.anchor.end));
    };
    expect(await quotes(idA)).toEqual([onFirst]);
    expect(await quotes(newId!)).toEqual([onSecond]);
  });

  it('undoes each correction on its own, the page built again without it', async () => {
    const core = await analysedArchive();
    const state = await correctByHand(core);
    const role = state.corrections[1]!;
    await core.handlers.undoPageCorrection({ issueId: testIssueId, pageNumber: 7, correctionId: role.id });
    expect((await pageArticles(core)).titles).toEqual(['春耕时节话农机', '一条老街的新生活']);
    await expect(core.handlers.undoPageCorrection({ issueId: testIssueId, pageNumber: 7, correctionId: role.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('splits an article into two that both open from the page, and keeps the first part’s id', async () => {
    const core = await analysedArchive();
    await core.handlers.applyPageCorrection({ issueId: testIssueId, pageNumber: 7, correction: { kind: 'split', blockId: 'a-body-2' } });
    const { ids, areas } = await pageArticles(core);
    expect(ids).toHaveLength(4);
    expect(ids[0]).toBe(idA);
    expect(new Set(areas.map((a) => a.articleId))).toEqual(new Set(ids));
  });

  it('refuses a correction naming a block the page does not have, and stores nothing', async () => {
    const core = await analysedArchive();
    await expect(
      core.handlers.applyPageCorrection({ issueId: testIssueId, pageNumber: 7, correction: { kind: 'merge', blockId: 'a-title', otherBlockId: 'nowhere' } }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect((await core.handlers.listPageCorrections({ issueId: testIssueId, pageNumber: 7 })).corrections).toEqual([]);
    await expect(readFile(join(core.archive.dir, 'corrections', `${testIssueId}.json`))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.each([
    ['a merge of two blocks of one article', { kind: 'merge', blockId: 'a-title', otherBlockId: 'a-body-2' }],
    ['a split at an article’s first block', { kind: 'split', blockId: 'c-title' }],
    ['a role a block already has', { kind: 'role', blockId: 'a-byline', role: 'byline' }],
  ] as const)('refuses %s: it would change nothing', async (_name, correction) => {
    const core = await analysedArchive();
    await expect(core.handlers.applyPageCorrection({ issueId: testIssueId, pageNumber: 7, correction })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('changes nothing') });
    expect((await core.handlers.listPageCorrections({ issueId: testIssueId, pageNumber: 7 })).corrections).toEqual([]);
  });

  it('refuses to mark a page reviewed twice', async () => {
    const core = await analysedArchive();
    await core.handlers.applyPageCorrection({ issueId: testIssueId, pageNumber: 7, correction: { kind: 'reviewed' } });
    await expect(core.handlers.applyPageCorrection({ issueId: testIssueId, pageNumber: 7, correction: { kind: 'reviewed' } })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('refuses to correct a page with no analysis, and says so', async () => {
    const core = await openCore(await tempDir());
    const [issue] = await core.handlers.listIssues({});
    await expect(
      core.handlers.applyPageCorrection({ issueId: issue!.id, pageNumber: 1, correction: { kind: 'split', blockId: 'x' } }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('no layout analysis') });
    expect((await core.handlers.listPageCorrections({ issueId: issue!.id, pageNumber: 1 })).hasAnalysis).toBe(false);
  });
});

describe('the corrections file', () => {
  it('is backed up with the reader’s annotations, and a damaged one comes back from the backup', async () => {
    const core = await analysedArchive();
    await correctByHand(core);
    await core.archive.backups.snapshot('daily');
    const file = join(core.archive.dir, 'corrections', `${testIssueId}.json`);
    await writeFile(file, '{"schemaVersion": 1, "pages": [');
    const reopened = await openCore(core.archive.dir, { installDemo: false });
    const state = await reopened.handlers.listPageCorrections({ issueId: testIssueId, pageNumber: 7 });
    expect(state.corrections.map((c) => c.kind)).toEqual(['merge', 'role']);
    expect(reopened.archive.recoveries.map((r) => [r.file, r.restoredFrom !== null])).toEqual([[`corrections/${testIssueId}.json`, true]]);
  });

  it('is checked by jianbao check, which puts a damaged one aside and back from the backup', async () => {
    const core = await analysedArchive();
    await correctByHand(core);
    await core.archive.backups.snapshot('daily');
    await writeFile(join(core.archive.dir, 'corrections', `${testIssueId}.json`), 'not json');
    const reopened = await openCore(core.archive.dir, { installDemo: false });
    const report = await checkArchive(reopened);
    expect(report.recovered.map((r) => r.file)).toEqual([`corrections/${testIssueId}.json`]);
    expect((await reopened.handlers.listPageCorrections({ issueId: testIssueId, pageNumber: 7 })).corrections).toHaveLength(2);
  });
});

describe('a backup file', () => {
  it('carries a page’s corrections to an archive restored from it, which keeps them through a re-import', async () => {
    const core = await analysedArchive();
    await correctByHand(core);
    const { file } = await writeBackupFile(core.archive, await tempDir());
    const restored = await openCore(await tempDir(), { installDemo: false });
    await restoreBackup(restored.archive, file);
    await expectCorrected(restored);
    expect((await restored.handlers.listPageCorrections({ issueId: testIssueId, pageNumber: 7 })).corrections).toHaveLength(2);
    await importAnalysedPage(restored.archive, threeArticlePage());
    await expectCorrected(restored);
  });
});

describe('the 待校对 list', () => {
  it('lists a page the analysis was unsure of until the reader marks it reviewed, and again after an undo', async () => {
    const core = await analysedArchive();
    expect(await core.handlers.listPagesToCorrect({})).toEqual([
      { issueId: testIssueId, paperName: testPaper.name, date: testDate, pageNumber: 7, section: '理论', confidence: 0.4, unappliedCount: 0 },
    ]);
    const reviewed = await core.handlers.applyPageCorrection({ issueId: testIssueId, pageNumber: 7, correction: { kind: 'reviewed' } });
    expect(await core.handlers.listPagesToCorrect({})).toEqual([]);
    await core.handlers.undoPageCorrection({ issueId: testIssueId, pageNumber: 7, correctionId: reviewed.corrections[0]!.id });
    expect(await core.handlers.listPagesToCorrect({})).toHaveLength(1);
  });

  it('lists a reviewed page whose corrections a new analysis left without their blocks, and keeps them', async () => {
    const core = await analysedArchive();
    await core.handlers.applyPageCorrection({ issueId: testIssueId, pageNumber: 7, correction: { kind: 'reviewed' } });
    await core.handlers.applyPageCorrection({ issueId: testIssueId, pageNumber: 7, correction: { kind: 'merge', blockId: 'a-title', otherBlockId: 'c-title' } });
    const changed = threeArticlePage();
    changed.blocks = changed.blocks.filter((b) => b.id !== 'c-title');
    changed.articles[2]!.blockIds = ['c-body'];
    await importAnalysedPage(core.archive, changed);
    const [listed] = await core.handlers.listPagesToCorrect({});
    expect(listed).toMatchObject({ pageNumber: 7, unappliedCount: 1 });
    const state = await core.handlers.listPageCorrections({ issueId: testIssueId, pageNumber: 7 });
    expect(state.unapplied.map((u) => [u.correction.kind, u.reason])).toEqual([['merge', 'missing-block']]);
    expect(state.corrections).toHaveLength(2);
  });
});
