import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApi } from '../test/render-with-api';
import { ArticleView } from '../views/ArticleView';

/** jsdom has no CSS Custom Highlight API: a registry as Chromium's, holding each highlight's ranges. */
class FakeHighlight extends Set<AbstractRange> {
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('an article opened from search results', () => {
  it('marks every hit of the query and says how many there are', async () => {
    const highlights = new Map<string, FakeHighlight>();
    vi.stubGlobal('CSS', { highlights });
    vi.stubGlobal('Highlight', FakeHighlight);
    renderWithApi(<ArticleView articleId="a-lead" query="议事" />);

    expect(await screen.findByText(/已标出“议事”的 3 处/)).toBeTruthy();
    const marked = [...(highlights.get('jianbao-search') ?? [])].map((range) => range.toString());
    expect(marked).toEqual(['议事', '议事', '议事']);
    expect(screen.getByRole('link', { name: '返回搜索结果' }).getAttribute('href')).toBe('#/search?q=%E8%AE%AE%E4%BA%8B');
  });

  it('removes the marks on leaving the article', async () => {
    const highlights = new Map<string, FakeHighlight>();
    vi.stubGlobal('CSS', { highlights });
    vi.stubGlobal('Highlight', FakeHighlight);
    const { unmount } = renderWithApi(<ArticleView articleId="a-lead" query="议事" />);
    await waitFor(() => expect(highlights.has('jianbao-search')).toBe(true));

    unmount();
    expect(highlights.has('jianbao-search')).toBe(false);
  });

  it('marks nothing and says nothing when opened without a query', async () => {
    renderWithApi(<ArticleView articleId="a-lead" />);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/已标出/)).toBeNull();
  });
});
