// bench:import — `npm run bench:import -- [--pages 200] [--per-pdf 8] [--font PATH]`.
// Generates N Chinese newspaper pages as PDFs (pdfkit, with a CJK font embedded as a subset,
// the way real digital editions ship them), `--per-pdf` pages to a PDF as one issue, then
// imports them all into a new archive through importPaths, in a child process of its own so
// that its peak RSS is the import's alone, and prints pages per second and that peak RSS.
// The font: --font, else $JIANBAO_BENCH_FONT, else Noto Sans CJK from fonts-noto-cjk
// (apt-get install fonts-noto-cjk). The last line is one JSON object.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import PDFDocument from 'pdfkit';
import { Archive } from '../../src/main/core/archive/archive';
import { importPaths } from '../../src/main/core/import/import-paths';
import { cjkCharacters } from '../../src/shared/normalize-text';
import { peakRssMB, random } from './bench-stats';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '200' },
    'per-pdf': { type: 'string', default: '8' },
    font: { type: 'string' },
    seed: { type: 'string', default: '11' },
    /** child mode: import this folder and print the figures as JSON */
    'import-only': { type: 'string' },
  },
});

if (values['import-only']) {
  const folder = values['import-only'];
  const archive = await Archive.open(join(folder, '..', 'archive'));
  const started = performance.now();
  const report = await importPaths(archive, [folder], { paper: '云岭政协报' });
  const importMs = performance.now() - started;
  const failed = report.files.filter((f) => f.status === 'failed');
  if (failed.length > 0) throw new Error(`bench:import: ${failed.length} file(s) failed: ${failed[0]?.error?.message}`);
  let cjkChars = 0;
  for (const issue of report.issues) {
    for (const page of (await archive.pageTexts(issue.id).read()).pages) cjkChars += cjkCharacters(page.text).length;
  }
  const pages = report.issues.reduce((sum, issue) => sum + issue.pages.length, 0);
  console.log(JSON.stringify({ pages, cjkChars, importMs, peakRssMB: peakRssMB() }));
  process.exit(0);
}
const pageCount = Number(values.pages);
const perPdf = Number(values['per-pdf']);

const fontCandidates = [
  values.font,
  process.env.JIANBAO_BENCH_FONT,
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
].filter((p): p is string => p !== undefined);
const fontPath = fontCandidates.find((p) => existsSync(p));
if (!fontPath) {
  console.error('bench:import needs a CJK font: apt-get install fonts-noto-cjk, or pass --font PATH (.ttf, .otf or .ttc).');
  process.exit(1);
}
// A .ttc holds several faces: pick the Simplified Chinese one by its PostScript name.
const fontFamily = fontPath.endsWith('.ttc') ? (fontPath.includes('Serif') ? 'NotoSerifCJKsc-Regular' : 'NotoSansCJKsc-Regular') : undefined;

// Our own words, recombined: the bench ships no real newspaper text.
const words = ['政协', '委员', '协商', '建言', '资政', '调研', '提案', '民生', '乡村', '振兴', '合作社', '茶农', '增收', '教育', '医疗', '养老', '生态', '保护', '开放', '发展', '基层', '治理', '文化', '传承', '创新', '产业', '园区', '交通', '水利', '社区'];
const rand = random(Number(values.seed));
const sentence = (): string => {
  let s = '';
  const n = 6 + Math.floor(rand() * 10);
  for (let i = 0; i < n; i++) s += words[Math.floor(rand() * words.length)];
  return `${s}${rand() < 0.3 ? '，' : '。'}`;
};

/** One issue PDF of `pages` pages, each a masthead, a 版 line, headlines and columns of text. */
function issuePdf(issueDate: string, firstPage: number, pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: [842, 1191], margin: 36, autoFirstPage: false, compress: true });
  doc.registerFont('cjk', fontPath!, fontFamily);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let p = 0; p < pages; p++) {
    const number = firstPage + p;
    doc.addPage();
    doc.font('cjk').fontSize(36).text('云岭政协报', 36, 36);
    doc.fontSize(10).text(`${issueDate.replace(/-0?/, '年').replace(/-0?/, '月')}日  第 ${number} 版 · 要闻`, 36, 84);
    for (let column = 0; column < 4; column++) {
      const x = 36 + column * 195;
      doc.fontSize(16).text(sentence().slice(0, 12), x, 120, { width: 185 });
      let body = '';
      for (let i = 0; i < 28; i++) body += sentence();
      doc.fontSize(10).text(body, x, 150, { width: 185, height: 1000, lineGap: 3 });
    }
  }
  doc.end();
  return done;
}

const dir = await mkdtemp(join(tmpdir(), 'jianbao-bench-import-'));
try {
  const folder = join(dir, 'pdfs');
  await mkdir(folder);
  const madeAt = performance.now();
  let written = 0;
  let bytes = 0;
  for (let issue = 0; written < pageCount; issue++) {
    const pages = Math.min(perPdf, pageCount - written);
    const date = new Date(Date.UTC(2025, 0, 1 + issue)).toISOString().slice(0, 10);
    const pdf = await issuePdf(date, 1, pages);
    bytes += pdf.length;
    // One folder per issue, as back issues are kept: the import takes a folder at a time.
    await mkdir(join(folder, date));
    await writeFile(join(folder, date, `${date}.pdf`), pdf);
    written += pages;
  }
  const makeMs = performance.now() - madeAt;
  const child = execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, '--import-only', folder], { encoding: 'utf8' });
  const measured = JSON.parse(child.trim().split('\n').pop()!) as { pages: number; cjkChars: number; importMs: number; peakRssMB: number };
  const result = {
    pages: measured.pages,
    pdfs: Math.ceil(pageCount / perPdf),
    pdfMB: Math.round((bytes / 1024 / 1024) * 10) / 10,
    cjkCharsExtracted: measured.cjkChars,
    font: fontPath,
    makeSeconds: Math.round(makeMs / 100) / 10,
    importSeconds: Math.round(measured.importMs / 100) / 10,
    pagesPerSecond: Math.round((measured.pages / (measured.importMs / 1000)) * 10) / 10,
    peakRssMB: measured.peakRssMB,
  };
  console.log(`made ${written} pages in ${result.pdfs} PDFs (${result.pdfMB} MB) in ${result.makeSeconds} s`);
  console.log(`imported ${result.pages} pages in ${result.importSeconds} s: ${result.pagesPerSecond} pages/s, peak RSS ${result.peakRssMB} MB`);
  console.log(JSON.stringify(result));
} finally {
  await rm(dir, { recursive: true, force: true });
}
