import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resultsDir, useServedApp, watchPage } from './harness';
import { dragOver, paintedTexts } from './selection';

// A real 人民日报 page PDF, as a reader brings it in: no paper, no date, no layout file. The
// layout analysis must make articles of it; the reader then reads one from its area on the
// replica, highlights a sentence, and merges two articles in the 校对 mode.
const pageFixture = resolve(process.cwd(), '../shared/fixtures/newspaper-pages/rmrb-20180104-07.pdf');

const app = useServedApp();

const articleLinks = (page: Page) => page.locator('.issue-side a.article-link').allTextContents();

const squash = (text: string) => text.replace(/\s+/g, '');

describe('a real newspaper page becomes articles', () => {
  it('imports a page PDF with no hints, opens an article from its area, highlights it on both views, and merges two articles through the UI', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const watched = watchPage(page);
    await page.goto(app.served.appUrl);

    // Import it as a reader would: the file picker, nothing typed.
    await page.getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog', { name: '导入文件' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: '选择文件…' }).click();
    await (await chooser).setFiles(pageFixture);
    await dialog.getByRole('button', { name: '开始导入' }).click();
    const results = dialog.getByRole('region', { name: '导入结果' });
    await results.getByText('导入 1 个，跳过 0 个，失败 0 个').waitFor({ timeout: 60_000 });
    await results.getByRole('listitem').filter({ hasText: 'rmrb-20180104-07.pdf' }).getByRole('link').first().click();
    await page.locator('.replica-page[data-state="painted"]').waitFor({ timeout: 30_000 });

    // The issue is the page's date and its 版 as printed, with its articles listed.
    await expect.poll(() => page.locator('main').textContent()).toContain('2018');
    await expect.poll(async () => (await articleLinks(page)).length).toBeGreaterThanOrEqual(3);
    const titles = await articleLinks(page);

    // Click the area of the second article on the replica: the article opens.
    const areas = page.getByRole('navigation', { name: '版面上的文章' });
    const area = await areas.getByRole('link').nth(1).boundingBox();
    if (!area) throw new Error('the article has no area on the page');
    const areaTitle = await areas.getByRole('link').nth(1).getAttribute('aria-label');
    await page.mouse.click(area.x + area.width / 2, area.y + area.height / 2);
    await page.locator('.article-body [data-text-start]').first().waitFor();
    expect(squash((await page.locator('article h1').textContent()) ?? '')).toBe(squash(areaTitle ?? ''));

    // Highlight the first sentence of its body; it is painted on the replica too.
    const body = (await page.locator('.article-body [data-text-start]').first().textContent()) ?? '';
    const sentence = /^[^。！？]{6,60}[。！？]/u.exec(body)?.[0] ?? body.slice(0, 20);
    await dragOver(page, sentence);
    await page.getByRole('toolbar', { name: '批注所选文字' }).getByRole('button', { name: '绿色高亮' }).click();
    await expect.poll(() => paintedTexts(page, 'jianbao-highlight-green')).toEqual([sentence]);
    await page.goBack();
    await page.locator('.replica-page[data-state="painted"]').waitFor({ timeout: 30_000 });
    await expect.poll(async () => squash((await paintedTexts(page, 'jianbao-highlight-green')).join(''))).toContain(squash(sentence));

    // Merge the first two articles in the 校对 mode, then reload: one article fewer, the second's
    // words inside the first.
    await page.getByRole('button', { name: '校对' }).click();
    const blocks = page.getByRole('group', { name: '本版的文字块' });
    await blocks.getByRole('button', { name: new RegExp(`^标题（${escape(titles[0]!.slice(0, 4))}`) }).first().click();
    await page.getByRole('button', { name: '与另一篇合并' }).click();
    await blocks.getByRole('button', { name: new RegExp(`^标题（${escape(titles[1]!.slice(0, 4))}`) }).first().click();
    await expect.poll(() => page.getByText('已合并两篇文章。').count()).toBe(1);
    await page.screenshot({ path: join(resultsDir, 'newspaper-page-merged.png') });

    await page.reload();
    await page.locator('.replica-page[data-state="painted"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => articleLinks(page)).toHaveLength(titles.length - 1);
    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  }, 120_000);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
