import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedHtmlPages } from '../../../../tests/fixtures/html-pages';
import { archiveSnapshot } from '../../../../tests/unit/archive-snapshot';
import { sharedFixture } from '../../../../tests/unit/shared-fixtures';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { Archive } from '../archive/archive';
import { sha256Hex } from '../archive/ids';
import { importHtmlPage } from './html-page';
import { importPaths } from './import-paths';

async function importFixture(name: string) {
  const bytes = new Uint8Array(await readFile(sharedFixture('html', name)));
  return importHtmlPage({ path: `/x/${name}`, name, bytes, sha256: sha256Hex(bytes), ext: 'html' });
}

/** True when `text` is the paragraph written as `start⋯end` (or whole). */
function isParagraph(text: string, expected: string): boolean {
  const squashed = text.replace(/\s+/g, '');
  const [start, end] = expected.split('⋯') as [string, string | undefined];
  return end === undefined ? squashed === start : squashed.startsWith(start) && squashed.endsWith(end);
}

describe.each(expectedHtmlPages)('the saved page $file', (page) => {
  it('is one article with the headline, date and fields it prints', async () => {
    const draft = await importFixture(page.file);
    if (draft.kind !== 'issue') throw new Error(`${page.file} read as a ${draft.kind}`);
    expect(draft.articles).toHaveLength(1);
    const [article] = draft.articles;
    expect({ paperName: draft.paperName, date: draft.date }).toEqual({ paperName: page.paperName, date: page.date });
    expect({ title: article!.title, source: article!.source, byline: article!.byline, editor: article!.editor }).toEqual({
      title: page.title,
      source: page.source,
      byline: page.byline,
      editor: page.editor,
    });
  });

  it('has every paragraph of the page, in order, and nothing else', async () => {
    const draft = await importFixture(page.file);
    const blocks = draft.kind === 'issue' ? draft.articles[0]!.blocks.map((b) => b.text) : [];
    const unmatched = page.paragraphs.filter((p, i) => !isParagraph(blocks[i] ?? '', p));
    expect(unmatched).toEqual([]);
    expect(blocks).toHaveLength(page.paragraphs.length);
  });
});

describe('a saved page with no article', () => {
  it('fails naming the file, and leaves the archive as it was', async () => {
    const dir = await tempDir();
    const archive = await Archive.open(join(dir, 'archive'));
    const before = await archiveSnapshot(join(dir, 'archive'));
    const path = join(dir, '频道首页.html');
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/n/${i}.html">第${i}条新闻的标题在这里</a></li>`).join('');
    await writeFile(path, `<!doctype html><html><head><meta charset="utf-8"><title>新闻中心_云岭网</title></head><body><h1>新闻中心</h1><ul>${links}</ul></body></html>`);
    const report = await importPaths(archive, [path]);
    expect(report.files).toMatchObject([{ status: 'failed', error: { code: 'NO_TEXT' } }]);
    expect(report.files[0]?.error?.message).toMatch(/频道首页\.html.*no article/s);
    expect(report.issues).toEqual([]);
    expect(await archiveSnapshot(join(dir, 'archive'))).toEqual(before);
  });
});
