import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { commentOf, tagsOf, type Annotation } from '../../../shared/annotation';
import { openCore, type Core } from '../open-core';
import { readArchiveAnnotations, toW3cAnnotation, toW3cCollection, type W3cAnnotation } from './export-w3c';
import { importW3c, importW3cFile } from './import-w3c';
import { articleTitled, rangeOf, testBook } from './test/annotation-fixtures';

const now = () => new Date('2026-12-24T00:00:00Z');

/** A demo archive with three annotations, and a clock the test moves. */
async function annotatedArchive(creator = '林晓') {
  const core = await openCore(await tempDir());
  const clock = { now: new Date('2026-11-29T09:00:00Z') };
  const book = testBook(core.archive, { now: () => clock.now, creator, series: creator === '林晓' ? 0 : 1 });
  const ferry = await articleTitled(core, '一座古渡与一村人的记忆');
  const street = await articleTitled(core, '一件提案让老街重焕生机');
  const made = [
    await book.create({ articleId: street.id, ...rangeOf(street.text, street.blocks[1]?.text.slice(0, 14) ?? ''), color: 'green', comment: '可写进提案', tags: ['提案'] }),
    await book.create({ articleId: street.id, ...rangeOf(street.text, street.blocks[2]?.text.slice(3, 11) ?? ''), style: 'underline' }),
    await book.create({ articleId: ferry.id, ...rangeOf(ferry.text, '名叫𥕛溪的小村'), color: 'purple', tags: ['文史'] }),
  ].map((a) => a.annotation);
  return { core, book, clock, made, ferry, street };
}

async function exportOf(core: Core) {
  const { annotations } = await readArchiveAnnotations(core.archive);
  return toW3cCollection(annotations, { id: 'urn:jianbao:export:test', generated: now() });
}

async function allAnnotations(core: Core): Promise<Annotation[]> {
  return (await readArchiveAnnotations(core.archive)).annotations.map((a) => a.annotation);
}

