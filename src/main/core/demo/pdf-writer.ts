/**
 * A tiny, dependency-free PDF writer for the demo archive's page replicas.
 *
 * It only knows what a typeset newspaper page needs: text lines, straight lines and
 * rectangles. Chinese text works without embedding a font: both fonts are Type0 fonts over
 * a non-embedded CIDFontType0 of the Adobe-GB1 collection, addressed through the predefined
 * CMap UniGB-UTF16-H, so a string is just its UTF-16BE code units in hex. Viewers substitute
 * a local Song (宋体) or Hei (黑体) face; pdf.js and poppler both know STSong-Light and
 * STHeiti-Regular. A ToUnicode CMap is added as well, because not every extractor resolves
 * text through the collection (and pdf.js cannot for code points the CMap leaves unmapped,
 * e.g. most astral characters).
 *
 * The output is deterministic: no dates, ids or randomness, so the same input always gives
 * the same bytes (the demo archive is content-addressed by sha256).
 */

/** An RGB colour, each component in 0..1 (PDF's DeviceRGB convention). */
export type PdfColor = [number, number, number];

/**
 * One line of text. `x` is the left edge of the first glyph; `y` is the TOP of the em box
 * of the line (top-left page coordinates). The baseline sits {@link PDF_ASCENT} × size
 * below `y`, and the glyphs' descenders stay within `y + size`, so a line occupies
 * [y, y + size] vertically. Full-width characters advance `size`, ASCII (U+0020–U+007E)
 * advances `size / 2` (see {@link textWidth}).
 */
export interface PdfText {
  text: string;
  x: number;
  y: number;
  size: number;
  /** Set in the Hei (黑体) face, slightly emboldened; titles and headings. */
  bold?: boolean;
  /** Fill colour; black when absent. */
  color?: PdfColor;
}

/** A straight stroked line, in top-left page coordinates. */
export interface PdfLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Line width in points. */
  width: number;
  /** Stroke colour; black when absent. */
  color?: PdfColor;
}

/** A rectangle whose top-left corner is (x, y). Stroked black when neither colour is given. */
export interface PdfRect {
  x: number;
  y: number;
  width: number;
  height: number;
  stroke?: PdfColor;
  fill?: PdfColor;
  /** Stroke width in points; 1 when absent. */
  lineWidth?: number;
}

/** One page; all coordinates in PDF points from the page's TOP-LEFT corner. */
export interface PdfPage {
  width: number;
  height: number;
  texts: PdfText[];
  lines?: PdfLine[];
  rects?: PdfRect[];
}

/** Where the baseline sits below a text's `y`, as a fraction of the font size (Adobe-GB1 fonts ascend 880/1000). */
export const PDF_ASCENT = 0.88;

/**
 * The advance of `text` at `size` as the PDF fonts lay it out: ASCII printable characters are
 * half width (the /W entry for CIDs 1–95), everything else full width (/DW 1000). An astral
 * character counts once, as it is one glyph.
 */
export function textWidth(text: string, size: number): number {
  let units = 0;
  for (const ch of text) units += charUnits(ch);
  return units * size;
}

/** The advance of one character (one code point) in ems. */
export function charUnits(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp >= 0x20 && cp <= 0x7e ? 0.5 : 1;
}

/** Font resource names; F1 is the text face, F2 the bold (headline) face. */
const FONTS = [
  // Flags 6 = Serif | Symbolic: a Song face, and its glyphs lie outside the Latin set.
  { res: 'F1', base: 'STSong-Light', flags: 6, stemV: 93 },
  // Flags 4 = Symbolic, no Serif: a sans (Hei) face; the heavier StemV hints the weight.
  { res: 'F2', base: 'STHeiti-Regular', flags: 4, stemV: 160 },
] as const;

