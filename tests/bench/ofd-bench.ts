// bench:ofd — `npm run bench:ofd -- [--pages 60] [--seed 7]`.
// Writes an OFD document of N dense A4 pages of Chinese text (our own words, one TextObject a
// line, DeltaX in its g form as producers write it), imports it through importPaths into a new
// archive, then, as the reference measured in the same run, imports the PDF that the OFD import
// made of the same pages as a plain PDF into another archive. Prints pages per second of each
// and what the OFD's own work (reading the package, writing the PDF) adds. The last line is one
// JSON object.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Archive } from '../../src/main/core/archive/archive';
import { importPaths } from '../../src/main/core/import/import-paths';
import { buildOfd, textObject } from '../../src/main/core/import/ofd/test/ofd-builder';
import { random } from './bench-stats';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '60' }, seed: { type: 'string', default: '7' } } });
const pageCount = Number(values.pages);
const rand = random(Number(values.seed));
const words = ['政协', '委员', '协商', '建言', '资政', '调研', '提案', '民生', '乡村', '振兴', '教育', '医疗', '养老', '生态', '基层', '治理', '文化', '创新', '产业', '社区'];
const line = (chars: number): string => {
  let s = '';
  while (s.length < chars) s += words[Math.floor(rand() * words.length)];
  return s.slice(0, chars);
};

const pages = Array.from({ length: pageCount }, (_, p) => {
  let id = 10;
  const objects = [textObject(id++, '30 20 150 10', 8, `第${p + 1}页 关于${line(8)}的报告`, 'X="0" Y="8" DeltaX="g 15 8"')];
  for (let row = 0; row < 48; row++) objects.push(textObject(id++, `25 ${35 + row * 5.2} 160 5`, 4.5, line(34), 'X="0" Y="4.5" DeltaX="g 33 4.7"'));
  return { content: objects.join('') };
});

const dir = await mkdtemp(join(tmpdir(), 'jianbao-bench-ofd-'));
try {
  const ofdFile = join(dir, 'report.ofd');
  await writeFile(ofdFile, buildOfd({ title: '基准测试报告', pages }));

  // pdf.js loads once per process: a one-page import first, so neither measured run pays for it.
  const warmFile = join(dir, 'warm.ofd');
  await writeFile(warmFile, buildOfd({ pages: pages.slice(0, 1) }));
  await importPaths(await Archive.open(join(dir, 'warm-archive')), [warmFile]);

  const ofdArchive = await Archive.open(join(dir, 'ofd-archive'));
  let started = performance.now();
  const ofdReport = await importPaths(ofdArchive, [ofdFile]);
  const ofdMs = performance.now() - started;
  const document = ofdReport.documents[0];
  if (!document) throw new Error(`bench:ofd: the OFD did not import: ${ofdReport.files[0]?.error?.message}`);
  const record = (await ofdArchive.documentBody(document.id).read()).document!;

  const pdfFile = join(dir, 'report.pdf');
  await writeFile(pdfFile, await readFile(ofdArchive.originalPath(record.replica!.sha256, 'pdf')));
  const pdfArchive = await Archive.open(join(dir, 'pdf-archive'));
  started = performance.now();
  const pdfReport = await importPaths(pdfArchive, [pdfFile]);
  const pdfMs = performance.now() - started;
  if (pdfReport.documents.length !== 1) throw new Error('bench:ofd: the reference PDF did not import');

  const result = {
    pages: document.pageCount,
    characters: record.text.length,
    ofdImportMs: Math.round(ofdMs),
    ofdPagesPerSecond: Math.round((document.pageCount / ofdMs) * 1000 * 10) / 10,
    referencePdfImportMs: Math.round(pdfMs),
    referencePdfPagesPerSecond: Math.round((document.pageCount / pdfMs) * 1000 * 10) / 10,
    ofdOverheadMsPerPage: Math.round(((ofdMs - pdfMs) / document.pageCount) * 10) / 10,
  };
  console.log(`OFD import: ${result.pages} pages (${result.characters} characters) in ${result.ofdImportMs} ms, ${result.ofdPagesPerSecond} pages/s`);
  console.log(`reference, the same pages as a PDF: ${result.referencePdfImportMs} ms, ${result.referencePdfPagesPerSecond} pages/s`);
  console.log(`reading the package and writing the PDF add ${result.ofdOverheadMsPerPage} ms a page`);
  console.log(JSON.stringify(result));
} finally {
  await rm(dir, { recursive: true, force: true });
}
