import { multiply, translate, type Matrix } from './matrix';
import type { OfdDocument } from './ofd-document';
import type { Drawable, PathPoint, Rgb } from './page-content';
import type { TextRun } from './text-layout';
import { pdfImageOf } from './images';
import { PdfObjects, pdfNumber as num, pdfTextString } from './pdf-objects';
import { readTrueType, type TrueTypeFont } from './truetype';

/**
 * An OFD document as a PDF that looks as printed and keeps the OFD's positions: each glyph at
 * the place the OFD puts it (TJ adjustments carry DeltaX, a glyph's own matrix carries rotation
 * and vertical steps), text in the package's embedded TrueType fonts (FontFile2, glyphs by
 * index through Identity-H), paths and images. A font the package does not embed, or cannot be
 * embedded, is named as a non-embedded Song or Hei face of Adobe-GB1 (as the demo PDFs are),
 * so viewers substitute a local Chinese face at the same positions. Every font has a ToUnicode
 * map, so the PDF's text layer reads the OFD's characters. Invisible text (an OCR layer over a
 * scan) stays selectable (render mode 3).
 */

const mmToPt = 72 / 25.4;

interface EmbeddedFont {
  resource: string;
  font: TrueTypeFont;
  /** glyph index → the text it stands for, for ToUnicode */
  toUnicode: Map<number, string>;
}

function utf16Hex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return hex;
}

function color(c: Rgb): string {
  return `${num(c[0])} ${num(c[1])} ${num(c[2])}`;
}

