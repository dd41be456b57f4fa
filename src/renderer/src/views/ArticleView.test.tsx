import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { JianbaoError } from '../../../shared/errors';
import { FakeJianbaoApi } from '../test/fake-api';
import { renderWithApi } from '../test/render-with-api';
import { ArticleView } from './ArticleView';

afterEach(cleanup);

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
    expect(await screen.findByText('文章文件已损坏 / The article file is damaged')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '重试' }));

    expect(await screen.findByRole('heading', { level: 1, name: '小院议事 家门口的协商' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
