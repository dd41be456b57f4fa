import { assemblePdf } from '../../demo/pdf-writer';

/**
 * Writes a PDF with the flaw of old Chinese office tools (issue 3): a non-embedded Chinese
 * TrueType font (宋体, /BaseFont /SimSun) that declares /WinAnsiEncoding, a single-byte Latin
 * encoding, while its strings hold GBK bytes. pdf.js and poppler both read such text as
 * Latin-1 mojibake (政协 comes out as "Õþð­"). Test use only.
 */

let gbkTable: Map<string, number[]> | null = null;

/** GBK bytes of a character, found by decoding every GBK double-byte code once. */
function gbkBytes(ch: string): number[] {
  if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)];
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const decoded = decoder.decode(new Uint8Array([lead, trail]));
        if (!gbkTable.has(decoded)) gbkTable.set(decoded, [lead, trail]);
      }
    }
  }
  const bytes = gbkTable.get(ch);
  if (!bytes) throw new Error(`no GBK code for ${ch}`);
  return bytes;
}

/** The GBK bytes of `text`, as a PDF hex string. */
export function gbkHex(text: string): string {
  return [...text].flatMap(gbkBytes).map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A one-page PDF whose lines are GBK bytes shown in a WinAnsi-encoded, non-embedded SimSun:
 * the first line as an 18 pt title, the others as 12 pt text.
 */
export function writeGbkMojibakePdf(lines: readonly string[], options: { latinLine?: string } = {}): Uint8Array {
  const content = [
    'BT /F1 18 Tf 72 760 Td',
    ...lines.map((line, i) => `${i === 0 ? '' : i === 1 ? '/F1 12 Tf 0 -36 Td ' : '0 -20 Td '}<${gbkHex(line)}> Tj`),
    'ET',
    ...(options.latinLine ? [`BT /F2 12 Tf 72 100 Td (${options.latinLine}) Tj ET`] : []),
  ].join('\n');
  const widths = Array.from({ length: 224 }, () => 500).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 7 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Type /Font /Subtype /TrueType /BaseFont /SimSun /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths [${widths}] /FontDescriptor 6 0 R >>`,
    '<< /Type /FontDescriptor /FontName /SimSun /Flags 32 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 80 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  return assemblePdf(objects, 1);
}
