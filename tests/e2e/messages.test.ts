import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServedApp } from './harness';

const app = useServedApp();

/** Drops a file that claims to be a PDF but is not on the window, starts the import, and answers the message shown for it. */
async function importBrokenPdf(page: Page, name: string, startLabel: RegExp): Promise<string> {
  await page.evaluate((fileName) => {
    const data = new DataTransfer();
    data.items.add(new File(['%PDF-1.4 this is not really a PDF ', fileName], fileName, { type: 'application/pdf' }));
    for (const type of ['dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  }, name);
  const dialog = page.getByRole('dialog');
  await dialog.getByText(name).waitFor();
  await dialog.getByRole('button', { name: startLabel }).click();
  const error = dialog.locator('.import-file-error');
  await error.waitFor();
  const text = (await error.textContent()) ?? '';
  await page.keyboard.press('Escape');
  return text;
}

const han = /\p{Script=Han}/u;

describe('error messages in the language of the UI', () => {
  it('shows a failed file’s message in Chinese only, then in English only once the UI is in English', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(app.served.appUrl);
    await page.locator('a.issue-card').first().waitFor();

    const chinese = await importBrokenPdf(page, 'broken-1.pdf', /^开始导入$/);
    expect(chinese).toMatch(han);
    expect(chinese).not.toContain(' / ');
    expect(chinese).not.toMatch(/\b(the|not|file|cannot|is)\b/i);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Import' }).waitFor();
    const english = await importBrokenPdf(page, 'broken-2.pdf', /^Import$/);
    expect(english).not.toMatch(han);
    expect(english).not.toContain(' / ');
    expect(english).toMatch(/[A-Za-z]{4,}/);

    await page.getByRole('button', { name: '中文' }).click();
    await page.close();
  });
});
