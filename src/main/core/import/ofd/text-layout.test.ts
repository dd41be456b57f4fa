import { describe, expect, it } from 'vitest';
import { apply, identity, translate } from './matrix';
import { placeOf } from './page-content';
import { layoutTextObject, parseDeltas } from './text-layout';
import { parseXml } from './xml';

const object = (xml: string) => parseXml(`<ofd:TextObject xmlns:ofd="x" ${xml}</ofd:TextCode></ofd:TextObject>`);
/** Where each glyph's origin lands on the page, in mm, rounded. */
const origins = (xml: string, place = identity) =>
  layoutTextObject(object(xml), place).flatMap((run) => {
    let x = 0;
    return run.slots.map((slot) => {
      const [px, py] = apply(run.matrix, x, 0);
      x += slot.advance;
      return [slot.text, Math.round(px * 100) / 100, Math.round(py * 100) / 100] as const;
    });
  });

describe('OFD text positions', () => {
  it('reads DeltaX lists in the plain and the g run-length form', () => {
    expect(parseDeltas('3 3 1.5')).toEqual([3, 3, 1.5]);
    expect(parseDeltas('g 3 5 2 g 2 1.25')).toEqual([5, 5, 5, 2, 1.25, 1.25]);
    expect(parseDeltas('g 1000000000 1', 10)).toHaveLength(10);
  });

  it('steps glyphs by DeltaX from the TextCode origin, placed by the Boundary', () => {
    expect(origins('Boundary="10 20 40 5" Size="3"><ofd:TextCode X="1" Y="3" DeltaX="g 2 3 1.5">你好呀A', translate(10, 20))).toEqual([
      ['你', 11, 23],
      ['好', 14, 23],
      ['呀', 17, 23],
      ['A', 18.5, 23],
    ]);
  });

  it('goes on from where the last TextCode stopped when a TextCode has no X or Y', () => {
    const glyphs = origins('Size="4"><ofd:TextCode X="0" Y="4" DeltaX="4">政协</ofd:TextCode><ofd:TextCode DeltaX="4">委员');
    expect(glyphs.map(([t, x, y]) => `${t}${x},${y}`)).toEqual(['政0,4', '协4,4', '委8,4', '员12,4']);
  });

  it('applies the CTM: a text turned a quarter clockwise runs down the page', () => {
    const xml = 'CTM="0 1 -1 0 50 10" Size="5"><ofd:TextCode X="0" Y="0" DeltaX="5 5">提案人';
    const glyphs = origins(xml, placeOf(object(xml), identity));
    expect(glyphs.map(([, x, y]) => [x, y])).toEqual([
      [50, 10],
      [50, 15],
      [50, 20],
    ]);
  });

  it('lays vertical text down the page by DeltaY, one glyph a run', () => {
    const runs = layoutTextObject(object('Size="5" ReadDirection="90"><ofd:TextCode X="0" Y="5" DeltaY="g 2 6">竖排字'), identity);
    expect(runs.map((r) => [r.slots.map((s) => s.text).join(''), r.matrix[4], r.matrix[5]])).toEqual([
      ['竖', 0, 5],
      ['排', 0, 11],
      ['字', 0, 17],
    ]);
  });

  it('turns each glyph by CharDirection', () => {
    const [run] = layoutTextObject(object('Size="5" CharDirection="90"><ofd:TextCode X="0" Y="5">字'), identity);
    // The glyph's up (text-space y) now points along the page's −x … its baseline runs down the page.
    expect(apply(run!.matrix, 1, 0).map((n) => Math.round(n))).toEqual([0, 6]);
  });

  it('gives a ligature glyph the characters it stands for, and DeltaX steps glyph by glyph', () => {
    const glyphs = origins(
      'Size="10"><ofd:CGTransform CodePosition="1" CodeCount="2" GlyphCount="1"><ofd:Glyphs>191</ofd:Glyphs></ofd:CGTransform><ofd:TextCode X="0" Y="10" DeltaX="5 8">\n  afix',
    );
    expect(glyphs.map(([t, x]) => `${t}@${x}`)).toEqual(['a@0', 'fi@5', 'x@13']);
  });
});
