import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../../../../tests/unit/shared-fixtures';
import { tempDir } from '../../../../tests/unit/temp-dir';
import type { AnnotationListRequest } from '../../../shared/annotation-list';
import { Archive } from '../archive/archive';
import { openCore } from '../open-core';
import { listArchiveAnnotations } from './archive-annotation-list';
import { articleTitled, rangeOf, testBook } from './test/annotation-fixtures';

/**
 * The demo archive with five annotations over three issues (2026-03-04, 03-11, 04-08), made
 * a minute apart in this order; the 04-08 issue is moved to a second paper.
 */
async function annotatedArchive() {
  const core = await openCore(await tempDir());
  let minute = 0;
  const book = testBook(core.archive, { now: () => new Date(Date.UTC(2026, 10, 29, 9, (minute += 1))) });
  const street = await articleTitled(core, '一件提案让老街重焕生机');
  const bench = await articleTitled(core, '小板凳上议出大事情');
  const wall = await articleTitled(core, '古城墙修缮背后的故事');
  const made = {
    street: await book.create({ articleId: street.id, ...rangeOf(street.text, '青石巷房屋老化严重'), color: 'green', comment: '**重点**：可写进提案', tags: ['提案', '老街'] }),
    microRenewal: await book.create({ articleId: street.id, ...rangeOf(street.text, '“微改造”的想法'), color: 'yellow', tags: ['老街'] }),
    bench: await book.create({ articleId: bench.id, ...rangeOf(bench.text, '板凳议事会'), color: 'blue', comment: 'See the ＡＢＣ of 协商', tags: ['协商'] }),
    benchPlain: await book.create({ articleId: bench.id, ...rangeOf(bench.text, '有事好商量') }),
    wall: await book.create({ articleId: wall.id, ...rangeOf(wall.text, '徒步踏勘了城墙全线'), color: 'green', tags: ['文史', '提案'] }),
  };
  await core.archive.library.update((library) => {
    library.papers.push({ id: 'lz-wb', name: '岚州晚报', shortName: '岚州晚报' });
    const issue = library.issues.find((i) => i.id === wall.issueId);
    if (issue) issue.paperId = 'lz-wb';
  });
  const ids = Object.fromEntries(Object.entries(made).map(([name, { annotation }]) => [name, annotation.id])) as Record<keyof typeof made, string>;
  return { core, book, street, bench, wall, ids };
}

async function listed(request: AnnotationListRequest = {}) {
  const archive = await annotatedArchive();
  const list = await listArchiveAnnotations(archive.core.archive, request);
  const nameOf = new Map(Object.entries(archive.ids).map(([name, id]) => [id, name]));
  return { ...archive, list, names: list.entries.map((e) => nameOf.get(e.annotation.id)) };
}

