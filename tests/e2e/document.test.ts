import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../src/main/core/open-core';
import { launchBrowser, resultsDir, serveArchive, watchPage, type Served } from './harness';

// A real government-style PDF from pdf.js's corpus: a red 红头 headline and eight embedded CJK fonts.
const fixture = join(process.cwd(), '../shared/fixtures/pdf/issue19360.pdf');
const phrase = '坚持社会主义核心价值体系';

let dir: string;
let served: Served;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jianbao-e2e-document-'));
  const core = await openCore(dir, { installDemo: false });
  const report = await core.handlers.importFiles({ paths: [fixture] });
  if (report.documents.length !== 1) throw new Error(`expected one document, got ${JSON.stringify(report)}`);
  served = await serveArchive(dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('a standalone document', () => {
  it('opens from the library, reads as text, and shows its original page as printed', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watched = watchPage(page);
    await page.goto(served.appUrl);

    await page.getByRole('list', { name: '文件' }).getByRole('link').first().click();
    await expect.poll(() => page.locator('.article-body').textContent()).toContain(phrase);

    await page.getByRole('button', { name: '原件' }).click();
    await page.locator('.replica-page[data-state="painted"]').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('.replica-page .textLayer').textContent()).toContain(phrase);
    expect(page.url()).toContain('?page=1');
    await page.screenshot({ path: join(resultsDir, 'document-original.png') });

    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('selects its text from the keyboard in caret mode', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(served.appUrl);
    await page.getByRole('list', { name: '文件' }).getByRole('link').first().click();
    await expect.poll(() => page.locator('.article-body').textContent()).toContain(phrase);
    await page.getByRole('button', { name: '光标浏览' }).click();
    await page.locator('.caret-mark').waitFor();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Shift+ArrowRight');
    const selected = await page.evaluate(() => ({
      text: window.getSelection()?.toString() ?? '',
      inBody: Boolean(window.getSelection()?.focusNode?.parentElement?.closest('.article-body')),
    }));
    expect(selected.inBody).toBe(true);
    expect(selected.text).toHaveLength(4);
    await page.getByRole('toolbar', { name: '批注所选文字' }).waitFor();
    await page.close();
  });
});

