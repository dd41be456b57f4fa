import { apply, identity, matrixOf, multiply, scaleOf, translate, type Matrix } from './matrix';
import { layoutTextObject, type TextRun } from './text-layout';
import { child, childrenNamed, numbers, type XmlElement } from './xml';

/**
 * What one OFD page draws, in painting order, in page millimetres (y down): text runs, paths
 * and images, from its layers and their PageBlocks, and from templates and annotation
 * appearances the caller passes in as further roots.
 */

/** An RGB colour, 0..1 each. */
export type Rgb = [number, number, number];

export interface DrawParam {
  lineWidth?: number;
  fill?: Rgb;
  stroke?: Rgb;
}

/** One painted thing of a page; `alpha` (0..1) where the object is see-through (a watermark, a seal); `clips` where it is cut to regions. */
export type Drawable = (
  | { kind: 'text'; font: string | null; size: number; runs: TextRun[]; fill: Rgb | null; stroke: Rgb | null; bold: boolean }
  | { kind: 'path'; subpaths: PathPoint[][]; closed: boolean[]; fill: Rgb | null; stroke: Rgb | null; lineWidth: number; evenOdd: boolean }
  | { kind: 'image'; resource: string; matrix: Matrix }
) & {
  alpha?: number;
  /** regions it is clipped to (each a union of subpaths, all of them intersected), in page millimetres */
  clips?: PathPoint[][][];
};

/** An object's Alpha attribute (0–255) as 0..1, when it is see-through. */
function alphaOf(object: XmlElement): { alpha?: number } {
  const alpha = Number(object.attrs.Alpha);
  return Number.isFinite(alpha) && alpha >= 0 && alpha < 255 ? { alpha: Math.round((alpha / 255) * 100) / 100 } : {};
}

/** A path vertex in page millimetres; `c` holds the two control points of a cubic to it. */
export interface PathPoint {
  x: number;
  y: number;
  c?: [number, number, number, number];
}

/** The deepest PageBlock nesting followed. */
const maxBlockDepth = 32;

/** The first colour of a shading (AxialShd / RadialShd / GouraudShd …): what a gradient is drawn as. */
function shadingColor(element: XmlElement, depth = 0): XmlElement | null {
  for (const c of element.children) {
    if (c.name === 'Color' && c.attrs.Value !== undefined) return c;
    const found = depth < 4 ? shadingColor(c, depth + 1) : null;
    if (found) return found;
  }
  return null;
}

/** A colour element's value ("r g b" 0–255, a grey, or CMYK), as RGB; a gradient as its first colour. */
export function colorOf(element: XmlElement | null): Rgb | null {
  if (!element) return null;
  if (element.attrs.Value === undefined && element.children.length > 0) {
    const first = shadingColor(element);
    return first ? colorOf(first) : null;
  }
  const v = numbers(element.attrs.Value).map((n) => Math.min(255, Math.max(0, n)) / 255);
  if (v.length === 1) return [v[0]!, v[0]!, v[0]!];
  if (v.length === 3) return [v[0]!, v[1]!, v[2]!];
  if (v.length === 4) {
    const [c, m, y, k] = v as [number, number, number, number];
    return [(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)];
  }
  return element.attrs.Value === undefined ? [0, 0, 0] : null;
}

/** The matrix from an object's own space to the page: its CTM, then its Boundary's origin. */
export function placeOf(object: XmlElement, outer: Matrix): Matrix {
  const [bx = 0, by = 0] = numbers(object.attrs.Boundary);
  return multiply(multiply(matrixOf(numbers(object.attrs.CTM)), translate(bx, by)), outer);
}

const isFalse = (value: string | undefined): boolean => value === 'false' || value === '0';
const isTrue = (value: string | undefined): boolean => value === 'true' || value === '1';