describe('the list of all annotations in the archive', () => {
  it('lists every annotation, the most recently made first, each with its quote, comment, tags and citation', async () => {
    const { list, names, street } = await listed();
    expect(list.total).toBe(5);
    expect(list.archiveTotal).toBe(5);
    expect(names).toEqual(['wall', 'benchPlain', 'bench', 'microRenewal', 'street']);
    expect(list.entries[4]).toMatchObject({
      state: 'anchored',
      quote: '青石巷房屋老化严重',
      comment: '**重点**：可写进提案',
      tags: ['提案', '老街'],
      color: 'green',
      place: { articleId: street.id, issueId: street.issueId, paperId: 'demo-zxb', paper: '云岭政协报', date: '2026-03-04', page: street.pageNumber, title: '一件提案让老街重焕生机' },
    });
  });

  it('sorts by issue date, newest first and in text order within an article, when asked', async () => {
    const { names } = await listed({ sort: 'date' });
    expect(names).toEqual(['wall', 'bench', 'benchPlain', 'street', 'microRenewal']);
  });

  it.each<[string, AnnotationListRequest, string[]]>([
    ['a colour', { colors: ['green'] }, ['wall', 'street']],
    ['either of two colours', { colors: ['green', 'blue'] }, ['wall', 'bench', 'street']],
    ['a tag', { tags: ['老街'] }, ['microRenewal', 'street']],
    ['either of two tags', { tags: ['协商', '文史'] }, ['wall', 'bench']],
    ['a paper', { paperIds: ['lz-wb'] }, ['wall']],
    ['a date range, both ends included', { from: '2026-03-04', to: '2026-03-11' }, ['benchPlain', 'bench', 'microRenewal', 'street']],
    ['a first date only', { from: '2026-03-05' }, ['wall', 'benchPlain', 'bench']],
    ['words in the quote', { text: '微改造' }, ['microRenewal']],
    ['words in the comment', { text: '写进提案' }, ['street']],
    ['words in either, half-width for full-width and any case', { text: 'abc' }, ['bench']],
    ['curly quotes typed straight', { text: '"微改造"' }, ['microRenewal']],
    ['a colour and a tag together', { colors: ['green'], tags: ['老街'] }, ['street']],
  ])('narrows to %s', async (_name, request, expected) => {
    const { names, list } = await listed(request);
    expect(names).toEqual(expected);
    expect(list.total).toBe(expected.length);
    expect(list.archiveTotal).toBe(5);
  });

  it('lists an annotation whose quote left the re-imported text as orphaned, and can list only those', async () => {
    const { core, book, street } = await annotatedArchive();
    await core.archive.articles(street.issueId).update((file) => {
      const article = file.articles.find((a) => a.id === street.id);
      if (article) article.text = article.text.replace('“微改造”的想法', '新的思路').replace('早春时节，', '');
    });
    const list = await listArchiveAnnotations(core.archive, {});
    const byQuote = new Map(list.entries.map((e) => [e.quote, e.state]));
    expect(byQuote.get('“微改造”的想法')).toBe('orphaned');
    // Moved by the deletion before it, still found by its quote.
    expect(byQuote.get('青石巷房屋老化严重')).toBe('anchored');
    expect(list.facets.states).toEqual([{ value: 'anchored', count: 4 }, { value: 'orphaned', count: 1 }]);
    const orphans = await listArchiveAnnotations(core.archive, { state: 'orphaned' });
    expect(orphans.entries.map((e) => e.quote)).toEqual(['“微改造”的想法']);
    expect((await book.list(street.id)).find((a) => a.annotation.target.selector[0].exact === '“微改造”的想法')?.anchor).toBeNull();
  });

  it('follows every change between two requests: an edit, a new annotation, a re-imported text, a renamed paper', async () => {
    const { core, book, street, bench, ids } = await annotatedArchive();
    expect((await listArchiveAnnotations(core.archive, { colors: ['pink'] })).total).toBe(0);

    await book.update(bench.id, ids.bench, { color: 'pink' });
    await book.create({ articleId: street.id, ...rangeOf(street.text, '新铺的石板路'), color: 'pink' });
    await core.archive.articles(street.issueId).update((file) => {
      const article = file.articles.find((a) => a.id === street.id);
      if (article) article.text = article.text.replace('新铺的石板路', '新修的路');
    });
    await core.archive.library.update((library) => {
      const paper = library.papers.find((p) => p.id === 'demo-zxb');
      if (paper) paper.name = '云岭政协报（周刊）';
    });

    const list = await listArchiveAnnotations(core.archive, { colors: ['pink'], sort: 'date' });
    expect(list.entries.map((e) => [e.quote, e.state, e.place.paper])).toEqual([
      ['板凳议事会', 'anchored', '云岭政协报（周刊）'],
      ['新铺的石板路', 'orphaned', '云岭政协报（周刊）'],
    ]);
  });

  it('counts each filter choice with the other filters applied, so a second tag or colour can still be chosen', async () => {
    const { list } = await listed({ tags: ['老街'], colors: ['green'] });
    expect(list.facets.colors).toEqual([
      { value: 'yellow', count: 1 },
      { value: 'green', count: 1 },
      { value: 'blue', count: 0 },
      { value: 'pink', count: 0 },
      { value: 'purple', count: 0 },
    ]);
    // Green ones, by tag: 提案 on two, 老街 and 文史 on one each.
    expect(list.facets.tags).toEqual([
      { value: '提案', count: 2 },
      { value: '老街', count: 1 },
      { value: '文史', count: 1 },
    ]);
    expect(list.facets.papers).toEqual([{ value: 'demo-zxb', label: '云岭政协报', count: 1 }]);
  });

  it('offers every paper that has annotations, by name', async () => {
    const { list } = await listed();
    expect(list.facets.papers).toEqual([
      { value: 'lz-wb', label: '岚州晚报', count: 1 },
      { value: 'demo-zxb', label: '云岭政协报', count: 4 },
    ]);
  });

  it('answers one page at a time, with the total', async () => {
    const { list, names } = await listed({ limit: 2, offset: 2 });
    expect(names).toEqual(['bench', 'microRenewal']);
    expect(list).toMatchObject({ total: 5, offset: 2, limit: 2 });
  });

  it('lists nothing, and says so, in an archive with no annotations', async () => {
    const core = await openCore(await tempDir());
    const list = await listArchiveAnnotations(core.archive, {});
    expect(list).toMatchObject({ total: 0, archiveTotal: 0, entries: [] });
    expect(list.facets.tags).toEqual([]);
  });

  it('lists annotations on page replicas too, placed on their page with no article', async () => {
    const { core, list: before } = await listed();
    const issueId = before.entries[4]?.place.issueId ?? '';
    const region = await core.handlers.createPageAnnotation({ issueId, pageNumber: 3, regions: [{ x: 10, y: 20, width: 200, height: 120 }], color: 'purple', comment: '新闻照片', tags: ['提案'] });
    const onText = await core.handlers.createPageAnnotation({ issueId, pageNumber: 1, text: { exact: '版面文字', start: 0, end: 4 }, tags: ['版式'] });

    const list = await listArchiveAnnotations(core.archive, { tags: ['提案'] });
    const entry = list.entries.find((e) => e.annotation.id === region.id);
    expect(entry).toMatchObject({ state: 'anchored', quote: '', comment: '新闻照片', color: 'purple', place: { articleId: null, issueId, page: 3, title: null, paper: '云岭政协报' } });
    expect(list.entries.some((e) => e.annotation.id === onText.id)).toBe(false);
    expect((await listArchiveAnnotations(core.archive, { text: '版面文字' })).entries.map((e) => e.annotation.id)).toEqual([onText.id]);
  });

  it('lists annotations on the pages of a document’s original, placed on the document and its page', async () => {
    const core = await openCore(await tempDir(), { installDemo: false });
    const report = await core.handlers.importFiles({ paths: [sharedFixture('ofd', 'ofdrw-nalaizhuyi-page6.ofd')] });
    const documentId = report.documents[0]!.id;
    const made = await core.handlers.createPageAnnotation({ issueId: documentId, pageNumber: 2, text: { exact: '拿来主义', start: 3, end: 7 }, comment: '结论' });

    const list = await listArchiveAnnotations(core.archive);
    expect(list.entries.map((e) => [e.annotation.id, e.quote, e.comment, e.place])).toEqual([
      [made.id, '拿来主义', '结论', { articleId: documentId, issueId: documentId, paperId: 'document:other', paper: '文件', date: '2021-06-02', page: 2, title: '拿来主义', isDocument: true }],
    ]);
  });

  it('still lists every other issue when one annotation file is damaged beyond recovery', async () => {
    const { core, list: before } = await listed();
    const damagedIssue = before.entries[0]?.place.issueId ?? '';
    await writeFile(core.archive.annotations(damagedIssue).file, '{"schemaVersion": 1, "annot');
    const fresh = await Archive.open(core.archive.dir);
    const list = await listArchiveAnnotations(fresh, {});
    expect(list.total).toBeGreaterThan(0);
    expect(list.entries.every((e) => e.place.issueId !== damagedIssue)).toBe(true);
  });
});
