import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LayoutBlock, PageAnalysis } from '../../src/shared/page-layout';
import { Archive } from '../../src/main/core/archive/archive';
import { importAnalysedPage, testIssueId } from '../../src/main/core/corrections/test/analysed-issue';
import { fixture } from './fixture-archive';
import { launchBrowser, resultsDir, serveArchive, watchPage, type Served } from './harness';
import { dragOver, paintedTexts } from './selection';

// A page whose layout analysis is stored with it, made by hand in our own words (the real
// analysis is built apart): three articles on the fixture PDF's A4 page, in PDF points.
function block(id: string, role: LayoutBlock['role'], text: string, x: number, y: number, width: number, height: number, fontSize = 10): LayoutBlock {
  return { id, role, text, rect: { x, y, width, height }, fontSize };
}

const analysis: PageAnalysis = {
  width: 596,
  height: 842,
  blocks: [
    block('a-title', 'title', '春耕时节话农机', 40, 150, 516, 30, 24),
    block('a-body', 'body', '清晨的田野里，新式播种机来回穿梭，春播进度比去年快了一周。', 40, 190, 516, 80),
    block('b-title', 'title', '一条老街的新生活', 40, 300, 250, 28, 20),
    block('b-body', 'body', '老街改造后，居民在家门口就能看病、买菜、听戏。', 40, 335, 250, 120),
    block('c-title', 'title', '老街的夜市开张了', 306, 300, 250, 28, 20),
    block('c-body', 'body', '夜市每晚六点开张，摊主都是街坊邻居。', 306, 335, 250, 120),
  ],
  articles: [
    { blockIds: ['a-title', 'a-body'], areas: [{ x: 40, y: 150, width: 516, height: 120 }], confidence: 0.9 },
    { blockIds: ['b-title', 'b-body'], areas: [{ x: 40, y: 300, width: 250, height: 155 }], confidence: 0.4 },
    { blockIds: ['c-title', 'c-body'], areas: [{ x: 306, y: 300, width: 250, height: 155 }], confidence: 0.4 },
  ],
  confidence: 0.4,
};

const app: { dir?: string; served?: Served; browser?: Browser } = {};
beforeAll(async () => {
  app.dir = await mkdtemp(join(tmpdir(), 'jianbao-e2e-correct-'));
  const archive = await Archive.open(app.dir);
  const sha256 = await archive.putOriginal(new Uint8Array(await readFile(fixture)), 'pdf');
  await importAnalysedPage(archive, analysis, { pageNumber: 1, sha256 });
  app.served = await serveArchive(app.dir);
  app.browser = await launchBrowser();
});
afterAll(async () => {
  await app.browser?.close();
  await app.served?.stop();
  if (app.dir) await rm(app.dir, { recursive: true, force: true });
});

async function openPage(page: Page): Promise<void> {
  await page.goto(`${app.served!.url}/#/issue/${testIssueId}?page=1`);
  await page.locator('.replica-page[data-state="painted"]').waitFor({ timeout: 20_000 });
}

const articleLinks = (page: Page) => page.locator('.issue-side a.article-link').allTextContents();
const sentence = '夜市每晚六点开张，摊主都是街坊邻居。';

describe('correcting a page’s articles on the replica', () => {
  it('opens an article from its area, highlights a sentence, merges it into another through the 校对 mode, and keeps both after a reload', async () => {
    const page = await app.browser!.newPage({ viewport: { width: 1400, height: 1000 } });
    const watched = watchPage(page);

    // The library lists the page as one to check: its analysis was unsure.
    await page.goto(`${app.served!.url}/#/`);
    await page.getByRole('link', { name: '待校对的版面 (1)' }).click();
    await page.getByRole('link', { name: /第 1 版/ }).click();
    await page.locator('.replica-page[data-state="painted"]').waitFor({ timeout: 20_000 });
    await expect.poll(() => articleLinks(page)).toHaveLength(3);

    // Click the third article's area on the replica, read it, and highlight a sentence of it.
    const area = await page.getByRole('navigation', { name: '版面上的文章' }).getByRole('link', { name: '老街的夜市开张了' }).boundingBox();
    if (!area) throw new Error('the article has no area on the page');
    await page.mouse.click(area.x + area.width / 2, area.y + area.height / 2);
    await page.locator('.article-body [data-text-start]').first().waitFor();
    await dragOver(page, sentence);
    await page.getByRole('toolbar', { name: '批注所选文字' }).getByRole('button', { name: '绿色高亮' }).click();
    await expect.poll(() => paintedTexts(page, 'jianbao-highlight-green')).toEqual([sentence]);
    await page.goBack();
    await page.locator('.replica-page[data-state="painted"]').waitFor({ timeout: 20_000 });

    await page.getByRole('button', { name: '校对' }).click();
    const blocks = page.getByRole('group', { name: '本版的文字块' });
    await blocks.getByRole('button', { name: /^标题（一条老街的新生活/ }).click();
    await page.getByRole('button', { name: '与另一篇合并' }).click();
    await blocks.getByRole('button', { name: /^正文（老街的夜市开张了/ }).click();
    await expect.poll(() => page.getByText('已合并两篇文章。').count()).toBe(1);
    await expect.poll(() => articleLinks(page)).toHaveLength(2);
    await page.screenshot({ path: join(resultsDir, 'replica-corrected.png') });

    await page.reload();
    await openPage(page);
    await expect.poll(() => articleLinks(page)).toHaveLength(2);
    const merged = page.locator('.issue-side a.article-link', { hasText: '一条老街的新生活' });
    await merged.click();
    await expect.poll(() => page.locator('article').textContent()).toContain('夜市每晚六点开张');
    // The highlight made on the absorbed article is on the merged one, still anchored.
    await expect.poll(() => paintedTexts(page, 'jianbao-highlight-green')).toEqual([sentence]);

    // Undo from the page's history brings the third article back.
    await page.goBack();
    await page.locator('.replica-page[data-state="painted"]').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: '校对' }).click();
    await page.getByRole('button', { name: '撤销 合并' }).click();
    await expect.poll(() => articleLinks(page)).toHaveLength(3);

    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});
