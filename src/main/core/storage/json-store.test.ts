import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { CorruptFileError, JsonStore, type Versioned } from './json-store';

interface Notes extends Versioned {
  notes: string[];
}

function notesStore(file: string, schemaVersion = 1): JsonStore<Notes> {
  return new JsonStore<Notes>({
    file,
    schemaVersion,
    defaults: () => ({ schemaVersion, notes: [] }),
    migrations: { 1: (data) => ({ ...data, notes: (data.items as string[]).map((n) => n.toUpperCase()) }) },
    validate: (data) => {
      if (!Array.isArray((data as Notes).notes)) throw new Error('"notes" is not a list');
    },
    now: () => new Date('2026-11-29T08:00:00Z'),
  });
}

describe('JsonStore', () => {
  it('reads the defaults when the file does not exist, without creating it', async () => {
    const dir = await tempDir();
    const store = notesStore(join(dir, 'notes.json'));
    expect(await store.read()).toEqual({ schemaVersion: 1, notes: [] });
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes what an update changed and leaves no temporary file behind', async () => {
    const dir = await tempDir();
    const file = join(dir, 'notes.json');
    await notesStore(file).update((data) => data.notes.push('双循环'));
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ schemaVersion: 1, notes: ['双循环'] });
    expect(await readdir(dir)).toEqual(['notes.json']);
  });

  it('writes nothing when the change throws', async () => {
    const dir = await tempDir();
    const file = join(dir, 'notes.json');
    const store = notesStore(file);
    await store.update((data) => data.notes.push('first'));
    await expect(
      store.update((data) => {
        data.notes.push('half-done');
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect((await notesStore(file).read()).notes).toEqual(['first']);
  });

  it('loses no update when two stores on one file write at the same time', async () => {
    const dir = await tempDir();
    const file = join(dir, 'notes.json');
    const a = notesStore(file);
    const b = notesStore(file);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? a : b).update((data) => data.notes.push(`n${i}`))),
    );
    const { notes } = await notesStore(file).read();
    expect(notes).toHaveLength(40);
    expect(new Set(notes).size).toBe(40);
  });

  it('sees a change another store made since its last read', async () => {
    const dir = await tempDir();
    const file = join(dir, 'notes.json');
    const a = notesStore(file);
    const b = notesStore(file);
    await a.update((data) => data.notes.push('one'));
    expect((await b.read()).notes).toEqual(['one']);
    await a.update((data) => data.notes.push('two'));
    expect((await b.read()).notes).toEqual(['one', 'two']);
  });

  it.each([
    ['a truncated file', '{"schemaVersion":1,"notes":["双'],
    ['an empty file', ''],
    ['a file of the wrong shape', '{"schemaVersion":1,"notes":"none"}'],
    ['a file without schemaVersion', '{"notes":[]}'],
  ])('moves %s aside, keeps its bytes and names it in the error', async (_name, content) => {
    const dir = await tempDir();
    const file = join(dir, 'notes.json');
    await writeFile(file, content);
    const error = await notesStore(file).read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptFileError);
    expect((error as CorruptFileError).code).toBe('CORRUPT_FILE');
    expect((error as Error).message).toContain(file);
    const names = await readdir(dir);
    expect(names).toEqual(['notes.json.damaged-2026-11-29T08-00-00-000Z']);
    expect(await readFile(join(dir, names[0] as string), 'utf8')).toBe(content);
  });

  it('never overwrites an earlier damaged copy', async () => {
    const dir = await tempDir();
    const file = join(dir, 'notes.json');
    await writeFile(file, '{');
    await notesStore(file).read().catch(() => undefined);
    await writeFile(file, '[');
    await notesStore(file).read().catch(() => undefined);
    expect((await readdir(dir)).sort()).toEqual([
      'notes.json.damaged-2026-11-29T08-00-00-000Z',
      'notes.json.damaged-2026-11-29T08-00-00-000Z-1',
    ]);
  });

  it('migrates an older file forward after keeping a copy of it', async () => {
    const dir = await tempDir();
    const file = join(dir, 'notes.json');
    const old = '{"schemaVersion":1,"items":["a","b"]}';
    await writeFile(file, old);
    const data = await notesStore(file, 2).read();
    expect(data).toEqual({ schemaVersion: 2, items: ['a', 'b'], notes: ['A', 'B'] });
    expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(2);
    expect(await readFile(join(dir, 'notes.json.v1.bak'), 'utf8')).toBe(old);
  });

  it('refuses a file written by a newer version and leaves it untouched', async () => {
    const dir = await tempDir();
    const file = join(dir, 'notes.json');
    await writeFile(file, '{"schemaVersion":9,"notes":[]}');
    await expect(notesStore(file).read()).rejects.toMatchObject({ code: 'NEWER_SCHEMA' });
    expect(await readdir(dir)).toEqual(['notes.json']);
  });
});
