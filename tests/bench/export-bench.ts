// bench:export — `npm run bench:export -- [--annotations 1000]`. The demo archive with N
// annotations (quotes with comments and tags) spread over its articles; times the 批注 view's
// exports of all of them (Word digest, Markdown, W3C) and the digest for the print view,
// against a reference measured in the same run: readArchiveAnnotations alone (reading and
// citing them, which every export does first). The last line is one JSON object.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AnnotationBook } from '../../src/main/core/annotations/annotation-book';
import { readArchiveAnnotations } from '../../src/main/core/annotations/export-w3c';
import { openCore } from '../../src/main/core/open-core';
import { peakRssMB } from './bench-stats';

const { values } = parseArgs({ options: { annotations: { type: 'string', default: '1000' } } });
const count = Number(values.annotations);

const dir = await mkdtemp(join(tmpdir(), 'jianbao-export-bench-'));
try {
  const core = await openCore(dir);
  let ids = 0;
  const book = new AnnotationBook(core.archive, {
    now: () => new Date('2026-11-29T09:00:00Z'),
    newId: () => `00000000-0000-4000-8000-${String((ids += 1)).padStart(12, '0')}`,
    creatorName: async () => '林晓',
  });
  const library = await core.archive.library.read();
  const articles = [];
  for (const issue of library.issues) articles.push(...(await core.archive.articles(issue.id).read()).articles);
  const made = performance.now();
  for (let i = 0; i < count; i += 1) {
    const article = articles[i % articles.length]!;
    const start = (i * 7) % Math.max(1, article.text.length - 20);
    await book.create({ articleId: article.id, start, end: start + 12, comment: i % 3 === 0 ? `第 ${i} 条批注：可写进提案` : undefined, tags: i % 2 === 0 ? ['提案'] : [] });
  }
  console.log(`made ${count} annotations on ${articles.length} articles in ${((performance.now() - made) / 1000).toFixed(1)} s`);

  const time = async (work: () => Promise<unknown>): Promise<number> => {
    await work(); // warm
    const runs: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const started = performance.now();
      await work();
      runs.push(performance.now() - started);
    }
    return Math.min(...runs);
  };
  const scope = { kind: 'filter' as const, filter: {} };
  const reference = await time(() => readArchiveAnnotations(core.archive));
  const figures: Record<string, number> = { annotations: count, referenceReadMs: Math.round(reference) };
  for (const format of ['docx', 'md', 'w3c'] as const) {
    let bytes = 0;
    figures[`${format}Ms`] = Math.round(await time(async () => (bytes = (await core.handlers.exportAnnotations({ scope, format })).data.length)));
    figures[`${format}KB`] = Math.round((bytes * 3) / 4 / 1024);
  }
  figures.digestMs = Math.round(await time(() => core.handlers.getDigest({ scope })));
  figures.peakRssMB = peakRssMB();
  console.log(`reference (read and cite all): ${figures.referenceReadMs} ms`);
  for (const format of ['docx', 'md', 'w3c']) console.log(`export ${format}: ${figures[`${format}Ms`]} ms, ${figures[`${format}KB`]} KB`);
  console.log(`digest for the print view: ${figures.digestMs} ms`);
  console.log(JSON.stringify(figures));
} finally {
  await rm(dir, { recursive: true, force: true });
}
