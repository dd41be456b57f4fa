/**
 * Typesets one demo newspaper page (版) for {@link writePdf}: a masthead, then the lead
 * article across the top in four columns and the other articles in two stacks below, each
 * set in two columns. It is a replica generator for the demo archive, not a typesetter: text
 * is wrapped by character count (full-width CJK, half-width ASCII), with just enough of the
 * Chinese line-breaking rules (避头尾) to look right, and cut with …… where a box is full.
 */
import type { Block, Rect } from '../../../shared/model';
import { charUnits, textWidth, type PdfColor, type PdfLine, type PdfPage, type PdfText } from './pdf-writer';

/** An article as the layout needs it (a subset of the model's Article). */
export interface LayoutArticle {
  id: string;
  kicker?: string;
  title: string;
  subtitle?: string;
  byline?: string;
  blocks: Block[];
}

/** What goes on the page. `date` is YYYY-MM-DD (anything else is printed as given). */
export interface LayoutInput {
  paperName: string;
  date: string;
  issueNumber: number;
  pageNumber: number;
  section: string;
  /** The first is the lead article. */
  articles: LayoutArticle[];
}

/** The typeset page and, per article, the box its text occupies (top-left origin, points). */
export interface LayoutResult {
  page: PdfPage;
  areas: { articleId: string; rect: Rect }[];
}

// A broadsheet's proportions (1 : 1.41), scaled so body type is ~9.5pt at 17 characters a column.
const PAGE_W = 800;
const PAGE_H = 1130;
const MARGIN = 44;
const COL_GAP = 14;
const STACK_GAP = 24; // between the two lower stacks; a vertical rule runs down its middle
const ARTICLE_GAP = 18; // between articles stacked vertically; a rule runs in the middle
const BODY = 9.5;
const RED: PdfColor = [0.78, 0.06, 0.06];
const GREY: PdfColor = [0.35, 0.35, 0.35];
// Heights measured at one position are reused at another; absorb the rounding difference.
const EPS = 0.01;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** Typesets `input` on one page; see the module comment for the arrangement. */
export function layoutNewspaperPage(input: LayoutInput): LayoutResult {
  const texts: PdfText[] = [];
  const lines: PdfLine[] = [];
  const contentTop = masthead(input, texts, lines);
  const contentBottom = footer(input, texts, lines);
  const areas: LayoutResult['areas'] = [];
  const width = PAGE_W - 2 * MARGIN;
  const [lead, ...others] = input.articles;
  if (!lead) return { page: { width: PAGE_W, height: PAGE_H, texts, lines }, areas };

  const place = (a: LayoutArticle, box: Rect, cols: number, titleSize: number): number => {
    const set = setArticle(a, box, cols, titleSize);
    texts.push(...set.texts);
    areas.push({ articleId: a.id, rect: { x: box.x, y: box.y, width: box.width, height: set.height } });
    return set.height;
  };

  const available = contentBottom - contentTop;
  if (others.length === 0) {
    place(lead, { x: MARGIN, y: contentTop, width, height: available }, 4, 26);
    return { page: { width: PAGE_W, height: PAGE_H, texts, lines }, areas };
  }

  // The others go into two stacks, each article to the shorter stack so far, so the page
  // stays balanced while reading order runs down the left stack, then the right.
  const halfW = (width - STACK_GAP) / 2;
  const natural = (a: LayoutArticle): number => setArticle(a, { x: 0, y: 0, width: halfW, height: 1e6 }, 2, 18).height;
  const stacks: { items: LayoutArticle[]; need: number[] }[] = [
    { items: [], need: [] },
    { items: [], need: [] },
  ];
  const total = (s: (typeof stacks)[number]): number =>
    s.need.reduce((x, y) => x + y, 0) + ARTICLE_GAP * Math.max(0, s.items.length - 1);
  for (const a of others) {
    const [s0, s1] = stacks as [(typeof stacks)[number], (typeof stacks)[number]];
    const target = total(s0) <= total(s1) ? s0 : s1;
    target.items.push(a);
    target.need.push(natural(a));
  }
  const lowerNeed = Math.max(...stacks.map(total));

  // The lead takes what it needs, but leaves the lower half at least 55% of the page when
  // the others cannot all fit; a lead that long is cut instead.
  const leadNatural = setArticle(lead, { x: 0, y: 0, width, height: 1e6 }, 4, 26).height;
  const avail = available - ARTICLE_GAP;
  const leadH = leadNatural + lowerNeed <= avail ? leadNatural : Math.min(leadNatural, Math.max(avail * 0.45, avail - lowerNeed));
  const leadUsed = place(lead, { x: MARGIN, y: contentTop, width, height: leadH }, 4, 26);
  const ruleY = contentTop + leadUsed + ARTICLE_GAP / 2;
  lines.push({ x1: MARGIN, y1: ruleY, x2: MARGIN + width, y2: ruleY, width: 0.8 });

  const lowerTop = contentTop + leadUsed + ARTICLE_GAP;
  const lowerH = contentBottom - lowerTop;
  let lowerBottom = lowerTop;
  stacks.forEach((stack, si) => {
    const x = MARGIN + si * (halfW + STACK_GAP);
    const gaps = ARTICLE_GAP * Math.max(0, stack.items.length - 1);
    const sum = stack.need.reduce((p, q) => p + q, 0);
    // When the stack overflows, every article is cut in proportion to its natural height.
    const scale = sum + gaps <= lowerH ? 1 : (lowerH - gaps) / sum;
    let y = lowerTop;
    stack.items.forEach((a, i) => {
      if (i > 0) {
        lines.push({ x1: x, y1: y - ARTICLE_GAP / 2, x2: x + halfW, y2: y - ARTICLE_GAP / 2, width: 0.5 });
      }
      const h = (stack.need[i] ?? 0) * scale;
      y += place(a, { x, y, width: halfW, height: h }, 2, 18) + ARTICLE_GAP;
    });
    lowerBottom = Math.max(lowerBottom, y - ARTICLE_GAP);
  });
  if (stacks[1] && stacks[1].items.length > 0) {
    const vx = MARGIN + halfW + STACK_GAP / 2;
    lines.push({ x1: vx, y1: lowerTop, x2: vx, y2: lowerBottom, width: 0.5 });
  }
  return { page: { width: PAGE_W, height: PAGE_H, texts, lines }, areas };
}

