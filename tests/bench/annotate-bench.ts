// bench:annotate — `npm run bench:annotate -- [--annotations 1000] [--chars 200000] [--stored 100000]`.
// 1. Anchoring: a long synthetic Chinese article, N annotations described on it, then the
//    text edited (sentences inserted, characters changed, a paragraph deleted) as a
//    re-import would; times re-anchoring them all, against a reference measured in the same
//    run: finding each quote with indexOf alone (no context, no approximate match).
// 2. Saving: the time to save one annotation through AnnotationBook when the archive holds
//    `--stored` annotations (100 per issue file), against the same save in an archive
//    holding only that issue's file. The last line is one JSON object with the figures.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TextAnchorer } from '../../src/shared/anchoring/anchor';
import { describeRange, type TextSelector } from '../../src/shared/anchoring/selectors';
import { articleUrn, type Annotation } from '../../src/shared/annotation';
import { AnnotationBook } from '../../src/main/core/annotations/annotation-book';
import { openCore } from '../../src/main/core/open-core';
import { peakRssMB, percentile, random } from './bench-stats';

const { values } = parseArgs({
  options: {
    annotations: { type: 'string', default: '1000' },
    chars: { type: 'string', default: '200000' },
    stored: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '7' },
  },
});
const annotationCount = Number(values.annotations);
const charCount = Number(values.chars);
const storedCount = Number(values.stored);

const rand = random(Number(values.seed));
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

const han = '政协委员提案办理协商议政民主监督乡村振兴生态保护教育养老基层调研建议群众发展改革文化历史城市社区服务医疗就业科技创新产业农业水利交通';
function sentence(): string {
  const length = 12 + Math.floor(rand() * 30);
  let text = '';
  for (let i = 0; i < length; i += 1) text += pick([...han]);
  return `${text}${pick(['，', '。', '；'])}`;
}
function paragraphText(): string {
  return Array.from({ length: 4 + Math.floor(rand() * 5) }, sentence).join('');
}

function time<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

// ── 1. anchoring ─────────────────────────────────────────────────────────────
const paragraphs: string[] = [];
for (let length = 0; length < charCount; ) {
  const p = paragraphText();
  paragraphs.push(p);
  length += p.length + 1;
}
const original = paragraphs.join('\n');
const described: TextSelector[][] = [];
for (let i = 0; i < annotationCount; i += 1) {
  const start = Math.floor(rand() * (original.length - 40));
  described.push(describeRange(original, start, start + 6 + Math.floor(rand() * 30)));
}
const editedParagraphs = paragraphs.map((p) => {
  const roll = rand();
  if (roll < 0.1) return `${sentence()}${p}`; // a sentence inserted before
  if (roll < 0.15) return p.replace(/.(?=.{20}$)/u, '改'); // a character changed
  return p;
});
editedParagraphs.splice(Math.floor(editedParagraphs.length / 2), 1); // a paragraph deleted
const edited = editedParagraphs.join('\n');

const unchanged = time(() => {
  const anchorer = new TextAnchorer(original);
  return described.map((s) => anchorer.anchor(s));
});
const reanchored = time(() => {
  const anchorer = new TextAnchorer(edited);
  return described.map((s) => anchorer.anchor(s));
});
const reference = time(() =>
  described.map((s) => {
    const quote = s.find((x) => x.type === 'TextQuoteSelector');
    return quote ? edited.indexOf(quote.exact) : -1;
  }),
);
const orphaned = reanchored.value.filter((a) => a === null).length;
const fuzzy = reanchored.value.filter((a) => a?.method === 'fuzzy').length;
const referenceMissing = reference.value.filter((at) => at === -1).length;

// ── 2. saving one annotation ─────────────────────────────────────────────────
async function saveTimes(dir: string, saves: number): Promise<number[]> {
  const core = await openCore(dir);
  const library = await core.archive.library.read();
  const article = library.articles[0];
  if (!article) throw new Error('the demo archive has no article');
  const book = new AnnotationBook(core.archive, {
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    creatorName: async () => '基准',
  });
  const times: number[] = [];
  for (let i = 0; i < saves; i += 1) {
    const started = performance.now();
    await book.create({ articleId: article.id, start: i % 50, end: (i % 50) + 2 });
    times.push(performance.now() - started);
  }
  return times;
}

function fakeAnnotation(issue: number, n: number): Annotation {
  const at = new Date(Date.UTC(2020, 0, 1) + issue * 86_400_000).toISOString();
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:00000000-0000-4000-8000-${String(issue * 1000 + n).padStart(12, '0')}`,
    type: 'Annotation',
    motivation: 'commenting',
    created: at,
    modified: at,
    creator: { type: 'Person', name: '基准' },
    body: [{ type: 'TextualBody', purpose: 'commenting', value: '一条用于基准测试的批注。', format: 'text/markdown' }],
    target: {
      source: articleUrn(`a-${String(issue).padStart(16, '0')}`),
      selector: [
        { type: 'TextQuoteSelector', exact: '提案办理', prefix: '委员们认为，', suffix: '要从“办了”走向“办好”' },
        { type: 'TextPositionSelector', start: 10, end: 14 },
      ],
    },
    color: 'yellow',
    style: 'highlight',
  };
}

const root = await mkdtemp(join(tmpdir(), 'jianbao-bench-annotate-'));
try {
  const small = await saveTimes(join(root, 'small'), 50);
  const bigDir = join(root, 'big');
  await openCore(bigDir);
  const perFile = 100;
  for (let issue = 0; issue < Math.ceil(storedCount / perFile); issue += 1) {
    const annotations = Array.from({ length: perFile }, (_, n) => fakeAnnotation(issue, n));
    await writeFile(
      join(bigDir, 'annotations', `bench-${issue}.json`),
      JSON.stringify({ schemaVersion: 1, issueId: `bench-${issue}`, annotations }),
    );
  }
  const big = await saveTimes(bigDir, 50);

  const figures = {
    annotations: annotationCount,
    articleChars: original.length,
    anchorUnchangedMs: Math.round(unchanged.ms * 10) / 10,
    reanchorEditedMs: Math.round(reanchored.ms * 10) / 10,
    referenceIndexOfMs: Math.round(reference.ms * 10) / 10,
    orphaned,
    fuzzy,
    referenceMissing,
    storedAnnotations: Math.ceil(storedCount / perFile) * perFile,
    saveMedianMs: Math.round(percentile(big, 0.5) * 10) / 10,
    saveP95Ms: Math.round(percentile(big, 0.95) * 10) / 10,
    saveMedianSmallArchiveMs: Math.round(percentile(small, 0.5) * 10) / 10,
    peakRssMB: peakRssMB(),
  };
  console.log(`anchor ${annotationCount} annotations on ${original.length} characters: ${figures.anchorUnchangedMs} ms unchanged, ${figures.reanchorEditedMs} ms after edits (${orphaned} orphaned, ${fuzzy} approximate)`);
  console.log(`reference, indexOf of each quote on the edited text: ${figures.referenceIndexOfMs} ms (${referenceMissing} not found)`);
  console.log(`save one annotation among ${figures.storedAnnotations}: median ${figures.saveMedianMs} ms, p95 ${figures.saveP95Ms} ms (same save in a small archive: ${figures.saveMedianSmallArchiveMs} ms)`);
  console.log(JSON.stringify(figures));
} finally {
  await rm(root, { recursive: true, force: true });
}
