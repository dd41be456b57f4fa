import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsDir, useServedApp, watchPage } from './harness';

const app = useServedApp();

describe('searching the demo archive in Chromium through jianbao serve', () => {
  it('finds 双循环 from Ctrl+K, marks it in the snippets and in the article opened', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watched = watchPage(page);
    await page.goto(app.served.appUrl);
    await page.locator('a.issue-card').first().waitFor();

    await page.keyboard.press('Control+K');
    const field = page.getByRole('searchbox', { name: '搜索全部报纸' });
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('双循环');
    await page.keyboard.press('Enter');

    await expect.poll(() => page.locator('.search-total').textContent()).toMatch(/找到 \d+ 篇文章/);
    const hits = page.locator('a.search-hit');
    expect(await hits.count()).toBeGreaterThan(0);
    expect(await hits.first().locator('.search-hit-snippet mark').first().textContent()).toBe('双循环');
    await page.screenshot({ path: join(resultsDir, 'search.png') });

    await hits.first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('jianbao-search')?.size ?? 0)).toBeGreaterThan(0);
    const marked = await page.evaluate(() =>
      [...(CSS.highlights.get('jianbao-search') ?? [])].map((range) => (range as Range).toString()),
    );
    expect(new Set(marked)).toEqual(new Set(['双循环']));
    expect(await page.locator('.article-search-hits').textContent()).toMatch(/已标出“双循环”的 \d+ 处/);
    await page.screenshot({ path: join(resultsDir, 'search-article.png') });

    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});
