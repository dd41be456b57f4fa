import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../src/main/core/open-core';
import { launchBrowser, resultsDir, serveArchive, watchPage, type Served } from './harness';
import { paintedTexts } from './selection';

// ofdrw's two-page excerpt of 鲁迅's 拿来主义, laid out line by line in OFD (GB/T 33190).
const fixtures = join(process.cwd(), '../shared/fixtures/ofd');
const title = '拿来主义';

let dir: string;
let served: Served;
let browser: Browser;
let documentId: string;
let attachedId: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jianbao-e2e-ofd-'));
  const core = await openCore(dir, { installDemo: false });
  const report = await core.handlers.importFiles({ paths: [join(fixtures, 'ofdrw-nalaizhuyi-page6.ofd'), join(fixtures, 'ofdrw-AddAttachment.ofd')] });
  if (report.documents.length !== 2) throw new Error(`expected two documents, got ${JSON.stringify(report)}`);
  documentId = report.documents.find((d) => d.title === title)!.id;
  attachedId = report.documents.find((d) => d.id !== documentId)!.id;
  served = await serveArchive(dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function openOriginal(page: Page): Promise<void> {
  await page.goto(`${served.url}/#/document/${documentId}?page=1`);
  await page.locator('.replica-page[data-state="painted"]').waitFor({ timeout: 20_000 });
  await expect.poll(() => page.locator('.replica-page .textLayer').textContent()).toContain(title);
}

describe('an OFD document', () => {
  it('shows page 1 as printed, and a highlight on its text layer and a drawn region survive a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const watched = watchPage(page);
    await openOriginal(page);
    await page.locator('.replica-page').screenshot({ path: join(resultsDir, 'ofd-nalaizhuyi-page1.png') });

    // The title's run in the text layer lies over the printed title: drag across it.
    const run = page.locator('.replica-page .textLayer span', { hasText: title }).first();
    const box = await run.boundingBox();
    if (!box) throw new Error('the title has no box in the text layer');
    await page.mouse.move(box.x + 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.getByRole('toolbar', { name: '批注所选文字' }).getByRole('button', { name: '蓝色高亮' }).click();
    await expect.poll(() => paintedTexts(page, 'jianbao-highlight-blue')).toEqual([title]);

    await page.getByRole('button', { name: /框选区域/ }).click();
    const sheet = await page.locator('.replica-page').boundingBox();
    if (!sheet) throw new Error('the page has no box');
    await page.mouse.move(sheet.x + sheet.width * 0.2, sheet.y + sheet.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(sheet.x + sheet.width * 0.6, sheet.y + sheet.height * 0.7, { steps: 8 });
    await page.mouse.up();
    const editor = page.getByRole('dialog', { name: '批注' });
    await editor.getByLabel('批注（支持 Markdown）').fill('这一段讲“送去主义”');
    await editor.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => page.locator('.region-annotation').count()).toBe(1);

    await page.reload();
    await openOriginal(page);
    await expect.poll(() => paintedTexts(page, 'jianbao-highlight-blue')).toEqual([title]);
    const panel = page.getByRole('complementary', { name: '本版批注' });
    await expect.poll(() => panel.getByText('这一段讲“送去主义”').count()).toBe(1);
    const region = await page.locator('.region-annotation').boundingBox();
    expect(region && sheet && Math.abs(region.width - sheet.width * 0.4)).toBeLessThan(4);
    await page.screenshot({ path: join(resultsDir, 'ofd-annotated.png') });

    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('lists the attachments the package carries', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${served.url}/#/document/${attachedId}`);
    await page.getByText('OFD 文件自带的内容').click();
    const list = page.getByRole('region', { name: '附件' });
    await expect.poll(() => list.textContent()).toContain('Gao (.jpg) · 35.6 KB · 2020-05-20');
    await page.close();
  });
});
