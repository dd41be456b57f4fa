import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { issueId, title, useServedFixture } from './fixture-archive';
import { resultsDir, watchPage } from './harness';
import { paintedTexts } from './selection';

const app = useServedFixture();

async function openPage(page: Page): Promise<void> {
  await page.goto(`${app.served.url}/#/issue/${issueId}?page=1`);
  await page.locator('.replica-page[data-state="painted"]').waitFor({ timeout: 20_000 });
  await expect.poll(() => page.locator('.replica-page .textLayer').textContent()).toContain(title);
}

describe('annotating a page replica of a real Chinese PDF', () => {
  it('highlights text of the page and a drawn region, each with comment and tag, and paints them again after a reload', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const watched = watchPage(page);
    await openPage(page);

    // Select the title in the text layer, as a reader drags over it, and highlight it in blue.
    const run = page.locator('.replica-page .textLayer span', { hasText: title }).first();
    const box = await run.boundingBox();
    if (!box) throw new Error('the title has no box in the text layer');
    await page.mouse.move(box.x + 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.getByRole('toolbar', { name: '批注所选文字' }).getByRole('button', { name: '蓝色高亮' }).click();
    await expect.poll(() => paintedTexts(page, 'jianbao-highlight-blue')).toEqual([title]);
    expect(page.url()).toContain('#/issue/');

    const panel = page.getByRole('complementary', { name: '本版批注' });
    await panel.getByRole('button', { name: new RegExp(title) }).click();
    const editor = page.getByRole('dialog', { name: '批注' });
    await editor.getByLabel('批注（支持 Markdown）').fill('标题用黑体，与正文区分');
    await editor.getByLabel('添加标签（回车确认）').fill('版式');
    await editor.getByLabel('添加标签（回车确认）').press('Enter');
    await expect.poll(() => editor.locator('.tag').allTextContents()).toEqual(['#版式×']);
    await editor.getByRole('button', { name: '关闭' }).click();

    // Draw a region over the lower part of the page, where the scan has no text.
    await page.getByRole('button', { name: /框选区域/ }).click();
    const sheet = await page.locator('.replica-page').boundingBox();
    if (!sheet) throw new Error('the page has no box');
    await page.mouse.move(sheet.x + sheet.width * 0.2, sheet.y + sheet.height * 0.4);
    await page.mouse.down();
    await page.mouse.move(sheet.x + sheet.width * 0.6, sheet.y + sheet.height * 0.6, { steps: 8 });
    await page.mouse.up();
    await editor.getByLabel('批注（支持 Markdown）').fill('正文是扫描图片，没有文字层');
    await editor.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => page.locator('.region-annotation').count()).toBe(1);

    await page.reload();
    await openPage(page);

    await expect.poll(() => paintedTexts(page, 'jianbao-highlight-blue')).toEqual([title]);
    await expect.poll(() => panel.getByText('标题用黑体，与正文区分').count()).toBe(1);
    expect(await panel.getByText('#版式').count()).toBe(1);
    expect(await panel.getByText('正文是扫描图片，没有文字层').count()).toBe(1);
    const region = await page.locator('.region-annotation').boundingBox();
    expect(region && sheet && Math.abs(region.width - sheet.width * 0.4)).toBeLessThan(4);
    await page.screenshot({ path: join(resultsDir, 'replica-annotated.png') });

    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});
