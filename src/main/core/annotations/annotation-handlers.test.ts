import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { createClient } from '../../../shared/client';
import { createInMemoryTransport } from '../../../shared/in-memory-transport';
import { openCore } from '../open-core';

async function client() {
  const core = await openCore(await tempDir());
  const api = createClient(createInMemoryTransport(core.dispatch, core.events));
  const [issue] = await api.listIssues({});
  const detail = await api.getIssue({ issueId: issue?.id ?? '' });
  const article = await api.getArticle({ articleId: detail?.articles[0]?.id ?? '' });
  return { api, article: article!.article };
}

describe('annotations through the API', () => {
  it('creates, lists, edits, deletes and undoes, announcing each change', async () => {
    const { api, article } = await client();
    const changes: (string | null)[] = [];
    api.onDidChangeAnnotations(({ articleId }) => changes.push(articleId));

    const created = await api.createAnnotation({ articleId: article.id, start: 2, end: 8, color: 'blue', comment: '值得引用', tags: ['提案'] });
    expect(article.text.slice(created.anchor?.start, created.anchor?.end)).toBe(article.text.slice(2, 8));
    const id = created.annotation.id;
    await api.updateAnnotation({ articleId: article.id, id, color: 'purple' });
    expect((await api.listAnnotations({ articleId: article.id })).map((a) => a.annotation.color)).toEqual(['purple']);

    const removed = await api.deleteAnnotation({ articleId: article.id, id });
    expect(await api.listAnnotations({ articleId: article.id })).toEqual([]);
    await api.restoreAnnotation({ annotation: removed });
    expect((await api.listAnnotations({ articleId: article.id }))[0]?.annotation).toEqual(removed);
    expect(changes).toEqual(Array(4).fill(article.id));
  });

  it('finds an article by the comment written on it', async () => {
    const { api, article } = await client();
    await api.createAnnotation({ articleId: article.id, start: 0, end: 4, comment: '琥珀色的批注词' });
    const results = await api.search({ query: '琥珀色的批注词' });
    expect(results.hits.map((hit) => hit.articleId)).toEqual([article.id]);
  });

  it.each([
    ['a colour we do not have', { color: 'orange' }],
    ['a negative offset', { start: -1 }],
    ['too many tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }],
    ['an unknown field', { html: '<b>x</b>' }],
  ])('refuses %s at the door', async (_name, change) => {
    const { api, article } = await client();
    const args = { articleId: article.id, start: 0, end: 2, ...change } as Parameters<typeof api.createAnnotation>[0];
    await expect(api.createAnnotation(args)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await api.listAnnotations({ articleId: article.id })).toEqual([]);
  });

  it('refuses to restore an annotation that is not of our shape', async () => {
    const { api, article } = await client();
    const { annotation } = await api.createAnnotation({ articleId: article.id, start: 0, end: 2 });
    const forged = { ...annotation, target: { ...annotation.target, source: 'file:///etc/passwd' } };
    await expect(api.restoreAnnotation({ annotation: forged })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