/** A ToUnicode CMap of two-byte codes (`entries`: code hex → UTF-16BE hex of its text). */
function toUnicodeCMap(entries: readonly [string, string][], codespace: string[]): string {
  const sorted = [...entries].sort(([a], [b]) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const blocks: string[] = [];
  for (let i = 0; i < sorted.length; i += 100) {
    const chunk = sorted.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.map(([c, u]) => `<${c}> <${u}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Jianbao-OFD-UCS def',
    '/CMapType 2 def',
    `${codespace.length} begincodespacerange`,
    ...codespace,
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

const sansPattern = /黑|hei|sans|gothic|arial|helvetica|tahoma|verdana|yahei|雅黑|等线|dengxian|圆/i;

/** The PDF of `doc`, and what could not be kept as the package has it. */
export function ofdToPdf(doc: OfdDocument, fileName: string): { bytes: Uint8Array; warnings: string[] } {
  const pdf = new PdfObjects();
  const warnings: string[] = [];
  const catalog = pdf.reserve();
  const pagesObj = pdf.reserve();

  // Embedded fonts: one Type0 font each, glyphs addressed by index.
  const embedded = new Map<string, EmbeddedFont | null>();
  const embeddedOf = (id: string | null): EmbeddedFont | null => {
    if (id === null) return null;
    if (!embedded.has(id)) {
      const file = doc.fonts.get(id)?.file ?? null;
      const font = file ? readTrueType(file) : null;
      if (file && !font) warnings.push(`${fileName} 中的字体 ${doc.fonts.get(id)?.name ?? id} 无法嵌入，已用宋体/黑体代替，位置不变 / ${fileName}: its font ${doc.fonts.get(id)?.name ?? id} cannot be embedded; a Song or Hei face stands in at the same positions.`);
      embedded.set(id, font ? { resource: `E${embedded.size}`, font, toUnicode: new Map() } : null);
    }
    return embedded.get(id) ?? null;
  };
  const fallbackUsed = new Set<string>();
  const fallbackText = new Set<string>();
  const fallbackOf = (id: string | null): string => {
    const font = id === null ? undefined : doc.fonts.get(id);
    return sansPattern.test(`${font?.name ?? ''} ${font?.family ?? ''}`) ? 'F2' : 'F1';
  };

  // Images: each MultiMedia once, as it is first drawn.
  const images = new Map<string, string | null>();
  const imageOf = (resource: string): string | null => {
    if (!images.has(resource)) {
      const bytes = doc.media.get(resource) ?? null;
      const image = bytes ? pdfImageOf(bytes) : null;
      if (!image) {
        warnings.push(`${fileName} 中的图像 ${resource} 缺失或格式无法显示，已略去 / ${fileName}: its image ${resource} is missing or in a format that cannot be shown; it is left out.`);
        images.set(resource, null);
      } else {
        const mask = image.alpha ? pdf.stream(image.alpha, `/Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceGray /BitsPerComponent 8`) : null;
        const dict = `/Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} ${image.dict}${mask ? ` /SMask ${mask} 0 R` : ''}`;
        const n = image.compress ? pdf.stream(image.data, dict) : pdf.stream(image.data, dict, false);
        images.set(resource, `/Im${images.size} ${n} 0 R`);
      }
    }
    const entry = images.get(resource);
    return entry ? entry.split(' ')[0]! : null;
  };

  // See-through objects: one ExtGState per alpha value.
  const alphas = new Map<number, string>();
  const pageContents: { width: number; height: number; ops: string }[] = [];
  for (const page of doc.pages) {
    const height = page.heightMm * mmToPt;
    const toPdf: Matrix = [mmToPt, 0, 0, -mmToPt, 0, height];
    const ops: string[] = [];
    for (const d of page.drawables) drawOne(d, toPdf, ops);
    pageContents.push({ width: page.widthMm * mmToPt, height, ops: ops.join('\n') + '\n' });
  }

  function drawOne(d: Drawable, toPdf: Matrix, ops: string[]): void {
    if (d.alpha === undefined && d.clips === undefined) {
      drawOpaque(d, toPdf, ops);
      return;
    }
    ops.push('q');
    if (d.alpha !== undefined) {
      const name = alphas.get(d.alpha) ?? `/GS${alphas.size}`;
      alphas.set(d.alpha, name);
      ops.push(`${name} gs`);
    }
    // Each clip region in turn: the painted area is what lies in all of them.
    for (const region of d.clips ?? []) ops.push(`${pathOps(region, region.map(() => true), toPdf[5])} W n`);
    drawOpaque(d, toPdf, ops);
    ops.push('Q');
  }

  /** A path in PDF points from subpaths in page millimetres; `height` is the page's in points. */
  function pathOps(subpaths: readonly PathPoint[][], closed: readonly boolean[], height: number): string {
    const path: string[] = [];
    for (const [i, sub] of subpaths.entries()) {
      for (const [k, p] of sub.entries()) {
        const [x, y] = [p.x * mmToPt, height - p.y * mmToPt];
        if (k === 0) path.push(`${num(x)} ${num(y)} m`);
        else if (p.c) path.push(`${num(p.c[0] * mmToPt)} ${num(height - p.c[1] * mmToPt)} ${num(p.c[2] * mmToPt)} ${num(height - p.c[3] * mmToPt)} ${num(x)} ${num(y)} c`);
        else path.push(`${num(x)} ${num(y)} l`);
      }
      if (closed[i]) path.push('h');
    }
    return path.join(' ');
  }

  function drawOpaque(d: Drawable, toPdf: Matrix, ops: string[]): void {
    if (d.kind === 'image') {
      const name = imageOf(d.resource);
      if (name) ops.push(`q ${multiply(d.matrix, toPdf).map(num).join(' ')} cm ${name} Do Q`);
      return;
    }
    if (d.kind === 'path') {
      const path = [pathOps(d.subpaths, d.closed, toPdf[5])];
      const paint = d.fill && d.stroke ? (d.evenOdd ? 'B*' : 'B') : d.fill ? (d.evenOdd ? 'f*' : 'f') : d.stroke ? 'S' : 'n';
      ops.push(`q ${d.fill ? `${color(d.fill)} rg ` : ''}${d.stroke ? `${color(d.stroke)} RG ${num(Math.max(0.1, d.lineWidth * mmToPt))} w ` : ''}${path.join(' ')} ${paint} Q`);
      return;
    }
    const bold = d.bold || (d.font !== null && doc.fonts.get(d.font)?.bold === true);
    const mode = d.fill && d.stroke ? 2 : d.fill ? (bold ? 2 : 0) : d.stroke ? 1 : 3;
    const fill = d.fill ?? [0, 0, 0];
    const style = `${color(fill)} rg ${color(d.stroke ?? fill)} RG ${mode} Tr${mode === 2 ? ` ${num(d.size * 0.03 * mmToPt)} w` : ''}`;
    const font = embeddedOf(d.font);
    for (const run of d.runs) {
      // Each glyph in the package's font where it has the glyph (and the glyph has not stood
      // for other text already: ToUnicode maps a glyph once), else in the stand-in face.
      const isEmbedded = run.slots.map((s) => {
        if (!font) return false;
        const glyph = s.glyph ?? (Array.from(s.text).length === 1 ? font.font.glyphOf(s.text.codePointAt(0)!) : 0);
        if (!(glyph > 0 && glyph < font.font.numGlyphs)) return false;
        if (s.text === '') return true;
        const known = font.toUnicode.get(glyph);
        if (known === undefined) font.toUnicode.set(glyph, s.text);
        return known === undefined || known === s.text;
      });
      let offset = 0;
      for (let i = 0; i < run.slots.length; ) {
        let j = i;
        let width = 0;
        while (j < run.slots.length && isEmbedded[j] === isEmbedded[i]) width += run.slots[j++]!.advance;
        const matrix = multiply(multiply(translate(offset, 0), run.matrix), toPdf);
        ops.push(...segmentOps(run.slots.slice(i, j), isEmbedded[i] ? font : null, d, matrix, style));
        offset += width;
        i = j;
      }
    }
  }

  /** One segment of a run in one font: a TJ whose numbers turn the font's advances into the OFD's. */
  function segmentOps(runSlots: TextRun['slots'], font: EmbeddedFont | null, d: Drawable & { kind: 'text' }, matrix: Matrix, style: string): string[] {
    // Without the package's glyphs, a glyph standing for several characters (a ligature) is
    // drawn as those characters, sharing its advance.
    const slots = font
      ? runSlots
      : runSlots.flatMap((s) => {
          const chars = Array.from(s.text);
          return chars.length > 1 ? chars.map((text) => ({ ...s, text, advance: s.advance / chars.length })) : [s];
        });
    const parts: string[] = [];
    let pending = 0;
    let drawn = 0;
    for (const slot of slots) {
      let hex: string;
      let codes: number;
      if (font) {
        const glyph = slot.glyph ?? font.font.glyphOf(slot.text.codePointAt(0)!);
        hex = glyph.toString(16).padStart(4, '0').toUpperCase();
        codes = 1;
      } else {
        if (slot.text === '') {
          pending += slot.advance;
          continue;
        }
        for (const ch of slot.text) fallbackText.add(ch);
        hex = utf16Hex(slot.text);
        codes = Array.from(slot.text).length;
      }
      if (pending !== 0) parts.push(num((-pending / d.size) * 1000));
      parts.push(`<${hex}>`);
      drawn++;
      // The font advances each code by one em (DW 1000); the OFD's step replaces it.
      pending = slot.advance - codes * d.size;
    }
    if (drawn === 0) return [];
    const resource = font ? font.resource : fallbackOf(d.font);
    if (!font) fallbackUsed.add(resource);
    return [`BT /${resource} ${num(d.size)} Tf ${style} ${matrix.map(num).join(' ')} Tm [${parts.join(' ')}] TJ ET`];
  }

  // Fonts, now that every glyph is known.
  const fontEntries: string[] = [];
  for (const font of embedded.values()) {
    if (!font || font.toUnicode.size === 0) continue;
    const file = pdf.stream(font.font.bytes, `/Length1 ${font.font.bytes.length}`);
    const name = `JBOFD${font.resource}`;
    const descriptor = pdf.add(`<< /Type /FontDescriptor /FontName /${name} /Flags 4 /FontBBox [-200 -200 1200 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 /FontFile2 ${file} 0 R >>`);
    const cid = pdf.add(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /CIDToGIDMap /Identity >>`);
    const entries = [...font.toUnicode].map(([g, text]): [string, string] => [g.toString(16).padStart(4, '0').toUpperCase(), utf16Hex(text)]);
    const cmap = pdf.stream(toUnicodeCMap(entries, ['<0000> <FFFF>']));
    fontEntries.push(`/${font.resource} ${pdf.add(`<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${cmap} 0 R >>`)} 0 R`);
  }
  if (fallbackUsed.size > 0) {
    const entries = [...fallbackText].map((ch): [string, string] => [utf16Hex(ch), utf16Hex(ch)]);
    const cmap = pdf.stream(toUnicodeCMap(entries, ['<0000> <D7FF>', '<D800DC00> <DBFFDFFF>', '<E000> <FFFF>']));
    const faces = { F1: { base: 'STSong-Light', flags: 6 }, F2: { base: 'STHeiti-Regular', flags: 4 } } as const;
    for (const resource of [...fallbackUsed].sort() as ('F1' | 'F2')[]) {
      const { base, flags } = faces[resource];
      const descriptor = pdf.add(`<< /Type /FontDescriptor /FontName /${base} /Flags ${flags} /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 737 /StemV 93 >>`);
      const cid = pdf.add(`<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${base} /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 5 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`);
      fontEntries.push(`/${resource} ${pdf.add(`<< /Type /Font /Subtype /Type0 /BaseFont /${base}-UniGB-UTF16-H /Encoding /UniGB-UTF16-H /DescendantFonts [${cid} 0 R] /ToUnicode ${cmap} 0 R >>`)} 0 R`);
    }
  }
  const xobjects = [...images.values()].filter((v): v is string => v !== null);
  const states = [...alphas].map(([alpha, name]) => `${name} << /Type /ExtGState /ca ${num(alpha)} /CA ${num(alpha)} >>`);
  const resources = pdf.add(
    `<< /Font << ${fontEntries.join(' ')} >>${xobjects.length > 0 ? ` /XObject << ${xobjects.join(' ')} >>` : ''}${states.length > 0 ? ` /ExtGState << ${states.join(' ')} >>` : ''} >>`,
  );
  const kids = pageContents.map((page) => {
    const contents = pdf.stream(page.ops);
    return pdf.add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${num(page.width)} ${num(page.height)}] /Resources ${resources} 0 R /Contents ${contents} 0 R >>`);
  });
  pdf.set(catalog, `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`);
  pdf.set(pagesObj, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  const info = pdf.add(
    `<< /Producer ${pdfTextString('Jianbao (from OFD)')}${doc.title ? ` /Title ${pdfTextString(doc.title)}` : ''}${doc.author ? ` /Author ${pdfTextString(doc.author)}` : ''} >>`,
  );
  return { bytes: pdf.finish(catalog, info), warnings };
}
