// bench:layout — `npm run bench:layout [-- --truth DIR --pdfs DIR]`. Runs the layout analysis (issue 13) on the labelled
// newspaper pages (tests/fixtures/layout-truth/*.json, PDFs in ../shared/fixtures/newspaper-pages)
// and prints, per page and overall, recall and precision of articles (layout-score.ts), the
// areas' IoU and milliseconds per page: reading the PDF (text, rules, pictures) and the
// analysis, against pdf.js's text extraction alone as the reference measured in the same run.
// Then it imports eight page PDFs as one issue folder through importPaths and times that: the
// real pages (8 files), and eight typeset pages 第1版 … 第8版 of our own.
// The last line is one JSON object.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Archive } from '../../src/main/core/archive/archive';
import { importPaths } from '../../src/main/core/import/import-paths';
import { extractPdfText, pdfjsDir } from '../../src/main/core/import/pdf-text';
import { analysePage } from '../../src/main/core/layout/analyse-page';
import { articlesOfAnalysis } from '../../src/main/core/layout/analysis-articles';
import { writePdf } from '../../src/main/core/demo/pdf-writer';
import { countyItems, countyPage } from '../../src/main/core/layout/test/county-page';
import { sharedFixture } from '../unit/shared-fixtures';
import { scorePage, type TruthPage } from './layout-score';

// Other labelled pages can be measured the same way: --truth DIR (JSON files as in
// tests/fixtures/layout-truth) and --pdfs DIR (where their `file`s are).
const { values: args } = parseArgs({ options: { truth: { type: 'string' }, pdfs: { type: 'string' } } });
const truthDir = args.truth ? resolve(args.truth) : fileURLToPath(new URL('../fixtures/layout-truth/', import.meta.url));
const pdfPath = (file: string): string => (args.pdfs ? join(resolve(args.pdfs), file) : sharedFixture('newspaper-pages', file));
const names = (await readdir(truthDir)).filter((n) => n.endsWith('.json')).sort();
const truths: TruthPage[] = await Promise.all(names.map(async (n) => JSON.parse(await readFile(join(truthDir, n), 'utf8')) as TruthPage));

/** pdf.js's text content of every page, nothing else: what import read before the analysis. */
async function referenceMs(bytes: Uint8Array): Promise<number> {
  const pdfjs = await import(join(pdfjsDir(), 'legacy', 'build', 'pdf.mjs'));
  const started = performance.now();
  const task = pdfjs.getDocument({ data: bytes.slice(), cMapUrl: join(pdfjsDir(), 'cmaps') + '/', cMapPacked: true, verbosity: 0 });
  const doc = await task.promise;
  for (let i = 1; i <= doc.numPages; i++) await (await doc.getPage(i)).getTextContent();
  await task.destroy();
  return performance.now() - started;
}

// One page read and analysed first, untimed: the figures are those of an import under way,
// with pdf.js and the analysis loaded and compiled; the cold first page is printed apart.
const coldStarted = performance.now();
{
  const bytes = new Uint8Array(await readFile(pdfPath(truths[0]!.file)));
  analysePage((await extractPdfText(bytes, truths[0]!.file)).pages[0]!.layout);
  await referenceMs(bytes);
}
const coldMs = performance.now() - coldStarted;

let truthArticles = 0;
let foundArticles = 0;
let hits = 0;
let iouSum = 0;
const timing = { readMs: 0, analyseMs: 0, referenceMs: 0 };
console.log('page                     articles found  recall precision   IoU  read ms analyse ms  pdf.js text ms');
for (const truth of truths) {
  const bytes = new Uint8Array(await readFile(pdfPath(truth.file)));
  const ref = await referenceMs(bytes);
  const t0 = performance.now();
  const { pages } = await extractPdfText(bytes, truth.file);
  const t1 = performance.now();
  const { analysis, header } = analysePage(pages[0]!.layout);
  const { articles, areas } = articlesOfAnalysis(analysis, header.pageNumber ?? 1);
  const t2 = performance.now();
  const found = articles.map((a) => ({
    title: a.title,
    text: a.blocks.map((b) => b.text).join('\n'),
    areas: areas.filter((r) => r.title === a.title).map((r) => r.rect),
  }));
  const score = scorePage(truth, found);
  const headerOk = header.date === truth.date && header.pageNumber === truth.pageNumber && header.section === truth.section;
  truthArticles += truth.articles.length;
  foundArticles += found.length;
  hits += score.found;
  iouSum += score.iou * truth.articles.length;
  timing.readMs += t1 - t0;
  timing.analyseMs += t2 - t1;
  timing.referenceMs += ref;
  console.log(
    `${truth.file.padEnd(24)} ${String(truth.articles.length).padStart(8)} ${String(found.length).padStart(5)} ${score.recall.toFixed(2).padStart(7)} ${score.precision.toFixed(2).padStart(9)} ${score.iou.toFixed(2).padStart(5)} ${(t1 - t0).toFixed(0).padStart(8)} ${(t2 - t1).toFixed(0).padStart(10)} ${ref.toFixed(0).padStart(15)}` +
      (headerOk ? '' : `  header: ${JSON.stringify(header)}`) +
      (score.missed.length > 0 ? `  missed: ${score.missed.join(' / ')}` : ''),
  );
}
const pageCount = truths.length;
const recall = hits / truthArticles;
const precision = foundArticles === 0 ? 0 : hits / foundArticles;

