import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { assemblePdf } from '../../../src/main/core/demo/pdf-writer';
import { writeDocx } from '../../../src/main/core/import/test/sample-docx';
import { sharedFixture } from '../shared-fixtures';
import { hostileOfds } from './hostile-ofd';
import { rawZip, storedEntry } from './zip-bytes';

/** One hostile input: a file on disk, and what must become of it when that is known. */
export interface HostileInput {
  name: string;
  file: string;
  /** 'refused': must end as an error; 'imported': must import; absent: either, cleanly */
  outcome?: 'refused' | 'imported';
  /** text that must never reach the archive (a script's body) */
  marker?: string;
  /** its error must name the file */
  namesFile?: boolean;
}

/** Text that stands in a page's <script>: it must never become article text. */
export const scriptMarker = 'JIANBAO_SCRIPT_MARKER_8f3a';

const bases: [string, string][] = [
  ...['issue12823.pdf', 'issue15340.pdf', 'issue19182.pdf', 'issue2128r.pdf', 'issue3521.pdf', 'issue8372.pdf'].map((n): [string, string] => ['pdf', n]),
  ['html', 'people-1.html'],
  ['html', 'xinhuanet-1.html'],
  ['text', 'cppcc-newspaper-page2.txt'],
];

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A PDF of `pages` tiny pages, each with one line of text. */
export function manyPagePdf(pages: number): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids: string[] = [];
  for (let i = 1; i <= pages; i += 1) {
    const content = `BT /F1 12 Tf 72 720 Td (Page ${i}) Tj ET`;
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  return assemblePdf(objects, 1);
}

/** A one-page PDF whose objects say what `lie` makes them say. */
function lyingPdf(lie: 'length' | 'count' | 'loop'): Uint8Array {
  const content = 'BT /F1 12 Tf 72 720 Td (Quarterly report 2024) Tj ET';
  return assemblePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      lie === 'count' ? '<< /Type /Pages /Kids [4 0 R] /Count 1000000000 >>' : lie === 'loop' ? '<< /Type /Pages /Kids [2 0 R 4 0 R] /Count 2 >>' : '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
      `<< /Length ${lie === 'length' ? '99999999999' : content.length} >>\nstream\n${content}\nendstream`,
    ],
    1,
  );
}

/** `count` entries of `mb` MiB of zeros each, deflated (about 1 KiB per MiB): a zip bomb. */
function zeroBomb(count: number, mb: number, declare: (size: number) => number, ext = 'txt'): Uint8Array {
  const zeros = new Uint8Array(mb * 1024 * 1024);
  const data = deflateRawSync(zeros, { level: 9 });
  const crc = crc32(zeros);
  return rawZip(Array.from({ length: count }, (_, i) => ({ name: `2025-01-15/${String(i).padStart(2, '0')}.${ext}`, data, method: 8 as const, size: declare(zeros.length), crc })));
}

/**
 * The hostile inputs: the shared fixtures (and a Word document and an issue zip of our own)
 * truncated, bit-flipped and under the wrong extension, drawn by fast-check from `seed`; empty
 * files; magic numbers followed by noise; PDFs that lie about lengths and page counts, loop,
 * or have 10,000 pages; zips that climb out with `..`, declare huge sizes or unpack 240 MB
 * from a few hundred KB; HTML with scripts, 1 MB lines and 100,000 levels of nesting; random
 * bytes and random tag soup. Written into `dir`.
 */
