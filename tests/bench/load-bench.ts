// bench:load — `npm run bench:load [-- --seconds 60] [--concurrency 50] [--articles 3000] [--saves 0.2]`.
// Writes a synthetic archive, serves it through the browser door (`jianbao serve`'s HTTP API)
// in a process of its own, and sends it `concurrency` clients' requests one after another for
// `seconds`: reads, annotation lists, searches and annotation saves. Then asks for every saved
// annotation back. Prints requests per second, latencies by kind, errors, lost saves and the
// server's RSS (after a warm-up, and at the end); the last line is one JSON object.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spawnTs } from '../unit/child/run-ts';
import { call, latencySummary, lostSaves, runLoad } from './load-driver';
import { makeQueries, writeSyntheticArchive } from './synthetic-archive';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    concurrency: { type: 'string', default: '50' },
    articles: { type: 'string', default: '3000' },
    seed: { type: 'string', default: '11' },
    saves: { type: 'string', default: '0.2' },
  },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const seed = Number(values.seed);

const dir = await mkdtemp(join(tmpdir(), 'jianbao-load-'));
const synthetic = await writeSyntheticArchive(dir, Number(values.articles), seed);
const server = spawnTs(fileURLToPath(new URL('./load-server.ts', import.meta.url)), [dir]);
const rss: { at: number; rss: number; heap: number }[] = [];
const started = Date.now();
const door = await new Promise<{ baseUrl: string; token: string }>((resolve, reject) => {
  let buffered = '';
  server.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const [word, a, b] = line.split(' ');
      if (word === 'port') resolve({ baseUrl: `http://127.0.0.1:${Number(a)}`, token: b ?? '' });
      else if (word === 'rss') rss.push({ at: Date.now() - started, rss: Number(a), heap: Number(b) });
    }
  });
  server.on('exit', (code) => reject(new Error(`the server stopped (${code})`)));
});
try {
  const library = JSON.parse(await (await import('node:fs/promises')).readFile(join(dir, 'library.json'), 'utf8')) as { articles: { id: string }[] };
  const articles = library.articles.map((a) => ({ id: a.id, length: 1300 }));
  const queries = makeQueries(200, seed, synthetic.samples);
  const warm = performance.now();
  await call(door, 'search', { query: queries[0] }); // builds the index
  console.log(`archive: ${synthetic.articles} articles in ${synthetic.issues} issues; index built in ${Math.round(performance.now() - warm)} ms`);
  const loadStart = Date.now() - started;
  const result = await runLoad({ door, concurrency, durationMs: seconds * 1000, articles, queries, seed, saveShare: Number(values.saves) });
  const lost = await lostSaves(door, result.saved);
  const during = rss.filter((r) => r.at >= loadStart);
  const warmed = during.find((r) => r.at >= loadStart + Math.min(10_000, (seconds * 1000) / 4)) ?? during[0];
  const last = during.at(-1);
  const mb = (bytes: number | undefined) => Math.round((bytes ?? 0) / 1024 / 1024);
  const figures = {
    seconds,
    concurrency,
    saveShare: Number(values.saves),
    requests: result.requests,
    requestsPerSecond: Math.round(result.requests / (result.elapsedMs / 1000)),
    latencyMs: latencySummary(result.latencies),
    errors: result.errors.length,
    saves: result.saved.length,
    lostSaves: lost.length,
    rssMB: { atStart: mb(during[0]?.rss), afterWarmUp: mb(warmed?.rss), atEnd: mb(last?.rss), max: mb(Math.max(...during.map((r) => r.rss))) },
    heapMB: { afterWarmUp: mb(warmed?.heap), atEnd: mb(last?.heap) },
    /** the server's RSS every 10 s of the load, in MB */
    rssSeriesMB: during.filter((_, i) => i % 10 === 0).map((r) => mb(r.rss)),
  };
  console.log(`${figures.requests} requests in ${seconds} s: ${figures.requestsPerSecond} per second, ${figures.errors} errors`);
  for (const [kind, s] of Object.entries(figures.latencyMs)) console.log(`  ${kind.padEnd(16)} ${String(s.count).padStart(7)}  p50 ${s.p50} ms  p95 ${s.p95} ms  p99 ${s.p99} ms`);
  console.log(`saves answered ok: ${figures.saves}; not found afterwards: ${figures.lostSaves}`);
  console.log(`server RSS: ${figures.rssMB.atStart} MB at start, ${figures.rssMB.afterWarmUp} MB after warm-up, ${figures.rssMB.atEnd} MB at the end (max ${figures.rssMB.max} MB); every 10 s: ${figures.rssSeriesMB.join(', ')}`);
  for (const error of result.errors.slice(0, 5)) console.log(`  error: ${error}`);
  console.log(JSON.stringify(figures));
  process.exitCode = figures.errors === 0 && figures.lostSaves === 0 ? 0 : 1;
} finally {
  server.kill();
  await rm(dir, { recursive: true, force: true });
}
