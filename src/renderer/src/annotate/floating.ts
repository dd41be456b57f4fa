import type { CSSProperties } from 'react';

/** Where a floating toolbar or editor attaches: the viewport box of the text it is about. */
export interface FloatingAnchor {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const margin = 8;
/** The most a floating editor takes up (its CSS caps it there and scrolls inside). */
const tallest = 400;

/** The viewport box of a range, or null where the platform cannot measure it. */
export function anchorOf(range: Range | null): FloatingAnchor | null {
  if (!range || typeof range.getBoundingClientRect !== 'function') return null;
  const { top, bottom, left, right } = range.getBoundingClientRect();
  return { top, bottom, left, right };
}

/**
 * Fixed-position style for something floating above (toolbar) or below (editor) its anchor,
 * kept inside the window.
 */
export function floatingStyle(at: FloatingAnchor, side: 'above' | 'below'): CSSProperties {
  const width = typeof window === 'undefined' ? 1024 : window.innerWidth;
  const left = Math.max(margin, Math.min(at.left, width - 320 - margin));
  // Above the text unless that would leave the window.
  if (side === 'above' && at.top > 64) {
    return { position: 'fixed', left, top: Math.max(margin, at.top - margin), transform: 'translateY(-100%)' };
  }
  // Below the text, unless it would run out of the window: then above it, or as low as fits.
  const height = typeof window === 'undefined' ? 768 : window.innerHeight;
  if (at.bottom + margin + tallest <= height) return { position: 'fixed', left, top: Math.max(margin, at.bottom + margin) };
  if (at.top - margin - tallest >= 0) return { position: 'fixed', left, top: at.top - margin, transform: 'translateY(-100%)' };
  return { position: 'fixed', left, top: Math.max(margin, height - tallest - margin) };
}
