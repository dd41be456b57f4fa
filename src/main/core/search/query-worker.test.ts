import { rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { isCorruption } from './index-db';
import { QueryWorker } from './query-worker';

const workers: QueryWorker[] = [];
afterEach(() => {
  for (const worker of workers.splice(0)) worker.close();
});

function makeDb(file: string, value: number): void {
  const db = new DatabaseSync(file);
  db.exec(`PRAGMA journal_mode = WAL; CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (${value});`);
  db.close();
}

async function inodeOf(file: string): Promise<bigint> {
  return (await stat(file, { bigint: true })).ino;
}

describe('the query worker', () => {
  it('answers a read-only query on another thread', async () => {
    const file = join(await tempDir(), 'a.sqlite');
    makeDb(file, 7);
    const worker = new QueryWorker();
    workers.push(worker);
    expect(await worker.all(file, await inodeOf(file), [{ sql: 'SELECT n + ? AS m FROM t', params: [1] }])).toEqual([{ m: 8 }]);
  });

  it('opens the file again when it was replaced under a new inode', async () => {
    const file = join(await tempDir(), 'a.sqlite');
    makeDb(file, 1);
    const worker = new QueryWorker();
    workers.push(worker);
    expect(await worker.all(file, await inodeOf(file), [{ sql: 'SELECT n FROM t', params: [] }])).toEqual([{ n: 1 }]);
    for (const suffix of ['', '-wal', '-shm']) await rm(`${file}${suffix}`, { force: true });
    makeDb(file, 2);
    expect(await worker.all(file, await inodeOf(file), [{ sql: 'SELECT n FROM t', params: [] }])).toEqual([{ n: 2 }]);
  });

  it('passes on SQLite errors with their code, so a damaged index is recognised', async () => {
    const file = join(await tempDir(), 'a.sqlite');
    await writeFile(file, 'not a database at all '.repeat(100));
    const worker = new QueryWorker();
    workers.push(worker);
    const failure = await worker.all(file, await inodeOf(file), [{ sql: 'SELECT 1', params: [] }]).catch((error: unknown) => error);
    expect(isCorruption(failure)).toBe(true);
  });

  it('runs several statements, writing to TEMP tables only, and answers with the last', async () => {
    const file = join(await tempDir(), 'a.sqlite');
    makeDb(file, 5);
    const worker = new QueryWorker();
    workers.push(worker);
    const steps = [
      { sql: 'CREATE TEMP TABLE IF NOT EXISTS x (v INTEGER)', params: [] },
      { sql: 'INSERT INTO temp.x SELECT n * ? FROM t', params: [2] },
      { sql: 'SELECT v FROM temp.x', params: [] },
    ];
    expect(await worker.all(file, await inodeOf(file), steps)).toEqual([{ v: 10 }]);
    const failure = await worker.all(file, await inodeOf(file), [{ sql: 'INSERT INTO t VALUES (1)', params: [] }]).catch((e: unknown) => e);
    expect(String(failure)).toMatch(/readonly/);
  });

  it('fails what is pending when closed, and starts again on the next query', async () => {
    const file = join(await tempDir(), 'a.sqlite');
    makeDb(file, 3);
    const worker = new QueryWorker();
    workers.push(worker);
    const pending = worker.all(file, await inodeOf(file), [{ sql: 'SELECT n FROM t', params: [] }]);
    worker.close();
    await expect(pending).rejects.toThrow(/closed/);
    expect(await worker.all(file, await inodeOf(file), [{ sql: 'SELECT n FROM t', params: [] }])).toEqual([{ n: 3 }]);
  });
});
