import { useEffect } from 'react';
import type { ExportScope } from '../../../shared/export-api';
import { ErrorState, Loading, NotFound } from '../components/QueryStates';
import { useT } from '../i18n';
import { useApiQuery } from '../use-api-query';
import { useDocumentTitle } from '../use-document-title';
import { CommentText } from '../annotate/CommentText';
import './export.css';

/**
 * The print view of a 批注摘编: what the Word export writes, laid out for paper. Ctrl+P (the
 * button, or the browser's own) prints it; the print stylesheet leaves out the app around it.
 */
export function DigestView({ scope }: { scope: ExportScope | null }) {
  const t = useT();
  if (scope === null) return <NotFound message={t('digest.badScope')} />;
  return <Digest scope={scope} />;
}

function Digest({ scope }: { scope: ExportScope }) {
  const t = useT();
  const { state, retry } = useApiQuery(`digest:${JSON.stringify(scope)}`, (api) => api.getDigest({ scope }));
  const title = state.status === 'ready' ? state.value.title : t('digest.heading');
  useDocumentTitle(title);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'p' && !event.isComposing) {
        event.preventDefault();
        window.print();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorState message={state.message} onRetry={retry} />;
  const digest = state.value;
  return (
    <div className="digest-view">
      <div className="digest-toolbar">
        <button type="button" className="button" onClick={() => history.back()}>
          {t('digest.back')}
        </button>
        <button type="button" className="button button-primary" onClick={() => window.print()} aria-keyshortcuts="Control+P">
          {t('digest.print')}
        </button>
      </div>
      <article className="digest" lang="zh-CN">
        <h1 className="digest-title">{digest.title}</h1>
        <p className="digest-summary">{t('digest.summary', { n: digest.count, groups: digest.groups.length })}</p>
        {digest.note && <p className="digest-note">{digest.note}</p>}
        {digest.groups.length === 0 && <p>{t('digest.empty')}</p>}
        {digest.groups.map((group, index) => (
          <section key={`${group.kind}:${group.sourceId}:${index}`} className="digest-group">
            <h2 className="digest-group-heading">
              {index + 1}. {group.heading}
            </h2>
            <p className="digest-citation">{group.citation}</p>
            {group.entries.length === 0 && <p className="digest-unannotated">{t('digest.notAnnotated')}</p>}
            {group.entries.map((entry) => (
              <div key={entry.annotationId} className="digest-entry">
                <blockquote className="digest-quote">“{entry.quote.trim()}”</blockquote>
                {entry.comment && (
                  <div className="digest-comment">
                    <span className="digest-label">{t('digest.comment')}</span>
                    <CommentText text={entry.comment} />
                  </div>
                )}
                {entry.tags.length > 0 && (
                  <p className="digest-tags">
                    {t('digest.tags')}
                    {entry.tags.join('、')}
                  </p>
                )}
              </div>
            ))}
          </section>
        ))}
        {digest.groups.length > 0 && (
          <section className="digest-references">
            <h2>{t('digest.references')}</h2>
            <ol>
              {digest.groups.map((group, index) => (
                <li key={`${group.sourceId}:${index}`}>{group.citation}</li>
              ))}
            </ol>
          </section>
        )}
      </article>
    </div>
  );
}
