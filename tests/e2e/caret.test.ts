import { describe, expect, it } from 'vitest';
import { useServedApp } from './harness';

const app = useServedApp();

describe('caret mode, for a reader without a mouse', () => {
  it('selects a stretch of an article with Shift+arrows, reaches the toolbar with Tab and highlights it', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(app.served.appUrl);
    await page.locator('a.issue-card').first().click();
    await page.locator('a.article-link').first().click();
    const body = page.locator('.article-body');
    await body.locator('[data-text-start]').first().waitFor();

    await page.keyboard.press('F7');
    await page.locator('.caret-mark').waitFor();
    await page.getByRole('status').filter({ hasText: '光标浏览' }).waitFor();
    const firstText = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('.article-body') as Node, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !(node as Text).data.trim()) node = walker.nextNode();
      return (node as Text | null)?.data ?? '';
    });
    const before = await page.locator('.caret-mark').boundingBox();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const after = await page.locator('.caret-mark').boundingBox();
    expect(after?.x ?? 0).toBeGreaterThan(before?.x ?? 0);
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('Shift+ArrowRight');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(firstText.slice(2, 8));

    const toolbar = page.getByRole('toolbar', { name: '批注所选文字' });
    await toolbar.waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.selection-toolbar')))).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('jianbao-highlight-yellow') ?? [])].map((range) => (range as Range).toString())))
      .toEqual([firstText.slice(2, 8)]);
    await page.close();
  });

  it('selects text of a page replica from the keyboard, and ←/→ take the focus to the page shown', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(app.served.appUrl);
    await page.locator('a.issue-card').first().click();
    await page.locator('.replica-page[data-state="painted"]').waitFor();
    await page.keyboard.press('F7');
    await page.locator('.caret-mark').waitFor();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Shift+ArrowRight');
    const selected = await page.evaluate(() => {
      const selection = window.getSelection();
      return { text: selection?.toString() ?? '', inLayer: Boolean(selection?.focusNode?.parentElement?.closest('.textLayer')) };
    });
    expect(selected.inLayer).toBe(true);
    expect(selected.text.replace(/\s/g, '').length).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Escape');
    expect(await page.locator('.caret-mark').count()).toBe(0);

    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toContain('page=2');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('issue-page'))).toBe(true);
    await page.close();
  });

  it('draws a region on a page from the keyboard, with a hint while drawing', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(app.served.appUrl);
    await page.locator('a.issue-card').first().click();
    await page.locator('.replica-page[data-state="painted"]').waitFor();
    const regionsBefore = await page.locator('.region-annotation').count();
    await page.getByRole('button', { name: /框选区域/ }).click();
    await page.getByText('方向键移动', { exact: false }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('region-drawer'))).toBe(true);
    await page.keyboard.press('Enter');
    const band = page.locator('.region-band');
    await band.waitFor();
    const placed = await band.boundingBox();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    const moved = await band.boundingBox();
    expect(moved?.x ?? 0).toBeGreaterThan(placed?.x ?? 0);
    expect(moved?.height ?? 0).toBeGreaterThan(placed?.height ?? 0);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: '批注' }).waitFor();
    await expect.poll(() => page.locator('.region-annotation').count()).toBe(regionsBefore + 1);
    await page.close();
  });
});

