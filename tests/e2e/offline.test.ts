import { describe, expect, it } from 'vitest';
import { isLocalRequest, network, useServedApp } from './harness';

const app = useServedApp();

describe('a reading session that never leaves the machine', () => {
  it('opens the library, a page replica, an article and the search with zero outside requests', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app.served.appUrl);

    // The library, then the first issue: its page replica, painted by pdf.js.
    await page.locator('a.issue-card').first().click();
    await page.locator('.replica-page[data-state="painted"]').waitFor();
    // An article of that page.
    await page.locator('a.article-link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The search.
    await page.keyboard.press('Control+K');
    await page.getByRole('searchbox', { name: '搜索全部报纸' }).fill('双循环');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.search-total').textContent()).toMatch(/找到 \d+ 篇文章/);
    await page.close();

    // The recorder saw the session's own traffic (so it was listening) and nothing else.
    const paths = network.requests.map((url) => new URL(url).pathname);
    expect(paths).toContain('/api/listIssues');
    expect(paths).toContain('/api/getArticle');
    expect(paths).toContain('/api/search');
    expect(paths.some((path) => /^\/originals\/[0-9a-f]{64}\.pdf$/.test(path))).toBe(true);
    expect(paths.some((path) => /\/assets\/pdf\.worker\.min-.*\.mjs$/.test(path))).toBe(true);
    expect(network.outside).toEqual([]);
    expect(network.requests.every(isLocalRequest)).toBe(true);
  });

  it('records a request that tries to leave, and it does not get out', async () => {
    const page = await app.browser.newPage();
    const failures: string[] = [];
    page.on('requestfailed', (request) => failures.push(`${request.url()} ${request.failure()?.errorText}`));
    // A blank page has no Content Security Policy to stop it first.
    await page.setContent('<img src="http://192.0.2.7/pixel.png">');
    await expect.poll(() => failures).toEqual(['http://192.0.2.7/pixel.png net::ERR_PROXY_CONNECTION_FAILED']);
    expect(network.takeOutside()).toEqual(['http://192.0.2.7/pixel.png']);
    await page.close();
  });

  it.each([
    ['the browser door', 'http://127.0.0.1:8123/api/search', true],
    ['the app protocol', 'jianbao-app://app/originals/x.pdf', true],
    ['page data', 'data:image/png;base64,AAAA', true],
    ['another address of this machine', 'http://localhost:8123/', false],
    ['a CDN', 'https://cdn.jsdelivr.net/npm/pdfjs-dist/cmaps/GBK-EUC-H.bcmap', false],
    ['a font service', 'https://fonts.googleapis.com/css2?family=Noto+Serif+SC', false],
    ['a web socket elsewhere', 'wss://example.org/', false],
  ])('counts %s as %s', (_name, url, isLocal) => {
    expect(isLocalRequest(url)).toBe(isLocal);
  });
});
