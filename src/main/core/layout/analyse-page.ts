import { createHash } from 'node:crypto';
import type { Rect } from '../../../shared/model';
import { joinLines } from '../../../shared/normalize-text';
import type { LayoutArticle, LayoutBlock, LayoutRole, PageAnalysis } from '../../../shared/page-layout';
import { chunksOf, cutRect, paragraphsOf, union, type Chunk } from './chunks';
import type { LayoutInput } from './layout-input';
import { linesOf } from './lines';
import { readPageHeader, type PageHeader } from './page-header';
import { assignRoles, bodySizeOf } from './roles';
import { xyCut, type CutNode } from './xy-cut';

/**
 * The layout analysis of one page (issue 13): text items and drawings in, articles out.
 * Items become lines and lines chunks (lines.ts, chunks.ts); the header band is read and set
 * aside (page-header.ts); every chunk gets a role (roles.ts); each headline with its 引题,
 * 副题 and byline becomes one unit; the units and the other chunks are cut XY-wise into a
 * tree (xy-cut.ts), and the tree is read, region by region, as the ICPR 2012 method for
 * born-digital Chinese papers does: reading order first, then each headline takes the body
 * read after it in its region. Pure: the same input gives the same analysis, ids included.
 */

/** The analysis with what the header band says. */
export interface AnalysedPage {
  analysis: PageAnalysis;
  header: Omit<PageHeader, 'furniture'>;
}

/** A headline with its kicker, subtitle and bylines; or one other chunk. */
interface Unit {
  chunks: Chunk[];
  rect: Rect;
  /** the box the page cut sees (hanging punctuation left out) */
  cut: Rect;
  hasTitle: boolean;
}

/** Where a paragraph ends: 。！？ and a closing quote or bracket after them. */
const sentenceEnd = /[。！？…；][”’」』）)]*$|[”」』）)]$/u;

/** A byline of one name set with a space between its characters (叶 帆) reads as the name. */
function joinSpacedName(text: string): string {
  return /^\p{Script=Han}(?:\s+\p{Script=Han}){1,3}$/u.test(text) ? text.replace(/\s+/gu, '') : text;
}

function blockId(text: string, seen: Map<string, number>): string {
  const hash = createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 12);
  const n = seen.get(hash) ?? 0;
  seen.set(hash, n + 1);
  return n === 0 ? `b-${hash}` : `b-${hash}-${n}`;
}

/** Units of the page: each headline with the kicker, subtitle and bylines nearest it. */
function unitsOf(chunks: readonly Chunk[], roles: Map<Chunk, LayoutRole>): Unit[] {
  const titles = chunks.filter((c) => roles.get(c) === 'title');
  const attached = new Map<Chunk, Chunk[]>(titles.map((t) => [t, [t]]));
  for (const c of chunks) {
    const role = roles.get(c);
    if (role !== 'kicker' && role !== 'subtitle' && role !== 'byline') continue;
    // a byline is a unit's only when it stands close to a headline (else it opens a body)
    const nearest = titles
      .map((t) => ({ t, d: distance(t.rect, c.rect) }))
      .filter(({ t, d }) => d < Math.max(t.size * 2.5, c.size * 4))
      .sort((a, b) => a.d - b.d)[0];
    if (nearest) attached.get(nearest.t)!.push(c);
  }
  const taken = new Set([...attached.values()].flat());
  // the page cut sees a headline without its bylines: a byline set at the head of the first column
  // must not close the gap under the headline
  const units: Unit[] = [...attached.values()].map((cs) => ({
    chunks: cs,
    rect: union(cs.map((c) => c.rect)),
    cut: union(cs.filter((c) => roles.get(c) !== 'byline').map(cutRect)),
    hasTitle: true,
  }));
  for (const c of chunks) if (!taken.has(c)) units.push({ chunks: [c], rect: c.rect, cut: cutRect(c), hasTitle: false });
  return units;
}

/**
 * A headline with no text of its own beside or below it is a slogan or a banner set in the
 * page (认真学习宣传贯彻…), not an article's: its chunks become page furniture.
 */
