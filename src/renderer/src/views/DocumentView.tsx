import { useCallback, useRef, useState } from 'react';
import { documentKindNames } from '../../../shared/citation';
import type { DocumentRecord } from '../../../shared/import-types';
import { ArticleAnnotations } from '../annotate/ArticleAnnotations';
import { FontSizeControl } from '../components/FontSizeControl';
import { useCaretMode } from '../annotate/caret-mode';
import { CaretMark, CaretModeButton } from '../annotate/CaretControls';
import { QueryStates } from '../components/QueryStates';
import { ReadingControls } from '../components/ReadingControls';
import { AddToCollection } from '../collections/AddToCollection';
import { CitedInProposals } from '../proposals/CitedInProposals';
import { FindBar } from '../find/FindBar';
import { formatDate } from '../format';
import { useLocale, useT } from '../i18n';
import { useShortcuts } from '../keyboard';
import { documentHref, libraryHref } from '../route';
import { useSettings } from '../settings-context';
import { searchHref } from '../search/search-params';
import { useQueryHighlights } from '../search/use-query-highlights';
import { useApiQuery } from '../use-api-query';
import { useDocumentTitle } from '../use-document-title';
import { replaceHash } from '../use-hash-route';
import { ArticleBody } from './ArticleBody';
import { DocumentPage } from './DocumentPage';
import { OfdPackageInfo } from './OfdPackageInfo';

const kindKeys = { report: 'document.report', proposal: 'document.proposal', other: 'document.other' } as const;

/**
 * A standalone document (a report, a proposal): its text, typeset as an article is, and, where
 * it came as a PDF, its pages as printed. `pageNumber` (1-based) shows that page of the original.
 */
export function DocumentView({
  documentId,
  pageNumber,
  annotationId,
  query,
}: {
  documentId: string;
  pageNumber: number | null;
  /** an annotation to bring into view and open */
  annotationId?: string | undefined;
  /** a search whose hits are marked in the text (opened from the results) */
  query?: string | undefined;
}) {
  const t = useT();
  const { state, retry } = useApiQuery(`document:${documentId}`, (api) => api.getDocument({ documentId }));
  return (
    <QueryStates state={state} retry={retry} notFoundMessage={t('document.notFound')}>
      {(document) => <DocumentContent document={document} pageNumber={pageNumber} annotationId={annotationId} query={query} />}
    </QueryStates>
  );
}

function DocumentContent({
  document,
  pageNumber,
  annotationId,
  query,
}: {
  document: DocumentRecord;
  pageNumber: number | null;
  annotationId: string | undefined;
  query: string | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const { settings } = useSettings();
  const [isFinding, setIsFinding] = useState(false);
  const textRef = useRef<HTMLElement>(null);
  const replica = document.replica;
  const pageCount = Math.max(1, document.pageCount);
  const page = replica && pageNumber !== null ? Math.min(Math.max(1, pageNumber), pageCount) : null;
  useDocumentTitle(document.title);

  const show = (next: number | null) => replaceHash(documentHref(document.id, next ?? undefined));
  useShortcuts({
    'mod+f': () => setIsFinding(true),
    Escape: () => setIsFinding(false),
    ArrowLeft: () => page !== null && page > 1 && show(page - 1),
    ArrowRight: () => page !== null && page < pageCount && show(page + 1),
  });
  const getFindRoot = useCallback(() => textRef.current, []);
  const hitCount = useQueryHighlights(getFindRoot, page === null ? query : undefined);
  const bodyRef = useRef<HTMLDivElement>(null);
  const getBody = useCallback(() => bodyRef.current, []);
  // Caret mode over the document's text, or over its page as printed.
  const getCaretRoot = useCallback(() => bodyRef.current ?? window.document.querySelector<HTMLElement>('.document-view .replica-page .textLayer'), []);
  const caretMode = useCaretMode(getCaretRoot);

  return (
    <div className="article-view document-view">
      <div className="article-toolbar">
        <nav className="breadcrumbs" aria-label={t('article.breadcrumb')}>
          <ol>
            <li>
              <a href={libraryHref()}>{t('library.heading')}</a>
            </li>
            <li>{t('library.documents')}</li>
            <li aria-current="page">{document.title}</li>
          </ol>
        </nav>
        <div className="article-controls">
          {replica && (
            <div className="segmented" role="group" aria-label={t('document.show')}>
              <button type="button" className="segmented-item" aria-pressed={page === null} onClick={() => show(null)}>
                {t('document.text')}
              </button>
              <button type="button" className="segmented-item" aria-pressed={page !== null} onClick={() => show(page ?? 1)}>
                {t('document.original')}
              </button>
            </div>
          )}
          <CaretModeButton isOn={caretMode.isOn} onToggle={caretMode.toggle} />
          <CaretMark isOn={caretMode.isOn} caret={caretMode.caret} />
          {page === null && <FontSizeControl />}
          {page === null && <ReadingControls />}
          <AddToCollection item={{ kind: 'document', id: document.id }} />
        </div>
      </div>

      {document.ofd && <OfdPackageInfo info={document.ofd} />}
      <CitedInProposals sourceId={document.id} />
      {page !== null && replica ? (
        <DocumentPage
          key={page}
          document={document}
          pageNumber={page}
          pager={
            <div className="pager">
              <button type="button" className="button" aria-keyshortcuts="ArrowLeft" disabled={page <= 1} onClick={() => show(page - 1)}>
                ← {t('document.previousPage')}
              </button>
              <span className="document-page-label">{t('document.page', { n: page, total: pageCount })}</span>
              <button type="button" className="button" aria-keyshortcuts="ArrowRight" disabled={page >= pageCount} onClick={() => show(page + 1)}>
                {t('document.nextPage')} →
              </button>
            </div>
          }
        />
      ) : (
        <>
          {isFinding && <FindBar getRoot={getFindRoot} label={t('document.find')} onClose={() => setIsFinding(false)} />}
          {query && (
            <p className="article-search-hits" role="status">
              {t('search.markedInArticle', { query, n: hitCount })}{' '}
              <a href={searchHref({ query, sort: 'relevance' })}>{t('search.backToResults')}</a>
            </p>
          )}
          <div className="article-layout">
            <article
              ref={textRef}
              className={`article article-width-${settings.articleWidth}`}
              lang="zh-CN"
              style={{ fontSize: `${settings.articleFontSize / 16}rem` }}
            >
              <header className="article-header">
                <p className="article-kicker">
                  {t(kindKeys[document.kind])}
                  {document.date ? ` · ${formatDate(document.date, locale)}` : ''}
                </p>
                <h1 className="article-title">{document.title}</h1>
              </header>
              {document.blocks.length > 0 ? <ArticleBody ref={bodyRef} blocks={document.blocks} /> : <p className="state-message">{t('document.noText')}</p>}
            </article>
            {document.blocks.length > 0 && (
              <ArticleAnnotations
                getBody={getBody}
                textId={document.id}
                text={document.text}
                citation={{ articleId: document.id, paper: documentKindNames[document.kind], date: document.date ?? '', title: document.title, page: null, byline: null }}
                focusId={annotationId}
              />
            )}
          </div>
        </>
      )}
    </div>
  );
}
