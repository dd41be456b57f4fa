import { useState, type FormEvent } from 'react';
import { useApi } from '../api-context';
import { ErrorState, Loading } from '../components/QueryStates';
import { errorMessage } from '../error-message';
import { useT } from '../i18n';
import { useApiQuery } from '../use-api-query';
import { useDocumentTitle } from '../use-document-title';
import { collectionHref } from './collection-routes';
import './collections.css';

/** Every collection (专题), and the form that makes a new one, by hand or as a saved search. */
export function CollectionsView() {
  const t = useT();
  useDocumentTitle(t('collections.heading'));
  const { state, retry } = useApiQuery('collections', (api) => api.listCollections({}));
  return (
    <div className="collections-view">
      <h1>{t('collections.heading')}</h1>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorState message={state.message} onRetry={retry} />}
      {state.status === 'ready' &&
        (state.value.length === 0 ? (
          <p className="collections-empty">{t('collections.empty')}</p>
        ) : (
          <ul className="collections-list">
            {state.value.map((c) => (
              <li key={c.id}>
                <a href={collectionHref(c.id)}>{c.name}</a> <span className="collections-count">{t('collections.count', { n: c.itemCount })}</span>
                {c.isSavedSearch && <span className="collections-search-mark">🔍</span>}
                {c.note && <p className="collections-note">{c.note}</p>}
              </li>
            ))}
          </ul>
        ))}
      <NewCollectionForm />
    </div>
  );
}

function NewCollectionForm() {
  const api = useApi();
  const t = useT();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || isSaving) return;
    setIsSaving(true);
    setError(null);
    try {
      const made = await api.createCollection({ name: name.trim(), ...(note ? { note } : {}), ...(query.trim() ? { query: query.trim() } : {}) });
      window.location.hash = collectionHref(made.id);
    } catch (failure) {
      setError(errorMessage(failure));
      setIsSaving(false);
    }
  };

  return (
    <form className="collections-new" onSubmit={(e) => void submit(e)} aria-labelledby="collections-new-heading">
      <h2 id="collections-new-heading">{t('collections.new')}</h2>
      <label>
        {t('collections.name')}
        <input type="text" value={name} maxLength={100} required onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t('collections.note')}
        <textarea value={note} rows={2} onChange={(e) => setNote(e.target.value)} />
      </label>
      <label>
        {t('collections.query')}
        <input type="search" value={query} maxLength={500} onChange={(e) => setQuery(e.target.value)} aria-describedby="collections-query-hint" />
      </label>
      <p id="collections-query-hint" className="collections-hint">
        {t('collections.queryHint')}
      </p>
      {error && <p role="alert">{error}</p>}
      <button type="submit" className="button" disabled={!name.trim() || isSaving}>
        {t('collections.create')}
      </button>
    </form>
  );
}
