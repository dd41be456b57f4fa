import { apply, multiply, scaleOf, type Matrix } from './matrix';
import type { Drawable, PathPoint } from './page-content';

/**
 * The picture of an electronic seal (电子印章) as it is stamped on a page: found inside the
 * seal file (.esl) or the signature value (SES_Signature, GM/T 0031, which carries the seal),
 * as the OCTET STRING holding a PNG, a JPEG or an OFD package. Only the picture is read; the
 * seal's and the signature's cryptography is not checked.
 */

export type SealPicture = { kind: 'image' | 'ofd'; bytes: Uint8Array };

const magics: { kind: SealPicture['kind']; bytes: number[] }[] = [
  { kind: 'image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'ofd', bytes: [0x50, 0x4b, 0x03, 0x04] },
];

/** The length of the DER OCTET STRING whose content starts at `at`, when one ends there; else null. */
function octetStringLength(der: Uint8Array, at: number): number | null {
  for (let n = 0; n <= 4; n++) {
    const header = at - 2 - n;
    if (header < 0 || der[header] !== 0x04) continue;
    let length: number;
    if (n === 0) {
      length = der[at - 1]!;
      if (length >= 0x80) continue;
    } else {
      if (der[header + 1] !== (0x80 | n)) continue;
      length = 0;
      for (let k = 0; k < n; k++) length = length * 256 + der[header + 2 + k]!;
    }
    if (length > 0 && at + length <= der.length) return length;
  }
  return null;
}

/** The seal picture inside `der`, or null. */
export function sealPictureOf(der: Uint8Array): SealPicture | null {
  for (let i = 0; i + 8 < der.length; i++) {
    for (const magic of magics) {
      if (!magic.bytes.every((b, k) => der[i + k] === b)) continue;
      const length = octetStringLength(der, i);
      if (length !== null) return { kind: magic.kind, bytes: der.subarray(i, i + length) };
    }
  }
  return null;
}

function movePoint(p: PathPoint, m: Matrix): PathPoint {
  const [x, y] = apply(m, p.x, p.y);
  if (!p.c) return { x, y };
  const [a, b] = apply(m, p.c[0], p.c[1]);
  const [c, d] = apply(m, p.c[2], p.c[3]);
  return { x, y, c: [a, b, c, d] };
}

/** Drawables placed by `m` (page millimetres to page millimetres), their fonts and images renamed by `rename`. */
export function placeDrawables(drawables: readonly Drawable[], m: Matrix, rename: (id: string) => string): Drawable[] {
  return drawables.map((d): Drawable => {
    const moved = d.clips ? { ...d, clips: d.clips.map((region) => region.map((sub) => sub.map((p) => movePoint(p, m)))) } : d;
    return placeOne(moved, m, rename);
  });
}

function placeOne(d: Drawable, m: Matrix, rename: (id: string) => string): Drawable {
  if (d.kind === 'image') return { ...d, resource: rename(d.resource), matrix: multiply(d.matrix, m) };
  if (d.kind === 'path') return { ...d, subpaths: d.subpaths.map((s) => s.map((p) => movePoint(p, m))), lineWidth: d.lineWidth * scaleOf(m) };
  return { ...d, font: d.font === null ? null : rename(d.font), runs: d.runs.map((r) => ({ ...r, matrix: multiply(r.matrix, m) })) };
}
