import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../../../../tests/unit/shared-fixtures';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { openCore } from '../open-core';
import { articleTitled, testBook } from '../annotations/test/annotation-fixtures';

const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('collections (专题)', () => {
  it('keeps articles and annotations in the order the reader sets, with a note, across reopening', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const street = await articleTitled(core, '一件提案让老街重焕生机');
    const ferry = await articleTitled(core, '一座古渡与一村人的记忆');
    const made = await core.handlers.createCollection({ name: '2026年全会 提案素材', note: '写老街提案用' });
    await core.handlers.addToCollection({ collectionId: made.id, item: { kind: 'article', id: street.id } });
    await core.handlers.addToCollection({ collectionId: made.id, item: { kind: 'article', id: ferry.id } });
    await core.handlers.addToCollection({ collectionId: made.id, item: { kind: 'article', id: street.id } });
    await core.handlers.updateCollection({ collectionId: made.id, items: [{ kind: 'article', id: ferry.id }, { kind: 'article', id: street.id }] });

    const reopened = await openCore(dir);
    const detail = await reopened.handlers.getCollection({ collectionId: made.id });
    expect(detail?.collection.note).toBe('写老街提案用');
    expect(detail?.entries.map((e) => e.title)).toEqual(['一座古渡与一村人的记忆', '一件提案让老街重焕生机']);
    expect(detail?.entries[1]?.citation).toMatch(/^.*一件提案让老街重焕生机\[N\]\. 云岭政协报, 2026-03-04\(2\)\.$/);
    await expect(reopened.handlers.createCollection({ name: '2026年全会 提案素材' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('exports a collection as a Word digest in its order, citing its unannotated articles too', async () => {
    const core = await openCore(await tempDir());
    const street = await articleTitled(core, '一件提案让老街重焕生机');
    const ferry = await articleTitled(core, '一座古渡与一村人的记忆');
    const quote = street.blocks[1]!.text.slice(0, 12);
    const start = street.text.indexOf(quote);
    await testBook(core.archive).create({ articleId: street.id, start, end: start + quote.length, comment: '可用作理由' });
    const made = await core.handlers.createCollection({ name: '老街' });
    await core.handlers.addToCollection({ collectionId: made.id, item: { kind: 'article', id: ferry.id } });
    await core.handlers.addToCollection({ collectionId: made.id, item: { kind: 'article', id: street.id } });
    const file = await core.handlers.exportAnnotations({ scope: { kind: 'collection', collectionId: made.id }, format: 'docx' });
    expect(file.fileName).toBe('老街.docx');
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(file.data, 'base64') })).value;
    expect(text).toContain(`“${quote}”`);
    expect(text).toContain('批注：可用作理由');
    expect(text.indexOf('一座古渡与一村人的记忆[N]')).toBeLessThan(text.indexOf('一件提案让老街重焕生机[N]'));
    expect(text).toContain('（未作批注）');
  });

  it('gathers, as a saved search, a matching article from an issue imported after it was made, marked new until seen', async () => {
    const core = await openCore(await tempDir());
    const made = await core.handlers.createCollection({ name: '古渡', query: '古渡' });
    const before = await core.handlers.getCollection({ collectionId: made.id });
    expect(before?.entries.length).toBeGreaterThan(0);
    expect(before?.entries.every((e) => e.isFromSearch && !e.isNew)).toBe(true);

    await core.handlers.importUploads({
      files: [{ name: '渡口新闻.txt', data: encode('老渡口修缮一新\n沉寂多年的古渡今年春天重新开放，村民们又能坐船过江。') }],
      paper: '云岭政协报',
      date: '2026-05-06',
    });
    const after = await core.handlers.getCollection({ collectionId: made.id });
    const fresh = after?.entries.filter((e) => e.isNew) ?? [];
    expect(fresh.map((e) => e.title)).toEqual(['老渡口修缮一新']);
    expect(after?.entries[0]?.title).toBe('老渡口修缮一新');

    await core.handlers.markCollectionSeen({ collectionId: made.id });
    expect((await core.handlers.getCollection({ collectionId: made.id }))?.entries.some((e) => e.isNew)).toBe(false);
  });

  it('holds a single annotation, not the rest of its article, cited as its article', async () => {
    const core = await openCore(await tempDir());
    const street = await articleTitled(core, '一件提案让老街重焕生机');
    const book = testBook(core.archive);
    const [one, two] = [street.blocks[1]!.text.slice(0, 8), street.blocks[1]!.text.slice(10, 18)];
    const kept = await book.create({ articleId: street.id, start: street.text.indexOf(one), end: street.text.indexOf(one) + one.length });
    await book.create({ articleId: street.id, start: street.text.indexOf(two), end: street.text.indexOf(two) + two.length });
    const made = await core.handlers.createCollection({ name: '摘录' });
    await core.handlers.addToCollection({ collectionId: made.id, item: { kind: 'annotation', id: kept.annotation.id } });
    const detail = await core.handlers.getCollection({ collectionId: made.id });
    expect(detail?.entries[0]).toMatchObject({ kind: 'annotation', title: one, sourceId: street.id });
    expect(detail?.entries[0]?.citation).toContain('一件提案让老街重焕生机[N]');
    const digest = await core.handlers.getDigest({ scope: { kind: 'collection', collectionId: made.id } });
    expect(digest.groups[0]?.entries.map((e) => e.quote)).toEqual([one]);
    expect(digest.count).toBe(1);
  });

  it('holds a standalone document, cited in GB/T 7714 form for its kind', async () => {
    const core = await openCore(await tempDir(), { installDemo: false });
    const report = await core.handlers.importFiles({ paths: [join(sharedFixture('pdf'), 'issue19360.pdf')] });
    const documentId = report.documents[0]?.id ?? '';
    const made = await core.handlers.createCollection({ name: '文件' });
    await core.handlers.addToCollection({ collectionId: made.id, item: { kind: 'document', id: documentId } });
    const [entry] = (await core.handlers.getCollection({ collectionId: made.id }))?.entries ?? [];
    expect(entry).toMatchObject({ kind: 'document', id: documentId, isDocument: true });
    expect(entry?.citation).toMatch(/\[[RZ]\]\.( \d{4}-\d{2}-\d{2}\.)?$/);
    const digest = await core.handlers.getDigest({ scope: { kind: 'collection', collectionId: made.id } });
    expect(digest.groups.map((g) => g.kind)).toEqual(['document']);
  });

  it('puts a deleted collection back on undo', async () => {
    const core = await openCore(await tempDir());
    const made = await core.handlers.createCollection({ name: '待删' });
    const deleted = await core.handlers.deleteCollection({ collectionId: made.id });
    expect(await core.handlers.listCollections({})).toEqual([]);
    await core.handlers.restoreCollection({ collection: deleted });
    expect((await core.handlers.listCollections({})).map((c) => c.name)).toEqual(['待删']);
  });
});
