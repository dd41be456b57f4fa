import type { ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commentOf, type Annotation } from '../../../shared/annotation';
import { spawnTs } from '../../../../tests/unit/child/run-ts';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { Archive } from '../archive/archive';
import { openCore } from '../open-core';

const writer = fileURLToPath(new URL('../../../../tests/unit/child/annotation-writer.ts', import.meta.url));

/** Every file under `dir` whose name ends in .json, relative to it. */
async function jsonFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => join(e.parentPath, e.name));
}

/** Runs one writer until it has acknowledged `saves` saves, then kills it a random moment later. */
async function runAndKill(
  dir: string,
  round: number,
  articles: string,
  saves: number,
  onAck: (line: string) => void,
): Promise<{ acked: number; stderr: string; killed: boolean; firstAckMs: number }> {
  const child: ChildProcess = spawnTs(writer, [dir, String(round), articles]);
  const spawned = Date.now();
  let firstAckMs = -1;
  let acked = 0;
  let buffered = '';
  let stderr = '';
  let killed = false;
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (killed) return; // written before the kill landed: not acknowledged to anyone
      onAck(line);
      if (acked === 0) firstAckMs = Date.now() - spawned;
      acked += 1;
      if (acked === saves) {
        // mid-save: within the next save's lock, read, write or rename
        setTimeout(() => {
          killed = child.kill('SIGKILL');
        }, Math.random() * 6);
      }
    }
  });
  await new Promise((resolve) => child.on('exit', resolve));
  return { acked, stderr, killed, firstAckMs };
}

describe('annotations under SIGKILL', () => {
  it('keeps every acknowledged save, and every file parses, after each of many kills mid-save', async () => {
    const started = Date.now();
    const dir = await tempDir();
    const core = await openCore(dir); // the demo: three issues of articles to annotate
    const library = await core.archive.library.read();
    const texts = await Promise.all(library.issues.map(async (issue) => (await core.archive.articles(issue.id).read()).articles));
    const articles = texts.flat().filter((a) => a.text.length > 40).map((a) => `${a.id}=${a.text.length}`).join(',');

    const added = new Set<string>();
    const lastEdit = new Map<string, number>();
    let total = 0;
    let kills = 0;
    let locksLeft = 0;
    for (let round = 0; kills < 22 || total < 1000; round += 1) {
      const target = 25 + Math.floor(Math.random() * 40);
      const run = await runAndKill(dir, round, articles, target, (line) => {
        const [kind, id, n] = line.split(' ') as [string, string, string | undefined];
        if (kind === 'add') added.add(id);
        else lastEdit.set(id, Number(n));
      });
      expect(run.killed, `the writer stopped by itself:\n${run.stderr}`).toBe(true);
      kills += 1;
      total += run.acked;
      // A lock the killed writer held must not make the next one wait out the 10 s stale time.
      expect(run.firstAckMs, `writer ${round} waited for a dead writer's lock`).toBeLessThan(8_000);
      locksLeft += (await readdir(join(dir, 'annotations'))).filter((name) => name.endsWith('.lock')).length;

      for (const file of await jsonFiles(dir)) {
        const text = await readFile(file, 'utf8');
        expect(() => JSON.parse(text), `${file} does not parse after kill ${kills}`).not.toThrow();
      }
      const archive = await Archive.open(dir);
      const stored = new Map<string, Annotation>();
      for (const issue of library.issues) {
        for (const a of (await archive.annotations(issue.id).read()).annotations) stored.set(a.id, a as unknown as Annotation);
      }
      const missing = [...added].filter((id) => !stored.has(id));
      expect(missing, `acknowledged saves lost after kill ${kills}`).toEqual([]);
      for (const [id, n] of lastEdit) {
        // the save under way when the kill came may have landed too: never an older one
        const saved = Number(/^edit-(\d+)$/.exec(commentOf(stored.get(id)!))?.[1] ?? -1);
        expect(saved, `the acknowledged edit of ${id} was lost`).toBeGreaterThanOrEqual(n);
      }
      expect((await readdir(join(dir, 'annotations'))).filter((name) => name.includes('.damaged-'))).toEqual([]);
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`crash test: ${kills} kills, ${total} acknowledged saves, ${locksLeft} locks left behind by a kill, ${seconds.toFixed(1)} s`);
    expect(kills).toBeGreaterThanOrEqual(20);
    expect(total).toBeGreaterThanOrEqual(1000);
  }, 110_000);
});
