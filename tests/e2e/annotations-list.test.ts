import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiArgs, ApiMethodName, ApiResults } from '../../src/shared/api';
import { resultsDir, useServedApp, watchPage } from './harness';

const app = useServedApp();

/** Calls the served app's API as the browser door does (POST /api/<method>). */
async function call<K extends ApiMethodName>(method: K, args: ApiArgs<K>): Promise<ApiResults[K]> {
  const response = await fetch(`${app.served.url}/api/${method}`, {
    method: 'POST',
    headers: app.served.apiHeaders,
    body: JSON.stringify(args),
  });
  const result = (await response.json()) as { ok: true; value: ApiResults[K] } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/** Highlights the first occurrence of `exact` in the demo article titled `title`, as the app would. */
async function annotate(title: string, exact: string, extra: Omit<ApiArgs<'createAnnotation'>, 'articleId' | 'start' | 'end'>) {
  for (const issue of await call('listIssues', {})) {
    const meta = (await call('getIssue', { issueId: issue.id }))?.articles.find((a) => a.title === title);
    if (!meta) continue;
    const text = (await call('getArticle', { articleId: meta.id }))?.article.text ?? '';
    const start = text.indexOf(exact);
    if (start === -1) throw new Error(`"${exact}" is not in ${title}`);
    return call('createAnnotation', { articleId: meta.id, start, end: start + exact.length, ...extra });
  }
  throw new Error(`no demo article titled ${title}`);
}

describe('the all-annotations view in Chromium through jianbao serve', () => {
  it('lists the annotations of the archive, narrows them by tag and by text, and opens one in its article', async () => {
    const street = await annotate('一件提案让老街重焕生机', '青石巷房屋老化严重', { color: 'green', comment: '可写进提案', tags: ['提案', '老街'] });
    await annotate('小板凳上议出大事情', '板凳议事会', { color: 'blue', comment: 'ＡＢＣ：基层协商的样本', tags: ['协商'] });
    await annotate('古城墙修缮背后的故事', '徒步踏勘了城墙全线', { color: 'purple', tags: ['提案', '文史'] });

    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watched = watchPage(page);
    await page.goto(app.served.appUrl);
    await page.locator('a.issue-card').first().waitFor();
    await page.getByRole('link', { name: '批注' }).click();

    const total = page.locator('.annotations-total');
    const quotes = page.locator('.annotations-list .annotation-entry-quote');
    await expect.poll(() => total.textContent()).toBe('共 3 条');
    expect(await quotes.allTextContents()).toEqual(['徒步踏勘了城墙全线', '板凳议事会', '青石巷房屋老化严重']);

    // One made elsewhere (here, straight through the API) shows up without a reload.
    await annotate('一座古渡与一村人的记忆', '名叫𥕛溪的小村', { tags: ['文史'] });
    await expect.poll(() => total.textContent()).toBe('共 4 条');

    await page.getByRole('checkbox', { name: '提案（2）' }).check();
    await expect.poll(() => quotes.allTextContents()).toEqual(['徒步踏勘了城墙全线', '青石巷房屋老化严重']);
    await expect.poll(() => total.textContent()).toBe('共 2 条（全部 4 条）');

    await page.getByRole('searchbox', { name: '原文或批注里的文字' }).fill('写进');
    await expect.poll(() => quotes.allTextContents()).toEqual(['青石巷房屋老化严重']);
    await page.screenshot({ path: join(resultsDir, 'annotations-list.png') });

    await page.locator('.annotations-list a.annotation-entry-link').first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('一件提案让老街重焕生机');
    const url = decodeURIComponent(page.url());
    expect(url).toContain(`#/article/${street.annotation.target.source.replace('urn:jianbao:article:', '')}?a=${street.annotation.id}`);

    // Back returns to the list as it was filtered.
    await page.goBack();
    await expect.poll(() => quotes.allTextContents()).toEqual(['青石巷房屋老化严重']);
    expect(await page.getByRole('searchbox', { name: '原文或批注里的文字' }).inputValue()).toBe('写进');

    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});
