import { useEffect, useRef } from 'react';
import type { JianbaoApi } from '../../shared/api';
import type { PdfEngine } from './pdf/pdf-engine';
import { AppProviders } from './AppProviders';
import { AnnotationsView } from './annotations/AnnotationsView';
import { PagesToCorrectView } from './corrections/PagesToCorrectView';
import { AppHeader } from './components/AppHeader';
import { NotFound } from './components/QueryStates';
import { RecoveryNotice } from './components/RecoveryNotice';
import { useT } from './i18n';
import type { Route } from './route';
import { useSettings } from './settings-context';
import { SearchView } from './search/SearchView';
import { useHashRoute } from './use-hash-route';
import { ArticleView } from './views/ArticleView';
import { CollectionsView } from './collections/CollectionsView';
import { CollectionView } from './collections/CollectionView';
import { DigestView } from './export/DigestView';
import { ProposalDesk } from './proposals/ProposalDesk';
import { ProposalsView } from './proposals/ProposalsView';
import { DocumentView } from './views/DocumentView';
import { IssueView } from './views/IssueView';
import { LibraryView } from './views/LibraryView';

/** The whole renderer; `api` is the real client in the app and a fake in tests (so may be `pdfEngine`). */
export function App({ api, pdfEngine }: { api: JianbaoApi; pdfEngine?: PdfEngine }) {
  return (
    <AppProviders api={api} pdfEngine={pdfEngine}>
      <Shell />
    </AppProviders>
  );
}

function Shell() {
  const route = useHashRoute();
  const mainRef = useRef<HTMLElement>(null);
  const viewKey = routeKey(route);
  const previousViewKey = useRef(viewKey);
  const { settings } = useSettings();

  // The reading theme colours the whole app, so the page around an article matches it.
  useEffect(() => {
    document.documentElement.dataset.theme = settings.readingTheme;
  }, [settings.readingTheme]);

  // On moving to another view, start at its top and let a screen reader start there too.
  useEffect(() => {
    if (previousViewKey.current === viewKey) return;
    previousViewKey.current = viewKey;
    (document.scrollingElement ?? document.documentElement).scrollTop = 0;
    mainRef.current?.focus({ preventScroll: true });
  }, [viewKey]);

  return (
    <div className="app">
      <AppHeader />
      <RecoveryNotice />
      <main id="main" className={`app-main app-main-${route.kind}`} ref={mainRef} tabIndex={-1}>
        <RouteView route={route} />
      </main>
    </div>
  );
}

/** What identifies a view; changing the page of an issue keeps the same view. */
function routeKey(route: Route): string {
  switch (route.kind) {
    case 'issue':
      return `issue:${route.issueId}`;
    case 'article':
      return `article:${route.articleId}`;
    case 'document':
      return `document:${route.documentId}`;
    case 'collection':
      return `collection:${route.collectionId}`;
    case 'proposal':
      return `proposal:${route.proposalId}`;
    default:
      return route.kind;
  }
}

function RouteView({ route }: { route: Route }) {
  const t = useT();
  switch (route.kind) {
    case 'library':
      return <LibraryView />;
    case 'issue':
      return (
        <IssueView
          key={route.issueId}
          issueId={route.issueId}
          pageNumber={route.pageNumber}
          markedArticleId={route.markedArticleId ?? null}
          query={route.query}
        />
      );
    case 'article':
      return <ArticleView key={route.articleId} articleId={route.articleId} query={route.query} annotationId={route.annotationId} />;
    case 'search':
      return <SearchView search={route.search} />;
    case 'document':
      return <DocumentView key={route.documentId} documentId={route.documentId} pageNumber={route.pageNumber} annotationId={route.annotationId} query={route.query} />;
    case 'annotations':
      return <AnnotationsView filter={route.filter} />;
    case 'corrections':
      return <PagesToCorrectView />;
    case 'collections':
      return <CollectionsView />;
    case 'collection':
      return <CollectionView key={route.collectionId} collectionId={route.collectionId} />;
    case 'digest':
      return <DigestView scope={route.scope} />;
    case 'proposals':
      return <ProposalsView />;
    case 'proposal':
      return <ProposalDesk key={route.proposalId} proposalId={route.proposalId} />;
    default:
      return <NotFound message={t('route.notFound')} />;
  }
}
