import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServedApp, watchPage } from './harness';

const app = useServedApp();

/** Sets the UI language through the API, as another window would (the tests after this one read Chinese). */
async function setLocale(locale: 'zh-CN' | 'en'): Promise<void> {
  await fetch(`${app.served.url}/api/updateSettings`, { method: 'POST', headers: app.served.apiHeaders, body: JSON.stringify({ locale }) });
}

/** Opens the newest issue (the first card) on its first page, painted. */
async function openFirstIssue(page: Page): Promise<void> {
  await page.goto(app.served.appUrl);
  await page.locator('a.issue-card').first().click();
  await page.locator('.replica-page[data-state="painted"]').waitFor();
}

describe('the page view, for a reader preparing a meeting', () => {
  it('labels an article area with its title on hover, and the area and the 本版文章 list show each other', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openFirstIssue(page);
    const area = page.locator('a.replica-area').first();
    const title = (await area.getAttribute('aria-label')) ?? '';
    expect(title.length).toBeGreaterThan(2);
    const box = await area.boundingBox();
    if (!box) throw new Error('no area box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const label = area.locator('.replica-area-label');
    await expect.poll(() => label.isVisible()).toBe(true);
    expect(await label.textContent()).toBe(title);
    expect(await area.getAttribute('title')).toBe(title);
    const listed = page.locator('a.article-link', { hasText: title });
    await expect.poll(() => listed.getAttribute('class')).toContain('is-highlighted');

    // And from the list to the page.
    await page.mouse.move(5, 5);
    const other = page.locator('a.article-link').nth(1);
    const otherTitle = (await other.locator('.article-link-title').textContent()) ?? '';
    await other.hover();
    await expect.poll(() => page.locator(`a.replica-area[aria-label="${otherTitle}"]`).getAttribute('class')).toContain('is-hovered');
    await page.close();
  });

  it('shows the whole page in the window at 1366×768 with 整版', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openFirstIssue(page);
    await page.getByRole('button', { name: '整版' }).click();
    await page.waitForTimeout(500);
    await page.locator('.replica-page[data-state="painted"]').waitFor();
    const rect = await page.locator('.replica-page').evaluate((element) => {
      const box = element.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, inner: innerHeight };
    });
    expect(rect.top).toBeGreaterThanOrEqual(0);
    expect(rect.bottom).toBeLessThanOrEqual(rect.inner);
    await page.close();
  });

  it('goes to the previous and the next issue', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openFirstIssue(page);
    const dateline = page.locator('.issue-dateline span').first();
    const newest = await dateline.textContent();
    expect(await page.getByText('已是最新一期').count()).toBe(1);
    await page.getByRole('link', { name: '← 上一期' }).click();
    await expect.poll(() => dateline.textContent()).not.toBe(newest);
    await page.getByRole('link', { name: '下一期 →' }).click();
    await expect.poll(() => dateline.textContent()).toBe(newest);
    await page.close();
  });

  it('downloads the page’s PDF and prints the page alone', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const watched = watchPage(page);
    await openFirstIssue(page);
    const download = page.getByRole('link', { name: '下载本版 PDF' });
    expect(await download.getAttribute('download')).toMatch(/\.pdf$/);
    const head = await download.evaluate(async (link) => {
      const response = await fetch((link as HTMLAnchorElement).href);
      return { type: response.headers.get('content-type'), start: new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5)) };
    });
    expect(head).toEqual({ type: 'application/pdf', start: '%PDF-' });

    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: '打印本版' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const sheet = page.locator('.print-sheet img');
    expect(await sheet.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(1500);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('shows no □ before bylines in the list, equal calendar columns and English counts of one', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openFirstIssue(page);
    const bylines = await page.locator('.article-link-byline').allTextContents();
    expect(bylines.length).toBeGreaterThan(0);
    expect(bylines.every((byline) => !byline.includes('□'))).toBe(true);

    await page.goto(app.served.appUrl);
    // evaluateAll does not wait: the library renders its calendar once the issues are listed.
    await page.locator('.calendar-days thead th').first().waitFor();
    const widths = await page.locator('.calendar-days thead th').evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().width)));
    expect(widths).toHaveLength(7);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(1);

    await page.getByRole('button', { name: 'English' }).click();
    try {
      await page.getByRole('heading', { name: 'Back issues' }).waitFor();
      const text = await page.evaluate(() =>
        [document.body.textContent ?? '', ...[...document.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label'))].join('\n'),
      );
      expect(text).not.toMatch(/(^|[^\d])1 issues/);
      expect(text).toMatch(/(^|[^\d])1 issue\b/);
    } finally {
      await setLocale('zh-CN');
    }
    await page.close();
  });
});

describe('the article view', () => {
  it('says the paper, date and 版 in the article’s header, and breaks its title between words, balanced', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1024, height: 700 } });
    await openFirstIssue(page);
    await page.locator('a.article-link').first().click();
    const header = page.locator('.article-header');
    await header.waitFor();
    expect(await header.locator('.article-dateline').textContent()).toMatch(/云岭政协报 · \d{4}年\d+月\d+日.* · 第 1 版/);
    const style = await page.locator('h1.article-title').evaluate((title) => {
      const computed = getComputedStyle(title);
      return { wordBreak: computed.wordBreak, textWrap: computed.getPropertyValue('text-wrap') };
    });
    expect(style.wordBreak).toBe('keep-all');
    expect(style.textWrap).toContain('balance');
    await page.close();
  });
});

describe('the first start', () => {
  it('says in one sentence what Jianbao is, that the archive is a demo and how to bring in one’s own papers, until dismissed', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(app.served.appUrl);
    const welcome = page.getByRole('complementary', { name: '欢迎' });
    await welcome.waitFor();
    const sentence = (await welcome.locator('p').textContent()) ?? '';
    expect(sentence).toContain('剪报');
    expect(sentence).toContain('示例档案');
    expect(sentence).toContain('导入');
    await welcome.getByRole('button', { name: '知道了' }).click();
    expect(await welcome.count()).toBe(0);
    await page.reload();
    await page.locator('a.issue-card').first().waitFor();
    expect(await page.getByRole('complementary', { name: '欢迎' }).count()).toBe(0);
    await context.close();
  });
});
