import { QueryStates } from '../components/QueryStates';
import { formatDate } from '../format';
import { useLocale, useT } from '../i18n';
import { pageLabel } from '../page-label';
import { correctionsHref, issueHref, libraryHref } from '../route';
import { useApiQuery } from '../use-api-query';
import { useDocumentTitle } from '../use-document-title';
import './corrections.css';

/** The 待校对 list: pages whose layout analysis is unsure and unchecked, or whose corrections no longer apply. */
export function PagesToCorrectView() {
  const t = useT();
  const locale = useLocale();
  useDocumentTitle(t('correct.listHeading'));
  const { state, retry } = useApiQuery('pages-to-correct', (api) => api.listPagesToCorrect({}));
  return (
    <section className="pages-to-correct-view" aria-labelledby="pages-to-correct-heading">
      <nav className="breadcrumbs" aria-label={t('article.breadcrumb')}>
        <ol>
          <li>
            <a href={libraryHref()}>{t('library.heading')}</a>
          </li>
          <li aria-current="page">{t('correct.listHeading')}</li>
        </ol>
      </nav>
      <h1 id="pages-to-correct-heading" className="view-heading">
        {t('correct.listHeading')}
      </h1>
      <p>{t('correct.listIntro')}</p>
      <QueryStates state={state} retry={retry} notFoundMessage={t('correct.listEmpty')}>
        {(pages) =>
          pages.length === 0 ? (
            <p className="state-message">{t('correct.listEmpty')}</p>
          ) : (
            <ul className="pages-to-correct">
              {pages.map((page) => (
                <li key={`${page.issueId}:${page.pageNumber}`}>
                  <a href={issueHref(page.issueId, page.pageNumber)}>
                    {t('correct.listItem', {
                      paper: page.paperName,
                      date: formatDate(page.date, locale),
                      page: pageLabel(t, { number: page.pageNumber, section: page.section }),
                    })}
                  </a>{' '}
                  <span>{t('correct.confidence', { percent: Math.round(page.confidence * 100) })}</span>
                  {page.unappliedCount > 0 && <span> · {t('correct.listUnapplied', { n: page.unappliedCount })}</span>}
                </li>
              ))}
            </ul>
          )
        }
      </QueryStates>
    </section>
  );
}

/** The library's way to the 待校对 list, shown while any page is on it. */
export function PagesToCorrectLink() {
  const t = useT();
  const { state } = useApiQuery('pages-to-correct', (api) => api.listPagesToCorrect({}));
  if (state.status !== 'ready' || state.value.length === 0) return null;
  return (
    <p className="pages-to-correct-link">
      <a href={correctionsHref()}>
        {t('correct.listLink')} ({state.value.length})
      </a>
    </p>
  );
}