// An 8-page issue folder: the labelled pages as 01.pdf … 08.pdf of one day (the last two
// again, with a byte appended after %%EOF so that they are new files to the archive).
const root = await mkdtemp(join(tmpdir(), 'jianbao-layout-bench-'));
const folder = join(root, '2018-01-10');
await mkdir(folder);
for (let i = 0; i < 8; i++) {
  const source = pdfPath(truths[i % truths.length]!.file);
  const target = join(folder, `${String(i + 1).padStart(2, '0')}.pdf`);
  if (i < truths.length) await copyFile(source, target);
  else await writeFile(target, Buffer.concat([await readFile(source), Buffer.from(`\n% copy ${i}\n`)]));
}
const archive = await Archive.open(join(root, 'archive'));
const started = performance.now();
const report = await importPaths(archive, [folder], { paper: '人民日报' });
const folderMs = performance.now() - started;
const importedArticles = report.issues.reduce((n, issue) => n + issue.articles.length, 0);

// And an issue of eight distinct 版 (our own typeset county pages, 第1版 … 第8版), as one folder.
const countyFolder = join(root, 'county', '2018-01-11');
await mkdir(countyFolder, { recursive: true });
for (let n = 1; n <= 8; n++) {
  const page = countyPage(countyItems(6 + (n % 4), n), { label: `第${n}版 综合新闻`, date: '2018年1月11日' });
  await writeFile(join(countyFolder, `${String(n).padStart(2, '0')}.pdf`), writePdf([page]));
}
const countyStarted = performance.now();
const countyReport = await importPaths(archive, [countyFolder], { paper: '县报' });
const countyMs = performance.now() - countyStarted;
const countyIssue = countyReport.issues[0];
await rm(root, { recursive: true, force: true });

const perPage = (ms: number): number => Math.round(ms / pageCount);
console.log(`\noverall: ${hits} of ${truthArticles} articles found, ${foundArticles} given; recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}, IoU ${(iouSum / truthArticles).toFixed(3)}`);
console.log(`per page: read ${perPage(timing.readMs)} ms + analyse ${perPage(timing.analyseMs)} ms (reference: pdf.js text alone ${perPage(timing.referenceMs)} ms)`);
console.log(`cold start (first page, pdf.js loading, read + analyse + reference): ${coldMs.toFixed(0)} ms`);
console.log(`issue folder of 8 real page PDFs: ${(folderMs / 1000).toFixed(2)} s, ${importedArticles} articles imported (all are 版 7, so they file as one page)`);
console.log(`issue folder of 8 typeset pages 第1版…第8版: ${(countyMs / 1000).toFixed(2)} s, ${countyIssue?.pages.length ?? 0} pages, ${countyIssue?.articles.length ?? 0} articles`);
console.log(
  JSON.stringify({
    pages: pageCount,
    articles: truthArticles,
    found: hits,
    given: foundArticles,
    recall: Number(recall.toFixed(3)),
    precision: Number(precision.toFixed(3)),
    iou: Number((iouSum / truthArticles).toFixed(3)),
    readMsPerPage: perPage(timing.readMs),
    analyseMsPerPage: perPage(timing.analyseMs),
    msPerPage: perPage(timing.readMs + timing.analyseMs),
    referenceTextMsPerPage: perPage(timing.referenceMs),
    coldStartMs: Math.round(coldMs),
    issueFolder8PagesMs: Math.round(folderMs),
    issueFolderArticles: importedArticles,
    typesetIssueFolder8PagesMs: Math.round(countyMs),
    typesetIssueFolderArticles: countyIssue?.articles.length ?? 0,
  }),
);
