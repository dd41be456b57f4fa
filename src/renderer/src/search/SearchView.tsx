import { useCallback } from 'react';
import type { FacetCount, SearchHit } from '../../../shared/search-types';
import { ErrorState, Loading } from '../components/QueryStates';
import { VirtualList } from '../components/VirtualList';
import { formatDate } from '../format';
import { useLocale, useT } from '../i18n';
import { pageLabel } from '../page-label';
import { articleHref, documentHref, issueHref } from '../route';
import { useDocumentTitle } from '../use-document-title';
import { HitText } from './HitText';
import { isFilteredSearch, quotableQuery, searchHref, selectedYear, togglePaper, toggleYear, type SearchParams } from './search-params';
import { AnnotationSnippet } from './AnnotationSnippet';
import { RangeFilter } from './RangeFilter';
import { searchPageSize, useSearchResults } from './use-search-results';
import { ProposalHits } from '../proposals/ProposalHits';

type Row = { kind: 'hit'; hit: SearchHit } | { kind: 'more'; count: number };

/** The results of a search: the total, filter chips from the facets, the sort, and the hits in a virtual list. */
export function SearchView({ search }: { search: SearchParams }) {
  const t = useT();
  const query = search.query.trim();
  useDocumentTitle(query ? t('search.results', { query: quotableQuery(query) }) : t('search.heading'));
  if (query === '') {
    return (
      <div className="search-view">
        <h1 className="search-heading">{t('search.heading')}</h1>
        <p className="state search-hint">{t('search.noQuery')}</p>
      </div>
    );
  }
  return <SearchResultsView search={{ ...search, query }} />;
}

function SearchResultsView({ search }: { search: SearchParams }) {
  const t = useT();
  const { state, hits, isLoadingMore, loadMoreError, loadMore, retry } = useSearchResults(search);
  const isFiltered = isFilteredSearch(search);
  const shownQuery = quotableQuery(search.query);

  let body;
  if (state.status === 'loading') body = <Loading />;
  else if (state.status === 'error') body = <ErrorState message={state.message} onRetry={retry} />;
  else {
    const results = state.value;
    const remaining = Math.min(searchPageSize, results.total - hits.length);
    const rows: Row[] = hits.map((hit) => ({ kind: 'hit', hit }));
    // Documents have no paper: the core counts them under the paper ''.
    const documents = results.facets.papers.find((facet) => facet.value === '')?.count ?? 0;
    const articles = results.total - documents;
    const sections = [...new Set(hits.map((hit) => hit.section).filter(Boolean))];
    const paperFacets = results.facets.papers.map((facet) => (facet.value === '' ? { ...facet, label: t('search.documents') } : facet));
    if (remaining > 0) rows.push({ kind: 'more', count: remaining });
    body = (
      <>
        <p className="search-total" role="status">
          {documents === 0
            ? t('search.total', { n: results.total })
            : articles === 0
              ? t('search.totalDocuments', { n: documents })
              : t('search.totalMixed', { articles, documents })}
          {results.rankedWithin !== undefined && search.sort === 'relevance' && (
            <span className="search-ranked-within">（{t('search.rankedWithin', { n: results.rankedWithin })}）</span>
          )}
        </p>
        <div className="search-controls">
          <SortControl search={search} />
          <FacetChips label={t('search.byPaper')} facets={paperFacets} isSelected={(f) => f.value === search.paperId} hrefOf={(f) => searchHref(togglePaper(search, f.value))} />
          <FacetChips label={t('search.byYear')} facets={results.facets.years} isSelected={(f) => f.value === selectedYear(search)} hrefOf={(f) => searchHref(toggleYear(search, f.value))} />
          <RangeFilter search={search} sections={sections} />
          {isFiltered && (
            <a className="button search-clear" href={searchHref({ query: search.query, sort: search.sort })}>
              {t('search.clearFilters')}
            </a>
          )}
        </div>
        {results.total === 0 ? (
          <div className="state search-empty">
            <p className="state-message">{t('search.emptyAny', { query: shownQuery })}</p>
            <p>{t('search.emptyHint')}</p>
          </div>
        ) : (
          <ResultList rows={rows} query={search.query} shownQuery={shownQuery} isLoadingMore={isLoadingMore} onMore={loadMore} />
        )}
        {loadMoreError && <ErrorState message={loadMoreError} onRetry={loadMore} />}
      </>
    );
  }

  return (
    <div className="search-view">
      <h1 className="search-heading">{t('search.results', { query: shownQuery })}</h1>
      <ProposalHits query={search.query} />
      {body}
    </div>
  );
}

