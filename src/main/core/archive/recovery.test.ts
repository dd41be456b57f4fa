import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecoveredFile } from '../../../shared/recovery';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { articleTitled, rangeOf, testBook } from '../annotations/test/annotation-fixtures';
import { openCore } from '../open-core';
import { Archive } from './archive';

/** A demo archive with one annotation, backed up; returns its folder and the annotations file. */
async function backedUpArchive(): Promise<{ dir: string; notesFile: string }> {
  const dir = await tempDir();
  const core = await openCore(dir);
  const article = await articleTitled(core, (await core.archive.library.read()).articles[0]!.title);
  await testBook(core.archive).create({ articleId: article.id, ...rangeOf(article.text, article.text.slice(2, 6)), comment: '备份前的批注' });
  await core.handlers.updateSettings({ profileName: '林晓', articleFontSize: 20 });
  await core.archive.backups.snapshot('daily');
  return { dir, notesFile: `annotations/${article.issueId}.json` };
}

const damages: [string, (text: string) => string][] = [
  ['a truncated', (text) => text.slice(0, Math.floor(text.length / 2))],
  ['a garbled', (text) => text.replace(/"/g, '\u0000').replace(/:/g, '§')],
  ['an emptied', () => ''],
];

describe('a damaged file of record', () => {
  for (const file of ['library.json', 'settings.json', 'annotations']) {
    for (const [kind, damage] of damages) {
      it(`moves ${kind} ${file === 'annotations' ? 'annotation file' : file} aside, loads the last good backup and says so`, async () => {
        const { dir, notesFile } = await backedUpArchive();
        const name = file === 'annotations' ? notesFile : file;
        const good = await readFile(join(dir, name), 'utf8');
        const broken = damage(good);
        await writeFile(join(dir, name), broken);

        const core = await openCore(dir);
        const seen: RecoveredFile[] = [];
        core.events.listen((event, payload) => event === 'onDidRecoverFile' && seen.push(payload as RecoveredFile));
        const info = await core.handlers.getInfo({}); // reads the library and every annotation file
        expect(info.counts.annotations).toBe(1);
        expect(info.counts.articles).toBeGreaterThan(0);
        await core.handlers.getSettings({});

        const report = await core.handlers.getRecoveryReport({});
        expect(report).toHaveLength(1);
        const [entry] = report as [RecoveredFile];
        expect(entry.file).toBe(name);
        expect(entry.restoredFrom?.backup).toMatch(/^backups\/.*-daily$/);
        expect(JSON.parse(await readFile(join(dir, name), 'utf8'))).toEqual(JSON.parse(good));
        // the damaged file is kept as it was, beside the original
        expect(await readFile(join(dir, entry.movedTo), 'utf8')).toBe(broken);
        expect(entry.movedTo).toMatch(new RegExp(`^${name.replace('.', '\\.')}\\.damaged-`));
        // library.json and settings.json are read as the archive opens, before anyone listens
        if (file === 'annotations') expect(seen).toEqual([entry]);
      });
    }
  }

  it.each([0, 1, 2, 4, 8])(
    'loses neither the recovered annotations nor a save made at once by another store (save %i ms later)',
    async (delayMs) => {
      const { dir, notesFile } = await backedUpArchive();
      const good = await readFile(join(dir, notesFile), 'utf8');
      await writeFile(join(dir, notesFile), good.slice(0, 40));
      const issueId = notesFile.slice('annotations/'.length, -'.json'.length);
      // Two archives on one folder: the app's reader and, say, the CLI's writer.
      const reader = await Archive.open(dir);
      const writer = await Archive.open(dir);

      const reading = reader.annotations(issueId).read();
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await writer.annotations(issueId).update((file) => {
        file.annotations.push({ id: 'urn:uuid:00000000-0000-4000-8000-0000000000aa', modified: '2026-11-29T10:00:00.000Z' });
      });
      await reading.catch(() => undefined);

      const saved = JSON.parse(await readFile(join(dir, notesFile), 'utf8')) as { annotations: { id: string }[] };
      expect(saved.annotations.map((a) => a.id)).toEqual([
        ...(JSON.parse(good) as { annotations: { id: string }[] }).annotations.map((a) => a.id),
        'urn:uuid:00000000-0000-4000-8000-0000000000aa',
      ]);
      const damaged = (await readdir(join(dir, 'annotations'))).filter((n) => n.includes('.damaged-'));
      expect(damaged).toHaveLength(1);
    },
  );

  it('moves a damaged file aside and reports that no backup had a copy', async () => {
    const dir = await tempDir();
    await openCore(dir);
    await writeFile(join(dir, 'settings.json'), '{"schemaVersion": 1, "locale": "zh-CN", "profil');
    await expect(Archive.open(dir)).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
    expect((await readdir(dir)).filter((n) => n.startsWith('settings.json.damaged-'))).toHaveLength(1);
    const archive = await Archive.open(dir); // the next open starts with default settings
    expect((await archive.settings.read()).locale).toBe('zh-CN');
  });

  it('restores the newest backup that holds a good copy, skipping a damaged one', async () => {
    const { dir, notesFile } = await backedUpArchive();
    const good = await readFile(join(dir, notesFile), 'utf8');
    await writeFile(join(dir, notesFile), '{"schemaVersion": 1, "annot');
    const archive = await Archive.open(dir);
    const newest = await archive.backups.snapshot('import'); // copies the damaged file
    await archive.annotations(notesFile.slice('annotations/'.length, -5)).read();
    expect(archive.recoveries[0]?.restoredFrom?.backup).not.toBe(`backups/${newest?.name}`);
    expect(JSON.parse(await readFile(join(dir, notesFile), 'utf8'))).toEqual(JSON.parse(good));
  });
});
