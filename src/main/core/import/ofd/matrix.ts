/**
 * 2-D affine matrices in the PDF / OFD convention `[a b c d e f]`: a point (x, y) maps to
 * (a·x + c·y + e, b·x + d·y + f). `multiply(m, n)` applies m first, then n.
 */
export type Matrix = readonly [number, number, number, number, number, number];

export const identity: Matrix = [1, 0, 0, 1, 0, 0];

/** m, then n. */
export function multiply(m: Matrix, n: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = m;
  const [a2, b2, c2, d2, e2, f2] = n;
  return [a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2, e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2];
}

/** Where `m` takes the point (x, y). */
export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export function translate(x: number, y: number): Matrix {
  return [1, 0, 0, 1, x, y];
}

/** A rotation by `degrees`, clockwise on a page whose y axis points down (OFD's). */
export function rotate(degrees: number): Matrix {
  const r = (degrees * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  return [cos, sin, -sin, cos, 0, 0];
}

/** How much `m` scales lengths, on average over directions. */
export function scaleOf(m: Matrix): number {
  return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
}

/** A matrix from an OFD `CTM` attribute ("a b c d e f"); identity when absent or malformed. */
export function matrixOf(values: readonly number[]): Matrix {
  return values.length === 6 && values.every(Number.isFinite) ? (values as unknown as Matrix) : identity;
}
