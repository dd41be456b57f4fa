import { useT } from '../i18n';
import { useApiQuery } from '../use-api-query';
import { proposalHref } from './proposal-routes';

/**
 * The reader's proposals whose words hold a search's words, shown above its articles: a
 * proposal is found like everything else the reader has. The query's quotation marks and
 * excluded words (-词) are set aside; the rest must appear as typed.
 */
export function ProposalHits({ query }: { query: string }) {
  const t = useT();
  const text = query
    .split(/\s+/u)
    .filter((word) => word && !word.startsWith('-'))
    .join(' ')
    .replace(/["“”]/gu, '')
    .trim();
  const { state } = useApiQuery(`proposal-hits:${text}`, (api) => (text ? api.listProposals({ text }) : Promise.resolve([])));
  if (state.status !== 'ready' || state.value.length === 0) return null;
  return (
    <section className="proposal-hits" aria-label={t('proposals.heading')}>
      <h2>{t('proposals.heading')}</h2>
      <ul>
        {state.value.map((p) => (
          <li key={p.id}>
            <a href={proposalHref(p.id)}>{p.title || t('proposals.untitled')}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
