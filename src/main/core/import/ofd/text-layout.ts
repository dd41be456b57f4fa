import { multiply, rotate, translate, type Matrix } from './matrix';
import { childrenNamed, numbers, type XmlElement } from './xml';

/**
 * Where each glyph of an OFD TextObject goes (GB/T 33190 §11.3–11.4): TextCode X/Y start a run
 * (or it goes on where the last one stopped), DeltaX/DeltaY step from glyph to glyph, in the
 * plain or the `g count value` run-length form; CGTransform replaces characters by glyphs
 * (one-to-one, many-to-one, one-to-many); CharDirection turns each glyph; HScale widens it;
 * CTM and Boundary place the object on the page. Positions are in millimetres.
 */

/** One glyph slot: the characters it stands for ('' for the 2nd… glyph of one character) and its glyph index, if the package gives one. */
export interface GlyphSlot {
  text: string;
  glyph: number | null;
}

/** A run of glyphs drawn from one origin, each advancing along the run's text x axis. */
export interface TextRun {
  /** text space (x right, y up, 1 unit = 1 mm before scaling) → page millimetres (y down) */
  matrix: Matrix;
  slots: (GlyphSlot & { advance: number })[];
}

/** Reads a DeltaX / DeltaY list: numbers, and `g n v` for n copies of v; at most `max` of them. */
export function parseDeltas(value: string | undefined, max = 100_000): number[] {
  if (!value) return [];
  const tokens = value.trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'g') {
      const count = Number(tokens[i + 1]);
      const step = Number(tokens[i + 2]);
      i += 2;
      if (Number.isInteger(count) && count > 0 && Number.isFinite(step)) for (let k = 0; k < count && out.length < max; k++) out.push(step);
    } else {
      const n = Number(tokens[i]);
      if (Number.isFinite(n)) out.push(n);
    }
    if (out.length >= max) break;
  }
  return out;
}

/** The characters of a TextCode: code points, with the line breaks (and their indentation) and tabs of pretty-printed XML left out. */
export function codeCharacters(text: string): string[] {
  return Array.from(text.replace(/[ \t]*[\r\n][\s]*/g, '').replace(/\t/g, ''));
}

interface Transform {
  position: number;
  codeCount: number;
  glyphs: number[];
}

function transformsOf(object: XmlElement): Transform[] {
  return childrenNamed(object, 'CGTransform')
    .map((t) => ({
      position: Number(t.attrs.CodePosition ?? 0),
      codeCount: Math.max(1, Number(t.attrs.CodeCount ?? 1) || 1),
      glyphs: numbers(childrenNamed(t, 'Glyphs')[0]?.text).filter((g) => Number.isInteger(g) && g >= 0 && g < 65536),
    }))
    .filter((t) => Number.isInteger(t.position) && t.position >= 0 && t.glyphs.length > 0)
    .sort((a, b) => a.position - b.position);
}

/** The glyph slots of characters starting at `offset` of the object's text, with CGTransform applied. */
function slotsOf(chars: readonly string[], offset: number, transforms: readonly Transform[]): GlyphSlot[] {
  const slots: GlyphSlot[] = [];
  for (let i = 0; i < chars.length; ) {
    const at = offset + i;
    const t = transforms.find((x) => x.position === at);
    if (t) {
      const count = Math.min(t.codeCount, chars.length - i);
      t.glyphs.forEach((glyph, k) => slots.push({ text: k === 0 ? chars.slice(i, i + count).join('') : '', glyph }));
      i += count;
    } else {
      slots.push({ text: chars[i]!, glyph: null });
      i++;
    }
  }
  return slots;
}

/** The advance of a glyph the package gives no delta for: a full em for CJK, half for ASCII. */
function defaultAdvance(text: string, size: number): number {
  return /^[\x20-\x7e]+$/.test(text) ? size * 0.5 * text.length : size * Math.max(1, Array.from(text).length);
}

/** The runs of one TextObject, placed on the page: `place` is its CTM then Boundary origin. */
export function layoutTextObject(object: XmlElement, place: Matrix): TextRun[] {
  const size = Number(object.attrs.Size);
  if (!(size > 0)) return [];
  const hScale = Number(object.attrs.HScale ?? 1) > 0 ? Number(object.attrs.HScale ?? 1) : 1;
  const charDirection = Number(object.attrs.CharDirection ?? 0) || 0;
  const transforms = transformsOf(object);
  // Glyph space (y up) → object space (y down), widened and turned.
  const glyphBase = multiply(multiply([1, 0, 0, -1, 0, 0], [hScale, 0, 0, 1, 0, 0]), rotate(charDirection));
  const runs: TextRun[] = [];
  let x = 0;
  let y = 0;
  let offset = 0;
  for (const code of childrenNamed(object, 'TextCode')) {
    const chars = codeCharacters(code.text);
    if (code.attrs.X !== undefined && Number.isFinite(Number(code.attrs.X))) x = Number(code.attrs.X);
    if (code.attrs.Y !== undefined && Number.isFinite(Number(code.attrs.Y))) y = Number(code.attrs.Y);
    const slots = slotsOf(chars, offset, transforms);
    offset += chars.length;
    const dx = parseDeltas(code.attrs.DeltaX, slots.length);
    const dy = parseDeltas(code.attrs.DeltaY, slots.length);
    const hasDy = dy.some((d) => d !== 0);
    let run: TextRun | null = null;
    for (const [i, slot] of slots.entries()) {
      const stepX = dx[i] ?? (dx.length > 0 && !hasDy ? dx.at(-1)! : hasDy ? 0 : defaultAdvance(slot.text, size) * hScale);
      const stepY = dy[i] ?? (hasDy ? dy.at(-1)! : 0);
      // A run goes on while glyphs step along its x axis only (plain horizontal text).
      if (!run || hasDy || charDirection !== 0) {
        run = { matrix: multiply(multiply(glyphBase, translate(x, y)), place), slots: [] };
        runs.push(run);
      }
      run.slots.push({ ...slot, advance: stepX / hScale });
      x += stepX;
      y += stepY;
    }
  }
  return runs;
}
