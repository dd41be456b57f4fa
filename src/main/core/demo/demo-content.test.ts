import { describe, it, expect } from 'vitest';
import { demoIssues, demoPaper, type DemoArticle } from './demo-content';

const allArticles: DemoArticle[] = demoIssues.flatMap((issue) => issue.pages.flatMap((page) => page.articles));
const articleText = (a: DemoArticle): string => a.blocks.map((b) => b.text).join('\n');
const allStrings = (a: DemoArticle): string[] =>
  [a.kicker, a.title, a.subtitle, a.byline, ...a.blocks.map((b) => b.text)].filter((s): s is string => s !== undefined);
const ASTRAL = /[\u{10000}-\u{10FFFF}]/u;

describe('demo paper', () => {
  it('is the fictional CPPCC paper', () => {
    expect(demoPaper.id).toBe('demo-zxb');
    expect(demoPaper.name).toMatch(/政协报$/);
    expect(demoPaper.shortName.length).toBeGreaterThan(0);
    expect(demoPaper.name.startsWith(demoPaper.shortName.replace(/政协$/, ''))).toBe(true);
  });
});

describe('demo issues', () => {
  it('has 3 issues in 2026 over 2 months, in order, with distinct increasing numbers', () => {
    expect(demoIssues).toHaveLength(3);
    for (const issue of demoIssues) {
      expect(issue.date).toMatch(/^2026-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
      expect(Number.isNaN(Date.parse(issue.date))).toBe(false);
      expect(Number.isInteger(issue.number)).toBe(true);
    }
    expect(new Set(demoIssues.map((i) => i.date.slice(0, 7))).size).toBe(2);
    const dates = demoIssues.map((i) => i.date);
    expect([...dates].sort()).toEqual(dates);
    const numbers = demoIssues.map((i) => i.number);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    expect(new Set(numbers).size).toBe(3);
  });

  it('has 4 pages per issue, numbered 1 to 4, with 要闻 and 精选 first', () => {
    for (const issue of demoIssues) {
      expect(issue.pages.map((p) => p.number)).toEqual([1, 2, 3, 4]);
      expect(issue.pages[0]?.section).toBe('要闻');
      expect(issue.pages[1]?.section).toBe('精选');
      expect(issue.pages[2]?.section).toBe('关注');
      expect(['专题', '文史']).toContain(issue.pages[3]?.section);
    }
  });

  it('has 2 or 3 articles a page, at least 3 on page 1', () => {
    for (const issue of demoIssues) {
      for (const page of issue.pages) {
        expect(page.articles.length).toBeGreaterThanOrEqual(page.number === 1 ? 3 : 2);
        expect(page.articles.length).toBeLessThanOrEqual(3);
      }
    }
  });

  it('has unique titles within each issue', () => {
    for (const issue of demoIssues) {
      const titles = issue.pages.flatMap((p) => p.articles.map((a) => a.title));
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  it('gives the first 精选 article of the first issue every heading part', () => {
    const first = demoIssues[0]?.pages[1]?.articles[0];
    expect(first?.kicker).toBeTruthy();
    expect(first?.title).toBeTruthy();
    expect(first?.subtitle).toBeTruthy();
    expect(first?.byline).toBeTruthy();
  });
});

describe('demo articles', () => {
  it('have well-formed headings and bylines', () => {
    for (const a of allArticles) {
      expect([...a.title].length).toBeGreaterThanOrEqual(8);
      expect([...a.title].length).toBeLessThanOrEqual(20);
      if (a.subtitle !== undefined) expect(a.subtitle).not.toMatch(/^[—-]/);
      if (a.byline !== undefined) expect(a.byline).toMatch(/^□ \S/);
    }
    expect(allArticles.filter((a) => a.byline).length).toBeGreaterThan(allArticles.length / 2);
    expect(allArticles.some((a) => a.kicker)).toBe(true);
    expect(allArticles.filter((a) => a.subtitle).length).toBeGreaterThanOrEqual(2);
  });

  it('have 4 to 8 blocks, at least 3 of them paragraphs', () => {
    for (const a of allArticles) {
      expect(a.blocks.length).toBeGreaterThanOrEqual(4);
      expect(a.blocks.length).toBeLessThanOrEqual(8);
      expect(a.blocks.filter((b) => b.kind === 'paragraph').length).toBeGreaterThanOrEqual(3);
      for (const b of a.blocks) expect(b.text.trim().length).toBeGreaterThan(0);
    }
  });

  it('have short headings without final punctuation, and some captions', () => {
    const headings = allArticles.flatMap((a) => a.blocks.filter((b) => b.kind === 'heading'));
    expect(headings.length).toBeGreaterThan(0);
    for (const b of headings) {
      expect([...b.text].length).toBeLessThanOrEqual(14);
      expect(b.text).not.toMatch(/[。，；：！？、.,;:!?]$/);
    }
    const captions = allArticles.flatMap((a) => a.blocks.filter((b) => b.kind === 'caption'));
    expect(captions.length).toBeGreaterThanOrEqual(2);
    for (const b of captions) expect(b.text).toMatch(/摄$/);
  });

  it('are plain NFC text with Chinese punctuation, no markup', () => {
    for (const a of allArticles) {
      for (const s of allStrings(a)) {
        expect(s).toBe(s.normalize('NFC'));
        expect(s).toBe(s.trim());
        expect(s).not.toMatch(/[<>*#`_[\]{}|\\]/);
        expect(s).not.toMatch(/[,;:!?"'()]/);
        expect(s).not.toMatch(/[\n\r\t]/);
      }
    }
  });

  it('contain the words later tests search for', () => {
    const texts = allArticles.map(articleText);
    expect(texts.some((t) => t.includes('双循环'))).toBe(true);
    expect(texts.some((t) => t.includes('政协'))).toBe(true);
    expect(texts.filter((t) => t.includes('提案办理')).length).toBeGreaterThanOrEqual(3);
  });

  it('has exactly one article with a character outside the BMP, in its body', () => {
    const astral = allArticles.filter((a) => allStrings(a).some((s) => ASTRAL.test(s)));
    expect(astral).toHaveLength(1);
    expect(articleText(astral[0]!)).toContain('\u{2555B}');
  });
});
