import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { JianbaoError } from '../../../shared/errors';
import { FakeJianbaoApi } from '../test/fake-api';
import { renderWithApi } from '../test/render-with-api';
import { ArticleView } from './ArticleView';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('ArticleView', () => {
  it('sets the kicker, title, subtitle, byline and body as the paper does', async () => {
    renderWithApi(<ArticleView articleId="a-lead" />);

    const title = await screen.findByRole('heading', { level: 1, name: '小院议事 家门口的协商' });
    const article = title.closest('article');
    expect(article?.getAttribute('lang')).toBe('zh-CN');
    expect(screen.getByText('春日调研走进社区').className).toContain('article-kicker');
    expect(screen.getByText('——一个街道政协委员工作站的一年')).toBeTruthy();
    expect(screen.getByText('□ 本报记者 宋雨桐')).toBeTruthy();
    expect(screen.getByText(/清晨的工作站里/).tagName).toBe('P');
    expect(screen.getByRole('heading', { level: 2, name: '先听后议 问题摆上桌' })).toBeTruthy();
    expect(screen.getByText('居民在议事会上发言。本报记者 宋雨桐 摄').className).toContain('block-caption');
  });

  it('adds the leading dashes to a subtitle that came without them', async () => {
    const api = new FakeJianbaoApi();
    const feature = api.archive.articles.find((article) => article.id === 'a-feature');
    if (feature) feature.subtitle = '记一位农业界委员';
    renderWithApi(<ArticleView articleId="a-feature" />, api);

    expect(await screen.findByText('——记一位农业界委员')).toBeTruthy();
  });

  it('leads back to the issue page and on to the neighbouring articles', async () => {
    renderWithApi(<ArticleView articleId="a-brief" />);

    const pageLink = await screen.findByRole('link', { name: '第 1 版 · 要闻' });
    expect(pageLink.getAttribute('href')).toBe('#/issue/zxb-2024-03-05?page=1');
    expect(screen.getByRole('link', { name: /上一篇/ }).getAttribute('href')).toBe('#/article/a-lead');
    expect(screen.getByRole('link', { name: /下一篇/ }).getAttribute('href')).toBe('#/article/a-feature');
  });

  it('saves a larger font size and sets the article in it', async () => {
    const { api } = renderWithApi(<ArticleView articleId="a-lead" />);
    const title = await screen.findByRole('heading', { level: 1 });
    const article = title.closest('article') as HTMLElement;
    await waitFor(() => expect(article.style.fontSize).toBe('1.125rem'));

    fireEvent.click(screen.getByRole('button', { name: '放大字号' }));

    await waitFor(() => expect(api.callsTo('updateSettings')).toEqual([{ articleFontSize: 20 }]));
    expect(article.style.fontSize).toBe('1.25rem');
  });

  it('saves the theme and column width and sets the article in them', async () => {
    const { api } = renderWithApi(<ArticleView articleId="a-lead" />);
    const title = await screen.findByRole('heading', { level: 1 });
    const article = title.closest('article') as HTMLElement;

    fireEvent.click(within(screen.getByRole('group', { name: '阅读主题' })).getByRole('button', { name: '夜间' }));
    fireEvent.click(within(screen.getByRole('group', { name: '栏宽' })).getByRole('button', { name: '宽' }));

    await waitFor(() => expect(api.callsTo('updateSettings')).toEqual([{ readingTheme: 'dark' }, { articleWidth: 'wide' }]));
    expect(article.className).toContain('article-width-wide');
    expect(screen.getByRole('button', { name: '夜间' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the article on its page, with its area marked', async () => {
    renderWithApi(<ArticleView articleId="a-brief" />);

    const link = await screen.findByRole('link', { name: '在版面上查看' });
    expect(link.getAttribute('href')).toBe('#/issue/zxb-2024-03-05?page=1&mark=a-brief');
  });

  it('steps to the next and previous article with j and k, and back to the page with Esc', async () => {
    renderWithApi(<ArticleView articleId="a-brief" />);
    await screen.findByRole('heading', { level: 1 });

    fireEvent.keyDown(window, { key: 'j' });
    expect(window.location.hash).toBe('#/article/a-feature');
    fireEvent.keyDown(window, { key: 'k' });
    expect(window.location.hash).toBe('#/article/a-lead');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(window.location.hash).toBe('#/issue/zxb-2024-03-05?page=1');
  });

  it('finds in the article with Ctrl+F, and Esc closes the find bar before leaving', async () => {
    renderWithApi(<ArticleView articleId="a-lead" />);
    await screen.findByRole('heading', { level: 1 });
    window.location.hash = '#/article/a-lead';

    fireEvent.keyDown(window, { key: 'f', ctrlKey: true });
    const field = screen.getByRole('searchbox', { name: '在本文中查找' });
    fireEvent.change(field, { target: { value: '议事' } });
    expect(screen.getByText('第 1 处，共 3 处')).toBeTruthy();
    fireEvent.change(field, { target: { value: '不存在的词' } });
    expect(screen.getByText('无结果')).toBeTruthy();

    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(window.location.hash).toBe('#/article/a-lead');
  });

  it('records the article as the place to continue reading', async () => {
    const { api } = renderWithApi(<ArticleView articleId="a-feature" />);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(api.callsTo('recordReading')).toEqual([{ place: { kind: 'article', articleId: 'a-feature' } }]));
    expect(api.callsTo('getReadingPosition')).toEqual([{ articleId: 'a-feature' }]);
  });

  it('says so when the archive has no such article', async () => {
    renderWithApi(<ArticleView articleId="gone" />);

    expect(await screen.findByText('档案里没有这篇文章，它可能已被移除。')).toBeTruthy();
    expect(screen.getByRole('link', { name: '返回往期目录' }).getAttribute('href')).toBe('#/');
  });

  it('shows the error message and loads the article again on retry', async () => {
    const api = new FakeJianbaoApi();
    api.failNext('getArticle', new JianbaoError('CORRUPT_FILE', '文章文件已损坏 / The article file is damaged'));
    renderWithApi(<ArticleView articleId="a-lead" />, api);

    expect(screen.getByText('正在加载…')).toBeTruthy();
    expect(await screen.findByText('文章文件已损坏')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '重试' }));

    expect(await screen.findByRole('heading', { level: 1, name: '小院议事 家门口的协商' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
