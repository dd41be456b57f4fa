import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoIssues } from '../../src/main/core/demo/demo-content';
import { useServedApp, callApi } from './harness';

const issue = demoIssues[0];
const lead = issue?.pages[0]?.articles[0];
const app = useServedApp();

const api = <T = unknown>(method: string, args: unknown): Promise<T> => callApi<T>(app.served, method, args);

/** Makes a highlight on the demo's lead article (its `nth` sentence) and opens its editor. */
async function openEditorOnNewHighlight(page: Page, nth: number) {
  const summary = (await api<{ id: string; number?: number }[]>('listIssues', {})).find((i) => i.number === issue?.number);
  const detail = await api<{ articles: { id: string; title: string }[] }>('getIssue', { issueId: summary?.id });
  const articleId = detail.articles.find((a) => a.title === lead?.title)?.id ?? '';
  const text = (await api<{ article: { text: string } }>('getArticle', { articleId })).article.text;
  const sentences = text.split('。');
  const start = sentences.slice(0, nth).join('。').length + (nth > 0 ? 1 : 0);
  const quote = (sentences[nth] ?? '').slice(0, 12);
  await api('createAnnotation', { articleId, start, end: start + quote.length, color: 'blue' });
  await page.goto(`${app.served.url}/#/article/${encodeURIComponent(articleId)}`);
  const sidebar = page.getByRole('complementary', { name: '本文批注' });
  await sidebar.getByRole('button', { name: `打开批注：${quote}` }).click();
  const editor = page.getByRole('dialog', { name: '批注' });
  return { editor, tagInput: editor.getByLabel('添加标签（回车确认）'), articleId, sidebar, quote };
}

/** Starts an input-method composition of `text` in the focused field, as a pinyin IME does. */
async function compose(page: Page, text: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  return {
    pressDuring: (key: 'Enter' | 'Escape') =>
      cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, code: key, windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 }).then(() =>
        cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code: key, windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 }),
      ),
    commit: (characters: string) => cdp.send('Input.insertText', { text: characters }),
  };
}

describe('nothing the reader types is lost', () => {
  it('keeps both of two tags entered back to back, on screen and after a reload', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const { editor, tagInput } = await openEditorOnNewHighlight(page, 0);
    // A busy machine: each save takes a moment to come back, longer than between two tags.
    await page.route('**/api/updateAnnotation', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await tagInput.focus();
    await page.keyboard.insertText('常委会');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('提案');
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.locator('.tag').allTextContents()).toEqual(['#常委会×', '#提案×']);
    await page.waitForTimeout(1_000);
    await page.reload();
    const sidebar = page.getByRole('complementary', { name: '本文批注' });
    await expect.poll(() => sidebar.locator('.tag').allTextContents()).toEqual(['#常委会', '#提案']);
    await page.close();
  });

  it('saves no raw pinyin as a tag when Enter confirms an input method, and keeps the editor open on its Escape', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const { editor, tagInput } = await openEditorOnNewHighlight(page, 1);
    await tagInput.focus();
    const ime = await compose(page, 'tian');
    await ime.pressDuring('Enter');
    await ime.pressDuring('Escape');
    await ime.commit('田');
    await page.waitForTimeout(300);
    expect(await editor.locator('.tag').count()).toBe(0);
    expect(await editor.count()).toBe(1);
    expect(await tagInput.inputValue()).toBe('田');
    await tagInput.press('Enter');
    await expect.poll(() => editor.locator('.tag').allTextContents()).toEqual(['#田×']);
    await page.close();
  });

  it('does not search for the pinyin while the search box composes', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(app.served.appUrl);
    await page.keyboard.press('Control+K');
    const box = page.getByRole('searchbox', { name: '搜索全部报纸' });
    await box.focus();
    const ime = await compose(page, 'zhengxie');
    await ime.pressDuring('Enter');
    await page.waitForTimeout(300);
    expect(page.url()).not.toContain('#/search');
    await ime.commit('政协');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('#/search');
    await page.close();
  });
});
