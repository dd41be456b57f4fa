import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cjkCharacters } from '../../../shared/normalize-text';
import { sharedFixture } from '../../../../tests/unit/shared-fixtures';
import { sha256Hex } from '../archive/ids';
import type { SourceFile } from './drafts';
import { importPdf } from './pdf-importer';
import { pdftotextCjk } from './test/pdftotext-expected';

function pdftotext(path: string): string | null {
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

async function sourceFile(path: string): Promise<SourceFile> {
  const bytes = new Uint8Array(await readFile(path));
  return { path, name: basename(path), bytes, sha256: sha256Hex(bytes), ext: 'pdf' };
}

describe('PDF text against pdftotext', () => {
  it.each(Object.keys(pdftotextCjk))('%s holds the same Chinese text as pdftotext', async (name) => {
    const path = sharedFixture('pdf', name);
    const draft = await importPdf(await sourceFile(path));
    expect(draft.kind).toBe('document');
    if (draft.kind !== 'document') return;
    const expected = pdftotextCjk[name]!;
    const live = pdftotext(path);
    if (live !== null) expect(cjkCharacters(live)).toBe(expected);
    expect(cjkCharacters(draft.blocks.map((b) => b.text).join('\n'))).toBe(expected);
    expect(cjkCharacters(draft.pages.map((p) => p.text).join('\n'))).toBe(expected);
  });

  it('keeps each text item with its position and its offset in the page text', async () => {
    const draft = await importPdf(await sourceFile(sharedFixture('pdf', 'issue2128r.pdf')));
    if (draft.kind !== 'document') throw new Error('expected a document');
    const [page] = draft.pages;
    expect(page?.width).toBe(596);
    for (const item of page?.items ?? []) {
      expect(page?.text.slice(item.start, item.start + item.text.length)).toBe(item.text);
      expect(item.x).toBeGreaterThan(0);
      expect(item.y).toBeGreaterThan(0);
      expect(item.y).toBeLessThan(page!.height);
    }
    const title = page?.items.find((item) => item.text === '浅谈校长的魅力');
    expect(title).toMatchObject({ height: 12 });
    expect(title!.y).toBeLessThan(100); // near the top: y runs down from the top-left corner
  });

  it('joins a word broken across a line and maps the radical ⼀ to 一', async () => {
    const draft = await importPdf(await sourceFile(sharedFixture('pdf', 'issue15340.pdf')));
    if (draft.kind !== 'document') throw new Error('expected a document');
    // in the canonical text (blocks joined by line breaks): the word is not split between blocks
    expect(draft.blocks.map((b) => b.text).join('\n')).toContain('検知機構を一つ');
  });

  it('keeps a character outside the BMP and joins a letter-spaced label', async () => {
    const draft = await importPdf(await sourceFile(sharedFixture('pdf', 'issue19182.pdf')));
    if (draft.kind !== 'document') throw new Error('expected a document');
    const text = draft.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('胡駿𥕛');
    expect(text).toContain('中文姓名');
  });

  it('titles a document by its largest text', async () => {
    const draft = await importPdf(await sourceFile(sharedFixture('pdf', 'issue19360.pdf')));
    expect(draft.kind === 'document' && draft.title).toBe('坚持社会主义核心价值体系 增强文化自觉和文化自信');
  });
});
