import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalText } from '../../src/shared/canonical-text';
import type { Article, Block } from '../../src/shared/model';
import { Archive } from '../../src/main/core/archive/archive';
import { articleIdOf, issueIdOf, sha256Hex } from '../../src/main/core/archive/ids';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serveArchive, type Served } from './harness';

// A real Chinese PDF from pdf.js's test corpus: non-embedded 黑体 through the GBK-EUC-H CMap,
// so its text shows (and selects) only when the app serves pdf.js's CMaps itself.
export const fixture = join(process.cwd(), '../shared/fixtures/pdf/issue2128r.pdf');
export const title = '浅谈校长的魅力';
export const paper = { id: 'xyzb', name: '闻喜教育周报', shortName: '闻喜教育' };
export const date = '2008-09-01';
export const issueId = issueIdOf(paper.id, date);
export const articleId = articleIdOf(paper.id, date, 1, title);

/** An archive of one issue whose one page is the fixture, with one article and its area. */
export async function buildArchive(dir: string): Promise<void> {
  const archive = await Archive.open(dir);
  const sha = await archive.putOriginal(new Uint8Array(await readFile(fixture)), 'pdf');
  const blocks: Block[] = [
    { kind: 'paragraph', text: '校长的魅力，在于他的学识、品格与对教育的热爱。' },
    { kind: 'paragraph', text: '一位好校长，能带出一所好学校。' },
  ];
  const text = canonicalText(blocks);
  const article: Article = {
    id: articleId,
    issueId,
    pageNumber: 1,
    title,
    byline: '山西省闻喜县诚镇初中 李新录',
    contentHash: sha256Hex(text),
    blocks,
    text,
  };
  await archive.saveIssue({
    paper,
    issue: {
      id: issueId,
      paperId: paper.id,
      date,
      number: 128,
      sources: [sha],
      pages: [
        {
          number: 1,
          section: '教育',
          replica: { sha256: sha, ext: 'pdf', pageIndex: 0 },
          // Title and byline, in PDF points from the top-left (pdftotext -bbox puts the title
          // at x 252.75–341.25, y 74.9–86.9 and the byline below it).
          areas: [{ articleId, rect: { x: 200, y: 65, width: 196, height: 60 } }],
          articleIds: [articleId],
        },
      ],
    },
    articles: [article],
  });
}


/**
 * Serves an archive of the fixture (buildArchive) and starts Chromium before the tests of one
 * file, and stops both and removes the archive after them.
 */
export function useServedFixture(): { readonly served: Served; readonly browser: Browser } {
  const app: { served?: Served; browser?: Browser; dir?: string } = {};
  beforeAll(async () => {
    app.dir = await mkdtemp(join(tmpdir(), 'jianbao-e2e-fixture-'));
    await buildArchive(app.dir);
    app.served = await serveArchive(app.dir);
    app.browser = await launchBrowser();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.served?.stop();
    if (app.dir) await rm(app.dir, { recursive: true, force: true });
  });
  return {
    get served() {
      if (!app.served) throw new Error('the fixture is served only once the tests have started');
      return app.served;
    },
    get browser() {
      if (!app.browser) throw new Error('the browser runs only once the tests have started');
      return app.browser;
    },
  };
}
