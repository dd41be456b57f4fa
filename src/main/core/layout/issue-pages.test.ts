import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { writePdf } from '../demo/pdf-writer';
import { openCore } from '../open-core';
import { countyItems, countyPage } from './test/county-page';

/** An issue as a folder of page PDFs, or as one PDF with a 版 per page (issue 13, item 6). */

const sections = ['要闻', '综合新闻', '经济', '社会', '文化', '体育', '副刊', '专版'];
const pageOf = (n: number) => countyPage(countyItems(4 + (n % 3), n), { label: `第${n}版 ${sections[n - 1]}`, date: '2018年1月10日 星期三' });

async function importAndRead(paths: string[]) {
  const core = await openCore(join(await tempDir(), 'A'), { installDemo: false });
  const report = await core.handlers.importFiles({ paths });
  expect(report.files.every((f) => f.status === 'imported')).toBe(true);
  const issues = await core.handlers.listIssues({});
  expect(issues).toHaveLength(1);
  return { ...(await core.handlers.getIssue({ issueId: issues[0]!.id }))!, core };
}

describe('an issue of several pages', () => {
  it('imports a folder 2018-01-10/01.pdf … 08.pdf as one issue, its pages in order, each with its articles', async () => {
    const folder = join(await tempDir(), '2018-01-10');
    await mkdir(folder);
    // written out of order: the pages' own labels put them in order
    for (const n of [3, 1, 8, 2, 5, 4, 7, 6]) await writeFile(join(folder, `${String(n).padStart(2, '0')}.pdf`), writePdf([pageOf(n)]));
    const detail = await importAndRead([folder]);
    expect(detail.issue.date).toBe('2018-01-10');
    expect(detail.issue.pages.map((p) => `${p.number} ${p.section}`)).toEqual(sections.map((s, i) => `${i + 1} ${s}`));
    for (const page of detail.issue.pages) {
      const expected = countyItems(4 + (page.number % 3), page.number).map((i) => i.title);
      expect(detail.articles.filter((a) => a.pageNumber === page.number).map((a) => a.title)).toEqual(expected);
      expect(page.areas?.length).toBeGreaterThanOrEqual(expected.length);
    }
  }, 60_000);

  it('imports one PDF with a 版 per page as one issue, each page analysed', async () => {
    const file = join(await tempDir(), 'issue.pdf');
    await writeFile(file, writePdf([1, 2, 3].map(pageOf)));
    const detail = await importAndRead([file]);
    expect(detail.issue.pages.map((p) => p.number)).toEqual([1, 2, 3]);
    for (const page of detail.issue.pages) {
      expect(detail.articles.filter((a) => a.pageNumber === page.number)).toHaveLength(4 + (page.number % 3));
    }
  }, 60_000);
});

describe('an article continued on another page', () => {
  it('is one article, on the page where it starts, whole', async () => {
    const first = countyItems(4, 1);
    const second = countyItems(4, 2);
    first[1]!.paragraphs.push('这篇报道在这一版没有写完，（下转第2版）');
    second[2] = { title: first[1]!.title, paragraphs: ['（上接第1版）报道的后半部分写在第二版，到这里结束。'] };
    const folder = join(await tempDir(), '2018-01-10');
    await mkdir(folder);
    await writeFile(join(folder, '01.pdf'), writePdf([countyPage(first, { label: '第1版 要闻', date: '2018年1月10日' })]));
    await writeFile(join(folder, '02.pdf'), writePdf([countyPage(second, { label: '第2版 综合新闻', date: '2018年1月10日' })]));
    const detail = await importAndRead([folder]);
    const parts = detail.articles.filter((a) => a.title === first[1]!.title);
    expect(parts.map((a) => a.pageNumber)).toEqual([1]);
    expect(detail.articles.filter((a) => a.pageNumber === 2)).toHaveLength(3);
    const { article } = (await detail.core.handlers.getArticle({ articleId: parts[0]!.id }))!;
    expect(article.text).toContain('这篇报道在这一版没有写完，');
    expect(article.text).toContain('报道的后半部分写在第二版，到这里结束。');
    expect(article.text).not.toMatch(/下转|上接/);
  }, 60_000);
});

describe('the paper of a page PDF', () => {
  it('is named by its folder when the folder is named like a paper', async () => {
    const folder = join(await tempDir(), '南溪县报', '2018-01-10');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, '01.pdf'), writePdf([pageOf(1)]));
    const core = await openCore(join(await tempDir(), 'A'), { installDemo: false });
    const report = await core.handlers.importFiles({ paths: [folder] });
    expect(report.issues.map((i) => i.paperName)).toEqual(['南溪县报']);
    expect(report.files[0]!.warnings.join(' ')).not.toContain('未署名报纸');
  }, 60_000);
});