/** Serialises `pages` to the bytes of a PDF 1.7 file. Same input → identical bytes. */
export function writePdf(pages: PdfPage[]): Uint8Array {
  if (pages.length === 0) throw new Error('writePdf: a PDF needs at least one page');
  const objects: string[] = []; // objects[i] is the body of object i + 1
  const add = (body: string): number => objects.push(body);
  const ref = (n: number): string => `${n} 0 R`;

  // Object numbers are allocated in a fixed order so the output is reproducible.
  const catalog = add('');
  const pagesObj = add('');
  const toUnicode = add(stream(toUnicodeCMap(pages)));
  const fontRefs = FONTS.map((f) => {
    const descriptor = add(
      `<< /Type /FontDescriptor /FontName /${f.base} /Flags ${f.flags}` +
        ` /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120` +
        ` /CapHeight 737 /StemV ${f.stemV} >>`,
    );
    const cidFont = add(
      `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${f.base}` +
        ` /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 5 >>` +
        ` /FontDescriptor ${ref(descriptor)} /DW 1000 /W [1 95 500] >>`,
    );
    // For a CMap-encoded Type0 font the spec names it <CIDFont>-<CMap>.
    const type0 = add(
      `<< /Type /Font /Subtype /Type0 /BaseFont /${f.base}-UniGB-UTF16-H` +
        ` /Encoding /UniGB-UTF16-H /DescendantFonts [${ref(cidFont)}] /ToUnicode ${ref(toUnicode)} >>`,
    );
    return `/${f.res} ${ref(type0)}`;
  });
  const resources = `<< /Font << ${fontRefs.join(' ')} >> >>`;

  const kids = pages.map((page) => {
    const contents = add(stream(pageContent(page)));
    return add(
      `<< /Type /Page /Parent ${ref(pagesObj)} /MediaBox [0 0 ${num(page.width)} ${num(page.height)}]` +
        ` /Resources ${resources} /Contents ${ref(contents)} >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${ref(pagesObj)} >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map(ref).join(' ')}] /Count ${kids.length} >>`;

  return assemblePdf(objects, catalog);
}

/**
 * Lays numbered object bodies (`objects[i]` is object i + 1) out as a PDF file: header,
 * objects, a cross-reference table with their byte offsets, trailer. Bodies must be ASCII
 * (binary stream data is not supported), so string length equals byte offset throughout.
 */
export function assemblePdf(objects: readonly string[], rootObject: number): Uint8Array {
  // The header's comment of high bytes tells transfer tools that the file is binary.
  let out = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f\r\n`;
  // Each entry is exactly 20 bytes, "\r\n" included, as the spec requires.
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n\r\n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${rootObject} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;

  const bytes = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) bytes[i] = out.charCodeAt(i); // latin1
  return bytes;
}

/** The content stream of one page: graphics first, so text is drawn over rules and boxes. */
function pageContent(page: PdfPage): string {
  const h = page.height;
  const ops: string[] = [];
  for (const r of page.rects ?? []) {
    const stroke = r.stroke ?? (r.fill ? undefined : ([0, 0, 0] as PdfColor));
    ops.push('q');
    if (r.fill) ops.push(`${color(r.fill)} rg`);
    if (stroke) ops.push(`${color(stroke)} RG ${num(r.lineWidth ?? 1)} w`);
    ops.push(`${num(r.x)} ${num(h - r.y - r.height)} ${num(r.width)} ${num(r.height)} re`);
    ops.push(r.fill && stroke ? 'B' : r.fill ? 'f' : 'S');
    ops.push('Q');
  }
  for (const l of page.lines ?? []) {
    ops.push(
      `q ${color(l.color ?? [0, 0, 0])} RG ${num(l.width)} w` +
        ` ${num(l.x1)} ${num(h - l.y1)} m ${num(l.x2)} ${num(h - l.y2)} l S Q`,
    );
  }
  for (const t of page.texts) {
    if (t.text === '') continue;
    const c = color(t.color ?? [0, 0, 0]);
    // Bold: the Hei face, filled and stroked with a hairline in the same colour, since a
    // substituted system face may have no heavier weight of its own.
    const style = t.bold ? `/F2 ${num(t.size)} Tf ${c} RG 2 Tr ${num(t.size * 0.025)} w` : `/F1 ${num(t.size)} Tf 0 Tr`;
    const baseline = h - (t.y + PDF_ASCENT * t.size);
    ops.push(`BT ${style} ${c} rg 1 0 0 1 ${num(t.x)} ${num(baseline)} Tm ${showText(t.text)} ET`);
  }
  return ops.join('\n') + '\n';
}

/**
 * The text-showing operators for `text`. Astral characters (surrogate pairs) are also wrapped
 * in an /ActualText span: poppler reads ToUnicode codes of at most two bytes, so without it
 * pdftotext would lose them (pdf.js reads the four-byte ToUnicode entries directly).
 */
function showText(text: string): string {
  const runs = text.match(/[\u{10000}-\u{10FFFF}]+|[^\u{10000}-\u{10FFFF}]+/gu) ?? [];
  return runs
    .map((run) => {
      const hex = utf16Hex(run);
      return run.codePointAt(0)! > 0xffff ? `/Span << /ActualText <FEFF${hex}> >> BDC <${hex}> Tj EMC` : `<${hex}> Tj`;
    })
    .join(' ');
}

/**
 * A ToUnicode CMap mapping each character the document uses (UTF-16BE code, one or two code
 * units) to itself. Listing only the used characters keeps it small; sorting keeps it stable.
 */
function toUnicodeCMap(pages: PdfPage[]): string {
  const used = new Set<string>();
  for (const p of pages) for (const t of p.texts) for (const ch of t.text) used.add(utf16Hex(ch));
  const codes = [...used].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const blocks: string[] = [];
  for (let i = 0; i < codes.length; i += 100) {
    // At most 100 entries per bfchar block, as the CMap format requires.
    const chunk = codes.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.map((c) => `<${c}> <${c}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Jianbao-UTF16-UCS def',
    '/CMapType 2 def',
    // The same code space as UniGB-UTF16-H, so both CMaps split strings identically.
    '3 begincodespacerange',
    '<0000> <D7FF>',
    '<D800DC00> <DBFFDFFF>',
    '<E000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** A stream object body; uncompressed, as the writer has no deflate of its own. */
function stream(data: string): string {
  return `<< /Length ${data.length} >>\nstream\n${data}\nendstream`;
}

/** UTF-16BE code units in upper-case hex; an astral character becomes its surrogate pair. */
function utf16Hex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return hex;
}

function color(c: PdfColor): string {
  return c.map((v) => num(Math.min(1, Math.max(0, v)))).join(' ');
}

/** A PDF number: at most 3 decimals, never exponent notation (PDF has none). */
function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`writePdf: not a finite number: ${n}`);
  const s = n.toFixed(3).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}
