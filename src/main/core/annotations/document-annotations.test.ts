import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../../../../tests/unit/shared-fixtures';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { commentOf, documentUrn } from '../../../shared/annotation';
import { openCore } from '../open-core';
import { listArchiveAnnotations } from './archive-annotation-list';
import { readArchiveAnnotations, toW3cCollection } from './export-w3c';
import { importW3c } from './import-w3c';

// A government-style PDF from the fixtures, imported as a standalone document.
const fixture = join(sharedFixture('pdf'), 'issue19360.pdf');
const phrase = '增强文化自觉和文化自信';

async function archiveWithDocument() {
  const core = await openCore(await tempDir(), { installDemo: false });
  const report = await core.handlers.importFiles({ paths: [fixture] });
  const documentId = report.documents[0]?.id ?? '';
  const document = await core.handlers.getDocument({ documentId });
  if (!document) throw new Error('the fixture did not import as a document');
  return { core, document };
}

describe('annotations on a standalone document', () => {
  it('highlights a document’s text with a comment, kept in the document’s own annotation file and found by search', async () => {
    const { core, document } = await archiveWithDocument();
    const start = document.text.indexOf(phrase);
    expect(start).toBeGreaterThanOrEqual(0);

    const created = await core.handlers.createAnnotation({ articleId: document.id, start, end: start + phrase.length, comment: '提案可引用的表述' });
    expect(created.annotation.target.source).toBe(documentUrn(document.id));
    const [listed] = await core.handlers.listAnnotations({ articleId: document.id });
    expect(listed && document.text.slice(listed.anchor?.start, listed.anchor?.end)).toBe(phrase);
    expect((await core.archive.annotations(document.id).read()).annotations.map((a) => a.id)).toEqual([created.annotation.id]);
    const found = await core.handlers.search({ query: '提案可引用的表述', limit: 10, offset: 0, sort: 'relevance' });
    expect(found.hits.map((hit) => hit.articleId)).toEqual([document.id]);
  });

  it('exports it cited as the document, and a colleague with the same document imports it', async () => {
    const { core, document } = await archiveWithDocument();
    const start = document.text.indexOf(phrase);
    await core.handlers.createAnnotation({ articleId: document.id, start, end: start + phrase.length, comment: '要点', tags: ['文化'] });
    const { annotations } = await readArchiveAnnotations(core.archive);
    expect(annotations.map((a) => a.article)).toMatchObject([{ articleId: document.id, paper: '文件', title: document.title, page: null }]);

    const collection = JSON.parse(JSON.stringify(toW3cCollection(annotations, { id: 'urn:jianbao:export:test', generated: new Date() })));
    const colleague = await archiveWithDocument();
    expect(await importW3c(colleague.core.archive, collection, { now: () => new Date() })).toEqual({ added: 1, updated: 0, kept: 0, skipped: [] });
    expect((await colleague.core.handlers.listAnnotations({ articleId: document.id })).map((a) => commentOf(a.annotation))).toEqual(['要点']);
  });

  it('lists them among all annotations, as the document, opening it at the annotation', async () => {
    const { core, document } = await archiveWithDocument();
    const start = document.text.indexOf(phrase);
    const { annotation } = await core.handlers.createAnnotation({ articleId: document.id, start, end: start + phrase.length, tags: ['文化'] });
    const list = await listArchiveAnnotations(core.archive, { tags: ['文化'] });
    expect(list.entries).toMatchObject([
      { state: 'anchored', quote: phrase, place: { articleId: document.id, isDocument: true, paper: '文件', paperId: 'document:other', title: document.title } },
    ]);
    expect(list.entries[0]?.annotation.id).toBe(annotation.id);
    expect((await listArchiveAnnotations(core.archive, { paperIds: ['document:other'] })).total).toBe(1);
  });
});
