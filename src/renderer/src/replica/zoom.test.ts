import { describe, expect, it } from 'vitest';
import { maxScale, minScale, scaleFor, zoomIn, zoomOut } from './zoom';

const a4 = { width: 595, height: 842 };

describe('replica zoom', () => {
  it.each([
    ['fit width fills the viewer across', { mode: 'fit-width' } as const, { width: 1190, height: 400 }, 2],
    ['fit page shows the whole page when the viewer is short', { mode: 'fit-page' } as const, { width: 1190, height: 421 }, 0.5],
    ['fit page is limited by the width when the viewer is tall', { mode: 'fit-page' } as const, { width: 595, height: 5000 }, 1],
    ['a chosen scale ignores the viewer', { mode: 'scale', scale: 1.5 } as const, { width: 10, height: 10 }, 1.5],
  ])('%s', (_name, zoom, box, expected) => {
    expect(scaleFor(zoom, a4, box)).toBeCloseTo(expected, 5);
  });

  it('keeps every scale between the smallest and the largest', () => {
    expect(scaleFor({ mode: 'fit-width' }, a4, { width: 1, height: 1 })).toBe(minScale);
    expect(zoomIn(maxScale)).toEqual({ mode: 'scale', scale: maxScale });
    expect(zoomOut(minScale)).toEqual({ mode: 'scale', scale: minScale });
  });

  it('steps by a quarter in and back out', () => {
    expect(zoomIn(1)).toEqual({ mode: 'scale', scale: 1.25 });
    expect(zoomOut(1.25)).toEqual({ mode: 'scale', scale: 1 });
  });
});
