import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commentOf, tagsOf } from '../../../shared/annotation';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { openCore } from '../open-core';

const fixture = fileURLToPath(new URL('../../../../tests/fixtures/archive-v0/', import.meta.url));
const issueId = 'p-lanjiang-2019-06-18';

async function json(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
}

async function openV0(): Promise<{ dir: string; core: Awaited<ReturnType<typeof openCore>> }> {
  const dir = await tempDir();
  await cp(fixture, dir, { recursive: true });
  return { dir, core: await openCore(dir, { installDemo: false }) };
}

describe('an archive written by the pre-release schema (0)', () => {
  it('opens with its issue, articles, settings and every note, the notes now W3C annotations', async () => {
    const { core } = await openV0();
    const issues = await core.handlers.listIssues({});
    expect(issues).toMatchObject([{ id: issueId, paperName: '兰江日报', number: 5120, pageCount: 2, articleCount: 2 }]);
    expect(await core.handlers.listDocuments({})).toEqual([]);
    expect(await core.handlers.getSettings({})).toMatchObject({ profileName: '林晓', articleFontSize: 22, locale: 'zh-CN' });

    const v0 = (await json(join(fixture, 'annotations', `${issueId}.json`))).notes as Record<string, unknown>[];
    const detail = await core.handlers.getIssue({ issueId });
    const notes = (await Promise.all(detail!.articles.map((a) => core.handlers.listAnnotations({ articleId: a.id })))).flat();
    expect(notes).toHaveLength(v0.length);
    for (const note of v0) {
      const migrated = notes.find((n) => n.annotation.id === `urn:uuid:${String(note.id)}`);
      expect(migrated, `note ${String(note.id)}`).toBeDefined();
      const { annotation, anchor } = migrated!;
      const article = await core.handlers.getArticle({ articleId: String(note.articleId) });
      expect(article?.article.pageNumber).toBeGreaterThan(0);
      expect(anchor).toEqual({ start: note.start, end: note.end });
      expect(article!.article.text.slice(anchor!.start, anchor!.end)).toBe(note.quote);
      expect(commentOf(annotation)).toBe(note.comment ?? '');
      expect(tagsOf(annotation)).toEqual(note.tags ?? []);
      expect(annotation.color).toBe(note.color);
      expect(annotation.created).toBe(note.createdAt);
      expect(annotation.modified).toBe(note.updatedAt ?? note.createdAt);
      expect(annotation.creator.name).toBe(note.author ?? '');
    }
  });

  it('writes the files at schema 1 after keeping the old ones as .v0.bak and in a migration backup', async () => {
    const { dir, core } = await openV0();
    await core.handlers.getInfo({}); // reads the library and every annotation file
    const detail = await core.handlers.getIssue({ issueId });
    await core.handlers.getArticle({ articleId: detail!.articles[0]!.id });
    for (const file of ['library.json', 'settings.json', `annotations/${issueId}.json`, `articles/${issueId}.json`]) {
      expect((await json(join(dir, file))).schemaVersion, file).toBe(1);
      expect(await readFile(join(dir, `${file}.v0.bak`), 'utf8'), file).toBe(await readFile(join(fixture, file), 'utf8'));
    }
    // one backup before the first file migrated, taken before anything changed: not one per file
    const migrations = (await core.archive.backups.list()).filter((b) => b.reason === 'migration');
    expect(migrations).toHaveLength(1);
    const migration = migrations[0];
    expect(await readFile(join(dir, 'backups', migration!.name, 'library.json'), 'utf8')).toBe(await readFile(join(fixture, 'library.json'), 'utf8'));
  });

  it('lets a migrated annotation be edited, and opens again unchanged', async () => {
    const { dir, core } = await openV0();
    const id = 'urn:uuid:0d9e2a7b-3c54-4f81-b6e2-7a1c5d9f4e02';
    const articleId = (await core.handlers.getIssue({ issueId }))!.articles[0]!.id;
    const edited = await core.handlers.updateAnnotation({ articleId, id, comment: '迁移后补充的批注' });
    expect(commentOf(edited.annotation)).toBe('迁移后补充的批注');
    const before = await readFile(join(dir, 'annotations', `${issueId}.json`), 'utf8');
    const again = await openCore(dir, { installDemo: false });
    expect((await again.handlers.listAnnotations({ articleId })).map((n) => commentOf(n.annotation))).toContain('迁移后补充的批注');
    expect(await readFile(join(dir, 'annotations', `${issueId}.json`), 'utf8')).toBe(before);
    expect((await readdir(dir)).filter((n) => n.includes('.damaged-'))).toEqual([]);
  });
});