export async function buildHostileCorpus(dir: string, seed: number): Promise<HostileInput[]> {
  const inputs: HostileInput[] = [];
  let n = 0;
  const put = async (name: string, bytes: Uint8Array, extra: Omit<HostileInput, 'name' | 'file'> = {}) => {
    const file = join(dir, `${String((n += 1)).padStart(3, '0')}-${name}`);
    await writeFile(file, bytes);
    inputs.push({ name, file, ...extra });
  };

  const originals: [string, Uint8Array][] = [];
  for (const [folder, name] of bases) originals.push([name, new Uint8Array(await readFile(sharedFixture(folder, name)))]);
  originals.push(['report.docx', writeDocx([{ heading: '关于社区养老服务的调研报告' }, { paragraph: '调研组走访了十二个社区，听取老人和家属的意见。' }, { table: [['社区', '床位'], ['江畔', '40']] }])]);
  const issueZip = zipSync({ '2025-01-15/02.txt': await readFile(sharedFixture('text', 'cppcc-newspaper-page2.txt')) });
  originals.push(['issue.zip', issueZip]);

  const mutation = fc.record({
    cut: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
    flips: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noDefaultInfinity: true, noNaN: true }), bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 24 }),
  });
  const drawn = fc.sample(mutation, { seed, numRuns: originals.length });
  const wrongExt: Record<string, string> = { pdf: 'html', html: 'pdf', txt: 'docx', docx: 'txt', zip: 'pdf' };
  for (const [i, [name, bytes]] of originals.entries()) {
    const { cut, flips } = drawn[i]!;
    const ext = name.split('.').pop()!;
    await put(`truncated-${name}`, bytes.subarray(0, Math.floor(bytes.length * cut)));
    const flipped = bytes.slice();
    for (const { at, bit } of flips) flipped[Math.min(flipped.length - 1, Math.floor(at * flipped.length))]! ^= 1 << bit;
    await put(`bitflipped-${name}`, flipped);
    await put(`${name}.as.${wrongExt[ext]}`, bytes);
  }

  for (const ext of ['pdf', 'txt', 'html', 'docx', 'zip']) await put(`empty.${ext}`, new Uint8Array(0), { outcome: 'refused' });
  const noise = fc.sample(fc.uint8Array({ minLength: 0, maxLength: 4096 }), { seed: seed + 1, numRuns: 6 });
  for (const [i, bytes] of noise.entries()) {
    const magic = i < 3 ? encode('%PDF-1.7\n') : new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
    const ext = ['pdf', 'pdf', 'html', 'zip', 'docx', 'zip'][i]!;
    await put(`magic-then-noise-${i}.${ext}`, new Uint8Array([...magic, ...bytes]), { outcome: 'refused' });
  }

  await put('huge-stream-length.pdf', lyingPdf('length'));
  await put('billion-page-count.pdf', lyingPdf('count'));
  await put('page-tree-loop.pdf', lyingPdf('loop'));
  await put('ten-thousand-pages.pdf', manyPagePdf(10_000), { outcome: 'refused' });

  const text = encode('关于加快城乡养老服务体系建设的提案\n□ 本报记者 林晓\n委员们建议在社区设立日间照料中心。\n');
  for (const [label, name] of [['dotdot', '../../escaped.txt'], ['absolute', '/tmp/escaped.txt'], ['backslash', '..\\..\\escaped.txt'], ['drive', 'C:/escaped.txt']]) {
    await put(`zip-slip-${label}.zip`, rawZip([storedEntry('2025-01-15/01.txt', text), storedEntry(name!, text)]), { outcome: 'refused' });
  }
  await put('zip-declares-4GB-each.zip', zeroBomb(4, 1, () => 0xfffffffe), { outcome: 'refused' });
  await put('zip-bomb-240MB.zip', zeroBomb(30, 8, (size) => size));
  await put('zip-lies-small.zip', zeroBomb(3, 8, () => 1024));
  await put('docx-bomb.docx', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(64 * 1024 * 1024).fill(0x3c) }, { level: 9 }));

  const cuts = fc.sample(fc.double({ min: 0.05, max: 0.95, noNaN: true }), { seed: seed + 4, numRuns: 4 });
  for (const ofd of await hostileOfds((i) => cuts[i]!)) await put(ofd.name, ofd.bytes, ofd.refused ? { outcome: 'refused', namesFile: true } : {});

  const line = '政协委员围绕基层治理建言献策，'.repeat(70_000); // about 1 MB on one line
  await put(
    'scripts-and-a-1MB-line.html',
    encode(`<!doctype html><html><head><meta charset="utf-8"><title>基层治理的一次长谈</title><script>document.title='${scriptMarker}';while(true){}</script></head>` +
      `<body><h1>基层治理的一次长谈</h1><script>fetch('http://example.com/${scriptMarker}')</script><p>${line}</p><img src=x onerror="alert('${scriptMarker}')"><noscript>${scriptMarker}</noscript></body></html>`),
    { outcome: 'imported', marker: scriptMarker },
  );
  await put('one-1MB-line.txt', encode(`一行很长的文字\n${line}`));
  await put('one-1MB-line-no-tags.html', encode(line));
  await put('nested-100000-deep.html', encode(`<html><body><h1>嵌套</h1>${'<div>'.repeat(100_000)}<p>${'深处的文字。'.repeat(10)}</p>${'</div>'.repeat(100_000)}</body></html>`));
  await put('utf16-with-bom.txt', new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'标题\n正文第一段。\n'].map((c) => c.charCodeAt(0))).buffer)]));

  const extensions = ['txt', 'html', 'htm', 'pdf', 'docx', 'zip', 'text', 'bin'];
  const randomFiles = fc.sample(fc.tuple(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom(...extensions)), { seed: seed + 2, numRuns: 24 });
  for (const [i, [bytes, ext]] of randomFiles.entries()) await put(`random-${i}.${ext}`, bytes);
  const soup = fc.array(fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<script>', '</script>', '<title>', '</title>', '<h1>', '</h1>', '<br>', '<a href="#">', '</a>', '政协', '提案', '——副题', '□ 本报记者 林晓', '\n', '第1版', '2024年3月5日', '<meta charset="gbk">', '&#0;', '&amp;', '\u0000', '\ud800'), { maxLength: 200 });
  for (const [i, parts] of fc.sample(soup, { seed: seed + 3, numRuns: 24 }).entries()) {
    await put(`tag-soup-${i}.${i % 2 === 0 ? 'html' : 'txt'}`, encode(parts.join('')));
  }
  return inputs;
}
