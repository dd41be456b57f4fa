import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { ArticleDetail } from '../../src/shared/model';
import { demoIssues } from '../../src/main/core/demo/demo-content';
import { useServedApp, watchPage, callApi } from './harness';
import { paintedTexts } from './selection';

const app = useServedApp();
const issue = demoIssues[0];

const api = <T = unknown>(method: string, args: unknown): Promise<T> => callApi<T>(app.served, method, args);

/** Two annotations, each on the first sentence of one of the issue's first two articles, made as another window would. */
async function twoAnnotations() {
  const summary = (await api<{ id: string; number?: number }[]>('listIssues', {})).find((i) => i.number === issue?.number);
  const detail = await api<{ articles: { id: string; title: string }[] }>('getIssue', { issueId: summary?.id });
  const made = [];
  for (const { id } of detail.articles.slice(0, 2)) {
    const { article } = await api<ArticleDetail>('getArticle', { articleId: id });
    const paragraph = article.blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
    const quote = paragraph.slice(0, paragraph.indexOf('。'));
    const start = article.text.indexOf(quote);
    const annotation = await api<{ annotation: { id: string } }>('createAnnotation', { articleId: id, start, end: start + quote.length, color: 'green' });
    made.push({ articleId: id, title: article.title, quote, annotationId: annotation.annotation.id });
  }
  return made;
}

describe('the proposal desk in Chromium', () => {
  it('drafts a proposal quoting two annotations, loses nothing on a reload mid-sentence, restores a version, exports Word, and links back to the quote', async () => {
    const [first, second] = await twoAnnotations();
    if (!first || !second) throw new Error('no two annotations');
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const watched = watchPage(page);
    await page.goto(`${app.served.url}/#/proposals`);
    await page.getByRole('button', { name: '新建提案' }).click();
    const title = page.getByLabel('案由');
    await title.waitFor();
    await title.fill('关于加强老街保护的提案');

    const situation = page.getByLabel('情况');
    await situation.focus();
    await situation.pressSequentially('据报道，');
    const picker = page.getByRole('searchbox', { name: '查找批注' });
    await picker.fill(first.quote.slice(0, 6));
    await page.getByRole('button', { name: `插入: ${first.quote}` }).click();
    await situation.focus();
    await page.keyboard.press('Control+End');
    await situation.pressSequentially('。又据报道，');
    await picker.fill(second.quote.slice(0, 6));
    await page.getByRole('button', { name: `插入: ${second.quote}` }).click();
    await expect.poll(() => situation.inputValue()).toBe(`据报道，“${first.quote}”[1]。又据报道，“${second.quote}”[2]`);
    await expect.poll(() => page.locator('.proposal-save').textContent()).toBe('已保存');
    await expect.poll(() => page.getByRole('list', { name: '引用资料' }).getByRole('listitem').count()).toBe(2);
    expect(await page.locator('.proposal-length').textContent()).toMatch(/提案一般 800–1,500 字/);

    // A save to restore later, then a sentence typed and the page reloaded before it is saved.
    await situation.focus();
    await page.keyboard.press('Control+End');
    await situation.pressSequentially('临时一句。');
    await expect.poll(() => page.locator('.proposal-save').textContent()).toBe('已保存');
    await situation.pressSequentially('居民反映强烈，');
    await page.reload();
    await expect.poll(() => page.getByLabel('情况').inputValue()).toMatch(/临时一句。居民反映强烈，$/);
    // …and reaches the archive too (saved as the page went, or taken up from the local draft).
    const proposalId = decodeURIComponent(new URL(page.url()).hash.replace('#/proposal/', ''));
    await expect
      .poll(async () => (await api<{ proposal: { fields: { situation: string } } }>('getProposal', { proposalId })).proposal.fields.situation)
      .toMatch(/临时一句。居民反映强烈，$/);

    // Restore the version saved before 临时一句 was typed: the newest as long as title and both quotes.
    const quoted = `据报道，“${first.quote}”[1]。又据报道，“${second.quote}”[2]`;
    const length = [...`关于加强老街保护的提案${quoted}`.replace(/\s+/gu, '')].length;
    const version = page.getByRole('list', { name: '历史版本' }).getByRole('listitem').filter({ hasText: ` · ${length} 字` }).first();
    await version.getByRole('button', { name: /^恢复此版本/ }).click();
    await expect.poll(() => page.getByLabel('情况').inputValue()).toBe(quoted);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^已恢复 .* 的版本。$/);
    await page.reload();
    await expect.poll(() => page.getByLabel('情况').inputValue()).toBe(quoted);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word 提案' }).click()]);
    const text = (await mammoth.extractRawText({ buffer: await readFile((await download.path()) ?? '') })).value;
    expect(text).toContain('案由：关于加强老街保护的提案');
    expect(text).toContain(`[1] “${first.quote}”——`);
    expect(text).toContain(`[2] “${second.quote}”——`);
    expect(text).toMatch(new RegExp(`${first.title}\\[N\\]\\. 云岭政协报, \\d{4}-\\d{2}-\\d{2}\\(1\\)\\.`));

    await page.getByRole('list', { name: '引用资料' }).getByRole('link').first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(first.title);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/article/${first.articleId}?a=${first.annotationId}`);
    await expect.poll(() => paintedTexts(page, 'jianbao-highlight-green')).toContain(first.quote);
    await expect.poll(() => page.locator('.cited-in-proposals').textContent()).toBe('被提案引用：《关于加强老街保护的提案》');
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});
