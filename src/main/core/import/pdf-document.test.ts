import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../../../../tests/unit/shared-fixtures';
import { tempDir } from '../../../../tests/unit/temp-dir';
import type { Block } from '../../../shared/model';
import { Archive } from '../archive/archive';
import { sha256Hex } from '../archive/ids';
import { writePdf, type PdfPage, type PdfText } from '../demo/pdf-writer';
import { importPaths } from './import-paths';
import { importPdf } from './pdf-importer';

const source = (bytes: Uint8Array, name = 'report.pdf') => ({ path: `/x/${name}`, name, bytes, sha256: sha256Hex(bytes), ext: 'pdf' });
const body = (text: string, y: number, extra: Partial<PdfText> = {}): PdfText => ({ text, x: 60, y, size: 11, ...extra });
const sentence = (n: number): string => `第${n}句：委员们走访社区，听取居民对加装电梯、老旧小区改造的意见。`;

/** A three-page report: a running head and a page number on every page, two headings set larger, a bold body line. */
function report(folio: (n: number) => string): PdfPage[] {
  return [1, 2, 3].map((n) => ({
    width: 595,
    height: 842,
    texts: [
      { text: '云岭市政协办公室  调研材料', x: 60, y: 30, size: 9 },
      ...(n === 1 ? [{ text: '关于社区养老服务的调研报告', x: 60, y: 80, size: 20, bold: true }] : []),
      ...(n === 1 ? [{ text: '一、基本情况', x: 60, y: 130, size: 14, bold: true }] : []),
      ...(n === 2 ? [{ text: '二、存在的问题', x: 60, y: 130, size: 14, bold: true }] : []),
      ...Array.from({ length: 12 }, (_, i) => body(sentence(n * 100 + i), 160 + i * 40)),
      ...(n === 3 ? [body('特别提醒：各街道要在年底前完成摸底。', 660, { bold: true })] : []),
      { text: folio(n), x: 290, y: 800, size: 9 },
    ],
  }));
}

const kinds = (blocks: readonly Block[], kind: Block['kind']) => blocks.filter((b) => b.kind === kind).map((b) => b.text);

describe('a PDF document', () => {
  it.each([
    ['- N -', (n: number) => `- ${n} -`],
    ['第 N 页', (n: number) => `第 ${n} 页`],
    ['N', (n: number) => String(n)],
    ['第 N 页 共 3 页', (n: number) => `第${n}页 共3页`],
  ])('leaves its running head and page numbers (%s) out of the body', async (_name, folio) => {
    const draft = await importPdf(source(writePdf(report(folio))));
    if (draft.kind !== 'document') throw new Error(`read as ${draft.kind}`);
    const text = draft.blocks.map((b) => b.text).join('\n');
    expect(text).not.toContain('调研材料');
    const squashed = draft.blocks.map((b) => b.text.replace(/\s/g, ''));
    for (const n of [1, 2, 3]) expect(squashed.filter((t) => t.endsWith(folio(n).replace(/\s/g, '')))).toEqual([]);
    expect(text).toContain(sentence(311));
  });

  it('has headings only where the type is larger than the body’s, not every bold line', async () => {
    const draft = await importPdf(source(writePdf(report((n) => `- ${n} -`))));
    if (draft.kind !== 'document') throw new Error(`read as ${draft.kind}`);
    expect(kinds(draft.blocks, 'heading')).toEqual(['关于社区养老服务的调研报告', '一、基本情况', '二、存在的问题']);
    expect(kinds(draft.blocks, 'paragraph')).toContain('特别提醒：各街道要在年底前完成摸底。');
    expect(draft.title).toBe('关于社区养老服务的调研报告');
  });

  it('tells its progress page by page', async () => {
    const pages: [number, number][] = [];
    await importPdf(source(writePdf(report((n) => `- ${n} -`))), { onPage: (done, total) => pages.push([done, total]) });
    expect(pages).toEqual([[1, 3], [2, 3], [3, 3]]);
  });
});

/** A piece of a compilation: title, byline, the citation line, two paragraphs. */
function piece(title: string, citation: string, top: number, n: number): PdfText[] {
  return [
    { text: title, x: 60, y: top, size: 16, bold: true },
    body('本报记者 林晓', top + 30),
    body(citation, top + 50),
    body(sentence(n), top + 80),
    body(sentence(n + 1), top + 110),
  ];
}

