import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articleId, issueId, title, useServedFixture } from './fixture-archive';
import { resultsDir, watchPage } from './harness';

const app = useServedFixture();

async function openPage(page: Page): Promise<void> {
  await page.goto(`${app.served.url}/#/issue/${issueId}?page=1`);
  await page.locator('.replica-page[data-state="painted"]').waitFor({ timeout: 20_000 });
}

describe('a page replica from a real Chinese PDF', () => {
  it('paints the page and lays its text out to select and copy as the same characters', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 1000 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.served.url });
    const page = await context.newPage();
    const watched = watchPage(page);
    await openPage(page);

    const layer = page.locator('.replica-page .textLayer');
    await expect.poll(() => layer.textContent()).toContain(title);
    // The whole page, as printed: fit page, then wait for it to be painted at that scale.
    await page.getByRole('button', { name: '整版' }).click();
    await page.locator('.replica-page[data-state="painted"]').waitFor();
    await page.locator('.replica-page').screenshot({ path: join(resultsDir, 'replica-issue2128r.png') });
    await page.getByRole('button', { name: '适合宽度' }).click();
    await page.locator('.replica-page[data-state="painted"]').waitFor();

    // Select the title with the mouse, as a reader would, and copy it.
    const run = layer.locator('span', { hasText: title }).first();
    const box = await run.boundingBox();
    if (!box) throw new Error('the title has no box in the text layer');
    await page.mouse.move(box.x + 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(title);
    await page.keyboard.press('Control+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(title);

    // The drag selected text; it did not open the article.
    expect(page.url()).toContain(`#/issue/`);
    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it('outlines the article area on hover and opens the article on click', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const watched = watchPage(page);
    await openPage(page);

    const area = page.getByRole('link', { name: title }).and(page.locator('.replica-area'));
    const box = await area.boundingBox();
    if (!box) throw new Error('the article area has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 4);
    await expect.poll(() => area.getAttribute('class')).toContain('is-hovered');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 4);

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(page.url()).toContain(`#/article/${articleId}`);
    await page.screenshot({ path: join(resultsDir, 'article-issue2128r.png'), fullPage: true });
    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('shows an article on its page with its area marked', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${app.served.url}/#/article/${articleId}`);
    await page.getByRole('link', { name: '在版面上查看' }).click();
    await page.locator('.replica-page[data-state="painted"]').waitFor();
    const marked = page.locator('.replica-area.is-marked');
    expect(await marked.getAttribute('aria-label')).toBe(title);
    expect(await marked.isVisible()).toBe(true);
    await page.close();
  });

  it('finds a phrase on the page with Ctrl+F and counts the matches', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await openPage(page);
    await page.keyboard.press('Control+F');
    await page.getByRole('searchbox', { name: '在本版中查找' }).fill('校长');
    await expect.poll(() => page.locator('.find-count').textContent()).toBe('第 1 处，共 1 处');
    expect(await page.evaluate(() => CSS.highlights.get('jianbao-find')?.size)).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('searchbox', { name: '在本版中查找' }).count()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.has('jianbao-find'))).toBe(false);
    await page.close();
  });
});
