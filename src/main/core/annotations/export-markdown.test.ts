import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import type { Article } from '../../../shared/model';
import { openCore, type Core } from '../open-core';
import { AnnotationBook } from './annotation-book';
import { toMarkdown } from './export-markdown';
import { readArchiveAnnotations, type AnnotationFilter } from './export-w3c';
import { articleTitled, testBook } from './test/annotation-fixtures';

async function annotate(book: AnnotationBook, article: Article, piece: string, extra: { comment?: string; tags?: string[] } = {}) {
  const start = article.text.indexOf(piece);
  if (start === -1) throw new Error(`"${piece}" is not in ${article.title}`);
  await book.create({ articleId: article.id, start, end: start + piece.length, ...extra });
}

/** Annotations on two articles of the 2026-03-04 issue and one of 2026-03-11. */
async function annotatedArchive() {
  const core = await openCore(await tempDir());
  const book = testBook(core.archive);
  const street = await articleTitled(core, '一件提案让老街重焕生机');
  const ferry = await articleTitled(core, '一座古渡与一村人的记忆');
  const later = await articleTitled(core, '主席会议专题研究提案办理工作');
  await annotate(book, ferry, '名叫𥕛溪的小村', { tags: ['文史'] });
  await annotate(book, street, street.blocks[1]!.text.slice(0, 10), { comment: '**重点**：写进提案\n\n附调研数据', tags: ['提案', '老街 改造'] });
  await annotate(book, later, later.blocks[1]!.text.slice(0, 8), { tags: ['提案'] });
  return { core, street, ferry, later };
}

async function markdown(core: Core, filter: AnnotationFilter = {}) {
  const { annotations } = await readArchiveAnnotations(core.archive, filter);
  return toMarkdown(annotations, { filter });
}

describe('the Markdown export', () => {
  it('groups by paper, then date, then article in page order, each with its citation line', async () => {
    const { core, street, ferry } = await annotatedArchive();
    const text = await markdown(core);
    const headings = text.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# 剪报批注 / Jianbao annotations',
      '## 云岭政协报',
      '### 2026年3月4日',
      '#### 一件提案让老街重焕生机 · 第2版',
      '#提案 #老街_改造',
      '#### 一座古渡与一村人的记忆 · 第4版',
      '#文史',
      '### 2026年3月11日',
      '#### 主席会议专题研究提案办理工作 · 第1版',
      '#提案',
    ]);
    expect(text).toContain('共 3 条批注 / 3 annotations');
    expect(text).toContain('云岭政协报，2026年3月4日，第 2 版，《一件提案让老街重焕生机》，本报记者 沈若溪');
    expect(text).toContain(`> ${street.blocks[1]!.text.slice(0, 10)}\n\n**重点**：写进提案\n\n附调研数据\n\n#提案 #老街_改造`);
    expect(text).toContain(`云岭政协报，2026年3月4日，第 4 版，《一座古渡与一村人的记忆》，${ferry.byline?.replace('□ ', '')}`);
    expect(text).toContain('> 名叫𥕛溪的小村\n\n#文史');
  });

  it.each([
    ['a tag', { tags: ['提案'] }, ['一件提案让老街重焕生机', '主席会议专题研究提案办理工作'], '标签 #提案'],
    ['a date range', { from: '2026-03-05', to: '2026-03-31' }, ['主席会议专题研究提案办理工作'], '2026年3月5日至2026年3月31日'],
    ['a tag and a date', { tags: ['提案', '文史'], to: '2026-03-04' }, ['一件提案让老街重焕生机', '一座古渡与一村人的记忆'], '标签 #提案 #文史，…至2026年3月4日'],
    ['a tag nobody used', { tags: ['无此标签'] }, [], '标签 #无此标签'],
  ])('keeps only the annotations matching %s, and says how they were chosen', async (_name, filter: AnnotationFilter, titles, scope) => {
    const { core } = await annotatedArchive();
    const text = await markdown(core, filter);
    const articles = text.split('\n').filter((line) => line.startsWith('#### ')).map((line) => line.slice(5).replace(/ · 第\d+版$/, ''));
    expect(articles).toEqual(titles);
    expect(text).toContain(`共 ${titles.length} 条批注（${scope}）`);
  });

  it('escapes what Markdown would misread in the quote and keeps each line of a quote in the blockquote', () => {
    const text = toMarkdown([
      {
        annotation: {
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          id: 'urn:uuid:x',
          type: 'Annotation',
          motivation: 'highlighting',
          created: '2026-11-29T09:00:00Z',
          modified: '2026-11-29T09:00:00Z',
          creator: { type: 'Person', name: '林晓' },
          body: [],
          target: {
            source: 'urn:jianbao:article:a-1',
            selector: [{ type: 'TextQuoteSelector', exact: '1. 第一条 *加粗*\n# 不是标题' }, { type: 'TextPositionSelector', start: 0, end: 17 }],
          },
          color: 'yellow',
          style: 'highlight',
        },
        article: { articleId: 'a-1', issueId: 'p-2026-03-04', paperId: 'p', paper: '云岭政协报', date: '2026-03-04', title: null, page: null, byline: null },
      },
    ]);
    expect(text).toContain('> 1\\. 第一条 \\*加粗\\*\n> \\# 不是标题');
    expect(text).toContain('#### （文章已不在档案中 / article no longer in the archive）');
    expect(text).toContain('云岭政协报，2026年3月4日，文章已不在档案中 (a-1)');
  });
});
