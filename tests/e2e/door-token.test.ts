import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useServedApp, watchPage } from './harness';

const run = promisify(execFile);
const app = useServedApp();

/** curl's answer: the HTTP status, then the body. */
async function curl(url: string, args: string[] = []): Promise<{ status: number; body: string }> {
  const { stdout } = await run('curl', ['-s', '-w', '\n%{http_code}', ...args, url]);
  const cut = stdout.lastIndexOf('\n');
  return { status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) };
}

describe('the browser door opens only for whoever holds the URL serve printed', () => {
  it('answers curl with 401 for getInfo and importFiles without the token, and with the info for it', async () => {
    const post = ['-X', 'POST', '-H', 'Content-Type: application/json'];
    const info = await curl(`${app.served.url}/api/getInfo`, [...post, '-d', '{}']);
    expect(info.status).toBe(401);
    expect(info.body).not.toContain('counts');
    const hostname = await curl(`${app.served.url}/api/importFiles`, [...post, '-d', '{"paths":["/etc/hostname"]}']);
    expect(hostname.status).toBe(401);
    expect((await curl(`${app.served.url}/api/events`, ['--max-time', '3'])).status).toBe(401);

    const withToken = await curl(`${app.served.url}/api/getInfo`, [...post, '-H', `Authorization: Bearer ${app.served.token}`, '-d', '{}']);
    expect(withToken.status).toBe(200);
    expect(JSON.parse(withToken.body)).toMatchObject({ ok: true, value: { counts: { papers: 1 } } });
    // Holding the token is not enough to read the server's files by path (no --import-root).
    const byPath = await curl(`${app.served.url}/api/importFiles`, [...post, '-H', `Authorization: Bearer ${app.served.token}`, '-d', '{"paths":["/etc/hostname"]}']);
    expect(byPath.status).toBe(403);
  });

  it('opens the app from the printed URL in a browser that holds nothing yet, and keeps it through a reload', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.clearCookies();
    const page = await context.newPage();
    const watched = watchPage(page);
    await page.goto(app.served.appUrl);
    await page.locator('a.issue-card').first().waitFor();
    // The secret leaves the address bar, where anyone glancing at the screen would read it.
    expect(page.url()).not.toContain('token=');
    await page.reload();
    await page.locator('a.issue-card').first().click();
    await page.locator('.replica-page[data-state="painted"]').waitFor();
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it('tells a browser without the token to open the printed URL, and shows none of the archive', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.clearCookies();
    const page = await context.newPage();
    await page.goto(app.served.url);
    await page.getByText('请打开 jianbao serve 打印的网址', { exact: false }).first().waitFor();
    expect(await page.locator('a.issue-card').count()).toBe(0);
    await context.close();
  });

  it('lets the page opened from the printed URL hear the server’s events', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.clearCookies();
    const page = await context.newPage();
    await page.goto(app.served.appUrl);
    await page.locator('a.issue-card').first().waitFor();
    const heard = page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const source = new EventSource('/api/events');
          source.addEventListener('onDidChangeSettings', (event) => {
            source.close();
            resolve((event as MessageEvent<string>).data);
          });
          source.onerror = () => reject(new Error('the events were refused'));
        }),
    );
    await page.waitForTimeout(300);
    const post = ['-X', 'POST', '-H', 'Content-Type: application/json', '-H', `Authorization: Bearer ${app.served.token}`];
    await curl(`${app.served.url}/api/updateSettings`, [...post, '-d', '{"profileName":"读者甲"}']);
    expect(await heard).toContain('读者甲');
    await context.close();
  });
});

