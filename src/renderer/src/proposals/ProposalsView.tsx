import { useState } from 'react';
import { useApi } from '../api-context';
import { ErrorState, Loading } from '../components/QueryStates';
import { errorMessage } from '../error-message';
import { useT } from '../i18n';
import { useApiQuery } from '../use-api-query';
import { useDocumentTitle } from '../use-document-title';
import { formatDateTime } from './format-time';
import { proposalHref } from './proposal-routes';
import './proposals.css';

/** Every proposal the reader writes, found by their words; a new one starts here. */
export function ProposalsView() {
  const api = useApi();
  const t = useT();
  useDocumentTitle(t('proposals.heading'));
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { state, retry } = useApiQuery(`proposals:${text}`, (a) => a.listProposals(text.trim() ? { text: text.trim() } : {}));
  const create = () =>
    api.createProposal({}).then(
      (made) => (window.location.hash = proposalHref(made.id)),
      (e: unknown) => setError(errorMessage(e)),
    );
  return (
    <div className="proposals-view">
      <h1>{t('proposals.heading')}</h1>
      <div className="proposals-tools">
        <button type="button" className="button" onClick={() => void create()}>
          {t('proposals.new')}
        </button>
        <input type="search" aria-label={t('proposals.search')} placeholder={t('proposals.search')} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      {error && <p role="alert">{error}</p>}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorState message={state.message} onRetry={retry} />}
      {state.status === 'ready' &&
        (state.value.length === 0 ? (
          <p>{t('proposals.empty')}</p>
        ) : (
          <ul className="proposals-list">
            {state.value.map((p) => (
              <li key={p.id}>
                <a href={proposalHref(p.id)}>{p.title || t('proposals.untitled')}</a>{' '}
                <span className="proposals-meta">
                  {[p.proposer, p.status, t('proposals.length', { n: p.length }), formatDateTime(p.modified)].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
