// The search side of bench:search, run as its own process (bundled by the parent into the
// benchmark's temporary folder, so that no TypeScript loader weighs on its memory):
// - `build DIR`: builds the index of the archive in DIR from nothing;
// - `query DIR QUERIES [WARMUP]`: opens the archive and its index as the app would, runs the
//   untimed searches of the JSON file WARMUP, then answers the queries of the JSON file
//   QUERIES through SearchIndex (50 hits with snippets, total and facets), timing each; then,
//   untimed, collects every matching id for the comparison.
// Prints one JSON line; peak RSS is taken before the untimed checks.
import { readFile, stat } from 'node:fs/promises';
import { Archive } from '../../src/main/core/archive/archive';
import { SearchIndex } from '../../src/main/core/search/search-index';
import { digestOf, peakRssMB, type QueryOutcome } from './bench-stats';

const [mode, dir, queriesFile, warmupFile] = process.argv.slice(2) as ['build' | 'query', string, string, string | undefined];
const archive = await Archive.open(dir);
const index = new SearchIndex(archive);

if (mode === 'build') {
  const status = await index.rebuild();
  index.close();
  const indexBytes = (await stat(index.file)).size;
  process.stdout.write(`${JSON.stringify({ buildMs: status.buildMs, indexBytes, articles: status.articles, peakRssMB: peakRssMB() })}\n`);
} else {
  const queries = JSON.parse(await readFile(queriesFile, 'utf8')) as string[];
  // The first search compares the index with the library (as after the app starts); timed apart.
  let started = performance.now();
  await index.search({ query: '政协', limit: 50, offset: 0, sort: 'relevance' });
  const firstSearchMs = performance.now() - started;
  const warmup = warmupFile === undefined ? [] : (JSON.parse(await readFile(warmupFile, 'utf8')) as string[]);
  for (const query of warmup) await index.search({ query, limit: 50, offset: 0, sort: 'relevance' });
  const timings: number[] = [];
  for (const query of queries) {
    started = performance.now();
    await index.search({ query, limit: 50, offset: 0, sort: 'relevance' });
    timings.push(performance.now() - started);
  }
  const rssMB = peakRssMB();
  const outcomes: QueryOutcome[] = [];
  for (const [i, query] of queries.entries()) {
    const ids = await index.matchingArticleIds(query);
    const { total } = await index.search({ query, limit: 1, offset: 0, sort: 'date' });
    if (ids.length !== total) throw new Error(`total ${total} but ${ids.length} ids for ${query}`);
    outcomes.push({ query, ms: timings[i] as number, count: ids.length, digest: digestOf(ids) });
  }
  index.close();
  process.stdout.write(`${JSON.stringify({ firstSearchMs, peakRssMB: rssMB, outcomes })}\n`);
}
