import { useCallback, useRef, useState } from 'react';
import { ArticleAnnotations } from '../annotate/ArticleAnnotations';
import type { ArticleDetail } from '../../../shared/model';
import { FontSizeControl } from '../components/FontSizeControl';
import { QueryStates } from '../components/QueryStates';
import { ReadingControls } from '../components/ReadingControls';
import { AddToCollection } from '../collections/AddToCollection';
import { ExportMenu } from '../export/ExportMenu';
import { CitedInProposals } from '../proposals/CitedInProposals';
import { FindBar } from '../find/FindBar';
import { formatDate, formatSubtitle } from '../format';
import { useLocale, useT } from '../i18n';
import { useShortcuts } from '../keyboard';
import { pageLabel } from '../page-label';
import { articleHref, issueHref, libraryHref } from '../route';
import { useSettings } from '../settings-context';
import { useApiQuery } from '../use-api-query';
import { useDocumentTitle } from '../use-document-title';
import { useReadingPosition } from '../use-reading-position';
import { searchHref } from '../search/search-params';
import { useCaretMode } from '../annotate/caret-mode';
import { CaretMark, CaretModeButton } from '../annotate/CaretControls';
import { useQueryHighlights } from '../search/use-query-highlights';
import { ArticleBody } from './ArticleBody';

/**
 * One article, typeset as the paper sets it: kicker, title, subtitle, byline, body. Opened
 * from search results, `query` names the search whose hits are marked in it.
 */
export function ArticleView({
  articleId,
  query,
  annotationId,
}: {
  articleId: string;
  query?: string | undefined;
  annotationId?: string | undefined;
}) {
  const t = useT();
  const { state, retry } = useApiQuery(`article:${articleId}`, (api) => api.getArticle({ articleId }));
  return (
    <QueryStates state={state} retry={retry} notFoundMessage={t('article.notFound')}>
      {(detail) => <ArticleContent detail={detail} query={query} annotationId={annotationId} />}
    </QueryStates>
  );
}

function ArticleContent({
  detail,
  query,
  annotationId,
}: {
  detail: ArticleDetail;
  query: string | undefined;
  annotationId: string | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const { settings } = useSettings();
  const { article, paper, issue, page } = detail;
  const [isFinding, setIsFinding] = useState(false);
  const articleRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(article.title);
  // Arriving at a search hit or an annotation, go there rather than back to where reading stopped.
  useReadingPosition(article.id, !query && !annotationId);

  const pageHref = issueHref(issue.id, page.number);
  useShortcuts({
    j: () => detail.nextArticleId && (window.location.hash = articleHref(detail.nextArticleId)),
    k: () => detail.previousArticleId && (window.location.hash = articleHref(detail.previousArticleId)),
    'mod+f': () => setIsFinding(true),
    Escape: () => (isFinding ? setIsFinding(false) : (window.location.hash = pageHref)),
  });
  const getFindRoot = useCallback(() => articleRef.current, []);
  const getBody = useCallback(() => bodyRef.current, []);
  const hitCount = useQueryHighlights(getFindRoot, query);
  const caretMode = useCaretMode(getBody);

  return (
    <div className="article-view">
      <div className="article-toolbar">
        <nav className="breadcrumbs" aria-label={t('article.breadcrumb')}>
          <ol>
            <li>
              <a href={libraryHref()}>{t('library.heading')}</a>
            </li>
            <li>
              <a href={issueHref(issue.id)}>
                {paper.name} · {formatDate(issue.date, locale)}
              </a>
            </li>
            <li>
              <a href={pageHref} aria-keyshortcuts="Escape">
                {pageLabel(t, page)}
              </a>
            </li>
          </ol>
        </nav>
        <div className="article-controls">
          <a className="button" href={issueHref(issue.id, page.number, article.id, query)}>
            {t('article.showOnPage')}
          </a>
          <CaretModeButton isOn={caretMode.isOn} onToggle={caretMode.toggle} />
          <FontSizeControl />
          <ReadingControls />
          <AddToCollection item={{ kind: 'article', id: article.id }} />
        </div>
      </div>

      {query && (
        <p className="article-search-hits" role="status">
          {t('search.markedInArticle', { query, n: hitCount })}{' '}
          <a href={searchHref({ query, sort: 'relevance' })}>{t('search.backToResults')}</a>
        </p>
      )}

      <CaretMark isOn={caretMode.isOn} caret={caretMode.caret} />
      {isFinding && <FindBar getRoot={getFindRoot} label={t('find.inArticle')} onClose={() => setIsFinding(false)} />}

      <div className="article-layout">
        <article
          ref={articleRef}
          className={`article article-width-${settings.articleWidth}`}
          lang="zh-CN"
          style={{ fontSize: `${settings.articleFontSize / 16}rem` }}
        >
          <header className="article-header">
            <hgroup>
              {article.kicker && <p className="article-kicker">{article.kicker}</p>}
              <h1 className="article-title">{article.title}</h1>
              {article.subtitle && <p className="article-subtitle">{formatSubtitle(article.subtitle)}</p>}
            </hgroup>
            {article.byline && <p className="article-byline">{article.byline}</p>}
            <p className="article-dateline">
              {paper.name} · {formatDate(issue.date, locale)} · {pageLabel(t, page)}
            </p>
          </header>
          <ArticleBody ref={bodyRef} blocks={article.blocks} />
        </article>
        <ArticleAnnotations
          getBody={getBody}
          textId={article.id}
          text={article.text}
          citation={{ articleId: article.id, paper: paper.name, date: issue.date, title: article.title, page: page.number, byline: article.byline ?? null }}
          focusId={annotationId}
        />
      </div>
      <CitedInProposals sourceId={article.id} />
      <ExportMenu scope={{ kind: 'article', articleId: article.id }} />

      <nav className="pager" aria-label={t('article.neighbours')}>
        {detail.previousArticleId ? (
          <a className="button" href={articleHref(detail.previousArticleId)} rel="prev" aria-keyshortcuts="k">
            ← {t('article.previous')}
          </a>
        ) : (
          <span className="button is-disabled" aria-disabled="true">
            {t('article.noPrevious')}
          </span>
        )}
        {detail.nextArticleId ? (
          <a className="button" href={articleHref(detail.nextArticleId)} rel="next" aria-keyshortcuts="j">
            {t('article.next')} →
          </a>
        ) : (
          <span className="button is-disabled" aria-disabled="true">
            {t('article.noNext')}
          </span>
        )}
      </nav>
    </div>
  );
}
