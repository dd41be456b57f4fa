import { useT } from '../i18n';
import { useApiQuery } from '../use-api-query';
import { proposalHref } from './proposal-routes';

/** “被提案引用：…”: the proposals that quote this article or document, each a link to its desk. */
export function CitedInProposals({ sourceId }: { sourceId: string }) {
  const t = useT();
  const { state } = useApiQuery(`cited-in:${sourceId}`, (api) => api.listProposalsCiting({ sourceId }));
  if (state.status !== 'ready' || state.value.length === 0) return null;
  return (
    <p className="cited-in-proposals">
      {t('proposal.citedIn')}
      {state.value.map((p, i) => (
        <span key={p.id}>
          {i > 0 && '、'}
          <a href={proposalHref(p.id)}>《{p.title || t('proposals.untitled')}》</a>
        </span>
      ))}
    </p>
  );
}
