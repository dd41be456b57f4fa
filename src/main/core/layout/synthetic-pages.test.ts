import { describe, expect, it } from 'vitest';
import { writePdf } from '../demo/pdf-writer';
import { extractPdfText } from '../import/pdf-text';
import { analysePage } from './analyse-page';
import { articlesOfAnalysis } from './analysis-articles';
import { countyItems, countyPage, type CountyItem } from './test/county-page';

/** Pages we typeset ourselves, in forms the six shared pages do not show. */

async function analysed(items: readonly CountyItem[], header: { label: string; date: string }) {
  const bytes = writePdf([countyPage(items, header)]);
  const { pages } = await extractPdfText(bytes, 'county.pdf');
  const result = analysePage(pages[0]!.layout);
  return { ...result, ...articlesOfAnalysis(result.analysis, result.header.pageNumber ?? 0) };
}

const squeeze = (text: string): string => text.replace(/\s+/g, '');

describe('a county paper page of ten short items between rules', () => {
  const items = countyItems(10);

  it('reads the header band: 第2版 综合新闻 and a date written 2011.5.24', async () => {
    const { header } = await analysed(items, { label: '第2版 综合新闻', date: '2011.5.24 星期二' });
    expect(header).toEqual({ date: '2011-05-24', pageNumber: 2, section: '综合新闻' });
  });

  it('finds each item as an article: its title, its byline apart, its body whole and alone', async () => {
    const { articles } = await analysed(items, { label: '第2版 综合新闻', date: '2011年5月24日' });
    expect(articles.map((a) => a.title)).toEqual(items.map((i) => i.title));
    for (const [k, item] of items.entries()) {
      const article = articles[k]!;
      expect(article.byline).toBe(item.byline);
      const body = squeeze(article.blocks.map((b) => b.text).join(''));
      expect(body).toBe(squeeze(item.paragraphs.join('')));
    }
  });

  it('gives every article an area around its own text only', async () => {
    const { articles, areas } = await analysed(items, { label: 'A03 要闻', date: '2011年5月24日' });
    for (const a of articles) {
      const own = areas.filter((r) => r.title === a.title);
      expect(own.length).toBeGreaterThan(0);
      const others = areas.filter((r) => r.title !== a.title);
      for (const mine of own) {
        for (const other of others) {
          const w = Math.min(mine.rect.x + mine.rect.width, other.rect.x + other.rect.width) - Math.max(mine.rect.x, other.rect.x);
          const h = Math.min(mine.rect.y + mine.rect.height, other.rect.y + other.rect.height) - Math.max(mine.rect.y, other.rect.y);
          expect(w > 1 && h > 1, `${a.title} overlaps ${other.title}`).toBe(false);
        }
      }
    }
  });

  it('reads an A03 要闻 label', async () => {
    const { header } = await analysed(items.slice(0, 4), { label: 'A03 要闻', date: '2011年5月24日 星期二' });
    expect(header.pageNumber).toBe(3);
    expect(header.section).toBe('要闻');
  });
});