/** Draws the masthead (报头); returns where the content starts. */
function masthead(input: LayoutInput, texts: PdfText[], lines: PdfLine[]): number {
  const top = MARGIN - 4;
  const right = PAGE_W - MARGIN;
  const info = [
    { text: formatDate(input.date), size: 11, bold: false },
    { text: `第${input.pageNumber}版 · ${input.section}`, size: 12, bold: true },
    { text: `总第${input.issueNumber}期`, size: 10, bold: false },
  ];
  const infoW = Math.max(...info.map((l) => textWidth(l.text, l.size)));
  info.forEach((l, i) => {
    texts.push({ text: l.text, x: right - textWidth(l.text, l.size), y: top + 4 + i * 17, size: l.size, bold: l.bold });
  });
  // The paper's name is set as large as fits beside the information block.
  const room = right - MARGIN - infoW - 24;
  const nameSize = Math.min(44, room / Math.max(1, textWidth(input.paperName, 1)));
  texts.push({ text: input.paperName, x: MARGIN, y: top + (48 - nameSize) / 2, size: nameSize, bold: true, color: RED });
  const ruleY = top + 60;
  lines.push({ x1: MARGIN, y1: ruleY, x2: right, y2: ruleY, width: 2.4, color: RED });
  lines.push({ x1: MARGIN, y1: ruleY + 3.5, x2: right, y2: ruleY + 3.5, width: 0.6, color: RED });
  return ruleY + 16;
}

/** Draws the footer line; returns where the content must end. */
function footer(input: LayoutInput, texts: PdfText[], lines: PdfLine[]): number {
  const y = PAGE_H - MARGIN;
  lines.push({ x1: MARGIN, y1: y - 6, x2: PAGE_W - MARGIN, y2: y - 6, width: 0.5 });
  texts.push({ text: `${input.paperName}  ${formatDate(input.date)}`, x: MARGIN, y: y - 2, size: 8, color: GREY });
  const folio = `第${input.pageNumber}版`;
  texts.push({ text: folio, x: PAGE_W - MARGIN - textWidth(folio, 8), y: y - 2, size: 8, color: GREY });
  return y - 14;
}