/** Cubic Béziers for an SVG/OFD arc from (x0, y0) to (x, y) (the endpoint parameterisation of SVG 1.1 F.6.5). */
export function arcToCubics(x0: number, y0: number, rx: number, ry: number, angle: number, large: boolean, sweep: boolean, x: number, y: number): PathPoint[] {
  if (rx === 0 || ry === 0 || (x0 === x && y0 === y)) return [{ x, y }];
  const phi = (angle * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x0 - x) / 2;
  const dy = (y0 - y) / 2;
  const x1 = cos * dx + sin * dy;
  const y1 = -sin * dx + cos * dy;
  rx = Math.abs(rx);
  ry = Math.abs(ry);
  const lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
  const den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
  const coef = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
  const cx1 = (coef * rx * y1) / ry;
  const cy1 = (-coef * ry * x1) / rx;
  const cx = cos * cx1 - sin * cy1 + (x0 + x) / 2;
  const cy = sin * cx1 + cos * cy1 + (y0 + y) / 2;
  const angleOf = (ux: number, uy: number, vx: number, vy: number): number => {
    const a = Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    return a;
  };
  const start = angleOf(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
  let delta = angleOf((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const pieces = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2)));
  const step = delta / pieces;
  const k = (4 / 3) * Math.tan(step / 4);
  const point = (t: number): [number, number] => [cx + rx * Math.cos(t) * cos - ry * Math.sin(t) * sin, cy + rx * Math.cos(t) * sin + ry * Math.sin(t) * cos];
  const deriv = (t: number): [number, number] => [-rx * Math.sin(t) * cos - ry * Math.cos(t) * sin, -rx * Math.sin(t) * sin + ry * Math.cos(t) * cos];
  const out: PathPoint[] = [];
  for (let i = 0; i < pieces; i++) {
    const t1 = start + i * step;
    const t2 = t1 + step;
    const [p1x, p1y] = point(t1);
    const [d1x, d1y] = deriv(t1);
    const [p2x, p2y] = point(t2);
    const [d2x, d2y] = deriv(t2);
    out.push({ x: i === pieces - 1 ? x : p2x, y: i === pieces - 1 ? y : p2y, c: [p1x + k * d1x, p1y + k * d1y, p2x - k * d2x, p2y - k * d2y] });
  }
  return out;
}

/** The subpaths of an AbbreviatedData string, in the object's own space. */
export function parsePathData(data: string): { subpaths: PathPoint[][]; closed: boolean[] } {
  const tokens = data.trim().split(/[\s,]+/).filter(Boolean);
  const subpaths: PathPoint[][] = [];
  const closed: boolean[] = [];
  let current: PathPoint[] | null = null;
  let at = 0;
  const nums = (n: number): number[] | null => {
    const out = tokens.slice(at, at + n).map(Number);
    if (out.length < n || out.some((v) => !Number.isFinite(v))) return null;
    at += n;
    return out;
  };
  const last = (): PathPoint => current?.at(-1) ?? { x: 0, y: 0 };
  const start = (x: number, y: number): void => {
    current = [{ x, y }];
    subpaths.push(current);
    closed.push(false);
  };
  while (at < tokens.length) {
    const op = tokens[at++]!;
    let v: number[] | null;
    switch (op) {
      case 'S':
      case 'M':
        if ((v = nums(2))) start(v[0]!, v[1]!);
        break;
      case 'L':
        if ((v = nums(2))) (current ?? (start(last().x, last().y), current!)).push({ x: v[0]!, y: v[1]! });
        break;
      case 'Q':
        if ((v = nums(4))) {
          const p = last();
          const [qx, qy, x, y] = v as [number, number, number, number];
          (current ?? (start(p.x, p.y), current!)).push({ x, y, c: [p.x + (2 / 3) * (qx - p.x), p.y + (2 / 3) * (qy - p.y), x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y)] });
        }
        break;
      case 'B':
        if ((v = nums(6))) (current ?? (start(last().x, last().y), current!)).push({ x: v[4]!, y: v[5]!, c: [v[0]!, v[1]!, v[2]!, v[3]!] });
        break;
      case 'A':
        if ((v = nums(7))) {
          const p = last();
          (current ?? (start(p.x, p.y), current!)).push(...arcToCubics(p.x, p.y, v[0]!, v[1]!, v[2]!, v[3] !== 0, v[4] !== 0, v[5]!, v[6]!));
        }
        break;
      case 'C':
        if (current) {
          closed[closed.length - 1] = true;
          const first = (current as PathPoint[])[0]!;
          current = null;
          start(first.x, first.y);
          subpaths.pop();
          closed.pop();
        }
        break;
      default:
        break;
    }
  }
  return { subpaths: subpaths.filter((s) => s.length > 0), closed: closed.filter((_, i) => subpaths[i]!.length > 0) };
}

function transformPoint(p: PathPoint, m: Matrix): PathPoint {
  const [x, y] = apply(m, p.x, p.y);
  if (!p.c) return { x, y };
  const [c1x, c1y] = apply(m, p.c[0], p.c[1]);
  const [c2x, c2y] = apply(m, p.c[2], p.c[3]);
  return { x, y, c: [c1x, c1y, c2x, c2y] };
}

type Box = [number, number, number, number];

function boxOf(points: readonly PathPoint[]): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const overlaps = (a: Box, b: Box): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * An object's clip regions (Clips, GB/T 33190 §8.4–8.5): each Clip the union of its Areas' paths,
 * the Clips intersected; their coordinates are relative to the object's Boundary, through each
 * Area's and Path's own CTM. A text clip is not applied, nor is a region that misses the object's
 * own box altogether (taken as misread rather than hiding the object).
 */