function withoutSlogans(units: readonly Unit[], roles: Map<Chunk, LayoutRole>, bodySize: number, images: readonly Rect[]): Unit[] {
  // text of its own: body, headings, or a photo's caption (a 图片新闻); not the labels inside a
  // chart nor the source note under it
  const inPicture = (c: Chunk): boolean => images.some((img) => distance(img, c.rect) === 0 && c.rect.x >= img.x - 1 && c.rect.y >= img.y - 1);
  const isOwn = (c: Chunk): boolean => {
    const role = roles.get(c);
    if (role === 'body' || role === 'heading') return true;
    return role === 'caption' && !inPicture(c) && !/^(?:数据|资料)?来源[:：]/u.test(c.text);
  };
  const texts = units.filter((u) => !u.hasTitle && u.chunks.some(isOwn));
  return units.filter((unit) => {
    if (!unit.hasTitle) return true;
    const title = unit.chunks.find((c) => roles.get(c) === 'title')!;
    // a picture right under a headline is its article's: its text may start below the picture
    const picture = title.isVertical ? undefined : images.find((img) => {
      const dy = img.y - (unit.rect.y + unit.rect.height);
      return dy > -bodySize && dy < bodySize * 5 && Math.min(unit.rect.x + unit.rect.width, img.x + img.width) - Math.max(unit.rect.x, img.x) > unit.rect.width * 0.3;
    });
    const r = picture ? union([unit.rect, picture]) : unit.rect;
    const hasOwnText = texts.some(({ rect: t }) => {
      if (title.isVertical) {
        const dx = Math.max(t.x - (r.x + r.width), r.x - (t.x + t.width));
        return dx < bodySize * 5 && Math.min(r.y + r.height, t.y + t.height) - Math.max(r.y, t.y) > 0;
      }
      const dy = t.y - (r.y + r.height);
      return dy > -bodySize && dy < bodySize * 5 && Math.min(r.x + r.width, t.x + t.width) - Math.max(r.x, t.x) > 0;
    });
    if (!hasOwnText) for (const c of unit.chunks) roles.set(c, 'furniture');
    return hasOwnText;
  });
}

function distance(a: Rect, b: Rect): number {
  const dx = Math.max(0, Math.max(a.x, b.x) - Math.min(a.x + a.width, b.x + b.width));
  const dy = Math.max(0, Math.max(a.y, b.y) - Math.min(a.y + a.height, b.y + b.height));
  return Math.hypot(dx, dy);
}

const titlesIn = (node: CutNode<Unit>): number => node.items.filter((u) => u.hasTitle).length;

/**
 * The articles of a cut tree: a region with at most one headline is one article; a region with
 * more is read child by child, each headline starting an article that takes the untitled
 * regions read after it. Untitled text read before a region's first headline continues the
 * article read before the region (a column running on beside a headline further down), or,
 * at the head of the page, joins the first headline.
 */
function groupsOf(node: CutNode<Unit>): { leading: Unit[]; groups: Unit[][] } {
  if (node.children.length === 0 || titlesIn(node) <= 1) {
    if (node.children.length === 0 && titlesIn(node) > 1) return { leading: [], groups: node.items.map((u) => [u]) };
    const units = readingOrder(node);
    return titlesIn(node) === 0 ? { leading: units, groups: [] } : { leading: [], groups: [units] };
  }
  const groups: Unit[][] = [];
  let leading: Unit[] = [];
  for (const child of node.children) {
    const part = groupsOf(child);
    const last = groups[groups.length - 1];
    if (last) last.push(...part.leading);
    else leading = [...leading, ...part.leading];
    groups.push(...part.groups);
  }
  return { leading, groups };
}