function SortControl({ search }: { search: SearchParams }) {
  const t = useT();
  const sorts = [
    { value: 'relevance', label: t('search.sortRelevance') },
    { value: 'date', label: t('search.sortDate') },
  ] as const;
  return (
    <div className="segmented" role="group" aria-label={t('search.sort')}>
      {sorts.map(({ value, label }) => (
        <a key={value} className="segmented-item" href={searchHref({ ...search, sort: value })} aria-current={search.sort === value ? 'true' : undefined}>
          {label}
        </a>
      ))}
    </div>
  );
}

/** A facet as chips: each narrows the search to its value, or widens it back when chosen already. */
function FacetChips({
  label,
  facets,
  isSelected,
  hrefOf,
}: {
  label: string;
  facets: readonly FacetCount[];
  isSelected: (facet: FacetCount) => boolean;
  hrefOf: (facet: FacetCount) => string;
}) {
  const t = useT();
  if (facets.length === 0) return null;
  return (
    <div className="search-facet" role="group" aria-label={label}>
      <span className="search-facet-label" aria-hidden="true">
        {label}
      </span>
      {facets.map((facet) => (
        <a key={facet.value} className="chip" href={hrefOf(facet)} aria-current={isSelected(facet) ? 'true' : undefined}>
          {t('search.facetCount', { label: facet.label, n: facet.count })}
        </a>
      ))}
    </div>
  );
}

function ResultList({
  rows,
  query,
  shownQuery,
  isLoadingMore,
  onMore,
}: {
  rows: Row[];
  query: string;
  shownQuery: string;
  isLoadingMore: boolean;
  onMore: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const getKey = useCallback((row: Row) => (row.kind === 'hit' ? row.hit.articleId : 'more'), []);
  const rowHeightRem = useCallback((row: Row) => (row.kind === 'hit' ? 9.5 : 4), []);
  const isFocusable = useCallback(() => true, []);
  return (
    <VirtualList
      items={rows}
      className="search-results"
      label={t('search.results', { query: shownQuery })}
      getKey={getKey}
      rowHeightRem={rowHeightRem}
      isFocusable={isFocusable}
      renderRow={(row, { tabIndex }) =>
        row.kind === 'more' ? (
          <button type="button" className="button search-more" tabIndex={tabIndex} disabled={isLoadingMore} onClick={onMore}>
            {isLoadingMore ? t('state.loading') : t('search.moreResults', { n: row.count })}
          </button>
        ) : isDocument(row.hit) ? (
          // A standalone document (a report, a proposal): opens in the document view.
          <a className="search-hit search-hit-document" href={documentHref(row.hit.articleId, undefined, undefined, query)} tabIndex={tabIndex}>
            <HitContent hit={row.hit} meta={[t('document.other'), row.hit.date ? formatDate(row.hit.date, locale) : ''].filter(Boolean).join(' · ')} />
          </a>
        ) : row.hit.kind === 'page' ? (
          // Words of a page that no recognised article holds: opens the page, the words marked.
          <a className="search-hit search-hit-page-text" href={issueHref(row.hit.issueId, row.hit.pageNumber, undefined, query)} tabIndex={tabIndex}>
            <HitContent
              hit={{ ...row.hit, title: t('search.onPage'), titleHits: [] }}
              meta={`${row.hit.paperName} · ${formatDate(row.hit.date, locale)} · ${pageLabel(t, { number: row.hit.pageNumber, section: row.hit.section })}`}
            />
          </a>
        ) : (
          <div className="search-hit-row">
            <a className="search-hit" href={articleHref(row.hit.articleId, query)} tabIndex={tabIndex}>
              <HitContent
                hit={row.hit}
                meta={`${row.hit.paperName} · ${formatDate(row.hit.date, locale)} · ${pageLabel(t, { number: row.hit.pageNumber, section: row.hit.section })}`}
              />
            </a>
            {/* The page the article is printed on, with its area marked. */}
            <a className="search-hit-page" href={issueHref(row.hit.issueId, row.hit.pageNumber, row.hit.articleId, query)} tabIndex={tabIndex}>
              {t('article.showOnPage')}
            </a>
          </div>
        )
      }
    />
  );
}

/** A hit that is a standalone document rather than an article of an issue. */
function isDocument(hit: SearchHit): boolean {
  return 'kind' in hit && hit.kind === 'document';
}

function HitContent({ hit, meta }: { hit: SearchHit; meta: string }) {
  return (
    <>
      <span className="search-hit-title" lang="zh-CN">
        <HitText text={hit.title} hits={hit.titleHits} />
      </span>
      <span className="search-hit-meta">{meta}</span>
      <span className="search-hit-snippet" lang="zh-CN">
        {hit.snippet.source === 'annotation' ? (
          <AnnotationSnippet articleId={hit.articleId} snippet={hit.snippet} />
        ) : (
          <>
            {hit.snippet.hasMoreBefore && '…'}
            <HitText text={hit.snippet.text} hits={hit.snippet.hits} />
            {hit.snippet.hasMoreAfter && '…'}
          </>
        )}
      </span>
    </>
  );
}
