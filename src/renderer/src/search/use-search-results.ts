import { useCallback, useState } from 'react';
import type { SearchHit, SearchResults } from '../../../shared/search-types';
import { useApi } from '../api-context';
import { errorMessage } from '../error-message';
import { useApiQuery, type QueryState } from '../use-api-query';
import { searchHref, type SearchParams } from './search-params';

/** Results asked for at a time (the API allows up to 500). */
export const searchPageSize = 100;

interface MorePages {
  /** the first page these follow, so a new search or a refresh starts over */
  first: SearchResults;
  hits: SearchHit[];
  isLoading: boolean;
  error: string | null;
}

export interface SearchResultsState {
  state: QueryState<SearchResults>;
  /** the hits loaded so far: the first page and every page loaded after it */
  hits: SearchHit[];
  isLoadingMore: boolean;
  loadMoreError: string | null;
  loadMore: () => void;
  retry: () => void;
}

/** A search's results, a page at a time: the first on showing, the next on `loadMore`. */
export function useSearchResults(search: SearchParams): SearchResultsState {
  const api = useApi();
  const { state, retry } = useApiQuery(`search:${searchHref(search)}`, (client) =>
    client.search({ ...requestOf(search), limit: searchPageSize, offset: 0 }),
  );
  const [more, setMore] = useState<MorePages | null>(null);
  const first = state.status === 'ready' ? state.value : null;
  const current = more && more.first === first ? more : null;
  const hits = first ? [...first.hits, ...(current?.hits ?? [])] : [];

  const loadMore = useCallback(() => {
    if (!first || current?.isLoading) return;
    const loaded = current?.hits ?? [];
    setMore({ first, hits: loaded, isLoading: true, error: null });
    api.search({ ...requestOf(search), limit: searchPageSize, offset: first.hits.length + loaded.length }).then(
      (page) => setMore((previous) => (previous?.first === first ? { first, hits: [...loaded, ...page.hits], isLoading: false, error: null } : previous)),
      (error: unknown) =>
        setMore((previous) => (previous?.first === first ? { first, hits: loaded, isLoading: false, error: errorMessage(error) } : previous)),
    );
  }, [api, first, current, search]);

  return { state, hits, isLoadingMore: current?.isLoading ?? false, loadMoreError: current?.error ?? null, loadMore, retry };
}

function requestOf(search: SearchParams) {
  return {
    query: search.query,
    sort: search.sort,
    ...(search.paperId ? { paperId: search.paperId } : {}),
    ...(search.section ? { section: search.section } : {}),
    ...(search.from ? { from: search.from } : {}),
    ...(search.to ? { to: search.to } : {}),
  };
}
