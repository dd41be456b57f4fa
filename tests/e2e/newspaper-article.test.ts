import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../src/main/core/archive/archive';
import { importPaths } from '../../src/main/core/import/import-paths';
import { launchBrowser, resultsDir, serveArchive, watchPage, type Served } from './harness';

// A real 人民日报 page (第7版 理论), imported with no flags, as a reader's own file: the
// layout analysis (issue 13) gives its articles and their areas on the replica.
const file = join(process.cwd(), '../shared/fixtures/newspaper-pages/rmrb-20180103-07.pdf');
const title = '新使命：中国共产党的历史担当';

const app: { served?: Served; browser?: Browser; dir?: string; issueId?: string } = {};
beforeAll(async () => {
  app.dir = await mkdtemp(join(tmpdir(), 'jianbao-e2e-layout-'));
  const report = await importPaths(await Archive.open(app.dir), [file]);
  app.issueId = report.issues[0]!.id;
  app.served = await serveArchive(app.dir);
  app.browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await app.browser?.close();
  await app.served?.stop();
  if (app.dir) await rm(app.dir, { recursive: true, force: true });
});

describe('a real newspaper page imported with no flags', () => {
  it('opens an article from its area on the replica, its byline apart from its text', async () => {
    const page = await app.browser!.newPage({ viewport: { width: 1280, height: 1000 } });
    const watched = watchPage(page);
    await page.goto(`${app.served!.url}/#/issue/${app.issueId}?page=7`);
    await page.locator('.replica-page[data-state="painted"]').waitFor({ timeout: 30_000 });
    const area = page.getByRole('link', { name: title }).and(page.locator('.replica-area')).first();
    const box = await area.boundingBox();
    if (!box) throw new Error('the article area has no box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toBe(title);
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('李忠杰');
    expect(body).toContain('党的十九大指出中国特色社会主义进入新时代');
    expect(body).toContain('（作者为中央党史研究室原副主任）');
    await page.screenshot({ path: join(resultsDir, 'article-rmrb-20180103-07.png'), fullPage: true });
    expect(watched.errors).toEqual([]);
    await page.close();
  }, 60_000);
});
