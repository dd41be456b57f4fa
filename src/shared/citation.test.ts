import { describe, expect, it } from 'vitest';
import { chineseDate, citationOf, pageCitation, quoteWithCitation } from './citation';

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
});
