import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoIssues } from '../../src/main/core/demo/demo-content';
import { resultsDir, useServedApp, watchPage, callApi } from './harness';
import { dragOver, paintedTexts } from './selection';

const issue = demoIssues[0];
const article = issue?.pages[0]?.articles[0];
const paragraph = article?.blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
// The paragraph's first sentence, up to and with its 。
const sentence = paragraph.slice(0, paragraph.indexOf('。') + 1);

const app = useServedApp();

/** Calls the served app's API, as the browser door's client does. */
const api = <T = unknown>(method: string, args: unknown): Promise<T> => callApi<T>(app.served, method, args);

describe('annotating an article in Chromium', () => {
  it('highlights a sentence in green with a comment and a tag, and finds it all again after a reload', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const watched = watchPage(page);
    await page.goto(app.served.appUrl);
    await page.locator('a.issue-card', { hasText: String(issue?.number) }).click();
    await page.locator('a.article-link', { hasText: article?.title ?? '' }).first().click();
    await page.locator('.article-body [data-text-start]').first().waitFor();

    await dragOver(page, sentence);
    await page.getByRole('toolbar', { name: '批注所选文字' }).getByRole('button', { name: '绿色高亮' }).click();
    await expect.poll(() => paintedTexts(page, 'jianbao-highlight-green')).toEqual([sentence]);

    // A click on the painted text opens the annotation.
    const middle = await page.evaluate((wanted) => {
      const block = document.querySelector('.article-body [data-text-start]');
      const node = block?.firstChild as Text;
      const range = document.createRange();
      const at = node.data.indexOf(wanted) + Math.floor(wanted.length / 2);
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, sentence);
    await page.mouse.click(middle.x, middle.y);
    const editor = page.getByRole('dialog', { name: '批注' });
    await editor.getByLabel('批注（支持 Markdown）').fill('提案可引用：**社区协商**');
    await editor.getByLabel('添加标签（回车确认）').fill('基层治理');
    await editor.getByLabel('添加标签（回车确认）').press('Enter');
    await expect.poll(() => editor.locator('.tag').allTextContents()).toEqual(['#基层治理×']);
    await editor.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => editor.count()).toBe(0);

    await page.reload();
    await page.locator('.article-body [data-text-start]').first().waitFor();

    await expect.poll(() => paintedTexts(page, 'jianbao-highlight-green')).toEqual([sentence]);
    const sidebar = page.getByRole('complementary', { name: '本文批注' });
    await expect.poll(() => sidebar.locator('.annotation-comment').textContent()).toBe('提案可引用：社区协商');
    expect(await sidebar.locator('.annotation-comment strong').textContent()).toBe('社区协商');
    expect(await sidebar.getByText('#基层治理').count()).toBe(1);
    await page.screenshot({ path: join(resultsDir, 'article-annotated.png') });

    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('shows highlights on the page replica and in the article alike, whichever view made them', async () => {
    const lead = issue?.pages[0]?.articles[0];
    const firstParagraph = lead?.blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
    // The article's highlight, made here through the API (as another window would), not left by the test before.
    const sentence = firstParagraph.slice(firstParagraph.indexOf('。') + 1, firstParagraph.indexOf('。', firstParagraph.indexOf('。') + 1) + 1);
    const summary = (await api<{ id: string; number?: number }[]>('listIssues', {})).find((i) => i.number === issue?.number);
    const detail = await api<{ articles: { id: string; title: string }[] }>('getIssue', { issueId: summary?.id });
    const articleId = detail.articles.find((a) => a.title === lead?.title)?.id;
    const text = (await api<{ article: { text: string } }>('getArticle', { articleId })).article.text;
    await api('createAnnotation', { articleId, start: text.indexOf(sentence), end: text.indexOf(sentence) + sentence.length, color: 'blue' });
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(app.served.appUrl);
    await page.locator('a.issue-card', { hasText: String(issue?.number) }).click();
    await page.locator('.replica-page[data-state="painted"]').waitFor({ timeout: 20_000 });

    // A run of the lead article's first paragraph as the replica's text layer prints it, after
    // the sentences highlighted above and by the test before.
    const span = page.locator('.replica-page .textLayer span').filter({ hasText: /\p{Script=Han}{8}/u });
    const phrase = await span.evaluateAll((spans, { paragraph, avoid }) => {
      for (const s of spans) {
        const text = s.textContent ?? '';
        for (let at = 0; at + 6 <= text.length; at += 1) {
          const candidate = text.slice(at, at + 6);
          if (/^\p{Script=Han}{6}$/u.test(candidate) && paragraph.includes(candidate) && !avoid.includes(candidate)) return candidate;
        }
      }
      return null;
    }, { paragraph: firstParagraph, avoid: firstParagraph.slice(0, firstParagraph.indexOf(sentence) + sentence.length) });
    if (!phrase) throw new Error('no run of the lead paragraph in the text layer');
    const box = await page.evaluate((wanted) => {
      for (const s of document.querySelectorAll('.replica-page .textLayer span')) {
        const node = s.firstChild as Text | null;
        const at = node?.data.indexOf(wanted) ?? -1;
        if (!node || at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const rect = range.getBoundingClientRect();
        return { x1: rect.left + 1, x2: rect.right - 1, y: rect.top + rect.height / 2 };
      }
      return null;
    }, phrase);
    if (!box) throw new Error(`"${phrase}" has no box`);
    await page.mouse.move(box.x1, box.y);
    await page.mouse.down();
    await page.mouse.move(box.x2, box.y, { steps: 8 });
    await page.mouse.up();
    await page.getByRole('toolbar', { name: '批注所选文字' }).getByRole('button', { name: '粉色高亮' }).click();
    await expect.poll(() => paintedTexts(page, 'jianbao-highlight-pink')).toEqual([phrase]);

    // The blue sentence highlighted in the article shows on the page too.
    await expect.poll(async () => (await paintedTexts(page, 'jianbao-highlight-blue')).join('')).toBe(sentence);

    const panel = page.getByRole('complementary', { name: '本版批注' });
    await panel.getByRole('listitem').filter({ hasText: phrase }).getByRole('link', { name: '在文章中打开' }).click();
    await page.locator('.article-body [data-text-start]').first().waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(lead?.title);
    await expect.poll(() => paintedTexts(page, 'jianbao-highlight-pink')).toEqual([phrase]);
    await page.close();
  });
});
