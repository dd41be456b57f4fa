import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoIssues } from '../../src/main/core/demo/demo-content';
import { useServedApp, callApi } from './harness';

const app = useServedApp();
const issue = demoIssues[0];
const lead = issue?.pages[0]?.articles[0];

const api = <T = unknown>(method: string, args: unknown): Promise<T> => callApi<T>(app.served, method, args);

async function leadArticle(): Promise<{ articleId: string; text: string }> {
  const summary = (await api<{ id: string; number?: number }[]>('listIssues', {})).find((i) => i.number === issue?.number);
  const detail = await api<{ articles: { id: string; title: string }[] }>('getIssue', { issueId: summary?.id });
  const articleId = detail.articles.find((a) => a.title === lead?.title)?.id ?? '';
  return { articleId, text: (await api<{ article: { text: string } }>('getArticle', { articleId })).article.text };
}

describe('search, for a reader preparing a meeting', () => {
  it('shows an annotation hit as that one annotation, rendered, and marks hits unlike a yellow highlight', async () => {
    const { articleId, text } = await leadArticle();
    await api('createAnnotation', { articleId, start: 0, end: 6, color: 'yellow', comment: '与本次会议**承前启后**的关系' });
    await api('createAnnotation', { articleId, start: 10, end: 16, color: 'green', comment: '另一条无关的说明' });
    expect(text.length).toBeGreaterThan(20);

    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${app.served.url}/#/search?q=${encodeURIComponent('批注:承前启后')}`);
    const snippet = page.locator('a.search-hit .search-hit-snippet').first();
    await snippet.locator('.search-hit-annotation').waitFor();
    expect(await snippet.locator('strong').textContent()).toBe('承前启后');
    const shown = (await snippet.textContent()) ?? '';
    expect(shown).not.toContain('**');
    expect(shown).not.toContain('另一条无关的说明');

    // A hit of another search, in a body snippet: not the yellow of a highlight.
    await page.goto(`${app.served.url}/#/search?q=${encodeURIComponent('政协')}`);
    const mark = page.locator('a.search-hit .search-hit-snippet mark').first();
    await mark.waitFor();
    const colours = await mark.evaluate((element) => {
      const probe = document.createElement('span');
      probe.style.backgroundColor = 'var(--mark-yellow)';
      document.body.append(probe);
      const yellow = getComputedStyle(probe).backgroundColor;
      probe.remove();
      const style = getComputedStyle(element);
      return { yellow, background: style.backgroundColor, color: style.color };
    });
    expect(colours.background).not.toBe(colours.yellow);
    expect(colours.background).toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('quotes a quoted query once, and narrows to a date range and a section', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${app.served.url}/#/search?q=${encodeURIComponent('"政协"')}`);
    await page.getByRole('heading', { level: 1, name: '“政协”的搜索结果' }).waitFor();

    const range = page.getByRole('group', { name: '日期和版面' });
    await range.getByLabel('版面').fill('要闻');
    await range.getByLabel('从').fill('2000-01-01');
    await range.getByLabel('至').fill('2100-12-31');
    await range.getByRole('button', { name: '筛选' }).click();
    await expect.poll(() => page.url()).toContain('section=');
    await page.locator('a.search-hit').first().waitFor();
    const metas = await page.locator('a.search-hit .search-hit-meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.every((meta) => meta.endsWith('要闻'))).toBe(true);
    await page.close();
  });

  it('counts a document as a document and names its facet in the UI’s language', async () => {
    // A government-style document (a newspaper page would become an issue's page).
    const bytes = await readFile(resolve(process.cwd(), '../shared/fixtures/pdf/issue19360.pdf'));
    const report = await api<{ documents: { id: string; title: string }[] }>('importUploads', { files: [{ name: 'report.pdf', data: bytes.toString('base64') }] });
    expect(report.documents).toHaveLength(1);
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${app.served.url}/#/search?q=${encodeURIComponent('文化自觉')}`);
    await expect.poll(() => page.locator('.search-total').textContent()).toMatch(/份文档$/);
    await page.getByRole('group', { name: '报纸' }).getByRole('link', { name: /^文档（\d+）$/ }).waitFor();
    expect(await page.getByText('文档 Documents').count()).toBe(0);
    await page.close();
  });
});
