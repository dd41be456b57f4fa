import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoIssues } from '../../src/main/core/demo/demo-content';
import { useServedApp, watchPage } from './harness';

const app = useServedApp();

/** What has the keyboard focus, as a reader would see it named. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return { tag: element?.tagName, text: element?.textContent ?? '', className: element?.className ?? '', href: element?.getAttribute('href') };
  });
}

describe('reading with the keyboard alone', () => {
  it('goes from the library to an issue, its page 2, an article and back', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watched = watchPage(page);
    await page.goto(app.served.appUrl);
    await page.locator('.issue-list a.issue-card').first().waitFor();

    // Tab to the issue list (one row of it is in the tab order), then down to the oldest issue.
    let presses = 0;
    while (!(await focused(page)).className.includes('issue-card')) {
      await page.keyboard.press('Tab');
      presses += 1;
      expect(presses).toBeLessThan(40);
    }
    await page.keyboard.press('End');
    const oldest = [...demoIssues].sort((a, b) => a.date.localeCompare(b.date))[0];
    expect((await focused(page)).text).toContain(`总第${oldest?.number}期`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('#/issue/');
    await page.locator('.replica-page[data-state="painted"]').waitFor();

    // → turns to page 2 (第 2 版), and its replica is painted.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toContain('?page=2');
    expect(await page.getByRole('button', { name: /第 2 版/ }).getAttribute('aria-pressed')).toBe('true');
    await page.locator('.replica-page[data-state="painted"][data-page-index="1"]').waitFor();

    // j focuses the page's first article, Enter opens it.
    const first = oldest?.pages.find((p) => p.number === 2)?.articles[0];
    await page.keyboard.press('j');
    expect((await focused(page)).text).toContain(first?.title);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(first?.title);

    // j goes on to the next article of the issue; Esc goes back to its page.
    const second = oldest?.pages.find((p) => p.number === 2)?.articles[1];
    await page.keyboard.press('j');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(second?.title);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).toContain('?page=2');
    await page.locator('.replica-page[data-state="painted"][data-page-index="1"]').waitFor();

    // ← steps back a page; the breadcrumb leads home by keyboard too.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.url()).toContain('?page=1');
    await page.getByRole('link', { name: '往期' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.issue-list').waitFor();
    expect(watched.errors).toEqual([]);
    expect(watched.outside).toEqual([]);
    await page.close();
  });

  it('zooms the page replica with + and - and shows the scale', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app.served.appUrl);
    await page.locator('.issue-list a.issue-card').first().click();
    await page.locator('.replica-page[data-state="painted"]').waitFor();
    const width = async () => (await page.locator('.replica-page').boundingBox())?.width ?? 0;
    const before = await width();
    await page.keyboard.press('+');
    await expect.poll(width).toBeGreaterThan(before * 1.2);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(width).toBeLessThan(before);
    await page.close();
  });
});

describe('remembering where the reader was', () => {
  it('restores the position in an article and offers it to continue from the library', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1000, height: 600 } });
    await page.goto(app.served.appUrl);
    await page.locator('.issue-list a.issue-card').first().click();
    const link = page.locator('a.article-link').first();
    const title = (await link.locator('.article-link-title').textContent()) ?? '';
    await link.click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);

    const scroller = 'document.scrollingElement';
    await page.evaluate(`${scroller}.scrollTop = (${scroller}.scrollHeight - ${scroller}.clientHeight) * 0.6`);
    const saved = await page.evaluate(`${scroller}.scrollTop`);
    expect(saved).toBeGreaterThan(100);
    // Saved once scrolling rests: ask the browser door until it is.
    const articleId = decodeURIComponent(page.url().split('#/article/')[1] ?? '');
    const position = () =>
      page.evaluate(async (id) => {
        const response = await fetch('/api/getReadingPosition', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ articleId: id }),
        });
        return ((await response.json()) as { value: number | null }).value;
      }, articleId);
    await expect.poll(position, { timeout: 10_000 }).toBeGreaterThan(0.5);

    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    await expect.poll(() => page.evaluate(`${scroller}.scrollTop`), { timeout: 10_000 }).toBeGreaterThan(Number(saved) - 20);

    await page.getByRole('link', { name: '往期' }).first().click();
    const continueLink = page.getByRole('region', { name: '继续阅读' }).getByRole('link');
    await expect.poll(() => continueLink.textContent(), { timeout: 10_000 }).toContain(title);
    await page.close();
  });
});

describe('the back-issue calendar', () => {
  it('shows the months that have issues, and picking a date opens that issue', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app.served.appUrl);
    const calendar = page.getByRole('region', { name: '往期日历' });
    const months = calendar.getByRole('group', { name: '月份' }).getByRole('button');
    await months.first().waitFor();

    const enabled: string[] = [];
    for (const month of await months.all()) if (await month.isEnabled()) enabled.push((await month.textContent()) ?? '');
    const expected = [...new Set(demoIssues.map((i) => `${Number(i.date.slice(5, 7))}月`))].sort();
    expect(enabled.sort()).toEqual(expected);

    // Pick the oldest issue's date.
    const oldest = [...demoIssues].sort((a, b) => a.date.localeCompare(b.date))[0];
    const [year, month, day] = (oldest?.date ?? '').split('-').map(Number);
    await calendar.getByRole('button', { name: new RegExp(`^${year}年${month}月`) }).click();
    await calendar.getByRole('table', { name: `${year}年${month}月` }).waitFor();
    await calendar.getByRole('link', { name: new RegExp(`^${year}年${month}月${day}日`) }).click();

    await expect.poll(() => page.locator('.issue-dateline').textContent()).toContain(`${year}年${month}月${day}日`);
    expect(await page.locator('.issue-dateline').textContent()).toContain(`总第${oldest?.number}期`);
    await page.close();
  });
});
