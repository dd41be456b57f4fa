import { describe, expect, it } from 'vitest';
import { chineseDate, citationOf, gbtAuthors, gbtDocumentCitation, gbtNewspaperCitation, pageCitation, quoteWithCitation } from './citation';

const article = { articleId: 'a-1', paper: '云岭政协报', date: '2026-03-04', title: '标题' };

describe('citations', () => {
  it.each([
    [{ byline: '□ 本报记者 林晓', page: 1 }, '云岭政协报，2026年3月4日，第 1 版，《标题》，本报记者 林晓'],
    [{ byline: null, page: 3 }, '云岭政协报，2026年3月4日，第 3 版，《标题》'],
  ])('cites an article as 报名，date，第 N 版，《title》，author', (fields, citation) => {
    expect(citationOf({ ...article, ...fields })).toBe(citation);
  });

  it('writes dates the Chinese way', () => {
    expect(chineseDate('2026-03-04')).toBe('2026年3月4日');
    expect(chineseDate('2026-12-31')).toBe('2026年12月31日');
  });

  it('puts a copied passage in quotation marks with its citation on the next line', () => {
    expect(quoteWithCitation(' 共商国是 ', { ...article, page: 2, byline: '■ 本报记者 王芳' })).toBe(
      '“共商国是”\n——云岭政协报，2026年3月4日，第 2 版，《标题》，本报记者 王芳',
    );
  });

  it('cites text printed on a page by paper, date and page', () => {
    expect(quoteWithCitation('图片新闻', pageCitation({ paper: '云岭政协报', date: '2026-03-04', page: 3 }))).toBe('“图片新闻”\n——云岭政协报，2026年3月4日，第 3 版');
  });

  it.each([
    [{ byline: '□ 本报记者 林晓', page: 1 }, '林晓. 标题[N]. 云岭政协报, 2026-03-04(1).'],
    [{ byline: '本报记者 王芳 通讯员 李强', page: 2 }, '王芳, 李强. 标题[N]. 云岭政协报, 2026-03-04(2).'],
    [{ byline: null, page: 3 }, '标题[N]. 云岭政协报, 2026-03-04(3).'],
    [{ byline: '张三', page: null }, '张三. 标题[N]. 云岭政协报, 2026-03-04.'],
  ])('cites an article in GB/T 7714-2015 newspaper form: 作者. 题名[N]. 报纸名, date(page).', (fields, citation) => {
    expect(gbtNewspaperCitation({ ...article, ...fields })).toBe(citation);
  });

  it('names at most three authors, then 等, and none from a byline of roles only', () => {
    expect(gbtAuthors('记者 甲 乙 丙 丁')).toBe('甲, 乙, 丙, 等');
    expect(gbtAuthors('本报记者林晓')).toBe('林晓');
    expect(gbtAuthors('■ 本报评论员')).toBe('');
  });

  it('cites a report as [R] and other documents as [Z]', () => {
    expect(gbtDocumentCitation({ title: '工作报告', kind: 'report', date: '2026-01-20' })).toBe('工作报告[R]. 2026-01-20.');
    expect(gbtDocumentCitation({ title: '关于某事的提案', kind: 'proposal' })).toBe('关于某事的提案[Z].');
  });
});
