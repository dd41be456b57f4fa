import type { Rect } from '../../../shared/model';
import { normalizeLine } from '../../../shared/normalize-text';
import type { LayoutDraft } from './drafts';
import { attr, findAll, findFirst, parseHtml, textOf, type HtmlElement } from './html-dom';
import { findDate } from './metadata';

/**
 * The layout page of a digital edition (数字报), one per 版: its label (01版：要闻), the date,
 * a link to the page's PDF, and the page image with an image map whose areas link each
 * article's page: `<area shape="polygon" coords="x1,y1,x2,y2,…" href="content_123.htm">`.
 */

const pageLabel = /(?:第\s*)?0*(\d{1,3})\s*版\s*[:：]?\s*(\p{Script=Han}{2,6})?/u;

/** The bounding box of an area's coordinates (polygon, rect or circle), in image pixels. */
export function areaRect(shape: string, coords: string): Rect | null {
  const numbers = coords.split(/[\s,]+/).filter((n) => n !== '').map(Number);
  if (numbers.length < 3 || numbers.some((n) => !Number.isFinite(n))) return null;
  if (shape === 'circle') {
    const [cx, cy, r] = numbers as [number, number, number];
    return { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r };
  }
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  if (ys.length === 0) return null;
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

function pixels(value: string | undefined): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/.exec(value ?? '');
  return match ? Number(match[1]) : null;
}

/** The image a map belongs to, with its size in pixels where the page gives it. */
function mapImage(html: HtmlElement, mapName: string): HtmlElement | null {
  return findFirst(html, (e) => e.tagName === 'img' && (attr(e, 'usemap') ?? '').replace(/^#/, '') === mapName);
}

/** The least size, in image pixels, of a 版's picture: smaller maps are banners and app badges. */
const pageImageMin = { width: 300, height: 400 };

/**
 * True when the mapped image is a page of the paper: a large upright picture, by its declared
 * size or, when the page gives none, by how far its areas reach. Sites also map their banners,
 * footers and app-download badges; those are not layout pages.
 */
function isPageImage(image: HtmlElement, rects: readonly Rect[]): boolean {
  const declared = { width: pixels(attr(image, 'width')), height: pixels(attr(image, 'height')) };
  const width = declared.width ?? Math.max(...rects.map((r) => r.x + r.width));
  const height = declared.height ?? Math.max(...rects.map((r) => r.y + r.height));
  return width >= pageImageMin.width && height >= pageImageMin.height;
}

/**
 * Reads a digital edition's layout page (an image map with areas over the page image); null when the page has no image map linking
 * articles (it is then an article page, or no edition page at all).
 */
export function parseEditionLayout(text: string): LayoutDraft | null {
  const html = parseHtml(text);
  for (const map of findAll(html, (e) => e.tagName === 'map')) {
    const name = attr(map, 'name') ?? attr(map, 'id') ?? '';
    const image = mapImage(html, name);
    const areas = findAll(map, (e) => e.tagName === 'area' && (attr(e, 'href') ?? '') !== '')
      .map((area) => ({ href: attr(area, 'href')!, rect: areaRect((attr(area, 'shape') ?? 'rect').toLowerCase(), attr(area, 'coords') ?? '') }))
      .filter((area): area is { href: string; rect: Rect } => area.rect !== null);
    if (!image || areas.length === 0 || !isPageImage(image, areas.map((a) => a.rect))) continue;
    const all = normalizeLine(textOf(html).replace(/\n/g, ' '));
    const label = pageLabel.exec(all);
    const pdfLink = findFirst(html, (e) => e.tagName === 'a' && /\.pdf(?:[?#].*)?$/i.test(attr(e, 'href') ?? ''));
    const width = pixels(attr(image, 'width'));
    const height = pixels(attr(image, 'height'));
    const date = findDate(all);
    return {
      kind: 'layout',
      format: 'html',
      pageNumber: label ? Number(label[1]) : 1,
      ...(label?.[2] ? { section: label[2] } : {}),
      ...(date ? { date } : {}),
      ...(pdfLink ? { pdfHref: attr(pdfLink, 'href')! } : {}),
      ...(width && height ? { imageSize: { width, height } } : {}),
      areas,
      warnings: [],
    };
  }
  return null;
}
