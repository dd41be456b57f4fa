// bench:ui — `npm run bench:ui [-- --issues 10000 --fresh]`. Generates an archive of N issues
// (kept in the temporary folder between runs; --fresh writes it anew), serves it with the
// built `jianbao serve`, drives Debian's Chromium through the browser door and prints: the time
// from clicking an article to its text painted, from opening a page to its replica painted
// (a page of an issue already open, and an issue opened from its address), and the frame
// times while the library's list of every issue scrolls. The last line is one JSON object.
import { access, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser, serveArchive } from '../e2e/harness';
import { benchDate, writeBenchArchive } from './ui-archive';

const { values } = parseArgs({
  options: { issues: { type: 'string', default: '10000' }, fresh: { type: 'boolean', default: false } },
});
const count = Number(values.issues);
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: npm run bench:ui -- [--issues 10000] [--fresh]');
  process.exit(2);
}

const dir = join(tmpdir(), `jianbao-bench-ui-${count}`);
const marker = join(dir, '.bench-complete');
const log = (line: string) => console.log(line);

const isReady = await access(marker).then(() => true, () => false);
if (!isReady || values.fresh) {
  await rm(dir, { recursive: true, force: true });
  log(`writing an archive of ${count} issues to ${dir} …`);
  const started = performance.now();
  await writeBenchArchive(dir, count, log);
  await writeFile(marker, '');
  log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} else {
  log(`reusing the archive of ${count} issues in ${dir}`);
}

const served = await serveArchive(dir);
const browser = await launchBrowser();
const summary = (samples: number[]) => ({
  median: round(percentile(samples, 0.5)),
  p95: round(percentile(samples, 0.95)),
  max: round(Math.max(...samples)),
  samples: samples.length,
});

try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 950 } });

  // The library: from navigation to the first rows of the list, then a long scroll.
  const libraryStart = performance.now();
  await page.goto(served.appUrl);
  await page.locator('.issue-list a.issue-card').first().waitFor({ timeout: 60_000 });
  const libraryReadyMs = performance.now() - libraryStart;
  await page.waitForTimeout(300);
  const frames = await scrollFrames(page, 300, 450);
  const rowsInDom = await page.locator('.virtual-row').count();

  // Opening an issue at its address, then turning its pages.
  const issueOpen: number[] = [];
  const pageTurn: number[] = [];
  const articleOpen: number[] = [];
  for (let sample = 0; sample < 8; sample += 1) {
    const issueId = `bench-daily-${benchDate(Math.floor(((sample + 0.5) * count) / 8))}`;
    issueOpen.push(await timed(page, { hash: `#/issue/${issueId}?page=1` }, '.replica-page[data-page-index="0"][data-state="painted"]'));
    for (const index of [1, 2, 3]) {
      pageTurn.push(
        await timed(page, { click: '.page-nav-item', index }, `.replica-page[data-page-index="${index}"][data-state="painted"]`),
      );
    }
    // An article of the page shown, clicked in the list; then back to the page.
    const title = (await page.locator('a.article-link .article-link-title').first().textContent()) ?? '';
    articleOpen.push(await timed(page, { click: 'a.article-link', index: 0 }, '.article-body p', title));
    await page.goBack();
    await page.locator('.replica-page[data-state="painted"]').waitFor();
  }
  await page.close();

  const result = {
    issues: count,
    articleClickToTextMs: summary(articleOpen),
    pageOpenToReplicaMs: summary(pageTurn),
    issueOpenToReplicaMs: summary(issueOpen),
    libraryReadyMs: round(libraryReadyMs),
    libraryScrollFrameMs: { ...summary(frames), over20ms: frames.filter((f) => f > 20).length, rowsInDom },
  };
  log('');
  log(`article click → text painted:         median ${result.articleClickToTextMs.median} ms, p95 ${result.articleClickToTextMs.p95} ms`);
  log(`page opened → replica painted:        median ${result.pageOpenToReplicaMs.median} ms, p95 ${result.pageOpenToReplicaMs.p95} ms`);
  log(`issue opened → first replica painted: median ${result.issueOpenToReplicaMs.median} ms, p95 ${result.issueOpenToReplicaMs.p95} ms`);
  log(`library of ${count} issues ready in ${result.libraryReadyMs} ms`);
  log(
    `library scroll frames: median ${result.libraryScrollFrameMs.median} ms, p95 ${result.libraryScrollFrameMs.p95} ms, ` +
      `max ${result.libraryScrollFrameMs.max} ms, ${result.libraryScrollFrameMs.over20ms} of ${frames.length} over 20 ms ` +
      `(${rowsInDom} rows in the DOM)`,
  );
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  await served.stop();
}

/** The value below which `fraction` of the values fall (nearest rank). */
function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1))] ?? 0;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** What starts a measurement: going to an address, or clicking the `index`th match of a selector. */
type Action = { hash: string } | { click: string; index: number };

/**
 * Does `action` in the page and measures, with the page's own clock, until `selector` is in
 * the document (the h1 reading `text`, when given) and the next frame has been painted.
 */
async function timed(page: Page, action: Action, selector: string, text?: string): Promise<number> {
  return page.evaluate(
    async ({ action, selector, text }) => {
      const started = performance.now();
      if ('hash' in action) window.location.hash = action.hash;
      else (document.querySelectorAll(action.click)[action.index] as HTMLElement).click();
      await new Promise<void>((resolve, reject) => {
        const deadline = started + 30_000;
        const check = () => {
          const found = document.querySelector(selector);
          const title = document.querySelector('h1')?.textContent ?? '';
          if (found && (text === undefined || title === text)) resolve();
          else if (performance.now() > deadline) reject(new Error(`timed out waiting for ${selector}`));
          else requestAnimationFrame(check);
        };
        check();
      });
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - started;
    },
    { action, selector, text },
  );
}

/** Scrolls the library's list by `step` pixels a frame for `count` frames; the frame intervals. */
async function scrollFrames(page: Page, count: number, step: number): Promise<number[]> {
  return page.evaluate(
    ({ count, step }) =>
      new Promise<number[]>((resolve) => {
        const list = document.querySelector('.virtual-list') as HTMLElement;
        const intervals: number[] = [];
        let last = 0;
        const tick = (now: number) => {
          if (last > 0) intervals.push(now - last);
          last = now;
          list.scrollTop += step;
          if (intervals.length < count) requestAnimationFrame(tick);
          else resolve(intervals);
        };
        requestAnimationFrame(tick);
      }),
    { count, step },
  );
}
