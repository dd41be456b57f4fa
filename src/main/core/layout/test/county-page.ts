import { textWidth, type PdfLine, type PdfPage, type PdfText } from '../../demo/pdf-writer';
import { wrap } from '../../demo/page-layout';

/**
 * A county paper's inside page for tests, typeset by us: a header band (`第2版 综合新闻` and a
 * date in another form), then short items stacked in four columns, each a headline in
 * 1.5 × body type, maybe a byline, its body, and a rule under it. Its text is our own.
 */

/** One short item and where the test expects it. */
export interface CountyItem {
  title: string;
  byline?: string;
  paragraphs: string[];
}

const W = 842;
const H = 1191;
const MARGIN = 30;
const GAP = 14;
const COLS = 4;
const BODY = 10;
const LEAD = 15;

const phrases = ['县里', '今年', '群众', '乡镇', '项目', '农田', '道路', '学校', '村民', '干部', '企业', '合作社', '产业', '服务'];
const verbs = ['推进', '完成', '建设', '改善', '开展', '落实', '提高', '组织'];

/** A sentence of our own, varied by `n`. */
export function sentence(n: number): string {
  const a = phrases[n % phrases.length]!;
  const b = verbs[(n * 3) % verbs.length]!;
  const c = phrases[(n * 7 + 3) % phrases.length]!;
  return `${a}第${n}次${b}${c}工作，取得了新的进展和成效。`;
}

/** Ten items of different lengths, numbered so that each sentence is unique. */
export function countyItems(count = 10, seed = 0): CountyItem[] {
  const items: CountyItem[] = [];
  let n = seed * 1000 + 1;
  for (let i = 0; i < count; i++) {
    const paragraphs: string[] = [];
    for (let p = 0; p < 1 + (i % 3); p++) {
      let text = '';
      for (let s = 0; s < 2 + ((i + p) % 3); s++) text += sentence(n++);
      paragraphs.push(i === 1 && p === 0 ? `本报讯（记者 刘明）${text}` : text);
    }
    items.push({
      title: `${phrases[i % phrases.length]}${verbs[i % verbs.length]}${i % 2 === 0 ? '民生实事' : '重点工程'}第${seed * 100 + i + 1}项`,
      ...(i % 3 === 0 ? { byline: `本报记者 王${['一', '二', '三', '四'][i % 4]}华` } : {}),
      paragraphs,
    });
  }
  return items;
}

/** The page, with the items stacked down the columns in order; `type` sets body and headline sizes. */
export function countyPage(items: readonly CountyItem[], header: { label: string; date: string }, type: { body: number; lead: number } = { body: BODY, lead: LEAD }): PdfPage {
  const { body: bodySize, lead: leadSize } = type;
  const texts: PdfText[] = [];
  const lines: PdfLine[] = [];
  const columnBottoms: number[] = [];
  texts.push({ text: header.date, x: MARGIN, y: 34, size: 11 });
  texts.push({ text: header.label, x: W - MARGIN - textWidth(header.label, 14), y: 32, size: 14, bold: true });
  lines.push({ x1: MARGIN, y1: 56, x2: W - MARGIN, y2: 56, width: 1 });
  const colW = (W - 2 * MARGIN - (COLS - 1) * GAP) / COLS;
  const perColumn = Math.ceil(items.length / COLS);
  items.forEach((item, i) => {
    const col = Math.floor(i / perColumn);
    const x = MARGIN + col * (colW + GAP);
    const isFirstInColumn = i % perColumn === 0;
    let y = isFirstInColumn ? 70 : columnBottoms[col]! + 10;
    for (const l of wrap(item.title, colW, leadSize)) {
      texts.push({ text: l, x: x + (colW - textWidth(l, leadSize)) / 2, y, size: leadSize, bold: true });
      y += leadSize * 1.3;
    }
    y += 4;
    if (item.byline) {
      texts.push({ text: item.byline, x: x + (colW - textWidth(item.byline, bodySize)) / 2, y, size: bodySize });
      y += bodySize * 1.8;
    }
    for (const p of item.paragraphs) {
      for (const [k, l] of wrap(p, colW, bodySize, 2 * bodySize).entries()) {
        texts.push({ text: l, x: x + (k === 0 ? 2 * bodySize : 0), y, size: bodySize });
        y += bodySize * 1.5;
      }
    }
    y += 4;
    lines.push({ x1: x, y1: y, x2: x + colW, y2: y, width: 0.6 });
    columnBottoms[col] = y;
  });
  return { width: W, height: H, texts, lines };
}
