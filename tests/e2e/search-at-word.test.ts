import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePdf, type PdfPage } from '../../src/main/core/demo/pdf-writer';
import { newspaperPage } from '../../src/main/core/import/test/sample-pdfs';
import { openCore } from '../../src/main/core/open-core';
import { launchBrowser, resultsDir, serveArchive, watchPage, type Served } from './harness';

// A two-page report whose one sentence with 茶山夜校 is at the foot of its second page.
const filler = (i: number): string => `第${i}条：委员们走访社区，听取居民对加装电梯、老旧小区改造的意见和建议。`;
const reportPages: PdfPage[] = [1, 2].map((n) => ({
  width: 595,
  height: 842,
  texts: [
    ...(n === 1 ? [{ text: '关于社区养老服务的调研报告', x: 60, y: 60, size: 18, bold: true }] : []),
    ...Array.from({ length: 40 }, (_, i) => ({ text: filler((n - 1) * 40 + i + 1), x: 60, y: 100 + i * 17, size: 11 })),
    ...(n === 2 ? [{ text: '建议在各街道开办茶山夜校，请老人来讲种茶。', x: 60, y: 790, size: 11 }] : []),
  ],
}));

// A 版 of a paper with a line no article holds: the paper's hotline at its foot.
const paperPage = newspaperPage(1, '要闻', '2025年3月8日', '春茶开采 合作社里说增收');
paperPage.texts.push({ text: '本版热线：茶农服务站', x: 40, y: 790, size: 10 });

let dir: string;
let served: Served;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jianbao-e2e-hits-'));
  await writeFile(join(dir, 'report.pdf'), writePdf(reportPages));
  await writeFile(join(dir, '01.pdf'), writePdf([paperPage]));
  const core = await openCore(join(dir, 'archive'), { installDemo: false });
  const report = await core.handlers.importFiles({ paths: [join(dir, 'report.pdf')] });
  const paper = await core.handlers.importFiles({ paths: [join(dir, '01.pdf')], paper: '云岭政协报' });
  if (report.documents.length !== 1 || paper.issues.length !== 1) throw new Error(`unexpected import: ${JSON.stringify([report, paper])}`);
  core.search.close();
  served = await serveArchive(join(dir, 'archive'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function search(page: Page, query: string): Promise<void> {
  await page.goto(`${served.url.replace(/#.*$/, '')}#/search?q=${encodeURIComponent(query)}`);
  await page.locator('a.search-hit').first().waitFor();
}

/** The text of each range the search highlight marks. */
const markedTexts = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('jianbao-search') ?? [])].map((range) => (range as Range).toString()));

/** Whether the first marked range is within the window. */
const isFirstMarkInView = (page: Page) =>
  page.evaluate(() => {
    const first = [...(CSS.highlights.get('jianbao-search') ?? [])][0] as Range | undefined;
    const box = first?.getBoundingClientRect();
    return box !== undefined && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });

describe('a search hit opens at the word, marked', () => {
  it('in a document: the text opens scrolled to the word, with the word marked', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const watched = watchPage(page);
    await search(page, '茶山夜校');
    await page.locator('a.search-hit-document').first().click();
    await expect.poll(() => page.locator('.article-body').textContent()).toContain('茶山夜校');
    expect(page.url()).toContain('q=');
    await expect.poll(() => markedTexts(page)).toEqual(['茶山夜校']);
    await expect.poll(() => isFirstMarkInView(page)).toBe(true);
    expect(await page.locator('.article-search-hits').textContent()).toMatch(/已标出“茶山夜校”的 1 处/);
    await page.screenshot({ path: join(resultsDir, 'search-document-at-word.png') });
    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('on a page: words that no article holds open the replica with the word marked', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const watched = watchPage(page);
    await search(page, '茶农服务站');
    const hit = page.locator('a.search-hit-page-text');
    expect(await hit.count()).toBe(1);
    expect(await hit.textContent()).toContain('版面文字');
    await hit.click();
    await page.locator('.replica-page[data-state="painted"]').waitFor({ timeout: 20_000 });
    await expect.poll(() => markedTexts(page), { timeout: 10_000 }).toEqual(['茶农服务站']);
    await expect.poll(() => isFirstMarkInView(page)).toBe(true);
    await page.screenshot({ path: join(resultsDir, 'search-page-at-word.png') });
    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});
