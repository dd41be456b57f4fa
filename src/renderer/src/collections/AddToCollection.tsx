import { useState } from 'react';
import type { CollectionItem } from '../../../shared/collection';
import { useApi } from '../api-context';
import { errorMessage } from '../error-message';
import { useT } from '../i18n';
import { useApiQuery } from '../use-api-query';
import { collectionsHref } from './collection-routes';
import './collections.css';

/** 收入专题: adds an article, document or annotation to one of the reader's collections. */
export function AddToCollection({ item }: { item: CollectionItem }) {
  const api = useApi();
  const t = useT();
  const { state } = useApiQuery('collections', (a) => a.listCollections({}));
  const [status, setStatus] = useState<{ isError: boolean; text: string } | null>(null);
  // Chosen first, added by the button: arrowing through a closed select changes its value.
  const [chosenId, setChosenId] = useState('');
  const collections = state.status === 'ready' ? state.value : [];

  const add = async (collectionId: string) => {
    const chosen = collections.find((c) => c.id === collectionId);
    if (!chosen) return;
    try {
      await api.addToCollection({ collectionId, item });
      setStatus({ isError: false, text: t('collections.added', { name: chosen.name }) });
    } catch (error) {
      setStatus({ isError: true, text: t('collections.failed', { message: errorMessage(error) }) });
    }
  };

  if (state.status === 'ready' && collections.length === 0) {
    return (
      <a className="button" href={collectionsHref()}>
        {t('collections.new')}
      </a>
    );
  }
  return (
    <span className="add-to-collection">
      <select aria-label={t('collections.addTo')} value={chosenId} disabled={state.status !== 'ready'} onChange={(event) => setChosenId(event.target.value)}>
        <option value="">{t('collections.choose')}</option>
        {collections.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <button type="button" className="button" disabled={!chosenId} onClick={() => void add(chosenId)}>
        {t('collections.add')}
      </button>
      {status && (
        <span role={status.isError ? 'alert' : 'status'} className="add-to-collection-status">
          {status.text}
        </span>
      )}
    </span>
  );
}
