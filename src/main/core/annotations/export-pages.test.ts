import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../../../../tests/unit/shared-fixtures';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { commentOf, tagsOf } from '../../../shared/annotation';
import { chineseDate } from '../../../shared/citation';
import { pageUrn } from '../../../shared/page-annotation';
import { openCore, type Core } from '../open-core';
import { toMarkdown } from './export-markdown';
import { readArchiveAnnotations, toW3cCollection } from './export-w3c';
import { importW3c } from './import-w3c';
import { PageAnnotationBook } from './page-annotation-book';

// The W3C suite's lists of what every Annotation and Collection must pass (see export-w3c.test.ts).
const suiteDir = sharedFixture('w3c-web-annotation-tests');
const readJson = (...parts: string[]): Record<string, unknown> => JSON.parse(readFileSync(join(suiteDir, ...parts), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const name of readdirSync(join(suiteDir, 'definitions'))) {
  const schema = readJson('definitions', name);
  ajv.addSchema(schema, schema.id as string);
}
const musts = (list: string) =>
  (readJson(list).assertions as string[]).map((path) => {
    const schema = readJson(path);
    return { path, validate: ajv.getSchema(schema.id as string) ?? ajv.compile(schema) };
  });
const annotationMusts = musts('annotations/annotationMusts.test');
const collectionMusts = musts('collections/collectionMusts.test');

const now = () => new Date('2026-11-29T09:00:00Z');

/** A demo archive with two annotations on page 2 of its first issue: text of the page, and a region. */
async function withPageAnnotations(dir?: string): Promise<{ core: Core; issueId: string; date: string }> {
  const core = await openCore(dir ?? (await tempDir()));
  const [issue] = await core.handlers.listIssues({});
  const issueId = issue?.id ?? '';
  let ids = 0;
  const book = new PageAnnotationBook(core.archive, { now, newId: () => `00000000-0000-4000-9000-${String((ids += 1)).padStart(12, '0')}`, creatorName: async () => '林晓' });
  await book.create({ issueId, pageNumber: 2, text: { exact: '本版导读', suffix: '：老街', start: 10, end: 14 }, color: 'blue', comment: '版式', tags: ['版面'] });
  await book.create({ issueId, pageNumber: 2, regions: [{ x: 36, y: 400, width: 250, height: 180 }], color: 'pink', comment: '新闻照片' });
  return { core, issueId, date: issue?.date ?? '' };
}

describe('page annotations in the exports', () => {
  it('exports them into the W3C collection, each a valid Annotation with its page, text and region selectors', async () => {
    const { core, issueId } = await withPageAnnotations();
    const { annotations, pages } = await readArchiveAnnotations(core.archive);
    const collection = toW3cCollection(annotations, { id: 'urn:jianbao:export:test', generated: now(), pages });

    expect(collection.total).toBe(2);
    expect(collectionMusts.filter((a) => !a.validate(collection)).map((a) => a.path)).toEqual([]);
    for (const item of collection.first.items) {
      const alone = { '@context': 'http://www.w3.org/ns/anno.jsonld', ...item };
      expect(annotationMusts.filter((a) => !a.validate(alone)).map((a) => a.path)).toEqual([]);
      expect(item.target.source).toBe(pageUrn(issueId, 2));
    }
    expect(collection.first.items.map((i) => i.target.selector.map((s) => ('value' in s ? s.value : s.type)))).toEqual([
      ['page=2', 'TextQuoteSelector', 'TextPositionSelector'],
      ['page=2', 'xywh=36,400,250,180'],
    ]);
  });

  it('lists them in the Markdown export after the articles, cited by paper, date and page', async () => {
    const { core, date } = await withPageAnnotations();
    const { annotations, pages } = await readArchiveAnnotations(core.archive);
    const text = toMarkdown(annotations, { pages });
    expect(text).toContain('共 2 条批注');
    expect(text).toContain('## 版面批注 / Page annotations');
    expect(text).toContain(`云岭政协报，${chineseDate(date)}，第 2 版`);
    expect(text).toContain('> 本版导读\n\n版式\n\n#版面');
    expect(text).toContain('（版面区域 / region: x 36, y 400, 250 × 180 pt）\n\n新闻照片');
  });

  it('keeps them to the tags asked for', async () => {
    const { core } = await withPageAnnotations();
    expect((await readArchiveAnnotations(core.archive, { tags: ['版面'] })).pages.map((p) => commentOf(p.annotation))).toEqual(['版式']);
  });

  it('gives a colleague the page annotations exactly, and keeps a newer local edit over an older import', async () => {
    const { core, issueId } = await withPageAnnotations();
    const { annotations, pages } = await readArchiveAnnotations(core.archive);
    const collection = toW3cCollection(annotations, { id: 'urn:jianbao:export:test', generated: now(), pages });
    const colleague = await openCore(await tempDir());

    expect(await importW3c(colleague.archive, JSON.parse(JSON.stringify(collection)), { now })).toEqual({ added: 2, updated: 0, kept: 0, skipped: [] });
    const theirs = await colleague.handlers.listPageAnnotations({ issueId, pageNumber: 2 });
    expect(theirs).toEqual(await core.handlers.listPageAnnotations({ issueId, pageNumber: 2 }));

    const first = theirs[0]!;
    await colleague.handlers.updatePageAnnotation({ issueId, id: first.id, comment: '同事改过', tags: tagsOf(first) });
    const report = await importW3c(colleague.archive, JSON.parse(JSON.stringify(collection)), { now });
    expect(report).toEqual({ added: 0, updated: 0, kept: 2, skipped: [] });
    expect(commentOf((await colleague.handlers.listPageAnnotations({ issueId, pageNumber: 2 }))[0]!)).toBe('同事改过');
  });

  it('skips, and says why, a page annotation on a page the archive lacks or marking nothing', async () => {
    const { core, issueId } = await withPageAnnotations();
    const { pages } = await readArchiveAnnotations(core.archive);
    const collection = toW3cCollection([], { id: 'urn:jianbao:export:test', generated: now(), pages });
    const [onText, onRegion] = JSON.parse(JSON.stringify(collection.first.items));
    onText.target.source = pageUrn(issueId, 99);
    onRegion.target.selector = [{ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=2' }];

    const report = await importW3c(core.archive, [onText, onRegion], { now });
    expect(report.skipped.map((s) => s.reason)).toEqual([
      expect.stringContaining('档案中没有这一版'),
      expect.stringContaining('没有版面文字或区域选择器'),
    ]);
    expect(report.added + report.updated).toBe(0);
  });
});
