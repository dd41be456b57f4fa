import { describe, expect, it } from 'vitest';
import { demoIssues, demoPaper } from '../demo/demo-content';
import { layoutNewspaperPage } from '../demo/page-layout';
import { writePdf } from '../demo/pdf-writer';
import { extractPdfText } from '../import/pdf-text';
import { analysePage } from './analyse-page';
import { articlesOfAnalysis } from './analysis-articles';
import { countyItems, countyPage, type CountyItem } from './test/county-page';
import { frontPage, frontPagePdf } from './test/front-page';

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

  it('finds each item as an article: its title, its byline or dateline reporter apart, its body whole and alone', async () => {
    const { articles } = await analysed(items, { label: '第2版 综合新闻', date: '2011年5月24日' });
    expect(articles.map((a) => a.title)).toEqual(items.map((i) => i.title));
    for (const [k, item] of items.entries()) {
      const article = articles[k]!;
      // an item with no author line takes its dateline's reporter (本报讯（记者 刘明）)
      expect(article.byline).toBe(item.byline ?? (item.paragraphs[0]!.startsWith('本报讯') ? '记者 刘明' : undefined));
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

  it('finds the items when their headlines are set only a size up, in a bold face (12 over 10.5)', async () => {
    const bytes = writePdf([countyPage(items, { label: '第2版 综合新闻', date: '2011年5月24日' }, { body: 10.5, lead: 12 })]);
    const { pages } = await extractPdfText(bytes, 'county.pdf');
    const { articles } = articlesOfAnalysis(analysePage(pages[0]!.layout).analysis, 2);
    expect(articles.map((a) => a.title)).toEqual(items.map((i) => i.title));
  });

  it('finds the items when nothing but white space parts them', async () => {
    const page = countyPage(items, { label: '第2版 综合新闻', date: '2011年5月24日' });
    page.lines = page.lines!.slice(0, 1); // the header's rule only
    const { pages } = await extractPdfText(writePdf([page]), 'county.pdf');
    const { articles } = articlesOfAnalysis(analysePage(pages[0]!.layout).analysis, 2);
    expect(articles.map((a) => a.title)).toEqual(items.map((i) => i.title));
  });

  it('reads an A03 要闻 label', async () => {
    const { header } = await analysed(items.slice(0, 4), { label: 'A03 要闻', date: '2011年5月24日 星期二' });
    expect(header.pageNumber).toBe(3);
    expect(header.section).toBe('要闻');
  });
});

describe('a boxed group of short items (简讯)', () => {
  it('is one article under its heading, its items inside it', async () => {
    const items = countyItems(4, 7);
    const page = countyPage(items, { label: '第3版 综合新闻', date: '2011年5月24日' });
    // a box in the free lower half of the page: 简讯 over three items with their own small headlines
    const box = { x: 30, y: 700, width: 400, height: 300 };
    page.rects = [...(page.rects ?? []), { ...box, lineWidth: 1 }];
    page.texts.push({ text: '简讯', x: 210, y: 712, size: 16, bold: true });
    const shorts = ['春耕备耕有序进行', '农村道路完成维修', '文化活动走进村里'];
    shorts.forEach((title, i) => {
      const y = 745 + i * 80;
      page.texts.push({ text: title, x: 45, y, size: 13, bold: true });
      page.texts.push({ text: `简讯第${i + 1}条的内容写在这里，说明了事情的经过。`, x: 45, y: y + 22, size: 10 });
      page.texts.push({ text: `简讯第${i + 1}条的第二句话，到这里结束。`, x: 45, y: y + 37, size: 10 });
    });
    const { pages } = await extractPdfText(writePdf([page]), 'brief.pdf');
    const { analysis } = analysePage(pages[0]!.layout);
    const { articles } = articlesOfAnalysis(analysis, 3);
    const brief = articles.find((a) => a.title === '简讯');
    expect(brief).toBeDefined();
    const text = squeeze(brief!.blocks.map((b) => b.text).join(''));
    for (const [i, title] of shorts.entries()) {
      expect(text).toContain(title);
      expect(text).toContain(`简讯第${i + 1}条的第二句话，到这里结束。`);
      expect(articles.some((a) => a.title === title)).toBe(false);
    }
    expect(articles.map((a) => a.title)).toEqual([...items.map((i) => i.title), '简讯']);
  });
});

describe('a page whose PDF sets every character as an item of its own', () => {
  it('reads the same articles as when it sets whole lines', async () => {
    const items = countyItems(8, 3);
    const page = countyPage(items, { label: '第2版 综合新闻', date: '2011年5月24日' });
    // each character its own item, its box a little narrower than its advance (a gap between glyphs)
    const perCharacter = page.texts.flatMap((t) => {
      let x = t.x;
      return [...t.text].map((ch) => {
        const advance = (ch.charCodeAt(0) < 0x7f ? 0.5 : 1) * t.size;
        const item = { text: ch, x, y: t.y, width: advance * 0.9, height: t.size, size: t.size, isVertical: false, font: t.bold ? 'F2' : 'F1' };
        x += advance;
        return item;
      });
    }).filter((i) => i.text.trim() !== '');
    const rules = (page.lines ?? []).map((l) => ({ rect: { x: l.x1, y: l.y1, width: l.x2 - l.x1, height: 0.6 }, isStroked: true }));
    const { analysis, header } = analysePage({ width: page.width, height: page.height, items: perCharacter, shapes: rules, images: [] });
    expect(header).toEqual({ date: '2011-05-24', pageNumber: 2, section: '综合新闻' });
    const { articles } = articlesOfAnalysis(analysis, 2);
    expect(articles.map((a) => a.title)).toEqual(items.map((i) => i.title));
    for (const [k, item] of items.entries()) {
      expect(squeeze(articles[k]!.blocks.map((b) => b.text).join(''))).toBe(squeeze(item.paragraphs.join('')));
    }
  });
});

describe('the demo archive’s own pages (masthead, a lead across four columns, two stacks of two columns)', () => {
  const issue = demoIssues[0]!;
  it.each(issue.pages.map((p) => [p.number, p] as const))('page %i reads as the articles it was typeset from', async (_n, demoPage) => {
    const { page } = layoutNewspaperPage({
      paperName: demoPaper.name,
      date: issue.date,
      issueNumber: issue.number,
      pageNumber: demoPage.number,
      section: demoPage.section,
      articles: demoPage.articles.map((a, i) => ({ id: String(i), ...a })),
    });
    const { pages } = await extractPdfText(writePdf([page]), 'demo.pdf');
    const { analysis, header } = analysePage(pages[0]!.layout);
    expect(header).toEqual({ date: issue.date, pageNumber: demoPage.number, section: demoPage.section });
    const { articles } = articlesOfAnalysis(analysis, demoPage.number);
    expect(articles.map((a) => a.title)).toEqual(demoPage.articles.map((a) => a.title));
    for (const [k, expected] of demoPage.articles.entries()) {
      const found = articles[k]!;
      if (expected.kicker) expect(squeeze(found.kicker ?? '')).toBe(squeeze(expected.kicker));
      if (expected.subtitle) expect(squeeze(found.subtitle ?? '').replace(/^—+/u, '')).toBe(squeeze(expected.subtitle));
      if (expected.byline) expect(squeeze(found.byline ?? '')).toContain(squeeze(expected.byline));
      const text = squeeze(found.blocks.map((b) => b.text).join(''));
      const paragraphs = expected.blocks.filter((b) => b.kind === 'paragraph').map((b) => squeeze(b.text));
      // the demo cuts a text that does not fit its box with ……: compare the start of each paragraph
      for (const p of paragraphs) expect(text).toContain(p.slice(0, 12));
      for (const other of demoPage.articles.filter((a) => a !== expected)) {
        for (const b of other.blocks.filter((x) => x.kind === 'paragraph')) expect(text).not.toContain(squeeze(b.text).slice(0, 12));
      }
      expect(text).not.toContain(demoPaper.name);
    }
  });
});

describe('a daily’s front page (masthead, a lead over five columns with a photo, three reports)', () => {
  it('reads the masthead as the header and finds the lead and the reports with their parts', async () => {
    const { pages } = await extractPdfText(writePdf([frontPagePdf()]), 'front.pdf');
    const { analysis, header } = analysePage(pages[0]!.layout);
    expect(header).toEqual({ date: '2018-01-10', pageNumber: 1, section: '要闻' });
    const { articles } = articlesOfAnalysis(analysis, 1);
    expect(articles.map((a) => a.title)).toEqual([frontPage.lead.title, ...frontPage.reports]);
    const lead = articles[0]!;
    expect(lead.kicker).toBe(frontPage.lead.kicker);
    // stored without the printed dashes, as every importer stores a 副题 (the reader sets them)
    expect(lead.subtitle).toBe(frontPage.lead.subtitle.replace(/^—+/u, ''));
    expect(lead.byline).toBe(frontPage.lead.byline);
    expect(lead.blocks.find((b) => b.kind === 'caption')?.text).toBe('图为市民在新开放的公园里散步。本报记者 王明摄');
    for (const [i, report] of articles.slice(1).entries()) {
      expect(report.byline).toBe(`记者 李${['一', '二', '三'][i]}`);
      expect(report.blocks[0]!.text.startsWith('本报东川1月9日电')).toBe(true);
    }
    const all = articles.map((a) => a.blocks.map((b) => b.text).join('')).join('');
    expect(all).not.toContain(frontPage.paper);
    expect(all).not.toContain('今日8版');
  });
});

describe('reports under a lead with no rule between, their headlines 1.7 × body', () => {
  it('are articles of their own, not sections of the lead', async () => {
    const page = frontPagePdf();
    page.lines = page.lines!.slice(0, 1); // the masthead's rule only
    for (const t of page.texts) if (frontPage.reports.includes(t.text)) t.size = 15;
    const { pages } = await extractPdfText(writePdf([page]), 'front.pdf');
    const { articles } = articlesOfAnalysis(analysePage(pages[0]!.layout).analysis, 1);
    expect(articles.map((a) => a.title)).toEqual([frontPage.lead.title, ...frontPage.reports]);
  });
});
