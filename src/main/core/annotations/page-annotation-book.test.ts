import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../../../../tests/unit/shared-fixtures';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { commentOf, tagsOf } from '../../../shared/annotation';
import { createClient } from '../../../shared/client';
import { createInMemoryTransport } from '../../../shared/in-memory-transport';
import { pageTextOf, regionsOf } from '../../../shared/page-annotation';
import { openCore } from '../open-core';

async function client(dir?: string) {
  const core = await openCore(dir ?? (await tempDir()));
  const api = createClient(createInMemoryTransport(core.dispatch, core.events));
  const [issue] = await api.listIssues({});
  return { api, issueId: issue?.id ?? '', dir: core.archive.dir };
}

const text = { exact: '政协委员', prefix: '今天，', suffix: '走进社区', start: 3, end: 7 };

describe('annotations on page replicas', () => {
  it('marks text of the page and a region of it, keeps them across a reopen, and announces each change', async () => {
    const { api, issueId, dir } = await client();
    const changes: unknown[] = [];
    api.onDidChangeAnnotations((change) => changes.push(change));

    const onText = await api.createPageAnnotation({ issueId, pageNumber: 2, text, color: 'blue', comment: '版面导语', tags: ['版式'] });
    const onPhoto = await api.createPageAnnotation({ issueId, pageNumber: 2, regions: [{ x: 40.4, y: 300, width: 200.6, height: 120 }], color: 'pink' });

    expect(pageTextOf(onText)).toEqual([
      { type: 'TextQuoteSelector', exact: '政协委员', prefix: '今天，', suffix: '走进社区' },
      { type: 'TextPositionSelector', start: 3, end: 7 },
    ]);
    expect(onText.target.selector[0]).toEqual({ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=2' });
    expect(regionsOf(onPhoto)).toEqual([{ x: 40, y: 300, width: 201, height: 120 }]);
    expect(changes).toEqual([
      { articleId: null, issueId, pageNumber: 2 },
      { articleId: null, issueId, pageNumber: 2 },
    ]);

    const reopened = await client(dir);
    const listed = await reopened.api.listPageAnnotations({ issueId, pageNumber: 2 });
    expect(listed.map((a) => [a.color, commentOf(a), tagsOf(a)])).toEqual([
      ['blue', '版面导语', ['版式']],
      ['pink', '', []],
    ]);
    expect(await reopened.api.listPageAnnotations({ issueId, pageNumber: 1 })).toEqual([]);
  });

  it('edits, deletes and undoes the delete of a page annotation', async () => {
    const { api, issueId } = await client();
    const created = await api.createPageAnnotation({ issueId, pageNumber: 1, regions: [{ x: 10, y: 10, width: 50, height: 50 }] });

    const edited = await api.updatePageAnnotation({ issueId, id: created.id, comment: '照片说明', style: 'underline' });
    expect([commentOf(edited), edited.style, regionsOf(edited)]).toEqual(['照片说明', 'underline', regionsOf(created)]);
    const attached = await api.updatePageAnnotation({ issueId, id: created.id, text });
    expect([pageTextOf(attached)?.[0].exact, regionsOf(attached)]).toEqual(['政协委员', regionsOf(created)]);

    const removed = await api.deletePageAnnotation({ issueId, id: created.id });
    expect(await api.listPageAnnotations({ issueId, pageNumber: 1 })).toEqual([]);
    await api.restorePageAnnotation({ annotation: removed });
    expect(await api.listPageAnnotations({ issueId, pageNumber: 1 })).toEqual([removed]);
  });

  it('keeps page annotations out of the article annotations of the same issue', async () => {
    const { api, issueId } = await client();
    await api.createPageAnnotation({ issueId, pageNumber: 1, text });
    const detail = await api.getIssue({ issueId });
    for (const article of detail?.articles ?? []) {
      expect(await api.listAnnotations({ articleId: article.id })).toEqual([]);
    }
  });

  it('marks text and regions on the pages of a document imported from OFD, apart from its text annotations', async () => {
    const { api, dir } = await client();
    const report = await api.importFiles({ paths: [sharedFixture('ofd', 'ofdrw-nalaizhuyi-page6.ofd')] });
    const documentId = report.documents[0]!.id;
    const onTitle = { exact: '拿来主义', start: 0, end: 4 };
    await api.createPageAnnotation({ issueId: documentId, pageNumber: 1, text: onTitle, comment: '标题' });
    await api.createPageAnnotation({ issueId: documentId, pageNumber: 2, regions: [{ x: 90, y: 120, width: 200, height: 100 }] });
    await expect(api.createPageAnnotation({ issueId: documentId, pageNumber: 3, text: onTitle })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const reopened = await client(dir);
    const [first] = await reopened.api.listPageAnnotations({ issueId: documentId, pageNumber: 1 });
    expect([pageTextOf(first!)?.[0].exact, commentOf(first!), first!.target.selector[0]]).toEqual([
      '拿来主义',
      '标题',
      { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=1' },
    ]);
    expect((await reopened.api.listPageAnnotations({ issueId: documentId, pageNumber: 2 })).map(regionsOf)).toEqual([[{ x: 90, y: 120, width: 200, height: 100 }]]);
    expect(await reopened.api.listAnnotations({ articleId: documentId })).toEqual([]);
  });

  it.each([
    ['neither text nor a region', { pageNumber: 1 }, 'INVALID_ARGUMENT'],
    ['a page the issue does not have', { pageNumber: 99, text }, 'NOT_FOUND'],
    ['a region of no size', { pageNumber: 1, regions: [{ x: 1, y: 1, width: 0, height: 5 }] }, 'INVALID_ARGUMENT'],
    ['text ending before it starts', { pageNumber: 1, text: { ...text, start: 7, end: 3 } }, 'INVALID_ARGUMENT'],
  ])('refuses %s and saves nothing', async (_, draft, code) => {
    const { api, issueId } = await client();
    await expect(api.createPageAnnotation({ issueId, ...draft })).rejects.toMatchObject({ code });
    expect(await api.listPageAnnotations({ issueId, pageNumber: 1 })).toEqual([]);
  });
});