function articleGroups(tree: CutNode<Unit>, bodySize: number): Unit[][] {
  const { leading, groups } = groupsOf(tree);
  if (groups.length === 0) return [];
  groups[0] = [...leading, ...groups[0]!];
  // A vertical headline (竖排) stands at the right of its text: left alone by the cut, it takes
  // back the text beside it at its left from the article that read it.
  for (const group of groups) {
    const headline = group.find((u) => u.hasTitle && u.chunks.some((c) => c.isVertical));
    if (!headline || group.some((u) => !u.hasTitle)) continue;
    for (const other of groups) {
      if (other === group) continue;
      const beside = other.filter((u) => {
        if (u.hasTitle) return false;
        const gap = headline.rect.x - (u.rect.x + u.rect.width);
        const sharesRows = Math.min(u.rect.y + u.rect.height, headline.rect.y + headline.rect.height) - Math.max(u.rect.y, headline.rect.y) > 0;
        return gap > -1 && gap < bodySize * 5 && sharesRows;
      });
      if (beside.length === 0) continue;
      // with the text beside, the column it belongs to: what stands under or over it
      const taken = other.filter((u) => !u.hasTitle && beside.some((b) => Math.min(u.rect.x + u.rect.width, b.rect.x + b.rect.width) - Math.max(u.rect.x, b.rect.x) > b.rect.width * 0.5));
      for (const u of taken) other.splice(other.indexOf(u), 1);
      group.push(...taken);
    }
  }
  return groups.filter((g) => g.length > 0);
}

function readingOrder(node: CutNode<Unit>): Unit[] {
  return node.children.length === 0 ? columnOrder(node.items) : node.children.flatMap(readingOrder);
}

/**
 * The reading order of boxes no gap parts: headlines first, then column by column (boxes that
 * share most of their width), left to right, each down from the top.
 */
function columnOrder(units: readonly Unit[]): Unit[] {
  if (units.length < 2) return [...units];
  const columns: { from: number; to: number; units: Unit[] }[] = [];
  for (const u of [...units].filter((u) => !u.hasTitle).sort((a, b) => a.cut.x - b.cut.x)) {
    const column = columns.find((c) => Math.min(c.to, u.cut.x + u.cut.width) - Math.max(c.from, u.cut.x) > Math.min(c.to - c.from, u.cut.width) * 0.5);
    if (column) {
      column.units.push(u);
      column.from = Math.min(column.from, u.cut.x);
      column.to = Math.max(column.to, u.cut.x + u.cut.width);
    } else columns.push({ from: u.cut.x, to: u.cut.x + u.cut.width, units: [u] });
  }
  const titled = units.filter((u) => u.hasTitle).sort((a, b) => a.cut.y - b.cut.y);
  return [...titled, ...columns.sort((a, b) => a.from - b.from).flatMap((c) => c.units.sort((a, b) => a.cut.y - b.cut.y))];
}

/**
 * The article a caption belongs to: the one nearest its picture (and the caption), a step
 * across a gutter counting double, for a picture belongs to the column it stands in.
 */
function nearestGroup(caption: Unit, groups: readonly Unit[][], images: readonly Rect[], bodySize: number): Unit[] | undefined {
  const picture = images.find((img) => distance(img, caption.rect) < bodySize * 2) ?? caption.rect;
  const region = union([picture, caption.rect]);
  let best: { group: Unit[]; d: number } | undefined;
  for (const group of groups) {
    for (const u of group) {
      const dx = Math.max(0, Math.max(region.x, u.rect.x) - Math.min(region.x + region.width, u.rect.x + u.rect.width));
      const dy = Math.max(0, Math.max(region.y, u.rect.y) - Math.min(region.y + region.height, u.rect.y + u.rect.height));
      const d = dy + dx * 2;
      if (!best || d < best.d) best = { group, d };
    }
  }
  return best?.group;
}

