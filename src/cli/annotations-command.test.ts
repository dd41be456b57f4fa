import { readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../../tests/unit/shared-fixtures';
import { tempDir } from '../../tests/unit/temp-dir';
import { canonicalText } from '../shared/canonical-text';
import type { Article } from '../shared/model';
import { openCore } from '../main/core/open-core';
import { runAnnotationsCommand, type ListedAnnotation } from './annotations-command';

async function run(dir: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAnnotationsCommand(args, { archiveDir: dir, out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n'), errLines: err };
}

async function archiveWith(title: string): Promise<{ dir: string; article: Article }> {
  const dir = await tempDir();
  const core = await openCore(dir);
  const meta = (await core.archive.library.read()).articles.find((a) => a.title === title);
  const article = meta && (await core.archive.articles(meta.issueId).read()).articles.find((a) => a.id === meta.id);
  if (!article) throw new Error(`no demo article titled ${title}`);
  return { dir, article };
}

const listJson = async (dir: string) => JSON.parse((await run(dir, 'list', '--json')).out) as ListedAnnotation[];

/** The W3C suite's must-assertions for one kind of document, compiled (see export-w3c.test.ts for the full proof). */
function w3cMusts() {
  const suite = sharedFixture('w3c-web-annotation-tests');
  const read = (path: string) => JSON.parse(readFileSync(join(suite, path), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const name of readdirSync(join(suite, 'definitions'))) ajv.addSchema(read(`definitions/${name}`));
  const compiled = (list: string) => (read(list).assertions as string[]).map((path) => ({ path, validate: ajv.compile(read(path)) }));
  const check = (assertions: ReturnType<typeof compiled>) => (doc: unknown) => assertions.filter((a) => !a.validate(doc)).map((a) => a.path);
  return {
    annotation: check(compiled('annotations/annotationMusts.test')),
    collection: check(compiled('collections/collectionMusts.test')),
    page: check(compiled('collections/pages/pageMusts.test')),
  };
}

describe('jianbao annotations', () => {
  it('adds an annotation on the first occurrence and lists it as anchored with its quote', async () => {
    const { dir, article } = await archiveWith('一座古渡与一村人的记忆');
    const added = await run(dir, 'annotations', 'add', '--article', article.id, '--exact', '𥕛溪', '--color', 'green', '--comment', '村名的来历', '--tag', '文史', '--tag', '渡口', '--archive', dir);
    expect(added).toMatchObject({ code: 0, err: '' });
    expect(added.out).toMatch(/^已添加批注 \/ Added annotation urn:uuid:[0-9a-f-]{36}: 《一座古渡与一村人的记忆》 “𥕛溪”/);

    const [listed, ...others] = await listJson(dir);
    expect(others).toEqual([]);
    const first = article.text.indexOf('𥕛溪');
    expect(listed).toMatchObject({ state: 'anchored', quote: '𥕛溪', start: first, end: first + 3, color: 'green', comment: '村名的来历', tags: ['文史', '渡口'], creator: '读者', page: 4, paper: '云岭政协报' });
    const text = await run(dir, 'list');
    expect(text.out).toContain('[已定位 anchored] 云岭政协报 2026-03-04 第4版 《一座古渡与一村人的记忆》 “𥕛溪” — 村名的来历 #文史 #渡口');
  });

  it('anchors on the occurrence that --prefix picks', async () => {
    const { dir, article } = await archiveWith('一件提案让老街重焕生机');
    const second = article.text.indexOf('提案', article.text.indexOf('提案') + 1);
    expect(second).toBeGreaterThan(0);
    const prefix = article.text.slice(second - 3, second);
    expect((await run(dir, 'add', '--article', article.id, '--exact', '提案', '--prefix', prefix)).code).toBe(0);
    expect((await listJson(dir))[0]).toMatchObject({ start: second, end: second + 2 });
  });

  it('lists an annotation whose quote was edited away as orphaned, with its quote', async () => {
    const { dir, article } = await archiveWith('一件提案让老街重焕生机');
    const doomed = article.blocks[1]!.text.slice(0, 15);
    await run(dir, 'add', '--article', article.id, '--exact', doomed);
    const core = await openCore(dir);
    const blocks = article.blocks.filter((_, i) => i !== 1);
    const others = (await core.archive.articles(article.issueId).read()).articles.filter((a) => a.id !== article.id);
    const detail = await core.handlers.getIssue({ issueId: article.issueId });
    await core.archive.saveIssue({ paper: detail!.paper, issue: detail!.issue, articles: [...others, { ...article, blocks, text: canonicalText(blocks) }] });

    expect((await listJson(dir))[0]).toMatchObject({ state: 'orphaned', quote: doomed, start: null, end: null });
    expect((await run(dir, 'list')).out).toContain(`[未定位 orphaned]`);
  });

  it('lists annotations on page replicas too, by paper, date and page', async () => {
    const { dir, article } = await archiveWith('一件提案让老街重焕生机');
    const core = await openCore(dir);
    await core.handlers.createPageAnnotation({ issueId: article.issueId, pageNumber: 2, regions: [{ x: 10, y: 10, width: 90, height: 60 }], comment: '老街照片' });
    const printed = (await core.archive.pageTexts(article.issueId).read()).pages.find((p) => p.pageNumber === 2)!.items[1]!;
    await core.handlers.createPageAnnotation({ issueId: article.issueId, pageNumber: 2, text: { exact: printed.text, start: printed.start, end: printed.start + printed.text.length } });

    expect(await listJson(dir)).toMatchObject([
      { state: 'anchored', quote: '', articleId: null, title: null, page: 2, comment: '老街照片' },
      { state: 'anchored', quote: printed.text, articleId: null, page: 2 },
    ]);
    expect((await run(dir, 'list')).out).toContain('第2版（版面 page） （区域 region） — 老街照片');
  });

  it('lists a page annotation whose words a re-import lost as orphaned, as the all-annotations view does', async () => {
    const { dir, article } = await archiveWith('一件提案让老街重焕生机');
    const core = await openCore(dir);
    const pages = core.archive.pageTexts(article.issueId);
    const page = (await pages.read()).pages.find((p) => p.pageNumber === 2)!;
    const printed = page.items.find((item) => [...item.text].length >= 6 && page.text.split(item.text).length === 2)!;
    await core.handlers.createPageAnnotation({ issueId: article.issueId, pageNumber: 2, text: { exact: printed.text, start: printed.start, end: printed.start + printed.text.length } });
    // The page comes again without that line, as a corrected PDF re-imported would.
    await pages.update((file) => {
      const again = file.pages.find((p) => p.pageNumber === 2)!;
      again.text = again.text.replace(printed.text, '');
    });

    expect(await listJson(dir)).toMatchObject([{ state: 'orphaned', quote: printed.text, page: 2 }]);
    const request = { sort: 'date', limit: 50, offset: 0 } as const;
    expect((await core.handlers.listAllAnnotations(request)).entries.map((e) => e.state)).toEqual(['orphaned']);
    expect((await core.handlers.listAllAnnotations({ ...request, state: 'orphaned' })).entries).toHaveLength(1);
  });

  it.each([
    ['TEXT is not in the article', (id: string) => ['add', '--article', id, '--exact', '不存在的句子'], 1, '"不存在的句子" is not in the article'],
    ['--prefix picks no occurrence', (id: string) => ['add', '--article', id, '--exact', '提案', '--prefix', '没有这个'], 1, 'never right after "没有这个"'],
    ['the article does not exist', () => ['add', '--article', 'a-ffffffffffffffff', '--exact', '提案'], 1, 'No article a-ffffffffffffffff'],
    ['a colour is not one of ours', (id: string) => ['add', '--article', id, '--exact', '提案', '--color', 'red'], 2, 'Invalid colour "red"'],
    ['--exact is missing', (id: string) => ['add', '--article', id], 2, 'add needs --exact TEXT'],
    ['an option belongs to another command', () => ['list', '--exact', '提案'], 2, 'Option --exact does not apply to "annotations list"'],
    ['an option is unknown', () => ['list', '--colour', 'red'], 2, 'Invalid arguments'],
    ['the command is unknown', () => ['remove'], 2, 'Unknown command "remove"'],
    ['the format is missing', () => ['export'], 2, 'export needs --format md or --format w3c'],
    ['a date is not a date', () => ['export', '--format', 'md', '--from', '2026-02-30'], 2, 'Invalid date for --from'],
    ['the dates are reversed', () => ['export', '--format', 'md', '--from', '2026-03-11', '--to', '2026-03-04'], 2, 'is after --to'],
    ['the import file is missing', () => ['import', '/nonexistent/x.json'], 1, 'Cannot read /nonexistent/x.json'],
  ])('fails with one bilingual line and saves nothing when %s', async (_name, args, code, message) => {
    const { dir, article } = await archiveWith('一件提案让老街重焕生机');
    const result = await run(dir, ...args(article.id));
    expect(result.code).toBe(code);
    expect(result.errLines).toHaveLength(1);
    expect(result.err).toMatch(/^jianbao annotations: .*[\u4e00-\u9fff].* \/ /);
    expect(result.err).toContain(message);
    expect(await listJson(dir)).toEqual([]);
  });

  it('exports W3C JSON-LD that the W3C suite validates: collection, embedded page and every annotation', async () => {
    const { dir, article } = await archiveWith('一座古渡与一村人的记忆');
    await run(dir, 'add', '--article', article.id, '--exact', '𥕛溪', '--comment', '**来历**', '--tag', '文史');
    await run(dir, 'add', '--article', article.id, '--exact', '渡口', '--color', 'blue');
    const file = join(await tempDir(), 'notes.jsonld');
    const exported = await run(dir, 'export', '--format', 'w3c', '-o', file);
    expect(exported).toMatchObject({ code: 0, out: `已导出 2 条批注到 ${file} / Exported 2 annotations to ${file}` });

    const collection = JSON.parse(await readFile(file, 'utf8'));
    const musts = w3cMusts();
    expect(musts.collection(collection)).toEqual([]);
    expect(musts.page(collection)).toEqual([]);
    expect(collection.first.items).toHaveLength(2);
    for (const item of collection.first.items) expect(musts.annotation({ '@context': collection['@context'], ...item })).toEqual([]);
    expect(collection.id).toMatch(/^urn:jianbao:export:[0-9a-f-]{36}$/);
  });

  it('exports Markdown to stdout, filtered by tag and dates', async () => {
    const { dir, article } = await archiveWith('一座古渡与一村人的记忆');
    await run(dir, 'add', '--article', article.id, '--exact', '𥕛溪', '--tag', '文史');
    await run(dir, 'add', '--article', article.id, '--exact', '渡口', '--tag', '交通');
    const md = await run(dir, 'export', '--format', 'md', '--tag', '文史', '--from', '2026-03-01', '--to', '2026-03-04');
    expect(md.code).toBe(0);
    expect(md.out).toContain('共 1 条批注（标签 #文史，2026年3月1日至2026年3月4日） / 1 annotations');
    expect(md.out).toContain('> 𥕛溪\n\n#文史');
    expect(md.out).not.toContain('#交通');
    expect((await run(dir, 'export', '--format', 'md', '--from', '2026-03-05')).out).toContain('共 0 条批注');
  });

  it('imports a colleague’s export: new ones added, then kept on a second import', async () => {
    const mine = await archiveWith('一座古渡与一村人的记忆');
    await run(mine.dir, 'add', '--article', mine.article.id, '--exact', '𥕛溪', '--comment', '同事的批注');
    const file = join(await tempDir(), 'from-colleague.jsonld');
    await run(mine.dir, 'export', '--format', 'w3c', '-o', file);

    const theirs = await tempDir();
    const first = await run(theirs, 'import', file);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toContain('新增 added 1, 更新 updated 0, 保留本地较新 kept 0, 跳过 skipped 0');
    expect(await listJson(theirs)).toEqual(await listJson(mine.dir));
    expect((await run(theirs, 'import', file)).out).toContain('新增 added 0, 更新 updated 0, 保留本地较新 kept 1');
  });

  it('names each annotation it skipped on import, and exits 1', async () => {
    const { dir, article } = await archiveWith('一座古渡与一村人的记忆');
    await run(dir, 'add', '--article', article.id, '--exact', '𥕛溪');
    const file = join(await tempDir(), 'notes.jsonld');
    await run(dir, 'export', '--format', 'w3c', '-o', file);
    const elsewhere = JSON.parse(await readFile(file, 'utf8'));
    elsewhere.first.items[0].target.source = 'urn:jianbao:article:a-ffffffffffffffff';
    await writeFile(file, JSON.stringify(elsewhere));

    const result = await run(dir, 'import', file);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`跳过 / skipped ${elsewhere.first.items[0].id}: 档案中没有文章 a-ffffffffffffffff / article a-ffffffffffffffff is not in this archive`);
  });

  it('prints its usage on help', async () => {
    const { code, out } = await run(await tempDir(), 'help');
    expect(code).toBe(0);
    expect(out).toContain('add --article ID --exact TEXT');
  });
});
