import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsDir, useServedApp, watchPage } from './harness';

const textFixture = resolve(process.cwd(), '../shared/fixtures/text/cppcc-newspaper-page2.txt');
const pageFixture = resolve(process.cwd(), '../shared/fixtures/newspaper-pages/rmrb-20180103-07.pdf');

// Typed paths reach the server only inside a folder serve was given with --import-root.
const app = useServedApp({ serveArgs: ['--import-root', resolve(process.cwd(), '../shared/fixtures')] });

describe('importing from the app through jianbao serve', () => {
  it('imports an article text by its path, lists the new issue and opens it', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watched = watchPage(page);
    await page.goto(app.served.appUrl);

    await page.getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog', { name: '导入文件' });
    await dialog.getByText('按服务器上的路径导入').click();
    await dialog.getByLabel('文件或文件夹的路径').fill(textFixture);
    await dialog.getByRole('button', { name: '开始导入' }).click();

    await dialog.getByRole('progressbar', { name: '已处理 1 / 1 个文件' }).waitFor();
    const results = dialog.getByRole('region', { name: '导入结果' });
    await results.getByText('导入 1 个，跳过 0 个，失败 0 个').waitFor();
    const item = results.getByRole('listitem').filter({ hasText: 'cppcc-newspaper-page2.txt' });
    expect(await item.textContent()).toContain('已导入');
    expect(await item.textContent()).toContain('4 版');
    await page.screenshot({ path: join(resultsDir, 'import.png') });

    await item.getByRole('link').click();
    await expect.poll(() => page.url()).toContain('#/issue/');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('button', { name: '第 2 版 · 精选' }).or(page.getByRole('link', { name: '第 2 版 · 精选' })).first().waitFor();

    expect(watched.errors).toEqual([]);
    expect(watched.outside).toEqual([]);
    await page.close();
  });

  it('skips the same file when it is imported again', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app.served.appUrl);

    await page.getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog', { name: '导入文件' });
    await dialog.getByText('按服务器上的路径导入').click();
    await dialog.getByLabel('文件或文件夹的路径').fill(textFixture);
    await dialog.getByRole('button', { name: '开始导入' }).click();

    await dialog.getByText('导入 0 个，跳过 1 个，失败 0 个').waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.close();
  });

  it('uploads a page PDF chosen with the file picker, and opens its issue', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const watched = watchPage(page);
    await page.goto(app.served.appUrl);
    await page.getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog', { name: '导入文件' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: '选择文件…' }).click();
    await (await chooser).setFiles(pageFixture);
    await dialog.getByText('rmrb-20180103-07.pdf').waitFor();
    await dialog.getByLabel('报纸名称（可选）').fill('人民日报');
    await dialog.getByLabel('出版日期（可选）').fill('2018-01-03');
    await dialog.getByRole('button', { name: '开始导入' }).click();

    const results = dialog.getByRole('region', { name: '导入结果' });
    await results.getByText('导入 1 个，跳过 0 个，失败 0 个').waitFor({ timeout: 60_000 });
    const item = results.getByRole('listitem').filter({ hasText: 'rmrb-20180103-07.pdf' });
    expect(await item.textContent()).toContain('已导入');
    expect(await item.textContent()).not.toContain('jianbao-upload-');
    await item.getByRole('link').first().click();
    await page.locator('.replica-page[data-state="painted"]').waitFor({ timeout: 30_000 });
    expect(watched.errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('uploads files dropped on the window', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(app.served.appUrl);
    await page.locator('a.issue-card').first().waitFor();
    const text = '拖进来的文章标题\n这是一篇拖放到窗口上、由浏览器上传的文章正文。';
    await page.evaluate((body) => {
      const data = new DataTransfer();
      data.items.add(new File([body], '2023-09-14-拖放.txt', { type: 'text/plain' }));
      for (const type of ['dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    const dialog = page.getByRole('dialog', { name: '导入文件' });
    await dialog.getByText('已选 1 个文件', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: '开始导入' }).click();
    const results = dialog.getByRole('region', { name: '导入结果' });
    await results.getByText('导入 1 个，跳过 0 个，失败 0 个').waitFor();
    expect(await results.getByRole('listitem').filter({ hasText: '2023-09-14-拖放.txt' }).textContent()).toContain('已导入');
    await page.close();
  });
});
