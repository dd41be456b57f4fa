import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gbtNewspaperCitation } from '../../src/shared/citation';
import type { ArticleDetail } from '../../src/shared/model';
import { demoIssues } from '../../src/main/core/demo/demo-content';
import { useServedApp, watchPage, callApi } from './harness';
import { dragOver, paintedTexts } from './selection';

const app = useServedApp();
const issue = demoIssues[0];
const [first, second] = issue?.pages[0]?.articles ?? [];

/** Calls the served app's API, as the browser door's client does. */
const api = <T = unknown>(method: string, args: unknown): Promise<T> => callApi<T>(app.served, method, args);

/** The first `n` sentences of an article's paragraphs, each a passage to highlight. */
function sentencesOf(article: typeof first, n: number): string[] {
  const sentences: string[] = [];
  for (const block of article?.blocks ?? []) {
    if (block.kind !== 'paragraph') continue;
    const sentence = block.text.slice(0, block.text.indexOf('。') + 1);
    if (sentence.length > 6) sentences.push(sentence);
    if (sentences.length === n) break;
  }
  return sentences;
}

async function openArticle(page: Page, title: string): Promise<void> {
  await page.goto(app.served.appUrl);
  await page.locator('a.issue-card', { hasText: String(issue?.number) }).click();
  await page.locator('a.article-link', { hasText: title }).first().click();
  await page.locator('.article-body [data-text-start]').first().waitFor();
}

async function highlight(page: Page, passage: string): Promise<void> {
  await dragOver(page, passage);
  await page.getByRole('toolbar', { name: '批注所选文字' }).getByRole('button', { name: '黄色高亮' }).click();
  await expect.poll(async () => (await paintedTexts(page, 'jianbao-highlight-yellow')).includes(passage)).toBe(true);
}

/** Clicks the middle of `passage` in the article body (which opens the annotation painted there). */
async function clickOn(page: Page, passage: string): Promise<void> {
  const point = await page.evaluate((wanted) => {
    for (const block of document.querySelectorAll('.article-body [data-text-start]')) {
      const node = block.firstChild as Text | null;
      const at = node ? node.data.indexOf(wanted) : -1;
      if (!node || at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at + Math.floor(wanted.length / 2));
      range.setEnd(node, at + Math.floor(wanted.length / 2) + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, passage);
  if (!point) throw new Error(`"${passage}" is not in the article`);
  await page.mouse.click(point.x, point.y);
}

async function addToCollection(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: '收入哪个专题' }).selectOption({ label: name });
  await page.getByRole('button', { name: '收入专题', exact: true }).click();
  await expect.poll(() => page.getByText(`已收入“${name}”`).count()).toBe(1);
}

async function citationOf(title: string): Promise<string> {
  const summary = (await api<{ id: string; number?: number }[]>('listIssues', {})).find((i) => i.number === issue?.number);
  const detail = await api<{ articles: { id: string; title: string }[] }>('getIssue', { issueId: summary?.id });
  const articleId = detail.articles.find((a) => a.title === title)?.id;
  const { article, paper, issue: issueOf, page } = await api<ArticleDetail>('getArticle', { articleId });
  return gbtNewspaperCitation({ articleId: article.id, paper: paper.name, date: issueOf.date, title: article.title, page: page.number, byline: article.byline ?? null });
}

describe('from highlights to a collection exported as Word and Markdown, in Chromium', () => {
  it('highlights three passages in two articles, comments one, collects both articles and exports the collection', async () => {
    const [one, two] = sentencesOf(first, 2);
    const [three] = sentencesOf(second, 1);
    if (!first || !second || !one || !two || !three) throw new Error('the demo issue has no two articles with sentences');
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const watched = watchPage(page);

    await page.goto(`${app.served.url}/#/collections`);
    await page.getByLabel('名称').fill('2026年全会 提案素材');
    await page.getByLabel('说明', { exact: true }).fill('老街改造提案的材料');
    await page.getByRole('button', { name: '创建' }).click();
    await page.getByRole('heading', { level: 1, name: '2026年全会 提案素材' }).waitFor();

    await openArticle(page, first.title);
    await highlight(page, one);
    await highlight(page, two);
    await clickOn(page, two);
    const editor = page.getByRole('dialog', { name: '批注' });
    await editor.getByLabel('批注（支持 Markdown）').fill('可作为提案的理由');
    await editor.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => editor.count()).toBe(0);
    await addToCollection(page, '2026年全会 提案素材');

    await openArticle(page, second.title);
    await highlight(page, three);
    await addToCollection(page, '2026年全会 提案素材');

    await page.getByRole('link', { name: '专题' }).click();
    await page.getByRole('link', { name: '2026年全会 提案素材' }).click();
    const entries = page.getByRole('list', { name: '专题内容' }).getByRole('listitem');
    await expect.poll(() => entries.count()).toBe(2);

    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word 摘编' }).click()]);
    expect(docx.suggestedFilename()).toBe('2026年全会 提案素材.docx');
    const text = (await mammoth.extractRawText({ buffer: await readFile((await docx.path()) ?? '') })).value;
    for (const passage of [one, two, three]) expect(text).toContain(`“${passage}”`);
    expect(text).toContain('批注：可作为提案的理由');
    expect(text).toContain('老街改造提案的材料');
    const citations = [await citationOf(first.title), await citationOf(second.title)];
    for (const citation of citations) expect(text).toContain(citation);
    expect(citations[0]).toMatch(/\[N\]\. 云岭政协报, \d{4}-\d{2}-\d{2}\(1\)\.$/);

    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown' }).click()]);
    expect(md.suggestedFilename()).toBe('2026年全会 提案素材.md');
    const markdown = await readFile((await md.path()) ?? '', 'utf8');
    for (const passage of [one, two, three]) expect(markdown).toContain(passage.slice(0, 6));
    expect(markdown).toContain('可作为提案的理由');

    await page.getByRole('link', { name: '打印视图' }).click();
    await page.locator('.digest-citation').first().waitFor();
    expect(await page.locator('.digest-citation').allTextContents()).toEqual(citations);
    expect(await page.locator('.app-header').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.digest-quote').first().isVisible()).toBe(true);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('shows, in a saved-search collection, a matching article from an issue imported after it was made, marked new', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${app.served.url}/#/collections`);
    await page.getByLabel('名称').fill('渡口');
    await page.getByLabel('保存的检索（可选）').fill('渡口修缮');
    await page.getByRole('button', { name: '创建' }).click();
    await page.getByRole('heading', { level: 1, name: '渡口' }).waitFor();
    expect(await page.getByText('专题里还没有内容', { exact: false }).count()).toBe(1);

    const body = '老渡口修缮一新\n沉寂多年的渡口修缮完工，今年春天重新开放，村民们又能坐船过江。';
    await api('importUploads', { files: [{ name: '渡口.txt', data: Buffer.from(body, 'utf8').toString('base64') }], paper: '云岭政协报', date: '2026-05-06' });

    await page.reload();
    const entry = page.getByRole('list', { name: '专题内容' }).getByRole('listitem');
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.getByRole('link').textContent()).toBe('老渡口修缮一新');
    expect(await entry.locator('.collection-new-badge').textContent()).toBe('新');
    await page.getByRole('button', { name: '标为已读' }).click();
    await expect.poll(() => page.locator('.collection-new-badge').count()).toBe(0);
    await page.close();
  });
});
