import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../../../../tests/unit/shared-fixtures';
import { isSectionHeading, pageOfArticle, parseArticleText } from './text-article';

const ownSample = [
  '云岭新闻',
  '茶山春早 合作社里说增收',
  '——某县政协委员走访茶农侧记',
  '□ 本报记者 林晓',
  '清晨，雾还没散，茶农已经上山。',
  '一片叶子 一条路',
  '合作社把收购价写在黑板上，谁都看得见。',
  '- 第 1 版: 要闻 春耕一线见闻',
  '- 第 2 版：精选 茶山春早 合作社里说增收——某县政协委员走访茶农侧记',
].join('\n');

describe('parseArticleText', () => {
  it('splits kicker, title, subtitle and byline from the body', () => {
    const parsed = parseArticleText(ownSample);
    expect(parsed).toMatchObject({
      kicker: '云岭新闻',
      title: '茶山春早 合作社里说增收',
      subtitle: '某县政协委员走访茶农侧记',
      byline: '□ 本报记者 林晓',
    });
    expect(parsed.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('reads the closing page list, with either colon', () => {
    const parsed = parseArticleText(ownSample);
    expect(parsed.pageList.map((p) => [p.number, p.section])).toEqual([[1, '要闻'], [2, '精选']]);
    expect(pageOfArticle(parsed)).toBe(2);
  });

  it('reads the real digital-edition text fixture', async () => {
    const text = await readFile(sharedFixture('text', 'cppcc-newspaper-page2.txt'), 'utf8');
    const parsed = parseArticleText(text);
    expect(parsed.title).toBe('畅通“双循环” 激活新动能');
    expect(parsed.subtitle).toMatch(/^防城港市政协/);
    expect(parsed.byline).toContain('佟美兰');
    expect(parsed.kicker).toBeUndefined();
    expect(parsed.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '党旗引领 凝聚建设共识',
      '建言献策 汇聚攻坚智慧',
      '委员担当 彰显履职实效',
    ]);
    expect(parsed.pageList.map((p) => p.section)).toEqual(['要闻', '精选', '关注', '导读']);
    expect(pageOfArticle(parsed)).toBe(2);
  });

  it('refuses a file with nothing but a page list', () => {
    expect(() => parseArticleText('- 第 1 版: 要闻 标题\n')).toThrow(/no article text/);
  });
});

describe('isSectionHeading', () => {
  it.each([
    ['党旗引领 凝聚建设共识', true],
    ['一段话写完了。', false],
    ['提案是政协履职的重要方式，委员们围绕主题提交了提案', false],
    ['点评：', false],
  ])('%s → %s', (line, expected) => {
    expect(isSectionHeading(line)).toBe(expected);
  });
});
