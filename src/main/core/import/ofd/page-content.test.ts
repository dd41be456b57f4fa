import { describe, expect, it } from 'vitest';
import { identity } from './matrix';
import { collectDrawables, colorOf, parsePathData } from './page-content';
import { parseXml } from './xml';

// Element names are read without their prefix, so the parts here go without `ofd:`.
const xml = parseXml;
const none = { drawParam: () => null };

describe('OFD page content', () => {
  it('reads colours as RGB: 0–255 values, grey, CMYK, and a gradient as its first colour', () => {
    expect(colorOf(xml('<FillColor Value="255 0 0"/>'))).toEqual([1, 0, 0]);
    expect(colorOf(xml('<FillColor Value="51"/>'))).toEqual([0.2, 0.2, 0.2]);
    expect(colorOf(xml('<FillColor Value="0 255 255 0"/>'))).toEqual([1, 0, 0]);
    expect(colorOf(xml('<FillColor><AxialShd><Segment><Color Value="0 0 255"/></Segment><Segment><Color Value="0 0 0"/></Segment></AxialShd></FillColor>'))).toEqual([0, 0, 1]);
  });

  it('reads path data: moves, lines, quadratic and cubic curves, arcs and closes', () => {
    const { subpaths, closed } = parsePathData('M 0 0 L 10 0 Q 15 0 15 5 B 15 8 12 10 10 10 C M 20 20 A 5 5 0 0 1 30 20');
    expect(subpaths.map((s) => s.map((p) => [Math.round(p.x), Math.round(p.y)]))).toEqual([
      [[0, 0], [10, 0], [15, 5], [10, 10]],
      [[20, 20], [25, 15], [30, 20]],
    ]);
    expect(closed).toEqual([true, false]);
    // The half circle's far point is 5 from its chord's middle (25, 20).
    const top = subpaths[1]![1]!;
    expect(Math.hypot(top.x - 25, top.y - 20)).toBeCloseTo(5, 6);
  });

  it('paints page blocks in order, leaves out what is invisible, and places a path by its Boundary and CTM', () => {
    const drawables = collectDrawables(
      xml(
        '<Content><Layer><PageBlock><PathObject Boundary="10 20 5 5" CTM="2 0 0 2 0 0" Fill="true"><AbbreviatedData>M 0 0 L 1 0 L 1 1 C</AbbreviatedData></PathObject>' +
          '<TextObject Boundary="0 0 10 10" Size="5" Visible="false"><TextCode X="0" Y="5">隐</TextCode></TextObject></PageBlock>' +
          '<ImageObject Boundary="0 0 10 10" CTM="10 0 0 10 0 0" ResourceID="7" Alpha="128"/></Layer></Content>',
      ),
      none,
      identity,
    );
    expect(drawables.map((d) => d.kind)).toEqual(['path', 'image']);
    const path = drawables[0]!;
    if (path.kind !== 'path') throw new Error('not a path');
    expect(path.subpaths[0]!.map((p) => [p.x, p.y])).toEqual([[10, 20], [12, 20], [12, 22]]);
    expect(path.fill).toEqual([0, 0, 0]);
    expect(path.lineWidth).toBeCloseTo(0.706, 3);
    expect(drawables[1]!.alpha).toBe(0.5);
  });

  it('clips an object to its Clips, relative to its Boundary, and ignores a clip that misses the object altogether', () => {
    const clip = (x: number) =>
      `<Clips><Clip><Area><Path Boundary="${x} 0 10 10"><AbbreviatedData>M 0 0 L 10 0 L 10 10 L 0 10 C</AbbreviatedData></Path></Area></Clip></Clips>`;
    const [clipped, missed] = collectDrawables(
      xml(
        `<Content><Layer><ImageObject Boundary="100 50 40 40" CTM="40 0 0 40 0 0" ResourceID="7">${clip(5)}</ImageObject>` +
          `<ImageObject Boundary="100 50 40 40" CTM="40 0 0 40 0 0" ResourceID="7">${clip(500)}</ImageObject></Layer></Content>`,
      ),
      none,
      identity,
    );
    expect(clipped!.clips?.[0]?.[0]?.map((p) => [p.x, p.y])).toEqual([[105, 50], [115, 50], [115, 60], [105, 60]]);
    expect(missed!.clips).toBeUndefined();
  });
});