/** "2024-05-12" → "2024年5月12日 星期日"; other strings are returned unchanged. */
function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()] ?? '';
  return `${y}年${mo}月${d}日 星期${weekday}`;
}

/** One line of an article before it is placed. */
interface Line {
  text: string;
  size: number;
  leading: number;
  indent: number;
  bold?: boolean;
  color?: PdfColor;
  spaceBefore?: number;
  centered?: boolean;
}

/**
 * Sets an article in `box`: the heading lines span the box, centred; the byline and body flow
 * through `cols` columns. The columns are balanced (the shortest height that holds everything),
 * and where even the whole box is too short, the last line that fits ends with ……. Returns the
 * placed texts and the height actually used.
 */
function setArticle(a: LayoutArticle, box: Rect, cols: number, titleSize: number): { texts: PdfText[]; height: number } {
  const head: Line[] = [];
  const add = (text: string | undefined, size: number, lead: number, extra: Partial<Line> = {}, into = head): void => {
    if (!text || !text.trim()) return;
    const indent = extra.indent ?? 0;
    const width = extra.centered ? box.width : (box.width - (cols - 1) * COL_GAP) / cols;
    wrap(text.trim(), width, size, indent).forEach((t, i) =>
      into.push({ ...extra, text: t, size, leading: size * lead, indent: i === 0 ? indent : 0, spaceBefore: i === 0 ? extra.spaceBefore : 0 }),
    );
  };
  add(a.kicker, 11, 1.4, { centered: true });
  add(a.title, titleSize, 1.25, { centered: true, bold: true, spaceBefore: 2 });
  add(a.subtitle ? `——${a.subtitle.trim()}` : undefined, 11, 1.4, { centered: true, spaceBefore: 2 });

  const body: Line[] = [];
  add(a.byline, 9, 1.5, { color: GREY }, body);
  for (const b of a.blocks) {
    if (b.kind === 'heading') add(b.text, 10.5, 1.45, { bold: true, spaceBefore: 5 }, body);
    else if (b.kind === 'caption') add(b.text, 8.5, 1.4, { color: GREY, spaceBefore: 2 }, body);
    else add(b.text, BODY, 1.45, { indent: 2 * BODY }, body);
  }

  const texts: PdfText[] = [];
  const bottom = box.y + box.height;
  let y = box.y;
  for (const l of head) {
    const top = y + (l.spaceBefore ?? 0);
    if (top + l.size > bottom + EPS) return { texts: ellipsize(texts, box.width), height: y - box.y };
    texts.push(toText(l, box.x + (box.width - textWidth(l.text, l.size)) / 2, top));
    y = top + l.leading;
  }
  if (body.length === 0) return { texts, height: y - box.y };
  const bodyTop = y + (head.length > 0 ? 6 : 0);

  // Balance: binary-search the shortest column height that holds the whole body.
  const colW = (box.width - (cols - 1) * COL_GAP) / cols;
  const flowAt = (h: number): ReturnType<typeof flow> => flow(body, box.x, bodyTop, colW, cols, bodyTop + h);
  const maxH = bottom - bodyTop;
  let result = flowAt(maxH);
  if (!result.truncated) {
    let lo = 0;
    let hi = maxH;
    while (hi - lo > 0.5) {
      const mid = (lo + hi) / 2;
      if (flowAt(mid).truncated) lo = mid;
      else hi = mid;
    }
    result = flowAt(hi);
  }
  const placed = result.truncated ? ellipsize(result.texts, colW) : result.texts;
  texts.push(...placed);
  return { texts, height: Math.max(y, result.bottom) - box.y };
}