describe('a compilation of printed articles', () => {
  it('becomes the cited issue’s articles on their 版, each with its title and byline', async () => {
    const pdf = writePdf([
      { width: 595, height: 842, texts: [...piece('春茶开采 合作社里说增收', '《云岭日报》（2025年10月20日 第 06 版）', 60, 1), ...piece('茶农夜校开课了', '《云岭日报》（2025年10月20日 第 06 版）', 300, 3)] },
      { width: 595, height: 842, texts: piece('一片叶子富一方百姓', '《云岭日报》（2025年10月20日 第 07 版）', 60, 5) },
    ]);
    const draft = await importPdf(source(pdf, 'compilation.pdf'));
    if (draft.kind !== 'issue') throw new Error(`read as ${draft.kind}`);
    expect(draft).toMatchObject({ paperName: '云岭日报', date: '2025-10-20' });
    expect(draft.pages.map((p) => p.number)).toEqual([6, 7]);
    expect(draft.articles.map((a) => [a.pageNumber, a.title, a.byline])).toEqual([
      [6, '春茶开采 合作社里说增收', '本报记者 林晓'],
      [6, '茶农夜校开课了', '本报记者 林晓'],
      [7, '一片叶子富一方百姓', '本报记者 林晓'],
    ]);
    expect(draft.articles[1]!.blocks.map((b) => b.text)).toEqual([sentence(3), sentence(4)]);
  });

  it('stays one document, headed piece by piece, when its pieces cite several papers', async () => {
    const pdf = writePdf([
      { width: 595, height: 842, texts: [...piece('春茶开采', '《云岭日报》（2025年10月20日 第 06 版）', 60, 1), ...piece('茶农夜校开课了', '《滇南晚报》（2025年10月21日 第 2 版）', 300, 3)] },
    ]);
    const draft = await importPdf(source(pdf, 'clippings.pdf'));
    if (draft.kind !== 'document') throw new Error(`read as ${draft.kind}`);
    expect(kinds(draft.blocks, 'heading')).toEqual(['春茶开采', '茶农夜校开课了']);
    expect(draft.blocks.map((b) => b.text)).toContain(sentence(4));
  });
});

describe('importing a long PDF', () => {
  it('reports its progress page by page while it reads it', async () => {
    const dir = await tempDir();
    const path = join(dir, 'report.pdf');
    await writeFile(path, writePdf([...report((n) => `- ${n} -`), ...report((n) => `- ${n + 3} -`), ...report((n) => `- ${n + 6} -`)]));
    const pages: string[] = [];
    await importPaths(await Archive.open(join(dir, 'archive')), [path], {
      onProgress: ({ page, currentFile }) => page && currentFile === path && pages.push(`${page.done}/${page.total}`),
    });
    expect(pages).toEqual(['4/9', '8/9', '9/9']);
  });
});

describe.each(['issue19360.pdf', 'issue2128r.pdf', 'issue12823.pdf', 'issue15340.pdf', 'issue19182.pdf'])('the shared document %s', (name) => {
  it('has a body with no page number, no heading of body-size type, and no spread-apart characters', async () => {
    const bytes = new Uint8Array(await readFile(sharedFixture('pdf', name)));
    const draft = await importPdf(source(bytes, name));
    if (draft.kind !== 'document') throw new Error(`read as ${draft.kind}`);
    expect(draft.blocks.length).toBeGreaterThan(0);
    expect(draft.blocks.filter((b) => /^[-—\s]*(?:第\s*)?\d{1,4}\s*(?:页)?[-—\s]*$/.test(b.text))).toEqual([]);
    expect(draft.blocks.filter((b) => /\p{Script=Han}(?:\s\p{Script=Han}){2,}/u.test(b.text))).toEqual([]);
    // a heading's lines are larger than the body's: a page of one size has none
    const sizes = new Set(draft.pages.flatMap((p) => p.items.map((i) => Math.round(i.height))));
    if (sizes.size === 1) expect(draft.blocks.filter((b) => b.kind === 'heading')).toEqual([]);
  });
});
