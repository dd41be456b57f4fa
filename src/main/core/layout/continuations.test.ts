import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../import/drafts';
import { joinContinuations } from './continuations';

const article = (pageNumber: number, title: string, ...texts: string[]): ArticleDraft => ({
  pageNumber,
  title,
  blocks: texts.map((text) => ({ kind: 'paragraph' as const, text })),
});

describe('joinContinuations', () => {
  it('appends the rest on a later page to the article it continues, markers dropped', () => {
    const articles = [
      article(1, '县城新区建设提速', '第一段。', '第二段，未完（下转第4版）'),
      article(1, '别的新闻', '别的内容。'),
      article(4, '县城新区建设提速', '（上接第1版）接着写完。', '最后一段。'),
      article(4, '第四版的新闻', '第四版的内容。'),
    ];
    joinContinuations(articles);
    expect(articles.map((a) => `${a.pageNumber} ${a.title}`)).toEqual(['1 县城新区建设提速', '1 别的新闻', '4 第四版的新闻']);
    expect(articles[0]!.blocks.map((b) => b.text)).toEqual(['第一段。', '第二段，未完', '接着写完。', '最后一段。']);
  });

  it('takes the only rest continued from that page when the headline is not repeated', () => {
    const articles = [article(2, '主标题', '开头。下转第三版'), article(3, '续', '上接第2版 结尾。')];
    joinContinuations(articles);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.blocks.map((b) => b.text)).toEqual(['开头。', '结尾。']);
  });

  it('leaves an article alone when no rest says where it comes from', () => {
    const articles = [article(1, '甲', '开头。（下转第2版）'), article(2, '乙', '别的。')];
    joinContinuations(articles);
    expect(articles).toHaveLength(2);
    expect(articles[0]!.blocks[0]!.text).toBe('开头。（下转第2版）');
  });
});
