import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useT } from '../i18n';
import { isComposingKey, useShortcuts } from '../keyboard';
import { useHashRoute } from '../use-hash-route';
import { searchHref } from './search-params';
import './search.css';

/**
 * The header's search field, on every view: Ctrl+K (⌘K) focuses it, Enter shows the results,
 * Esc puts back the query being shown and leaves the field.
 */
export function SearchBox() {
  const t = useT();
  const route = useHashRoute();
  const shownQuery = route.kind === 'search' ? route.search.query : '';
  const [draft, setDraft] = useState(shownQuery);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => setDraft(shownQuery), [shownQuery]);

  useShortcuts({
    'mod+k': () => {
      inputRef.current?.focus();
      inputRef.current?.select();
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = draft.trim();
    if (query === '') return;
    const base = route.kind === 'search' ? route.search : { sort: 'relevance' as const };
    // A new query keeps the sort but not the filters, which were chosen from the old one's facets.
    window.location.hash = searchHref({ query, sort: base.sort });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape' || isComposingKey(event)) return;
    event.preventDefault();
    event.stopPropagation();
    setDraft(shownQuery);
    inputRef.current?.blur();
    document.getElementById('main')?.focus({ preventScroll: true });
  };

  return (
    <form className="search-box" role="search" onSubmit={onSubmit}>
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        name="q"
        aria-label={t('search.label')}
        aria-keyshortcuts="Control+K"
        placeholder={t('search.placeholder')}
        value={draft}
        maxLength={500}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <button type="submit" className="button search-submit">
        {t('search.submit')}
      </button>
    </form>
  );
}
