import type { PDFPageProxy } from 'pdfjs-dist';
import type { Rect } from '../../../shared/model';
import type { LayoutInput } from '../layout/layout-input';

/**
 * The rules, boxes and pictures a PDF page draws, from pdf.js's operator list: what the
 * layout analysis takes as cuts between articles and as photos beside captions. Only the
 * bounding box of each painted path is kept (a newspaper draws its rules as thin rectangles
 * or two-point lines, its boxes as stroked rectangles).
 */

type Ops = Record<string, number>;
type Matrix = [number, number, number, number, number, number];

const identity: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = n as Matrix;
  return [
    m[0] * a + m[2] * b,
    m[1] * a + m[3] * b,
    m[0] * c + m[2] * d,
    m[1] * c + m[3] * d,
    m[0] * e + m[2] * f + m[4],
    m[1] * e + m[3] * f + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The box of the user-space rectangle (x0,y0)-(x1,y1) under `m`, in page points from the top. */
function boxOf(m: Matrix, x0: number, y0: number, x1: number, y1: number): Rect {
  const corners = [apply(m, x0, y0), apply(m, x1, y0), apply(m, x0, y1), apply(m, x1, y1)];
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return { x: left, y: top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
}

function intersection(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x), height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y) };
}

/**
 * The shapes and images of one page (pictures as they show, cut to their clipping path). `viewportTransform` maps PDF user space to points from
 * the page's top-left corner (pdf.js's viewport at scale 1).
 */
export async function pageGraphics(
  page: PDFPageProxy,
  ops: Ops,
  viewportTransform: readonly number[],
  /** pdf.js's AnnotationMode.DISABLE: form fields and comments drawn over the page are no part of it */
  annotationMode: number,
): Promise<Pick<LayoutInput, 'shapes' | 'images'>> {
  const list = await page.getOperatorList({ annotationMode });
  const painting = new Map<number, boolean>([
    [ops.stroke!, true],
    [ops.closeStroke!, true],
    [ops.fill!, false],
    [ops.eoFill!, false],
    [ops.fillStroke!, true],
    [ops.eoFillStroke!, true],
    [ops.closeFillStroke!, true],
    [ops.closeEOFillStroke!, true],
  ]);
  const shapes: LayoutInput['shapes'] = [];
  const images: Rect[] = [];
  const stack: { ctm: Matrix; clip: Rect | null }[] = [];
  let ctm: Matrix = multiply(identity, viewportTransform);
  // A path that paints nothing (endPath) is a clipping path: pictures are cut to it.
  let clip: Rect | null = null;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push({ ctm, clip });
    else if (fn === ops.restore) ({ ctm, clip } = stack.pop() ?? { ctm, clip });
    else if (fn === ops.transform && args) ctm = multiply(ctm, args as number[]);
    else if (fn === ops.constructPath && args) {
      const isStroked = painting.get(args[0] as number);
      const minMax = args[2] as ArrayLike<number> | null;
      if (!minMax || minMax.length < 4) continue;
      const rect = boxOf(ctm, minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!);
      if (args[0] === ops.endPath) clip = clip ? intersection(clip, rect) : rect;
      if (isStroked === undefined) continue;
      if (Number.isFinite(rect.width) && Number.isFinite(rect.height)) shapes.push({ rect, isStroked });
    } else if (fn === ops.paintImageXObject || fn === ops.paintInlineImageXObject || fn === ops.paintImageMaskXObject) {
      const placed = boxOf(ctm, 0, 0, 1, 1);
      const shown = clip ? intersection(clip, placed) : placed;
      if (shown.width > 0 && shown.height > 0) images.push(shown);
    }
  }
  return { shapes, images };
}