/** Places body lines down `cols` columns ending at `bottom`; reports whether any were left over. */
function flow(
  body: Line[],
  x0: number,
  top: number,
  colW: number,
  cols: number,
  bottom: number,
): { texts: PdfText[]; truncated: boolean; bottom: number } {
  const texts: PdfText[] = [];
  let col = 0;
  let y = top;
  let used = top;
  for (const l of body) {
    // Space before a line is dropped at the head of a column, as in print.
    let lineTop = y === top ? y : y + (l.spaceBefore ?? 0);
    if (lineTop + l.size > bottom + EPS) {
      col += 1;
      if (col >= cols) return { texts, truncated: true, bottom: used };
      y = lineTop = top;
      if (lineTop + l.size > bottom + EPS) return { texts, truncated: true, bottom: used };
    }
    texts.push(toText(l, x0 + col * (colW + COL_GAP) + l.indent, lineTop));
    used = Math.max(used, lineTop + l.size);
    y = lineTop + l.leading;
  }
  return { texts, truncated: false, bottom: used };
}

function toText(l: Line, x: number, y: number): PdfText {
  const t: PdfText = { text: l.text, x, y, size: l.size };
  if (l.bold) t.bold = true;
  if (l.color) t.color = l.color;
  return t;
}

/** Ends the last placed text with …… (two full-width ellipses), shortening it to fit `width`. */
function ellipsize(texts: PdfText[], width: number): PdfText[] {
  const last = texts[texts.length - 1];
  if (!last) return texts;
  const chars = [...last.text];
  while (chars.length > 0 && textWidth(chars.join('') + '……', last.size) > width) chars.pop();
  // Punctuation right before the ellipsis reads badly (“，……”); drop it.
  while (chars.length > 0 && /[，。、；：,.;:\s]$/u.test(chars[chars.length - 1] ?? '')) chars.pop();
  return [...texts.slice(0, -1), { ...last, text: chars.join('') + '……' }];
}

// 避头尾: characters that may not start a line (they hang into the gutter instead) and ones
// that may not end a line (they move down with the character they open).
const NO_START = new Set([...'，。、；：？！）」』”’》〉】〕…—·,.;:?!)]}%']);
const NO_END = new Set([...'（「『“‘《〈【〔([{']);

/**
 * Wraps `text` to lines no wider than `width` at `size`, the first line starting `indent` in.
 * ASCII words and numbers stay whole where they fit; closing punctuation may overhang by one
 * character rather than start a line.
 */
export function wrap(text: string, width: number, size: number, indent = 0): string[] {
  const tokens = text.match(/[A-Za-z0-9]+|[\s\S]/gu) ?? [];
  const lines: string[] = [];
  let line: string[] = [];
  let w = indent;
  const fits = (tw: number): boolean => w + tw <= width + 0.01;
  const breakLine = (): void => {
    // An opening bracket at the end of a full line moves down with what it opens.
    const carry: string[] = [];
    while (line.length > 1 && NO_END.has(line[line.length - 1] ?? '')) carry.unshift(line.pop() ?? '');
    while (line.length > 1 && /^\s$/u.test(line[line.length - 1] ?? '')) line.pop();
    lines.push(line.join(''));
    line = carry;
    w = textWidth(carry.join(''), size);
  };
  for (const token of tokens) {
    if (line.length === 0 && lines.length > 0 && /^\s$/u.test(token)) continue; // no leading space
    const tw = textWidth(token, size);
    // Closing punctuation hangs (at most one em past the edge) rather than start a line.
    const hangs = NO_START.has(token) && line.length > 0 && w <= width + 0.01;
    if (fits(tw) || hangs) {
      line.push(token);
      w += tw;
    } else if (tw > width - (lines.length === 0 ? indent : 0)) {
      // A word longer than a whole line is broken by character.
      for (const ch of token) {
        const cw = charUnits(ch) * size;
        if (!fits(cw) && line.length > 0) breakLine();
        line.push(ch);
        w += cw;
      }
    } else if (NO_START.has(token) && line.length > 1) {
      // A second closing mark (“。”” after a hung “。”) may not hang too: the character they
      // close moves down with them instead.
      const carry: string[] = [];
      while (line.length > 1 && NO_START.has(line[line.length - 1] ?? '')) carry.unshift(line.pop() ?? '');
      if (line.length > 1) carry.unshift(line.pop() ?? '');
      lines.push(line.join(''));
      line = [...carry, token];
      w = textWidth(line.join(''), size);
    } else {
      if (line.length > 0) breakLine();
      line.push(token);
      w += tw;
    }
  }
  if (line.length > 0) lines.push(line.join(''));
  return lines;
}
