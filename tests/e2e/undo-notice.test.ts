import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoIssues } from '../../src/main/core/demo/demo-content';
import { undoWindowMs } from '../../src/renderer/src/annotate/undo-window';
import { useServedApp, callApi } from './harness';

const issue = demoIssues[0];
const lead = issue?.pages[0]?.articles[0];
const app = useServedApp();

const api = <T = unknown>(method: string, args: unknown): Promise<T> => callApi<T>(app.served, method, args);

/** The lead article with two fresh highlights on its first two sentences; their quotes. */
async function articleWithTwoHighlights(): Promise<{ articleId: string; quotes: string[] }> {
  const summary = (await api<{ id: string; number?: number }[]>('listIssues', {})).find((i) => i.number === issue?.number);
  const detail = await api<{ articles: { id: string; title: string }[] }>('getIssue', { issueId: summary?.id });
  const articleId = detail.articles.find((a) => a.title === lead?.title)?.id ?? '';
  const text = (await api<{ article: { text: string } }>('getArticle', { articleId })).article.text;
  for (const existing of await api<{ annotation: { id: string } }[]>('listAnnotations', { articleId })) {
    await api('deleteAnnotation', { articleId, id: existing.annotation.id });
  }
  const quotes: string[] = [];
  let from = text.indexOf('。') + 1;
  for (let i = 0; i < 2; i += 1) {
    const quote = text.slice(from, from + 10);
    await api('createAnnotation', { articleId, start: from, end: from + quote.length, color: 'green' });
    quotes.push(quote);
    from = text.indexOf('。', from) + 1;
  }
  return { articleId, quotes };
}

/** The controls on screen whose middle the undo notice lies over (a click there would land on it). */
function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const toast = document.querySelector('.annotation-toast');
    const covered: string[] = [];
    for (const control of document.querySelectorAll<HTMLElement>('button, a[href], input, textarea, select')) {
      if (toast?.contains(control)) continue;
      const rect = control.getBoundingClientRect();
      if (rect.width === 0 || rect.bottom < 0 || rect.top > innerHeight || rect.right < 0 || rect.left > innerWidth) continue;
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      if (hit && toast?.contains(hit)) covered.push(control.textContent?.trim() || control.getAttribute('aria-label') || control.tagName);
    }
    return covered;
  });
}

describe('the undo notice of a delete', () => {
  it('covers no control, and leaves when the next annotation is opened, whose 关闭 then takes the click', async () => {
    const { articleId, quotes } = await articleWithTwoHighlights();
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${app.served.url}/#/article/${encodeURIComponent(articleId)}`);
    const sidebar = page.getByRole('complementary', { name: '本文批注' });
    await sidebar.getByRole('button', { name: `打开批注：${quotes[0]}` }).click();
    const editor = page.getByRole('dialog', { name: '批注' });
    await editor.getByRole('button', { name: '删除批注' }).click();
    const notice = page.getByText('已删除一条批注。');
    await notice.waitFor();
    expect(await coveredControls(page)).toEqual([]);

    await sidebar.getByRole('button', { name: `打开批注：${quotes[1]}` }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(await coveredControls(page)).toEqual([]);
    await editor.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => editor.count()).toBe(0);
    // The old delete can no longer be undone.
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(500);
    expect(await sidebar.getByRole('button', { name: `打开批注：${quotes[0]}` }).count()).toBe(0);
    await page.close();
  });

  it('leaves by itself after a while, and Ctrl+Z no longer brings the old delete back', async () => {
    const { articleId, quotes } = await articleWithTwoHighlights();
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${app.served.url}/#/article/${encodeURIComponent(articleId)}`);
    const sidebar = page.getByRole('complementary', { name: '本文批注' });
    await sidebar.getByRole('button', { name: `打开批注：${quotes[0]}` }).click();
    await page.getByRole('dialog', { name: '批注' }).getByRole('button', { name: '删除批注' }).click();
    const notice = page.getByText('已删除一条批注。');
    await notice.waitFor();
    await page.waitForTimeout(undoWindowMs + 500);
    expect(await notice.count()).toBe(0);
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(500);
    expect(await sidebar.getByRole('button', { name: `打开批注：${quotes[0]}` }).count()).toBe(0);
    expect(await sidebar.getByRole('button', { name: `打开批注：${quotes[1]}` }).count()).toBe(1);
    await page.close();
  }, 30_000);

  it('covers no control with the page scrolled to the end of the article either', async () => {
    const { articleId, quotes } = await articleWithTwoHighlights();
    for (const width of [1366, 1024]) {
      const page = await app.browser.newPage({ viewport: { width, height: width === 1366 ? 768 : 700 } });
      await page.goto(`${app.served.url}/#/article/${encodeURIComponent(articleId)}`);
      const sidebar = page.getByRole('complementary', { name: '本文批注' });
      await sidebar.getByRole('button', { name: `打开批注：${quotes[0]}` }).click();
      await page.getByRole('dialog', { name: '批注' }).getByRole('button', { name: '删除批注' }).click();
      await page.getByText('已删除一条批注。').waitFor();
      await page.evaluate(() => window.scrollTo(0, document.scrollingElement?.scrollHeight ?? 0));
      await page.waitForTimeout(200);
      expect(await coveredControls(page), `at ${width} px`).toEqual([]);
      await page.keyboard.press('Control+z');
      await sidebar.getByRole('button', { name: `打开批注：${quotes[0]}` }).waitFor();
      await page.close();
    }
  }, 30_000);
});