/** The areas of an article: its chunks' boxes, merged down each column, clear of other articles. */
function areasOf(chunks: readonly Chunk[], others: readonly Rect[]): Rect[] {
  const areas: Rect[] = [];
  const sorted = [...chunks].sort((a, b) => a.rect.x - b.rect.x || a.rect.y - b.rect.y);
  for (const c of sorted) {
    let merged = false;
    for (let i = 0; i < areas.length && !merged; i++) {
      const candidate = union([areas[i]!, c.rect]);
      if (!others.some((o) => distance(o, candidate) === 0 && overlapArea(o, candidate) > 1)) {
        areas[i] = candidate;
        merged = true;
      }
    }
    if (!merged) areas.push(c.rect);
  }
  return areas.map((r) => ({ x: round(r.x), y: round(r.y), width: round(r.width), height: round(r.height) }));
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** Analyses one page: its blocks with their roles, its articles, and what its header says. */
export function analysePage(input: LayoutInput): AnalysedPage {
  const lines = linesOf(input.items);
  const rules = ruleRects(input);
  const header = readPageHeader(lines, input.height, input.metadataTitle, rules, input.width);
  const content = lines.filter((l) => !header.furniture.has(l));
  const chunks = chunksOf(content, rules);
  const bodySize = bodySizeOf(chunks);
  const pageArea = input.width * input.height;
  // boxes drawn around a part of the page (not a frame round all of it)
  const boxes = input.shapes.filter((s) => s.isStroked && s.rect.width > 40 && s.rect.height > 40 && s.rect.width * s.rect.height < pageArea * 0.4).map((s) => s.rect);
  const roles = assignRoles(chunks, input.images, rules, boxes, bodySize);
  // Captions are placed by their picture, not read in the flow: they join the nearest article after the cut.
  const units = withoutSlogans(unitsOf(chunks, roles), roles, bodySize, input.images);
  const isCaption = (u: Unit): boolean => !u.hasTitle && roles.get(u.chunks[0]!) === 'caption';
  const tree = xyCut(units.filter((u) => !isCaption(u)), (u) => u.cut, { x: bodySize * 0.8, y: bodySize * 0.6 }, rules);
  const groups = articleGroups(tree, bodySize);
  // the labels inside a chart or a graphic are no article's text; a caption beside a picture is its article's
  const isLabel = (u: Unit): boolean => input.images.some((img) => overlapArea(img, u.rect) > u.rect.width * u.rect.height * 0.8);
  for (const caption of units.filter((u) => isCaption(u) && !isLabel(u))) nearestGroup(caption, groups, input.images, bodySize)?.push(caption);

  const seen = new Map<string, number>();
  const blocks: LayoutBlock[] = [];
  const blockOf = (text: string, role: LayoutRole, rect: Rect, type: { size: number; isVertical: boolean }): string => {
    const id = blockId(text, seen);
    const box = { x: round(rect.x), y: round(rect.y), width: round(rect.width), height: round(rect.height) };
    blocks.push({ id, role, text, rect: box, fontSize: round(type.size), ...(type.isVertical ? { isVertical: true } : {}) });
    return id;
  };
  const furnitureLines = lines.filter((l) => header.furniture.has(l)).sort((a, b) => a.rect.y - b.rect.y || a.rect.x - b.rect.x);
  for (const l of furnitureLines) blockOf(l.text, 'furniture', l.rect, l);

  const articleChunks = groups.map((g) => orderedChunks(g, roles));
  const articles: LayoutArticle[] = [];
  const inArticle = new Set(articleChunks.flat());
  for (const [index, chunksOfArticle] of articleChunks.entries()) {
    const pieces: { text: string; role: LayoutRole; rects: Rect[]; chunk: Chunk }[] = [];
    for (const c of chunksOfArticle) {
      const role = roles.get(c) ?? 'body';
      for (const [i, paragraph] of paragraphsOf(c, role === 'body').entries()) {
        const text = joinLines(paragraph.map((l) => l.text));
        if (text === '') continue;
        const rect = union(paragraph.map((l) => l.rect));
        const previous = pieces[pieces.length - 1];
        // a paragraph running on from the foot of one column to the head of the next is one paragraph
        const runsOn = previous !== undefined && i === 0 && role === 'body' && previous.role === 'body' &&
          previous.chunk !== c && !sentenceEnd.test(previous.text) && paragraph[0]!.rect.x - c.rect.x <= c.size * 1.2;
        if (runsOn) {
          previous.text = joinLines([previous.text, text]);
          previous.rects.push(rect);
        } else pieces.push({ text: role === 'byline' ? joinSpacedName(text) : text, role, rects: [rect], chunk: c });
      }
    }
    const blockIds = pieces.map((p) => blockOf(p.text, p.role, union(p.rects), p.chunk));
    const others = articleChunks.filter((_, i) => i !== index).flat().map((c) => c.rect);
    const bodyChars = chunksOfArticle.filter((c) => roles.get(c) === 'body').reduce((n, c) => n + c.text.length, 0);
    articles.push({ blockIds, areas: areasOf(chunksOfArticle, others), confidence: confidenceOf(chunksOfArticle, roles, bodySize, bodyChars) });
  }
  for (const c of chunks) {
    if (inArticle.has(c)) continue;
    blockOf(c.text, roles.get(c) === 'body' ? 'furniture' : (roles.get(c) ?? 'furniture'), c.rect, c);
  }
  const confidence = articles.length === 0 ? 0 : Math.min(...articles.map((a) => a.confidence));
  return {
    analysis: { width: input.width, height: input.height, blocks, articles, confidence },
    header: {
      ...(header.date ? { date: header.date } : {}),
      ...(header.pageNumber !== undefined ? { pageNumber: header.pageNumber } : {}),
      ...(header.section ? { section: header.section } : {}),
    },
  };
}

/**
 * How sure the analysis is of one article: less when its body is short or missing, when its
 * headline is only a little larger than the body type (a 小标题 read as a headline, or the
 * other way round), or when its text does not end a sentence (a part may be missing).
 */
function confidenceOf(chunks: readonly Chunk[], roles: Map<Chunk, LayoutRole>, bodySize: number, bodyChars: number): number {
  let confidence = 0.9;
  if (bodyChars === 0) confidence -= 0.6;
  else if (bodyChars < 30) confidence -= 0.3;
  const title = chunks.find((c) => roles.get(c) === 'title');
  if (title && !title.isVertical && title.size < bodySize * 1.8) confidence -= 0.15;
  const last = [...chunks].reverse().find((c) => roles.get(c) === 'body');
  if (last && !sentenceEnd.test(last.text.trim())) confidence -= 0.2;
  return Math.max(0.1, Math.round(confidence * 100) / 100);
}

/** An article's chunks in reading order, the headline's first: kicker, title, subtitle, byline, then the rest. */
function orderedChunks(group: readonly Unit[], roles: Map<Chunk, LayoutRole>): Chunk[] {
  const rank: Partial<Record<LayoutRole, number>> = { column: 0, kicker: 1, title: 2, subtitle: 3, byline: 4 };
  const head = group.filter((u) => u.hasTitle).flatMap((u) => u.chunks);
  head.sort((a, b) => (rank[roles.get(a)!] ?? 5) - (rank[roles.get(b)!] ?? 5) || a.rect.y - b.rect.y);
  const rest = group.filter((u) => !u.hasTitle).flatMap((u) => u.chunks);
  const columns = rest.filter((c) => roles.get(c) === 'column');
  return [...columns, ...head, ...rest.filter((c) => roles.get(c) !== 'column')];
}

/** The page's rules: thin shapes, and the four sides of each drawn box. */
function ruleRects(input: LayoutInput): Rect[] {
  const rules: Rect[] = [];
  for (const { rect, isStroked } of input.shapes) {
    const isThin = rect.width < 4 || rect.height < 4;
    if (isThin && Math.max(rect.width, rect.height) > 20) rules.push(rect);
    else if (isStroked && rect.width > 20 && rect.height > 20) {
      rules.push(
        { x: rect.x, y: rect.y, width: rect.width, height: 0.5 },
        { x: rect.x, y: rect.y + rect.height, width: rect.width, height: 0.5 },
        { x: rect.x, y: rect.y, width: 0.5, height: rect.height },
        { x: rect.x + rect.width, y: rect.y, width: 0.5, height: rect.height },
      );
    }
  }
  return rules;
}

