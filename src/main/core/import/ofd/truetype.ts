/**
 * Just enough of a TrueType font to embed it in a PDF: whether it is a glyf-outline TrueType
 * (not CFF, not a collection), how many glyphs it has, and its Unicode cmap (formats 4 and 12,
 * and the symbol and PRC/GBK encodings older Chinese fonts use), so that each character finds
 * its glyph index. Anything malformed makes the font unusable (null), never an exception.
 */

/** An embeddable TrueType font. */
export interface TrueTypeFont {
  bytes: Uint8Array;
  numGlyphs: number;
  /** the glyph index of a code point, or 0 (.notdef) */
  glyphOf(codePoint: number): number;
}

let gbkTable: Map<number, number> | null = null;

/** Code point → GBK code, built once by decoding every two-byte GBK code. */
function gbkCode(codePoint: number): number | null {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([hi, lo]));
        const cp = ch.codePointAt(0)!;
        if (ch.length === 1 && cp !== 0xfffd && !gbkTable.has(cp)) gbkTable.set(cp, (hi << 8) | lo);
      }
    }
  }
  if (codePoint < 0x80) return codePoint;
  return gbkTable.get(codePoint) ?? null;
}

/** Reads `bytes` as a TrueType font; null when it is not one this writer can embed. */
export function readTrueType(bytes: Uint8Array): TrueTypeFont | null {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const version = view.getUint32(0);
    if (version !== 0x00010000 && version !== 0x74727565) return null; // CFF ('OTTO') and collections ('ttcf') are not embedded
    const count = view.getUint16(4);
    const tables = new Map<string, { offset: number; length: number }>();
    for (let i = 0; i < count; i++) {
      const at = 12 + 16 * i;
      const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
      tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
    }
    // No cmap is fine: the package then names each glyph by index (CGTransform).
    for (const required of ['glyf', 'loca', 'head', 'maxp', 'hmtx', 'hhea']) if (!tables.has(required)) return null;
    for (const t of tables.values()) if (t.offset + t.length > bytes.length + 3) return null;
    const numGlyphs = view.getUint16(tables.get('maxp')!.offset + 4);
    const cmapTable = tables.get('cmap');
    if (!cmapTable) return { bytes, numGlyphs, glyphOf: () => 0 };
    const cmap = cmapTable.offset;
    const subtables: { platform: number; encoding: number; offset: number }[] = [];
    for (let i = 0; i < view.getUint16(cmap + 2); i++) {
      const at = cmap + 4 + 8 * i;
      subtables.push({ platform: view.getUint16(at), encoding: view.getUint16(at + 2), offset: cmap + view.getUint32(at + 4) });
    }
    const rank = (s: { platform: number; encoding: number }): number =>
      s.platform === 3 && s.encoding === 10 ? 0 : s.platform === 0 ? 1 : s.platform === 3 && s.encoding === 1 ? 2 : s.platform === 3 && s.encoding === 3 ? 3 : s.platform === 3 && s.encoding === 0 ? 4 : 9;
    const chosen = subtables.filter((s) => rank(s) < 9).sort((a, b) => rank(a) - rank(b))[0];
    const lookup = chosen ? subtableLookup(view, chosen.offset) : null;
    if (!chosen || !lookup) return { bytes, numGlyphs, glyphOf: () => 0 };
    const toCode = (cp: number): number | null =>
      chosen.platform === 3 && chosen.encoding === 3 ? gbkCode(cp) : chosen.platform === 3 && chosen.encoding === 0 ? 0xf000 + (cp & 0xff) : cp;
    return {
      bytes,
      numGlyphs,
      glyphOf(cp) {
        const code = toCode(cp);
        const glyph = code === null ? 0 : lookup(code);
        return glyph > 0 && glyph < numGlyphs ? glyph : 0;
      },
    };
  } catch {
    return null;
  }
}

/** A lookup over one cmap subtable of format 4 or 12 (or 0 / 6), or null for other formats. */
function subtableLookup(view: DataView, at: number): ((code: number) => number) | null {
  const format = view.getUint16(at);
  if (format === 4) {
    const segX2 = view.getUint16(at + 6);
    const ends = at + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const ranges = deltas + segX2;
    return (code) => {
      if (code > 0xffff) return 0;
      for (let i = 0; i < segX2; i += 2) {
        if (code > view.getUint16(ends + i)) continue;
        const start = view.getUint16(starts + i);
        if (code < start) return 0;
        const delta = view.getInt16(deltas + i);
        const rangeOffset = view.getUint16(ranges + i);
        if (rangeOffset === 0) return (code + delta) & 0xffff;
        const glyph = view.getUint16(ranges + i + rangeOffset + 2 * (code - start));
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
  if (format === 12) {
    const groups = view.getUint32(at + 12);
    return (code) => {
      for (let i = 0; i < groups; i++) {
        const g = at + 16 + 12 * i;
        const start = view.getUint32(g);
        const end = view.getUint32(g + 4);
        if (code >= start && code <= end) return view.getUint32(g + 8) + (code - start);
      }
      return 0;
    };
  }
  if (format === 0) return (code) => (code < 256 ? view.getUint8(at + 6 + code) : 0);
  if (format === 6) {
    const first = view.getUint16(at + 6);
    const entries = view.getUint16(at + 8);
    return (code) => (code >= first && code < first + entries ? view.getUint16(at + 10 + 2 * (code - first)) : 0);
  }
  return null;
}
