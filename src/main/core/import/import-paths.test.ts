import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { Archive } from '../archive/archive';
import { importPaths } from './import-paths';

const article = (body: string): string =>
  [
    '茶山春早 合作社里说增收',
    '——某县政协委员走访茶农侧记',
    '□ 本报记者 林晓',
    body,
    '一片叶子 一条路',
    '合作社把收购价写在黑板上，谁都看得见。',
    '- 第 1 版: 要闻 春耕一线见闻',
    '- 第 2 版: 精选 茶山春早 合作社里说增收',
    '- 第 3 版: 关注 乡村课堂',
  ].join('\n');

async function setup() {
  const dir = await tempDir();
  const archive = await Archive.open(join(dir, 'archive'));
  const file = join(dir, '2025-03-08-page2.txt');
  await writeFile(file, article('清晨，雾还没散，茶农已经上山。'));
  return { dir, archive, file };
}

describe('importPaths', () => {
  it('imports an article text as an issue whose pages come from its page list', async () => {
    const { archive, file } = await setup();
    const report = await importPaths(archive, [file], { paper: '云岭政协报' });
    expect(report.files).toEqual([expect.objectContaining({ status: 'imported', format: 'text' })]);
    const [issue] = report.issues;
    expect(issue).toMatchObject({ paperName: '云岭政协报', date: '2025-03-08' });
    expect(issue?.pages.map((p) => p.section)).toEqual(['要闻', '精选', '关注']);
    expect(issue?.articles[0]).toMatchObject({ pageNumber: 2, title: '茶山春早 合作社里说增收', byline: '□ 本报记者 林晓', headings: ['一片叶子 一条路'] });
    const library = await archive.library.read();
    expect(library.issues[0]?.pages[1]?.articleIds).toEqual([issue?.articles[0]?.id]);
    const stored = (await archive.articles(issue!.id).read()).articles[0];
    expect(stored?.text).toBe('清晨，雾还没散，茶农已经上山。\n一片叶子 一条路\n合作社把收购价写在黑板上，谁都看得见。');
    expect(await readdir(join(archive.dir, 'originals'))).toHaveLength(1);
  });

  it('changes nothing when the identical file is imported again', async () => {
    const { archive, file } = await setup();
    await importPaths(archive, [file]);
    const before = await archive.library.read();
    const report = await importPaths(archive, [file]);
    expect(report.files[0]?.status).toBe('unchanged');
    expect(report.issues).toEqual([]);
    expect(await archive.library.read()).toBe(before);
  });

  it('replaces the text of a changed article and keeps the old original', async () => {
    const { archive, file } = await setup();
    const first = await importPaths(archive, [file]);
    await writeFile(file, article('清晨，雾还没散，茶农已经上山采茶。'));
    const second = await importPaths(archive, [file]);
    const id = first.issues[0]!.articles[0]!.id;
    expect(second.issues[0]?.articles[0]).toMatchObject({ id, isUpdate: true });
    expect(second.changedArticleIds).toEqual([id]);
    const library = await archive.library.read();
    expect(library.articles).toHaveLength(1);
    expect(library.issues[0]?.sources).toHaveLength(2);
    expect(await readdir(join(archive.dir, 'originals'))).toHaveLength(2);
    expect((await archive.articles(library.issues[0]!.id).read()).articles[0]?.text).toContain('上山采茶');
  });

  it('defaults the paper and the date and says so', async () => {
    const { dir, archive } = await setup();
    const file = join(dir, 'article.txt');
    await writeFile(file, article('一段正文。'));
    const report = await importPaths(archive, [file], { now: () => new Date(2026, 0, 2, 12) });
    expect(report.issues[0]).toMatchObject({ paperName: '未署名报纸', date: '2026-01-02' });
    expect(report.files[0]?.warnings.join('\n')).toMatch(/--paper[\s\S]*--date/);
  });

  it('reports a missing file and imports the rest', async () => {
    const { dir, archive, file } = await setup();
    const missing = join(dir, 'missing.txt');
    const report = await importPaths(archive, [missing, file]);
    expect(report.files.find((f) => f.path === missing)).toMatchObject({ status: 'failed', error: { code: 'UNREADABLE_FILE' } });
    expect(report.issues).toHaveLength(1);
  });

  it('reports progress and writes nothing when cancelled before the writes', async () => {
    const { archive, file } = await setup();
    const controller = new AbortController();
    const seen: string[] = [];
    const report = await importPaths(archive, [file], {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(`${p.done}/${p.total}`);
        controller.abort();
      },
    });
    expect(seen).toEqual(['0/1']);
    expect(report.cancelled).toBe(true);
    expect(report.files[0]?.status).toBe('cancelled');
    expect(await readdir(join(archive.dir, 'originals'))).toEqual([]);
    expect((await archive.library.read()).issues).toEqual([]);
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    const { archive, file } = await setup();
    await expect(importPaths(archive, [file], { date: '2025-02-30' })).rejects.toThrow(/YYYY-MM-DD/);
  });
});
