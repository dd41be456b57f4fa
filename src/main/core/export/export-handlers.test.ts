import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/unit/temp-dir';
import type { Article } from '../../../shared/model';
import { openCore } from '../open-core';
import type { AnnotationBook } from '../annotations/annotation-book';
import { articleTitled, testBook } from '../annotations/test/annotation-fixtures';
import { gbtNewspaperCitation } from '../../../shared/citation';

async function annotate(book: AnnotationBook, article: Article, piece: string, extra: { comment?: string; tags?: string[]; color?: 'green' } = {}) {
  const start = article.text.indexOf(piece);
  if (start === -1) throw new Error(`"${piece}" is not in ${article.title}`);
  return (await book.create({ articleId: article.id, start, end: start + piece.length, ...extra })).annotation;
}

async function annotatedCore() {
  const core = await openCore(await tempDir());
  const book = testBook(core.archive);
  const street = await articleTitled(core, '一件提案让老街重焕生机');
  const ferry = await articleTitled(core, '一座古渡与一村人的记忆');
  const later = await articleTitled(core, '主席会议专题研究提案办理工作');
  const quotes = {
    street: street.blocks[1]!.text.slice(0, 12),
    ferry: ferry.blocks[1]!.text.slice(0, 10),
    later: later.blocks[1]!.text.slice(0, 9),
  };
  const a1 = await annotate(book, later, quotes.later, { tags: ['提案'] });
  const a2 = await annotate(book, street, quotes.street, { comment: '写进提案的理由', tags: ['提案', '老街'], color: 'green' });
  const a3 = await annotate(book, ferry, quotes.ferry, { tags: ['文史'] });
  return { core, street, ferry, later, quotes, ids: { a1: a1.id, a2: a2.id, a3: a3.id } };
}

function decode(data: string): Buffer {
  return Buffer.from(data, 'base64');
}

async function docxText(data: string): Promise<string> {
  return (await mammoth.extractRawText({ buffer: decode(data) })).value;
}

async function citationOf(core: Awaited<ReturnType<typeof annotatedCore>>['core'], article: Article): Promise<string> {
  const library = await core.archive.library.read();
  const issue = library.issues.find((i) => i.id === article.issueId)!;
  const paper = library.papers.find((p) => p.id === issue.paperId)!;
  return gbtNewspaperCitation({ articleId: article.id, paper: paper.name, date: issue.date, title: article.title, page: article.pageNumber, byline: article.byline ?? null });
}

describe('exports in the app', () => {
  it('writes a Word digest that reads back with every quote, comment, tag and GB/T 7714 citation, articles in date order', async () => {
    const { core, street, later, quotes } = await annotatedCore();
    const file = await core.handlers.exportAnnotations({ scope: { kind: 'filter', filter: {} }, format: 'docx' });
    expect(file.fileName).toMatch(/\.docx$/);
    expect(file.count).toBe(3);
    const text = await docxText(file.data);
    for (const quote of Object.values(quotes)) expect(text).toContain(`“${quote}”`);
    expect(text).toContain('批注：写进提案的理由');
    expect(text).toContain('标签：提案、老街');
    const streetCitation = await citationOf(core, street);
    expect(streetCitation).toMatch(/\[N\]\. 云岭政协报, 2026-03-04\(2\)\.$/);
    expect(text).toContain(streetCitation);
    // 2026-03-04's article comes before 2026-03-11's, though the later one was annotated first.
    expect(text.indexOf(streetCitation)).toBeLessThan(text.indexOf(await citationOf(core, later)));
  });

  it('exports exactly the annotations the 批注 view lists for its filters', async () => {
    const { core, ids } = await annotatedCore();
    const filter = { tags: ['提案'], text: '' };
    const listed = await core.handlers.listAllAnnotations({ ...filter, sort: 'modified', limit: 500, offset: 0 });
    const file = await core.handlers.exportAnnotations({ scope: { kind: 'filter', filter }, format: 'w3c' });
    const exported = JSON.parse(decode(file.data).toString('utf8')) as { first: { items: { id: string }[] } };
    expect(exported.first.items.map((i) => i.id).sort()).toEqual(listed.entries.map((e) => e.annotation.id).sort());
    expect(exported.first.items.map((i) => i.id)).not.toContain(ids.a3);
    const green = await core.handlers.exportAnnotations({ scope: { kind: 'filter', filter: { colors: ['green'] } }, format: 'md' });
    const markdown = decode(green.data).toString('utf8');
    expect(green.count).toBe(1);
    expect(markdown).toContain('写进提案的理由');
    expect(markdown).not.toContain('#文史');
  });

  it("exports one article's annotations, and one issue's", async () => {
    const { core, street, ids } = await annotatedCore();
    const article = await core.handlers.exportAnnotations({ scope: { kind: 'article', articleId: street.id }, format: 'w3c' });
    expect((JSON.parse(decode(article.data).toString('utf8')) as { first: { items: { id: string }[] } }).first.items.map((i) => i.id)).toEqual([ids.a2]);
    const issue = await core.handlers.getDigest({ scope: { kind: 'issue', issueId: street.issueId } });
    expect(issue.count).toBe(2);
    expect(issue.groups.map((g) => g.date)).toEqual(['2026-03-04', '2026-03-04']);
  });

  it("imports a colleague's W3C file with the merge rules and says what was added, updated and kept", async () => {
    const { core } = await annotatedCore();
    const file = await core.handlers.exportAnnotations({ scope: { kind: 'filter', filter: {} }, format: 'w3c' });
    const other = await openCore(await tempDir());
    const text = decode(file.data).toString('utf8');
    expect(await other.handlers.importAnnotationFile({ name: 'colleague.jsonld', text })).toMatchObject({ added: 3, updated: 0, kept: 0, skipped: [] });
    expect(await other.handlers.importAnnotationFile({ name: 'colleague.jsonld', text })).toMatchObject({ added: 0, kept: 3 });
    await expect(other.handlers.importAnnotationFile({ name: 'notes.txt', text: 'not json' })).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
  });
});