function clipsOf(object: XmlElement, outer: Matrix): { clips?: PathPoint[][][] } {
  const clipElements = childrenNamed(child(object, 'Clips'), 'Clip');
  if (clipElements.length === 0) return {};
  const [bx = 0, by = 0, bw = 0, bh = 0] = numbers(object.attrs.Boundary);
  const origin = multiply(translate(bx, by), outer);
  const objectBox = boxOf([[bx, by], [bx + bw, by], [bx, by + bh], [bx + bw, by + bh]].map(([x, y]) => transformPoint({ x: x!, y: y! }, outer)));
  const regions = clipElements
    .map((clip) =>
      childrenNamed(clip, 'Area').flatMap((area) => {
        const path = child(area, 'Path');
        if (!path) return [];
        const m = multiply(multiply(placeOf(path, identity), matrixOf(numbers(area.attrs.CTM))), origin);
        return parsePathData(child(path, 'AbbreviatedData')?.text ?? '').subpaths.map((sub) => sub.map((p) => transformPoint(p, m)));
      }),
    )
    .filter((region) => region.length > 0 && (bw <= 0 || bh <= 0 || overlaps(boxOf(region.flat()), objectBox)));
  return regions.length > 0 ? { clips: regions } : {};
}

/** Resources a page's objects refer to by ID. */
export interface ContentResources {
  drawParam(id: string | undefined): DrawParam | null;
}

/** The drawables of one content root (a page's Content, a template's, an appearance), in order, placed by `outer`. */
export function collectDrawables(root: XmlElement | null, resources: ContentResources, outer: Matrix = identity): Drawable[] {
  const out: Drawable[] = [];
  const visit = (element: XmlElement, depth: number, inherited: DrawParam | null, matrix: Matrix): void => {
    if (depth > maxBlockDepth) return;
    for (const object of element.children) {
      const param = resources.drawParam(object.attrs.DrawParam) ?? inherited;
      switch (object.name) {
        case 'Layer':
        case 'PageBlock':
          visit(object, depth + 1, param, matrix);
          break;
        case 'CompositeObject':
          break;
        case 'TextObject': {
          if (isFalse(object.attrs.Visible)) break;
          const runs = layoutTextObject(object, placeOf(object, matrix));
          if (runs.length === 0) break;
          const fill = isFalse(object.attrs.Fill) ? null : (colorOf(child(object, 'FillColor')) ?? param?.fill ?? [0, 0, 0]);
          const stroke = isTrue(object.attrs.Stroke) ? (colorOf(child(object, 'StrokeColor')) ?? param?.stroke ?? [0, 0, 0]) : null;
          out.push({ kind: 'text', font: object.attrs.Font ?? null, size: Number(object.attrs.Size), runs, fill, stroke, bold: Number(object.attrs.Weight ?? 400) >= 700, ...alphaOf(object), ...clipsOf(object, matrix) });
          break;
        }
        case 'PathObject': {
          if (isFalse(object.attrs.Visible)) break;
          const data = child(object, 'AbbreviatedData')?.text ?? '';
          const place = placeOf(object, matrix);
          const { subpaths, closed } = parsePathData(data);
          if (subpaths.length === 0) break;
          const fill = isTrue(object.attrs.Fill) ? (colorOf(child(object, 'FillColor')) ?? param?.fill ?? [0, 0, 0]) : null;
          const stroke = isFalse(object.attrs.Stroke) ? null : (colorOf(child(object, 'StrokeColor')) ?? param?.stroke ?? [0, 0, 0]);
          const width = Number(object.attrs.LineWidth ?? param?.lineWidth ?? 0.353);
          out.push({
            kind: 'path',
            subpaths: subpaths.map((s) => s.map((p) => transformPoint(p, place))),
            closed,
            fill,
            stroke,
            lineWidth: (Number.isFinite(width) ? width : 0.353) * scaleOf(place),
            evenOdd: object.attrs.Rule === 'Even-Odd',
            ...alphaOf(object),
            ...clipsOf(object, matrix),
          });
          break;
        }
        case 'ImageObject': {
          if (isFalse(object.attrs.Visible) || !object.attrs.ResourceID) break;
          // The image fills its unit square, first row at the top; PDF's image space has it at y = 1.
          out.push({ kind: 'image', resource: object.attrs.ResourceID, matrix: multiply([1, 0, 0, -1, 0, 1], placeOf(object, matrix)), ...alphaOf(object), ...clipsOf(object, matrix) });
          break;
        }
        default:
          break;
      }
    }
  };
  if (root) visit(root, 0, null, outer);
  return out;
}
