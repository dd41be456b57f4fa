import { describe, expect, it } from 'vitest';
import { analysePage } from './analyse-page';
import { articlesOfAnalysis } from './analysis-articles';
import type { LayoutInput, LayoutItem } from './layout-input';

const item = (text: string, x: number, y: number, size: number, extra: Partial<LayoutItem> = {}): LayoutItem => ({
  text,
  x,
  y,
  width: [...text].length * size,
  height: size,
  size,
  isVertical: false,
  font: size > 12 ? 'H' : 'B',
  ...extra,
});

const page = (items: LayoutItem[]): LayoutInput => ({ width: 1000, height: 1400, items, shapes: [], images: [] });

/** A column of body lines starting at (x, y). */
function column(x: number, y: number, lines: string[], size = 10): LayoutItem[] {
  return lines.map((text, i) => item(text, x + (i === 0 ? 2 * size : 0), y + i * size * 1.5, size));
}

describe('analysePage', () => {
  it('gives the same block ids when the same page is analysed again', () => {
    const input = page([item('一个标题在这里', 100, 100, 30), ...column(100, 160, ['第一段的文字写在这里，一直写到这一行的尽头为止。', '这一段在这里结束。'])]);
    const first = analysePage(input).analysis;
    const again = analysePage(structuredClone(input)).analysis;
    expect(again.blocks.map((b) => b.id)).toEqual(first.blocks.map((b) => b.id));
    expect(new Set(first.blocks.map((b) => b.id)).size).toBe(first.blocks.length);
  });

  it('keeps two blocks of the same text apart by their order, not by chance', () => {
    const input = page([
      item('一个标题在这里', 100, 100, 30),
      ...column(100, 160, ['同样的一句话。']),
      ...column(100, 200, ['同样的一句话。']),
    ]);
    const ids = analysePage(input).analysis.blocks.filter((b) => b.text === '同样的一句话。').map((b) => b.id);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(`${ids[0]}-1`);
  });

  it('joins a vertical headline to the article beside it', () => {
    const lines = column(100, 100, ['正文第一行的文字写在这里，', '正文第二行的文字写在这里，', '正文第三行，到这里结束。']);
    const vertical = item('竖排的标题', 270, 100, 30, { isVertical: true, width: 30, height: 150 });
    const { analysis } = analysePage(page([...lines, vertical]));
    expect(analysis.articles).toHaveLength(1);
    const title = analysis.blocks.find((b) => b.role === 'title')!;
    expect(title.text).toBe('竖排的标题');
    expect(title.isVertical).toBe(true);
    expect(analysis.articles[0]!.blockIds[0]).toBe(title.id);
    const body = analysis.blocks.find((b) => b.id === analysis.articles[0]!.blockIds[1])!;
    expect(body.text).toBe('正文第一行的文字写在这里，正文第二行的文字写在这里，正文第三行，到这里结束。');
  });

  it('reads characters stacked one under another as a vertical headline', () => {
    const lines = column(100, 100, ['正文第一行的文字写在这里，', '正文第二行的文字写在这里，', '正文第三行，到这里结束。']);
    const stacked = [...'竖排的标题'].map((ch, i) => item(ch, 270, 100 + i * 31, 30));
    const { analysis } = analysePage(page([...lines, ...stacked]));
    expect(analysis.articles).toHaveLength(1);
    const title = analysis.blocks.find((b) => b.id === analysis.articles[0]!.blockIds[0])!;
    expect(title).toMatchObject({ role: 'title', text: '竖排的标题', isVertical: true });
  });

  it('survives items with no size or no position', () => {
    const bad = [item('坏', Number.NaN, 10, 10), item('零', 10, 10, 0), item('', 10, 10, 10)];
    expect(analysePage(page(bad)).analysis.articles).toEqual([]);
  });
});

describe('the confidence of an analysed article', () => {
  const whole = ['第一段的文字写在这里，一直写到这一行的尽头为止。', '这一段在这里结束。'];
  const cut = ['第一段的文字写在这里，一直写到这一行的尽头为止。', '这一段在这里没有结'];
  const confidenceOf = (title: LayoutItem, lines: string[]): number =>
    analysePage(page([title, ...column(100, 160, lines)])).analysis.articles[0]!.confidence;

  it('is lower when the text stops mid-sentence', () => {
    expect(confidenceOf(item('一个标题在这里', 100, 100, 30), cut)).toBeLessThan(confidenceOf(item('一个标题在这里', 100, 100, 30), whole));
  });

  it('is lower when the headline is barely larger than the body', () => {
    expect(confidenceOf(item('一个标题在这里', 100, 130, 14), whole)).toBeLessThan(confidenceOf(item('一个标题在这里', 100, 100, 30), whole));
  });
});

describe('a vertical headline between two articles', () => {
  it('takes the text at its left, not the article before it', () => {
    const a = [item('左边文章的标题', 100, 100, 24), ...column(100, 140, ['左边文章的正文写在这里，', '左边文章到这里结束。'])];
    // the gutter at the vertical headline is wider than the one between the two texts
    const b = column(290, 100, ['右边文章的正文写在这里，', '右边文章的正文还在写，', '右边文章到这里结束。']);
    const title = item('右边的竖排标题', 455, 100, 28, { isVertical: true, width: 28, height: 196 });
    const { analysis } = analysePage(page([...a, ...b, title]));
    const texts = analysis.articles.map((art) => art.blockIds.map((id) => analysis.blocks.find((x) => x.id === id)!.text).join('|'));
    expect(texts).toEqual([
      '左边文章的标题|左边文章的正文写在这里，左边文章到这里结束。',
      '右边的竖排标题|右边文章的正文写在这里，右边文章的正文还在写，右边文章到这里结束。',
    ]);
  });
});

describe('a column logo', () => {
  it('is the article’s column, neither its title nor its text', () => {
    // beside the headline (right over it, a short line is read as its 引题)
    const input = page([
      item('新知新觉', 30, 100, 20),
      item('一篇理论文章的标题', 130, 100, 28),
      ...column(130, 150, ['正文第一行的文字写在这里，', '正文到这里结束。']),
    ]);
    const { analysis } = analysePage(input);
    expect(analysis.blocks.find((b) => b.text === '新知新觉')?.role).toBe('column');
    const { articles } = articlesOfAnalysis(analysis, 1);
    expect(articles.map((a) => a.title)).toEqual(['一篇理论文章的标题']);
    expect(articles[0]!.blocks.map((b) => b.text).join('')).not.toContain('新知新觉');
  });
});
