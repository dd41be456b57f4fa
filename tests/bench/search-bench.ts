// bench:search — `npm run bench:search -- --articles N [--queries 200] [--seed 1] [--keep]`;
// `--reuse DIR` runs the queries again on the archive and index that `--keep` left in DIR.
// Writes a synthetic Chinese archive to a temporary folder (never into the repository), then
// runs processes on it: the index build, the search (the queries through SearchIndex, in a
// fresh process as after the app starts), and the reference (every article's text in memory,
// scanned). The search side is bundled with Vite into the same temporary folder and runs as
// plain JavaScript, so its memory is the code's own. Prints build time, index size,
// latencies of both and the number of queries whose result sets differ (must be 0); the last
// line is one JSON object. Exits non-zero when any result set differs.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { percentile, type QueryOutcome } from './bench-stats';
import { makeQueries, writeSyntheticArchive } from './synthetic-archive';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    queries: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'string' },
  },
});
const articles = Number(values.articles);
const queryCount = Number(values.queries);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(queryCount) || queryCount < 1) {
  console.error('usage: npm run bench:search -- --articles N [--queries 200] [--seed 1] [--keep | --reuse DIR]');
  process.exit(2);
}


/** Runs `node [flags] script args` and resolves to the JSON of its last line of output. */
function runChild(flags: string[], script: string, args: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${script} exited with ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>);
    });
  });
}

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));
const typeScriptFlags = ['--experimental-transform-types', '--no-warnings', '--import', here('../unit/child/ts-hooks.mjs')];

/** The search side as one plain JavaScript file in `outDir`. */
async function bundleSearch(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: here('../..'),
    build: { ssr: here('./search-bench-search.ts'), outDir, emptyOutDir: true, minify: false, target: 'node22', copyPublicDir: false },
    ssr: { noExternal: true, target: 'node' },
  });
  return join(outDir, 'search-bench-search.js');
}

const dir = values.reuse ?? (await mkdtemp(join(tmpdir(), 'jianbao-bench-')));
try {
  const queriesFile = join(dir, 'queries.json');
  const builtFile = join(dir, 'built.json');
  const searchScript = await bundleSearch(join(dir, 'bench-build'));
  let built: Record<string, unknown>;
  if (values.reuse === undefined) {
    let started = performance.now();
    const archive = await writeSyntheticArchive(dir, articles, seed);
    await writeFile(queriesFile, JSON.stringify(makeQueries(queryCount, seed, archive.samples)));
    console.log(`archive: ${archive.articles} articles in ${archive.issues} issues, written in ${((performance.now() - started) / 1000).toFixed(1)} s (${dir})`);
    started = performance.now();
    built = await runChild([], searchScript, ['build', dir]);
    await writeFile(builtFile, JSON.stringify(built));
    console.log(`index built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } else {
    built = JSON.parse(await readFile(builtFile, 'utf8')) as Record<string, unknown>;
    console.log(`reusing ${dir}: ${String(built.articles)} articles, index built earlier`);
  }
  const queries = JSON.parse(await readFile(queriesFile, 'utf8')) as string[];
  // Other words than the measured ones, so that the measured searches find threads, statements
  // and caches ready, as a reader's searches after the first few do.
  const warmupFile = join(dir, 'warmup.json');
  await writeFile(warmupFile, JSON.stringify(makeQueries(10, seed + 1, [])));
  const search = await runChild([], searchScript, ['query', dir, queriesFile, warmupFile]);
  const scan = await runChild(typeScriptFlags, here('./search-bench-scan.ts'), [dir, queriesFile]);

  const searched = search.outcomes as QueryOutcome[];
  const scanned = scan.outcomes as QueryOutcome[];
  const differing = searched.filter((outcome, i) => outcome.digest !== scanned[i]?.digest);
  for (const outcome of differing.slice(0, 10)) {
    const reference = scanned[searched.indexOf(outcome)];
    console.log(`  differs: ${outcome.query}: index ${outcome.count}, scan ${reference?.count}`);
  }
  const ms = searched.map((o) => o.ms);
  const scanMs = scanned.map((o) => o.ms);
  const counts = scanned.map((o) => o.count);
  const round = (n: number): number => Math.round(n * 100) / 100;
  const result = {
    articles: built.articles as number,
    queries: queries.length,
    buildMs: built.buildMs as number,
    indexBytes: built.indexBytes as number,
    medianMs: round(percentile(ms, 0.5)),
    p95Ms: round(percentile(ms, 0.95)),
    maxMs: round(Math.max(...ms)),
    scanMedianMs: round(percentile(scanMs, 0.5)),
    scanP95Ms: round(percentile(scanMs, 0.95)),
    mismatches: differing.length,
    peakRssMB: search.peakRssMB as number,
    buildPeakRssMB: built.peakRssMB as number,
    firstSearchMs: round(search.firstSearchMs as number),
    scanPeakRssMB: scan.peakRssMB as number,
    medianResults: percentile(counts, 0.5),
    maxResults: Math.max(...counts),
    // other work on the machine slows both sides: the 1-minute load average, and the cores
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    cores: cpus().length,
  };
  console.log(`build: ${(result.buildMs / 1000).toFixed(1)} s, index ${(result.indexBytes / 2 ** 20).toFixed(1)} MB, peak RSS ${result.buildPeakRssMB} MB`);
  console.log(`search: median ${result.medianMs} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms, peak RSS ${result.peakRssMB} MB (first search, comparing index and library: ${result.firstSearchMs} ms)`);
  console.log(`scan:   median ${result.scanMedianMs} ms, p95 ${result.scanP95Ms} ms (${(result.scanP95Ms / result.p95Ms).toFixed(1)}× the search at p95)`);
  console.log(`results per query: median ${result.medianResults}, max ${result.maxResults}; result sets that differ: ${result.mismatches}`);
  for (const [label, low, high] of [['< 1%', 0, 0.01], ['1–10%', 0.01, 0.1], ['10–50%', 0.1, 0.5], ['≥ 50%', 0.5, 1.01]] as const) {
    const group = searched.filter((o) => o.count >= low * result.articles && o.count < high * result.articles).map((o) => o.ms);
    if (group.length === 0) continue;
    console.log(`  matching ${label} of articles: ${group.length} queries, median ${round(percentile(group, 0.5))} ms, max ${round(Math.max(...group))} ms`);
  }
  console.log(JSON.stringify(result));
  if (differing.length > 0) process.exitCode = 1;
} finally {
  if (values.keep || values.reuse !== undefined) console.error(`kept ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}
