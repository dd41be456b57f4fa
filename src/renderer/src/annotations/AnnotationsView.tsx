import type { AnnotationListEntry } from '../../../shared/annotation-list';
import { ErrorState, Loading } from '../components/QueryStates';
import { formatDate } from '../format';
import { useLocale, useT } from '../i18n';
import { CommentText } from '../annotate/CommentText';
import { articleHref, documentHref, issueHref, libraryHref } from '../route';
import { useDocumentTitle } from '../use-document-title';
import { replaceHash } from '../use-hash-route';
import { AnnotationFilters } from './AnnotationFilters';
import { annotationsHref, filterOf, isFiltered, type AnnotationsParams } from './annotations-params';
import { ExportMenu } from '../export/ExportMenu';
import { ImportAnnotationsButton } from '../export/ImportAnnotationsButton';
import { useAnnotationList } from './use-annotation-list';
import './annotations.css';

/**
 * Every annotation in the archive, newest first, narrowed by colour, tag, paper, dates, state
 * and the words of its quote or comment; each entry opens its article at the annotation.
 */
export function AnnotationsView({ filter }: { filter: AnnotationsParams }) {
  const t = useT();
  useDocumentTitle(t('annotations.heading'));
  const { state, isUpdating, retry } = useAnnotationList(filter);
  const list = state.status === 'ready' ? state.value : null;

  let body;
  if (state.status === 'loading') body = <Loading />;
  else if (state.status === 'error') body = <ErrorState message={state.message} onRetry={retry} />;
  else if (state.value.archiveTotal === 0) {
    body = (
      <div className="state annotations-empty">
        <p className="state-message">{t('annotations.empty')}</p>
        <p>{t('annotations.emptyHint')}</p>
        <a className="button" href={libraryHref()}>
          {t('state.backToLibrary')}
        </a>
      </div>
    );
  } else if (state.value.total === 0) {
    body = (
      <div className="state annotations-empty">
        <p className="state-message">{t('annotations.noMatch')}</p>
        <button type="button" className="button" onClick={() => replaceHash(annotationsHref({ sort: filter.sort }))}>
          {t('annotations.clearFilters')}
        </button>
      </div>
    );
  } else {
    const { total, entries } = state.value;
    body = (
      <>
        <ol className="annotations-list" aria-label={t('annotations.list')} aria-busy={isUpdating || undefined}>
          {entries.map((entry) => (
            <AnnotationEntry key={entry.annotation.id} entry={entry} />
          ))}
        </ol>
        {total > entries.length && <p className="annotations-capped">{t('annotations.capped', { n: entries.length })}</p>}
      </>
    );
  }

  return (
    <div className="annotations-view">
      <h1 className="annotations-heading">{t('annotations.heading')}</h1>
      {list && list.archiveTotal > 0 && (
        <p className="annotations-total" role="status">
          {isFiltered(filter) ? t('annotations.totalOf', { n: list.total, all: list.archiveTotal }) : t('annotations.total', { n: list.total })}
        </p>
      )}
      <div className="annotations-tools">
        {list && list.archiveTotal > 0 && <ExportMenu scope={{ kind: 'filter', filter: filterOf(filter) }} isDisabled={list.total === 0 || isUpdating} />}
        <ImportAnnotationsButton />
      </div>
      {(list === null || list.archiveTotal > 0) && <AnnotationFilters params={filter} facets={list?.facets ?? null} />}
      {body}
    </div>
  );
}

/** One annotation: its colour, quote, comment and tags, and where it is; a link to it in its article, or to its page. */
function AnnotationEntry({ entry }: { entry: AnnotationListEntry }) {
  const t = useT();
  const locale = useLocale();
  const { place } = entry;
  const citation = [
    place.paper,
    ...(place.date ? [formatDate(place.date, locale)] : []),
    ...(place.page === null ? [] : [t(place.isDocument ? 'document.pageBare' : 'issue.pageLabelBare', { n: place.page })]),
    place.articleId === null ? t('annotations.onPage') : (place.title ?? t('annotations.articleGone')),
  ].join(' · ');
  const content = (
    <>
      <span className={`annotation-swatch annotation-swatch-${entry.color}`} role="img" aria-label={t(`annotations.color.${entry.color}`)} />
      <span className="annotation-entry-body">
        <span className="annotation-entry-quote" lang="zh-CN">
          {entry.quote || `▢ ${t('annotate.region')}`}
        </span>
        {entry.comment && <CommentText className="annotation-entry-comment" text={entry.comment} />}
        <span className="annotation-entry-meta">
          {entry.state === 'orphaned' && (
            <span className="annotation-orphaned" title={t('annotations.orphanedHint')}>
              {t('annotations.orphaned')}
            </span>
          )}
          {entry.tags.map((tag) => (
            <span key={tag} className="annotation-tag" lang="zh-CN">
              {tag}
            </span>
          ))}
          <span className="annotation-entry-citation">{citation}</span>
        </span>
      </span>
    </>
  );
  return (
    <li className={`annotation-entry${entry.state === 'orphaned' ? ' is-orphaned' : ''}`}>
      {place.articleId === null ? (
        <a className="annotation-entry-link" href={issueHref(place.issueId, place.page ?? 1)}>
          {content}
        </a>
      ) : place.isDocument ? (
        <a className="annotation-entry-link" href={documentHref(place.articleId, place.page ?? undefined, entry.annotation.id)}>
          {content}
        </a>
      ) : place.title === null ? (
        // Its article has left the archive: nowhere to jump to, but the annotation is kept and shown.
        <div className="annotation-entry-link">{content}</div>
      ) : (
        <a className="annotation-entry-link" href={articleHref(place.articleId, undefined, entry.annotation.id)}>
          {content}
        </a>
      )}
    </li>
  );
}
