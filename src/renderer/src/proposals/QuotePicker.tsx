import { useState } from 'react';
import { useApiQuery } from '../use-api-query';
import { useT } from '../i18n';

/** Finds annotations by the words of their quote or comment; `onInsert` takes the one chosen. */
export function QuotePicker({ onInsert }: { onInsert: (annotationId: string) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const { state } = useApiQuery(`quote-picker:${text}`, (api) =>
    api.listAllAnnotations({ ...(text.trim() ? { text: text.trim() } : {}), sort: 'modified', limit: 30 }),
  );
  const entries = state.status === 'ready' ? state.value.entries.filter((e) => e.place.articleId !== null && e.quote) : [];
  return (
    <section className="quote-picker" aria-labelledby="quote-picker-heading">
      <h2 id="quote-picker-heading">{t('proposal.insertQuote')}</h2>
      <input type="search" aria-label={t('proposal.quoteSearch')} placeholder={t('proposal.quoteSearch')} value={text} onChange={(e) => setText(e.target.value)} />
      {state.status === 'ready' && entries.length === 0 && <p>{t('proposal.noAnnotations')}</p>}
      <ul className="quote-picker-list" aria-label={t('proposal.quoteSearch')}>
        {entries.map((entry) => (
          <li key={entry.annotation.id}>
            <span className="quote-picker-quote" lang="zh-CN">
              “{entry.quote}”
            </span>
            <span className="quote-picker-place">{entry.place.title}</span>
            <button type="button" className="button" onMouseDown={(e) => e.preventDefault()} onClick={() => onInsert(entry.annotation.id)} aria-label={`${t('proposal.insert')}: ${entry.quote}`}>
              {t('proposal.insert')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
