import { useEffect, useState } from 'react';
import type { Collection, CollectionDetail, CollectionEntry, CollectionItem } from '../../../shared/collection';
import { useApi } from '../api-context';
import { ErrorState, Loading, NotFound } from '../components/QueryStates';
import { errorMessage } from '../error-message';
import { ExportMenu } from '../export/ExportMenu';
import { useT } from '../i18n';
import { articleHref, documentHref } from '../route';
import { useApiQuery } from '../use-api-query';
import { useDocumentTitle } from '../use-document-title';
import { collectionsHref } from './collection-routes';
import './collections.css';

/**
 * One collection: its entries in the reader's order (moved up and down, removed), its note,
 * a saved search's matches with the new ones marked, and the exports of all of it.
 */
export function CollectionView({ collectionId }: { collectionId: string }) {
  const t = useT();
  const { state, retry } = useApiQuery(`collection:${collectionId}`, (api) => api.getCollection({ collectionId }));
  useDocumentTitle(state.status === 'ready' && state.value ? state.value.collection.name : t('collections.heading'));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorState message={state.message} onRetry={retry} />;
  if (state.value === null) return <NotFound message={t('collections.notFound')} />;
  return <CollectionBody loaded={state.value} />;
}

/** The opened collection; after each change it is read again in place, so focus and notices stay. */
function CollectionBody({ loaded }: { loaded: CollectionDetail }) {
  const api = useApi();
  const t = useT();
  const [detail, setDetail] = useState(loaded);
  const { collection, entries } = detail;
  const onChanged = async () => {
    const next = await api.getCollection({ collectionId: collection.id });
    if (next) setDetail(next);
  };
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Collection | null>(null);
  /** the list as it was before the last removal, for undo */
  const [removed, setRemoved] = useState<{ items: CollectionItem[]; title: string } | null>(null);

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await onChanged();
    } catch (failure) {
      setError(t('collections.failed', { message: errorMessage(failure) }));
    }
  };
  const items = collection.items;
  const reorder = (from: number, to: number) => {
    const next: CollectionItem[] = [...items];
    const [moved] = next.splice(from, 1);
    if (!moved || to < 0 || to > items.length - 1) return;
    next.splice(to, 0, moved);
    void run(() => api.updateCollection({ collectionId: collection.id, items: next }));
  };
  const remove = (at: number) => {
    setRemoved({ items, title: entries[at]?.title ?? entries[at]?.id ?? '' });
    void run(() => api.updateCollection({ collectionId: collection.id, items: items.filter((_, i) => i !== at) }));
  };
  const undoRemove = (previous: CollectionItem[]) => {
    setRemoved(null);
    void run(() => api.updateCollection({ collectionId: collection.id, items: previous }));
  };

  if (deleted) {
    return (
      <div className="collection-view" role="status">
        <p>{t('collections.deleted', { name: deleted.name })}</p>
        <button type="button" className="button" onClick={() => void api.restoreCollection({ collection: deleted }).then(() => setDeleted(null), (e: unknown) => setError(errorMessage(e)))}>
          {t('collections.undo')}
        </button>{' '}
        <a href={collectionsHref()}>{t('collections.heading')}</a>
        {error && <p role="alert">{error}</p>}
      </div>
    );
  }

  const hasNew = entries.some((e) => e.isNew);
  return (
    <div className="collection-view">
      <nav className="breadcrumbs">
        <a href={collectionsHref()}>{t('collections.heading')}</a>
      </nav>
      <h1>{collection.name}</h1>
      {collection.savedSearch && <p className="collection-search">{t('collections.savedSearch', { query: collection.savedSearch.query })}</p>}
      <NoteEditor collection={collection} onSave={(note) => run(() => api.updateCollection({ collectionId: collection.id, note }))} />
      <ExportMenu scope={{ kind: 'collection', collectionId: collection.id }} isDisabled={entries.length === 0} />
      {error && <p role="alert">{error}</p>}
      {removed && (
        <p role="status">
          {t('collections.removed', { title: removed.title })}{' '}
          <button type="button" className="button" onClick={() => undoRemove(removed.items)}>
            {t('collections.undo')}
          </button>
        </p>
      )}
      {hasNew && (
        <button type="button" className="button" onClick={() => void run(() => api.markCollectionSeen({ collectionId: collection.id }))}>
          {t('collections.markSeen')}
        </button>
      )}
      {entries.length === 0 ? (
        <p>{t('collections.noEntries')}</p>
      ) : (
        <ol className="collection-entries" aria-label={t('collections.entries')}>
          {entries.map((entry, index) => (
            <li key={`${entry.kind}:${entry.id}`} className={`collection-entry${entry.isNew ? ' is-new' : ''}`}>
              <EntryLink entry={entry} />
              {entry.isNew && <span className="collection-new-badge">{t('collections.new.badge')}</span>}
              {entry.isFromSearch ? (
                <span className="collection-from-search">{t('collections.fromSearch')}</span>
              ) : (
                <span className="collection-entry-tools">
                  <button type="button" className="button" disabled={index === 0} onClick={() => reorder(index, index - 1)} aria-label={`${t('collections.moveUp')}: ${entry.title ?? entry.id}`}>
                    ↑
                  </button>
                  <button type="button" className="button" disabled={index === items.length - 1} onClick={() => reorder(index, index + 1)} aria-label={`${t('collections.moveDown')}: ${entry.title ?? entry.id}`}>
                    ↓
                  </button>
                  <button type="button" className="button" onClick={() => remove(index)} aria-label={`${t('collections.remove')}: ${entry.title ?? entry.id}`}>
                    {t('collections.remove')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="button collection-delete" onClick={() => void api.deleteCollection({ collectionId: collection.id }).then(setDeleted, (e: unknown) => setError(errorMessage(e)))}>
        {t('collections.delete')}
      </button>
    </div>
  );
}

function EntryLink({ entry }: { entry: CollectionEntry }) {
  const t = useT();
  const label = entry.title ?? t('collections.gone');
  const href =
    entry.title === null || !entry.sourceId
      ? null
      : entry.isDocument
        ? documentHref(entry.sourceId, undefined, entry.kind === 'annotation' ? entry.id : undefined)
        : articleHref(entry.sourceId, undefined, entry.kind === 'annotation' ? entry.id : undefined);
  return (
    <span className="collection-entry-main">
      <span className="collection-kind">{t(`collections.kind.${entry.kind}`)}</span>
      {href ? (
        <a href={href} lang="zh-CN">
          {entry.kind === 'annotation' ? `“${label}”` : label}
        </a>
      ) : (
        <span>{label}</span>
      )}
      {entry.citation && <span className="collection-citation">{entry.citation}</span>}
    </span>
  );
}

function NoteEditor({ collection, onSave }: { collection: Collection; onSave: (note: string) => Promise<void> }) {
  const t = useT();
  const [note, setNote] = useState(collection.note);
  const [isSaved, setIsSaved] = useState(false);
  useEffect(() => setNote(collection.note), [collection.note]);
  return (
    <div className="collection-note">
      <label>
        {t('collections.note')}
        <textarea value={note} rows={3} onChange={(e) => (setNote(e.target.value), setIsSaved(false))} />
      </label>
      <button type="button" className="button" disabled={note === collection.note} onClick={() => void onSave(note).then(() => setIsSaved(true))}>
        {t('collections.saveNote')}
      </button>
      {isSaved && <span role="status">{t('collections.noteSaved')}</span>}
    </div>
  );
}
