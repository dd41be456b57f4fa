import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoIssues } from '../../src/main/core/demo/demo-content';
import { resultsDir, useServedApp, watchPage } from './harness';

const issue = demoIssues[0];
const page2 = issue?.pages.find((p) => p.number === 2);
const article = page2?.articles[0];
const sentence = article?.blocks.find((b) => b.kind === 'paragraph')?.text.slice(0, 24) ?? '';

const app = useServedApp();

describe('reading the demo archive in Chromium through jianbao serve', () => {
  it('goes from the library to an issue, its page 2 and an article, and shows the article', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watched = watchPage(page);
    await page.goto(app.served.appUrl);

    await page.locator('a.issue-card', { hasText: String(issue?.number) }).click();
    await page.getByRole('button', { name: '第 2 版 · 精选' }).or(page.getByRole('link', { name: '第 2 版 · 精选' })).click();
    await page.locator('a.article-link', { hasText: article?.title ?? '' }).click();

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(article?.title);
    expect(await page.getByText(article?.kicker ?? '', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText(sentence).isVisible()).toBe(true);
    expect(await page.getByText(article?.byline ?? '').isVisible()).toBe(true);
    await page.screenshot({ path: join(resultsDir, 'article.png'), fullPage: true });

    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('sets the body as Chinese text: CJK fonts, 1.8 line height, two-character indent', async () => {
    const page = await app.browser.newPage();
    await page.goto(app.served.appUrl);
    await page.locator('a.issue-card', { hasText: String(issue?.number) }).click();
    await page.locator('a.article-link', { hasText: issue?.pages[0]?.articles[0]?.title ?? '' }).click();
    const paragraph = page.locator('article .article-body p.block-paragraph').first();
    await paragraph.waitFor();
    const style = await paragraph.evaluate((el) => {
      const s = getComputedStyle(el);
      return { lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize), indent: parseFloat(s.textIndent) / parseFloat(s.fontSize), font: s.fontFamily };
    });
    expect(style.lineHeight).toBeCloseTo(1.8, 1);
    expect(style.indent).toBeCloseTo(2, 1);
    expect(style.font).toMatch(/CJK|Song|Hei|Han/);
    await page.close();
  });

  it('opens an article directly by its address and switches the interface to English', async () => {
    const page = await app.browser.newPage();
    await page.goto(app.served.appUrl);
    await page.locator('a.issue-card').first().click();
    await page.locator('a.article-link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const address = page.url();
    const fresh = await app.browser.newPage();
    await fresh.goto(address);
    await expect.poll(() => fresh.getByRole('heading', { level: 1 }).textContent()).toBe(await page.getByRole('heading', { level: 1 }).textContent());
    await fresh.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => fresh.locator('html').getAttribute('lang')).toBe('en');
    await page.close();
    await fresh.close();
  });
});
