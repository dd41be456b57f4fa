import { useState } from 'react';
import { useApi } from '../api-context';
import { errorMessage } from '../error-message';
import { useT } from '../i18n';
import { useApiQuery } from '../use-api-query';

/**
 * 引入提案: quotes an annotation (a passage just highlighted, in an article or a document) in
 * one of the reader's proposals: added to its sources, and “quoted”[n] at the end of its
 * situation, where the desk shows it to move. Saved as a new version, like any save.
 */
export function AddToProposal({ annotationId }: { annotationId: string }) {
  const api = useApi();
  const t = useT();
  const { state } = useApiQuery('proposals:', (a) => a.listProposals({}));
  const [status, setStatus] = useState<{ isError: boolean; text: string } | null>(null);
  // Chosen first, quoted by the button: arrowing through a closed select changes its value.
  const [chosenId, setChosenId] = useState('');
  const proposals = state.status === 'ready' ? state.value : [];
  if (proposals.length === 0) return null;

  const quoteInto = async (proposalId: string) => {
    try {
      const record = await api.getProposal({ proposalId });
      if (!record) return;
      const { fields } = record.proposal;
      const quote = await api.quoteAnnotation({ annotationId });
      const at = fields.quotes.findIndex((q) => q.annotationId === annotationId);
      const quotes = at === -1 ? [...fields.quotes, quote] : fields.quotes;
      const marker = `“${quote.quote.trim()}”[${at === -1 ? quotes.length : at + 1}]`;
      await api.saveProposal({ proposalId, fields: { ...fields, quotes, situation: `${fields.situation}${marker}` } });
      setStatus({ isError: false, text: t('proposal.quoted', { title: fields.title || t('proposals.untitled') }) });
    } catch (error) {
      setStatus({ isError: true, text: errorMessage(error) });
    }
  };

  return (
    <span className="add-to-proposal">
      <select aria-label={t('proposal.quoteIntoWhich')} value={chosenId} onChange={(event) => setChosenId(event.target.value)}>
        <option value="">{t('proposal.chooseProposal')}</option>
        {proposals.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title || t('proposals.untitled')}
          </option>
        ))}
      </select>
      <button type="button" className="button" disabled={!chosenId} onClick={() => void quoteInto(chosenId)}>
        {t('proposal.quoteInto')}
      </button>
      {status && <span role={status.isError ? 'alert' : 'status'}>{status.text}</span>}
    </span>
  );
}