describe('importing W3C annotations', () => {
  it('gives a colleague exactly the annotations that were exported, colour, style and astral quote included', async () => {
    const mine = await annotatedArchive();
    const file = join(await tempDir(), 'export.jsonld');
    await writeFile(file, JSON.stringify(await exportOf(mine.core)));
    const colleague = await openCore(await tempDir());

    const report = await importW3cFile(colleague.archive, file, { now });
    expect(report).toEqual({ added: 3, updated: 0, kept: 0, skipped: [] });
    expect(await allAnnotations(colleague)).toEqual(await allAnnotations(mine.core));
  });

  it('adds what is new, takes a newer modified, and keeps every local annotation it does not name', async () => {
    const { core, made, street } = await annotatedArchive();
    const collection = await exportOf(core);
    const [edited, untouched] = collection.first.items.filter((i) => i.target.source.endsWith(street.id));
    edited!.modified = '2026-12-01T10:00:00.000Z';
    edited!.body = [{ type: 'TextualBody', purpose: 'commenting', value: '同事补充：附上调研数据', format: 'text/markdown' }];
    const added: W3cAnnotation = { ...(untouched as W3cAnnotation), id: 'urn:uuid:11111111-1111-4111-8111-111111111111', color: 'blue' };
    const ferryItem = collection.first.items.find((i) => !i.target.source.endsWith(street.id));
    collection.first.items = [edited!, untouched!, added];

    const report = await importW3c(core.archive, collection, { now });
    expect(report).toEqual({ added: 1, updated: 1, kept: 1, skipped: [] });
    const after = await allAnnotations(core);
    expect(after).toHaveLength(4);
    expect(commentOf(after.find((a) => a.id === edited!.id)!)).toBe('同事补充：附上调研数据');
    expect(tagsOf(after.find((a) => a.id === edited!.id)!)).toEqual([]);
    expect(after.find((a) => a.id === added.id)?.color).toBe('blue');
    expect(after.find((a) => a.id === ferryItem?.id)).toEqual(made[2]);
  });

  it('does not let an older import overwrite a newer local edit', async () => {
    const { core, book, clock, made, street } = await annotatedArchive();
    const exported = await exportOf(core);
    clock.now = new Date('2026-12-10T08:00:00Z');
    await book.update(street.id, made[0]!.id, { comment: '本地的新批注' });

    const report = await importW3c(core.archive, exported, { now });
    expect(report).toEqual({ added: 0, updated: 0, kept: 3, skipped: [] });
    const local = (await allAnnotations(core)).find((a) => a.id === made[0]!.id)!;
    expect(commentOf(local)).toBe('本地的新批注');
    expect(local.modified).toBe('2026-12-10T08:00:00.000Z');
  });

  it('reports, and does not write, annotations it cannot place', async () => {
    const { core, made } = await annotatedArchive();
    const [one] = (await readArchiveAnnotations(core.archive)).annotations;
    const good = toW3cAnnotation(one!);
    const before = await core.archive.countAnnotations();
    const report = await importW3c(
      core.archive,
      [
        { ...good, id: 'urn:uuid:elsewhere', target: { ...good.target, source: 'urn:jianbao:article:a-ffffffffffffffff' } },
        { ...good, id: 'urn:uuid:web', target: { source: 'http://example.com/page1', selector: { type: 'TextQuoteSelector', exact: 'x' } } },
        { ...good, id: undefined },
        { ...good, id: 'urn:uuid:noselector', target: { source: good.target.source } },
        { ...good, id: 'urn:uuid:baddate', modified: 'last Tuesday' },
      ],
      { now },
    );
    expect(report.added + report.updated + report.kept).toBe(0);
    expect(report.skipped.map((s) => s.id)).toEqual(['urn:uuid:elsewhere', 'urn:uuid:web', '#3', 'urn:uuid:noselector', 'urn:uuid:baddate']);
    expect(report.skipped[0]?.reason).toBe('档案中没有文章 a-ffffffffffffffff / article a-ffffffffffffffff is not in this archive');
    expect(await core.archive.countAnnotations()).toBe(before);
    expect((await allAnnotations(core)).map((a) => a.id)).toEqual(expect.arrayContaining(made.map((a) => a.id)));
  });

  it('reads one annotation from another tool: bodies become comment and tags, the missing position is found', async () => {
    const { core, ferry } = await annotatedArchive();
    const report = await importW3c(
      core.archive,
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'http://example.org/anno/7',
        type: 'Annotation',
        creator: { id: 'http://example.org/user/he', type: 'Person', nickname: 'hejy' },
        modified: '2026-12-02T00:00:00Z',
        body: [{ type: 'TextualBody', value: '渡口的来历值得追问' }, { type: 'TextualBody', purpose: 'tagging', value: '文史' }, 'http://example.org/notes/7'],
        target: { source: `urn:jianbao:article:${ferry.id}`, selector: { type: 'TextQuoteSelector', exact: '渡口，据县志记载' } },
      },
      { now },
    );
    expect(report).toEqual({ added: 1, updated: 0, kept: 0, skipped: [] });
    const imported = (await allAnnotations(core)).find((a) => a.id === 'http://example.org/anno/7')!;
    expect(commentOf(imported)).toBe('渡口的来历值得追问\n\n<http://example.org/notes/7>');
    expect(tagsOf(imported)).toEqual(['文史']);
    expect(imported).toMatchObject({ creator: { name: 'hejy' }, created: '2026-12-02T00:00:00Z', color: 'yellow', style: 'highlight' });
    const [, position] = imported.target.selector;
    expect(ferry.text.slice(position.start, position.end)).toBe('渡口，据县志记载');
  });

  it('keeps the newer of two copies of one id in a file, and says it skipped the older', async () => {
    const { core } = await annotatedArchive();
    const [one] = (await readArchiveAnnotations(core.archive)).annotations;
    const base = toW3cAnnotation(one!);
    const newer = { ...base, modified: '2027-01-02T00:00:00.000Z', color: 'pink' as const };
    const older = { ...base, modified: '2027-01-01T00:00:00.000Z', color: 'blue' as const };
    const report = await importW3c(core.archive, [newer, older], { now });
    expect(report).toMatchObject({ added: 0, updated: 1, kept: 0 });
    expect(report.skipped).toEqual([{ id: base.id, reason: expect.stringContaining('2027-01-01T00:00:00.000Z') }]);
    expect((await allAnnotations(core)).find((a) => a.id === base.id)?.color).toBe('pink');
  });

  it.each([
    ['not JSON', 'this is not json', 'UNSUPPORTED_FORMAT'],
    ['JSON of another kind', '{"type": "Manifest"}', 'UNSUPPORTED_FORMAT'],
  ])('refuses a file that is %s and changes nothing', async (_name, content, code) => {
    const { core } = await annotatedArchive();
    const file = join(await tempDir(), 'bad.json');
    await writeFile(file, content);
    await expect(importW3cFile(core.archive, file, { now })).rejects.toMatchObject({ code });
    expect(await core.archive.countAnnotations()).toBe(3);
  });

  it('says so when the file cannot be read', async () => {
    const { core } = await annotatedArchive();
    await expect(importW3cFile(core.archive, join(await tempDir(), 'missing.json'), { now })).rejects.toMatchObject({ code: 'UNREADABLE_FILE' });
  });
});
