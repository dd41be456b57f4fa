import { useState, type PointerEvent } from 'react';
import type { Rect } from '../../../shared/model';

/** A rubber band being drawn on a page, in PDF points: where it started and where it is now. */
export interface Band {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The rectangle a band spans, whichever way it was dragged. */
export function bandRect(band: Band): Rect {
  return { x: Math.min(band.x0, band.x1), y: Math.min(band.y0, band.y1), width: Math.abs(band.x1 - band.x0), height: Math.abs(band.y1 - band.y0) };
}

/**
 * Drawing a rectangle on a page replica with the pointer, shared by region drawing and the
 * 校对 mode's redraw: the band follows the pointer (captured, so it may leave the page) and
 * `onReleased` gets the rectangle on release. `scale` is CSS pixels per PDF point; `clamp`
 * keeps the points at or right of and below the page's corner.
 */
export function useDragBand(scale: number, onReleased: (rect: Rect) => void, clamp = false) {
  const [band, setBand] = useState<Band | null>(null);
  const pointAt = (event: PointerEvent<HTMLDivElement>) => {
    const bounds = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - bounds.left) / scale;
    const y = (event.clientY - bounds.top) / scale;
    return clamp ? { x: Math.max(0, x), y: Math.max(0, y) } : { x, y };
  };
  const handlers = {
    onPointerDown: (event: PointerEvent<HTMLDivElement>) => {
      event.currentTarget.setPointerCapture?.(event.pointerId);
      const { x, y } = pointAt(event);
      setBand({ x0: x, y0: y, x1: x, y1: y });
    },
    onPointerMove: (event: PointerEvent<HTMLDivElement>) => {
      if (!band) return;
      const { x, y } = pointAt(event);
      setBand({ ...band, x1: x, y1: y });
    },
    onPointerUp: () => {
      setBand(null);
      if (band) onReleased(bandRect(band));
    },
  };
  return { band, setBand, handlers };
}
