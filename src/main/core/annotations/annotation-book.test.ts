import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { canonicalText } from '../../../shared/canonical-text';
import { commentOf, tagsOf } from '../../../shared/annotation';
import type { Article } from '../../../shared/model';
import { openCore } from '../open-core';
import { testBook } from './test/annotation-fixtures';

async function setUp(dir?: string) {
  const core = await openCore(dir ?? (await tempDir()));
  const clock = { now: new Date('2026-11-29T09:00:00Z') };
  const book = testBook(core.archive, { now: () => clock.now });
  const library = await core.archive.library.read();
  const meta = library.articles.find((a) => a.pageNumber === 2) as { id: string; issueId: string };
  const article = (await core.archive.articles(meta.issueId).read()).articles.find((a) => a.id === meta.id) as Article;
  return { core, book, article, clock };
}

/** The range of the n-th occurrence of a piece of the article's text. */
function rangeOf(text: string, piece: string): { start: number; end: number } {
  const start = text.indexOf(piece);
  if (start === -1) throw new Error(`"${piece}" is not in the article`);
  return { start, end: start + piece.length };
}

describe('AnnotationBook', () => {
  it('saves a highlight with comment and tags at once, as a W3C annotation', async () => {
    const { core, book, article } = await setUp();
    const piece = article.blocks[1]?.text.slice(0, 12) ?? '';
    const range = rangeOf(article.text, piece);
    const created = await book.create({ articleId: article.id, ...range, color: 'green', comment: '**重点**', tags: ['提案', '提案', ' 调研 '] });
    expect(created.anchor).toEqual(range);
    const onDisk = JSON.parse(await readFile(join(core.archive.dir, 'annotations', `${article.issueId}.json`), 'utf8'));
    expect(onDisk.annotations).toHaveLength(1);
    expect(onDisk.annotations[0]).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      motivation: 'commenting',
      creator: { type: 'Person', name: '林晓' },
      color: 'green',
      target: { source: `urn:jianbao:article:${article.id}`, selector: [{ type: 'TextQuoteSelector', exact: piece }, { type: 'TextPositionSelector', ...range }] },
    });
    expect(tagsOf(onDisk.annotations[0])).toEqual(['提案', '调研']);
    const [listed] = await book.list(article.id);
    expect(article.text.slice(listed?.anchor?.start, listed?.anchor?.end)).toBe(piece);
  });

  it('edits colour, comment and tags, and stamps the change', async () => {
    const { book, article, clock } = await setUp();
    const { annotation } = await book.create({ articleId: article.id, ...rangeOf(article.text, article.title.slice(0, 2) || article.text.slice(0, 2)) });
    clock.now = new Date('2026-11-30T10:00:00Z');
    const { annotation: edited } = await book.update(article.id, annotation.id, { color: 'pink', comment: '再看', tags: ['养老'] });
    expect(edited).toMatchObject({ color: 'pink', modified: '2026-11-30T10:00:00.000Z', created: annotation.created, motivation: 'commenting' });
    expect(commentOf(edited)).toBe('再看');
    expect(tagsOf(edited)).toEqual(['养老']);
  });

  it('undoes a delete by restoring the same annotation', async () => {
    const { book, article } = await setUp();
    const { annotation } = await book.create({ articleId: article.id, start: 0, end: 4 });
    const removed = await book.remove(article.id, annotation.id);
    expect(await book.list(article.id)).toEqual([]);
    await book.restore(removed);
    expect((await book.list(article.id)).map((a) => a.annotation)).toEqual([annotation]);
  });

  it('re-anchors after a re-import: unchanged passages keep their characters, a deleted quote is orphaned', async () => {
    const { core, book, article } = await setUp();
    const kept = article.blocks[2]?.text.slice(5, 20) ?? '';
    const doomed = article.blocks[1]?.text.slice(0, 15) ?? '';
    await book.create({ articleId: article.id, ...rangeOf(article.text, kept), comment: '保留' });
    await book.create({ articleId: article.id, ...rangeOf(article.text, doomed), comment: '将被删除' });

    const blocks = [{ kind: 'paragraph' as const, text: '编者按：本文有修订。' }, ...article.blocks.filter((_, i) => i !== 1)];
    const text = canonicalText(blocks);
    const edited: Article = { ...article, blocks, text, contentHash: 'changed' };
    const detail = await core.handlers.getIssue({ issueId: article.issueId });
    const paper = (await core.handlers.listPapers({}))[0];
    const others = (await core.archive.articles(article.issueId).read()).articles.filter((a) => a.id !== article.id);
    await core.archive.saveIssue({ paper: paper!, issue: detail!.issue, articles: [...others, edited] });

    const listed = await book.list(article.id);
    expect(listed).toHaveLength(2);
    const [anchored, orphaned] = listed;
    expect(text.slice(anchored?.anchor?.start, anchored?.anchor?.end)).toBe(kept);
    expect(commentOf(anchored!.annotation)).toBe('保留');
    expect(orphaned?.anchor).toBeNull();
    expect(commentOf(orphaned!.annotation)).toBe('将被删除');

    const reattached = await book.update(article.id, orphaned!.annotation.id, { range: { start: 0, end: 3 } });
    expect(reattached.anchor).toEqual({ start: 0, end: 3 });
  });

  it('loses neither change when two windows annotate the same issue at once', async () => {
    const dir = await tempDir();
    const first = await setUp(dir);
    const second = await setUp(dir);
    await Promise.all([
      first.book.create({ articleId: first.article.id, start: 0, end: 2 }),
      second.book.create({ articleId: second.article.id, start: 2, end: 4 }),
      first.book.create({ articleId: first.article.id, start: 4, end: 6 }),
    ]);
    expect(await first.book.list(first.article.id)).toHaveLength(3);
  });

  it.each([
    ['an empty range', { start: 3, end: 3 }, 'INVALID_ARGUMENT'],
    ['a range past the end', { start: 0, end: 1_000_000 }, 'INVALID_ARGUMENT'],
  ])('refuses %s and saves nothing', async (_name, range, code) => {
    const { book, article } = await setUp();
    await expect(book.create({ articleId: article.id, ...range })).rejects.toMatchObject({ code });
    expect(await book.list(article.id)).toEqual([]);
  });

  it('says NOT_FOUND for an article or annotation that is not there', async () => {
    const { book, article } = await setUp();
    await expect(book.create({ articleId: 'a-ffffffffffffffff', start: 0, end: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(book.remove(article.id, 'urn:uuid:nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
