// The reference side of bench:search: loads the text of every article of the archive in
// argv[2] into memory and answers the queries of argv[3] by scanning it, the obvious way
// that cannot be wrong: an article matches when each term occurs in one of its fields.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../src/shared/model';
import { digestOf, peakRssMB, type QueryOutcome } from './bench-stats';

const [dir, queriesFile] = process.argv.slice(2) as [string, string];
const queries = JSON.parse(await readFile(queriesFile, 'utf8')) as string[];
const ids: string[] = [];
const fields: string[][] = [];
for (const name of await readdir(join(dir, 'articles'))) {
  const file = JSON.parse(await readFile(join(dir, 'articles', name), 'utf8')) as { articles: Article[] };
  for (const article of file.articles) {
    ids.push(article.id);
    const texts = [article.kicker, article.title, article.subtitle, article.byline, article.text];
    fields.push(texts.filter((text): text is string => text !== undefined).map((text) => text.normalize('NFKC')));
  }
}

const outcomes: QueryOutcome[] = [];
for (const query of queries) {
  const terms = query.normalize('NFKC').split(/\s+/).filter(Boolean);
  const started = performance.now();
  const matched: string[] = [];
  for (let i = 0; i < fields.length; i += 1) {
    const texts = fields[i] as string[];
    if (terms.every((term) => texts.some((text) => text.includes(term)))) matched.push(ids[i] as string);
  }
  const ms = performance.now() - started;
  outcomes.push({ query, ms, count: matched.length, digest: digestOf(matched) });
}
process.stdout.write(`${JSON.stringify({ articles: ids.length, peakRssMB: peakRssMB(), outcomes })}\n`);
