import type { PdfPageSize } from '../pdf/pdf-engine';

/** How a replica is sized: to the viewer's width, to the whole page, or at a chosen scale. */
export type Zoom = { mode: 'fit-width' } | { mode: 'fit-page' } | { mode: 'scale'; scale: number };

export const minScale = 0.25;
export const maxScale = 4;
const step = 1.25;

/** The space the viewer offers, in CSS pixels. */
export interface ViewerBox {
  width: number;
  height: number;
}

/** CSS pixels per PDF point for `zoom`, a page of `size` in a viewer of `box`. */
export function scaleFor(zoom: Zoom, size: PdfPageSize, box: ViewerBox): number {
  if (zoom.mode === 'scale') return clamp(zoom.scale);
  const byWidth = box.width / size.width;
  if (zoom.mode === 'fit-width' || box.height <= 0) return clamp(byWidth);
  return clamp(Math.min(byWidth, box.height / size.height));
}

/** One step larger than what is shown now. */
export function zoomIn(current: number): Zoom {
  return { mode: 'scale', scale: clamp(roundScale(current * step)) };
}

/** One step smaller than what is shown now. */
export function zoomOut(current: number): Zoom {
  return { mode: 'scale', scale: clamp(roundScale(current / step)) };
}

function clamp(scale: number): number {
  if (!Number.isFinite(scale) || scale <= 0) return 1;
  return Math.min(maxScale, Math.max(minScale, scale));
}

function roundScale(scale: number): number {
  return Math.round(scale * 100) / 100;
}
