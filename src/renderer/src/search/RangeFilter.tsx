import { useEffect, useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n';
import { searchHref, withRange, type SearchParams } from './search-params';

/**
 * The date range and the section (版面) a search is narrowed to, as the CLI's --from, --to
 * and --section do. Applying an empty field widens the search back.
 */
export function RangeFilter({ search, sections }: { search: SearchParams; sections: readonly string[] }) {
  const t = useT();
  const ids = { from: useId(), to: useId(), section: useId(), sections: useId() };
  const [draft, setDraft] = useState({ from: search.from ?? '', to: search.to ?? '', section: search.section ?? '' });
  useEffect(() => setDraft({ from: search.from ?? '', to: search.to ?? '', section: search.section ?? '' }), [search.from, search.to, search.section]);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    window.location.hash = searchHref(withRange(search, draft));
  };
  return (
    <form className="search-range" role="group" aria-label={t('search.range')} onSubmit={apply}>
      <label htmlFor={ids.from}>{t('search.from')}</label>
      <input id={ids.from} type="date" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
      <label htmlFor={ids.to}>{t('search.to')}</label>
      <input id={ids.to} type="date" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
      <label htmlFor={ids.section}>{t('search.section')}</label>
      <input
        id={ids.section}
        type="text"
        list={ids.sections}
        size={10}
        maxLength={100}
        placeholder={t('search.sectionPlaceholder')}
        value={draft.section}
        onChange={(event) => setDraft({ ...draft, section: event.target.value })}
      />
      <datalist id={ids.sections}>
        {sections.map((section) => (
          <option key={section} value={section} />
        ))}
      </datalist>
      <button type="submit" className="button">
        {t('search.applyRange')}
      </button>
    </form>
  );
}
