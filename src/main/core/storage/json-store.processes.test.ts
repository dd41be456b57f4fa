import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runTs } from '../../../../tests/unit/child/run-ts';
import { tempDir } from '../../../../tests/unit/temp-dir';

const writer = fileURLToPath(new URL('../../../../tests/unit/child/store-writer.ts', import.meta.url));

describe('JsonStore across processes', () => {
  it('loses no update and is never read half-written while two processes write', async () => {
    const dir = await tempDir();
    const file = join(dir, 'notes.json');
    const writers = Promise.all([runTs(writer, [file, 'app', '60']), runTs(writer, [file, 'cli', '60'])]);
    let reads = 0;
    let badReads = 0;
    let done = false;
    void writers.then(() => (done = true));
    while (!done) {
      try {
        JSON.parse(await readFile(file, 'utf8'));
        reads += 1;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') badReads += 1;
      }
    }
    const results = await writers;
    expect(results.map((r) => r.code), results.map((r) => r.err).join('\n')).toEqual([0, 0]);
    const { notes } = JSON.parse(await readFile(file, 'utf8')) as { notes: string[] };
    expect(notes).toHaveLength(120);
    expect(new Set(notes).size).toBe(120);
    expect(reads).toBeGreaterThan(0);
    expect(badReads).toBe(0);
  }, 60_000);
});
