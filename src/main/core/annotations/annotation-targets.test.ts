import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { createClient } from '../../../shared/client';
import { createInMemoryTransport } from '../../../shared/in-memory-transport';
import { openCore } from '../open-core';

// A method acts only on annotations of the target it names (issue 16). An article, another
// article of the same issue and a page replica keep their annotations in one file
// (annotations/<issue>.json), so an id alone must never be enough to change one.

async function archiveWithOneOfEach() {
  const core = await openCore(await tempDir());
  const api = createClient(createInMemoryTransport(core.dispatch, core.events));
  const [issue] = await api.listIssues({});
  const detail = (await api.getIssue({ issueId: issue!.id }))!;
  const [first, second] = detail.articles;
  const onFirst = (await api.createAnnotation({ articleId: first!.id, start: 0, end: 4, comment: '第一篇' })).annotation;
  const onSecond = (await api.createAnnotation({ articleId: second!.id, start: 0, end: 4, comment: '第二篇' })).annotation;
  const pageNumber = detail.issue.pages[0]!.number;
  const onPage = await api.createPageAnnotation({ issueId: detail.issue.id, pageNumber, regions: [{ x: 10, y: 10, width: 50, height: 50 }], comment: '版面' });
  const file = join(core.archive.dir, 'annotations', `${detail.issue.id}.json`);
  return { api, issueId: detail.issue.id, first: first!.id, second: second!.id, onFirst, onSecond, onPage, file };
}

type Setup = Awaited<ReturnType<typeof archiveWithOneOfEach>>;

describe('an annotation is changed only through the target it is on', () => {
  it.each<[string, (s: Setup) => { articleId: string; id: string }]>([
    ['a page annotation, through an article of its issue', (s) => ({ articleId: s.first, id: s.onPage.id })],
    ["another article's annotation, through an article of the same issue", (s) => ({ articleId: s.first, id: s.onSecond.id })],
    ["an article's annotation, through the other article", (s) => ({ articleId: s.second, id: s.onFirst.id })],
  ])('refuses to delete or update %s, and leaves it as it was', async (_name, pick) => {
    const setup = await archiveWithOneOfEach();
    const before = await readFile(setup.file, 'utf8');
    const { articleId, id } = pick(setup);
    await expect(setup.api.deleteAnnotation({ articleId, id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(setup.api.updateAnnotation({ articleId, id, comment: '改掉', range: { start: 0, end: 2 } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await readFile(setup.file, 'utf8')).toBe(before);
  });

  it('refuses to delete or update an article annotation through the page methods', async () => {
    const setup = await archiveWithOneOfEach();
    const before = await readFile(setup.file, 'utf8');
    await expect(setup.api.deletePageAnnotation({ issueId: setup.issueId, id: setup.onFirst.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(setup.api.updatePageAnnotation({ issueId: setup.issueId, id: setup.onFirst.id, comment: '改掉' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await readFile(setup.file, 'utf8')).toBe(before);
  });

  it('still deletes an annotation through its own article', async () => {
    const setup = await archiveWithOneOfEach();
    await setup.api.deleteAnnotation({ articleId: setup.second, id: setup.onSecond.id });
    expect(await setup.api.listAnnotations({ articleId: setup.second })).toEqual([]);
    expect(await setup.api.listAnnotations({ articleId: setup.first })).toHaveLength(1);
    expect(await setup.api.listPageAnnotations({ issueId: setup.issueId, pageNumber: 1 })).toHaveLength(1);
  });
});
