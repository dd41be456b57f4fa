import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalText } from '../../src/shared/canonical-text';
import type { Article, Block } from '../../src/shared/model';
import { Archive } from '../../src/main/core/archive/archive';
import { articleIdOf, issueIdOf, sha256Hex } from '../../src/main/core/archive/ids';
import { launchBrowser, resultsDir, serveArchive, watchPage, type Served } from './harness';

// A real Chinese PDF from pdf.js's test corpus: non-embedded 黑体 through the GBK-EUC-H CMap,
// so its text shows (and selects) only when the app serves pdf.js's CMaps itself.
const fixture = join(process.cwd(), '../shared/fixtures/pdf/issue2128r.pdf');
const title = '浅谈校长的魅力';
const paper = { id: 'xyzb', name: '闻喜教育周报', shortName: '闻喜教育' };
const date = '2008-09-01';
const issueId = issueIdOf(paper.id, date);
const articleId = articleIdOf(paper.id, date, 1, title);

let served: Served;
let browser: Browser;
let archiveDir: string;

/** An archive of one issue whose one page is the fixture, with one article and its area. */
async function buildArchive(dir: string): Promise<void> {
  const archive = await Archive.open(dir);
  const sha = await archive.putOriginal(new Uint8Array(await readFile(fixture)), 'pdf');
  const blocks: Block[] = [
    { kind: 'paragraph', text: '校长的魅力，在于他的学识、品格与对教育的热爱。' },
    { kind: 'paragraph', text: '一位好校长，能带出一所好学校。' },
  ];
  const text = canonicalText(blocks);
  const article: Article = {
    id: articleId,
    issueId,
    pageNumber: 1,
    title,
    byline: '山西省闻喜县诚镇初中 李新录',
    contentHash: sha256Hex(text),
    blocks,
    text,
  };
  await archive.saveIssue({
    paper,
    issue: {
      id: issueId,
      paperId: paper.id,
      date,
      number: 128,
      sources: [sha],
      pages: [
        {
          number: 1,
          section: '教育',
          replica: { sha256: sha, ext: 'pdf', pageIndex: 0 },
          // Title and byline, in PDF points from the top-left (pdftotext -bbox puts the title
          // at x 252.75–341.25, y 74.9–86.9 and the byline below it).
          areas: [{ articleId, rect: { x: 200, y: 65, width: 196, height: 60 } }],
          articleIds: [articleId],
        },
      ],
    },
    articles: [article],
  });
}

async function openPage(page: Page): Promise<void> {
  await page.goto(`${served.url}/#/issue/${issueId}?page=1`);
  await page.locator('.replica-page[data-state="painted"]').waitFor({ timeout: 20_000 });
}

beforeAll(async () => {
  archiveDir = await mkdtemp(join(tmpdir(), 'jianbao-e2e-replica-'));
  await buildArchive(archiveDir);
  served = await serveArchive(archiveDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  await rm(archiveDir, { recursive: true, force: true });
});

describe('a page replica from a real Chinese PDF', () => {
  it('paints the page and lays its text out to select and copy as the same characters', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.url });
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
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
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
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${served.url}/#/article/${articleId}`);
    await page.getByRole('link', { name: '在版面上查看' }).click();
    await page.locator('.replica-page[data-state="painted"]').waitFor();
    const marked = page.locator('.replica-area.is-marked');
    expect(await marked.getAttribute('aria-label')).toBe(title);
    expect(await marked.isVisible()).toBe(true);
    await page.close();
  });

  it('finds a phrase on the page with Ctrl+F and counts the matches', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
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
