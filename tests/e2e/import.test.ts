import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsDir, useServedApp, watchPage } from './harness';

const textFixture = resolve(process.cwd(), '../shared/fixtures/text/cppcc-newspaper-page2.txt');

// Typed paths reach the server only inside a folder serve was given with --import-root.
const app = useServedApp({ serveArgs: ['--import-root', resolve(process.cwd(), '../shared/fixtures')] });

describe('importing from the app through jianbao serve', () => {
  it('imports an article text by its path, lists the new issue and opens it', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watched = watchPage(page);
    await page.goto(app.served.appUrl);

    await page.getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog', { name: '导入文件' });
    await dialog.getByText('拖放文件需要剪报桌面版；在浏览器里请输入路径。').waitFor();
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
    await dialog.getByLabel('文件或文件夹的路径').fill(textFixture);
    await dialog.getByRole('button', { name: '开始导入' }).click();

    await dialog.getByText('导入 0 个，跳过 1 个，失败 0 个').waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.close();
  });
});
