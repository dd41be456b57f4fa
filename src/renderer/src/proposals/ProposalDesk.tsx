import { useRef, useState, type ChangeEvent } from 'react';
import { proposalLengthGuide, proposalStatuses, lengthOf, type ProposalFields } from '../../../shared/proposal';
import { useApi } from '../api-context';
import { ErrorState, Loading, NotFound } from '../components/QueryStates';
import { errorMessage } from '../error-message';
import { saveExportedFile } from '../export/save-file';
import { formatDateTime } from './format-time';
import { useT } from '../i18n';
import { articleHref, documentHref } from '../route';
import { useDocumentTitle } from '../use-document-title';
import { proposalsHref } from './proposal-routes';
import { QuotePicker } from './QuotePicker';
import { useProposalDraft } from './use-proposal-draft';
import './proposals.css';

/** Where a quote goes: the text field last typed in, and the caret there. */
type Place = { field: 'situation' | 'analysis' } | { field: 'suggestion'; index: number };

const splitNames = (text: string) => text.split(/[、,，;；]\s*/u).map((s) => s.trim()).filter(Boolean);

/**
 * The proposal desk: 案由, 提案人 and co-signers, 界别, 类别, 理由, numbered 建议 and the handling
 * when known; quotes of annotations inserted at the caret with their citations and links back;
 * length guidance; saved as typed, every save a version to restore; exported as Word or Markdown.
 */
export function ProposalDesk({ proposalId }: { proposalId: string }) {
  const t = useT();
  const api = useApi();
  const draft = useProposalDraft(proposalId);
  const { fields, update } = draft;
  const caret = useRef<{ place: Place; start: number; end: number }>({ place: { field: 'situation' }, start: -1, end: -1 });
  const [notice, setNotice] = useState<string | null>(null);
  useDocumentTitle(fields?.title || t('proposals.heading'));

  if (draft.loadError) return <ErrorState message={draft.loadError} onRetry={() => window.location.reload()} />;
  if (draft.record === undefined) return <Loading />;
  if (draft.record === null || fields === null) return <NotFound message={t('proposal.notFound')} />;

  const set = <K extends keyof ProposalFields>(key: K, value: ProposalFields[K]) => update({ ...fields, [key]: value });
  const track = (place: Place) => (event: { currentTarget: HTMLTextAreaElement }) => {
    caret.current = { place, start: event.currentTarget.selectionStart, end: event.currentTarget.selectionEnd };
  };
  const textOf = (place: Place) => (place.field === 'suggestion' ? (fields.suggestions[place.index] ?? '') : fields[place.field]);
  const withText = (base: ProposalFields, place: Place, text: string): ProposalFields =>
    place.field === 'suggestion' ? { ...base, suggestions: base.suggestions.map((s, i) => (i === place.index ? text : s)) } : { ...base, [place.field]: text };

  const insertQuote = async (annotationId: string) => {
    try {
      const quote = await api.quoteAnnotation({ annotationId });
      const at = fields.quotes.findIndex((q) => q.annotationId === annotationId);
      const quotes = at === -1 ? [...fields.quotes, quote] : fields.quotes;
      const number = (at === -1 ? quotes.length : at + 1);
      const { place, start, end } = caret.current;
      const text = textOf(place);
      const from = start < 0 ? text.length : start;
      const marker = `“${quote.quote.trim()}”[${number}]`;
      update(withText({ ...fields, quotes }, place, `${text.slice(0, from)}${marker}${text.slice(end < 0 ? text.length : end)}`));
      caret.current = { place, start: from + marker.length, end: from + marker.length };
    } catch (error) {
      setNotice(errorMessage(error));
    }
  };

  const exportAs = async (format: 'docx' | 'md') => {
    try {
      await draft.flush();
      saveExportedFile(await api.exportProposal({ proposalId, format }));
    } catch (error) {
      setNotice(errorMessage(error));
    }
  };

  const length = lengthOf(fields);
  const fit = length < proposalLengthGuide.min ? 'short' : length > proposalLengthGuide.max ? 'long' : 'ok';
  const input = (key: 'title' | 'proposer' | 'sector' | 'category' | 'number' | 'leadUnit' | 'replyCode', label: string) => (
    <label className={`proposal-field proposal-field-${key}`}>
      {label}
      <input type="text" value={fields[key]} onChange={(e) => set(key, e.target.value)} />
    </label>
  );
  const area = (place: Place, label: string, value: string, onChange: (e: ChangeEvent<HTMLTextAreaElement>) => void) => (
    <label className="proposal-field">
      {label}
      <textarea value={value} rows={6} lang="zh-CN" onChange={(e) => (onChange(e), track(place)(e))} onSelect={track(place)} onFocus={track(place)} />
    </label>
  );

  return (
    <div className="proposal-desk">
      <nav className="breadcrumbs">
        <a href={proposalsHref()}>{t('proposals.heading')}</a>
      </nav>
      <div className="proposal-status-line">
        <span role="status" className={`proposal-save proposal-save-${draft.saveState.kind}`}>
          {draft.saveState.kind === 'saving' ? t('proposal.saving') : draft.saveState.kind === 'saved' ? t('proposal.saved') : draft.saveState.kind === 'error' ? t('proposal.saveFailed', { message: draft.saveState.message }) : ''}
        </span>
        {draft.wasRecovered && <span className="proposal-recovered">{t('proposal.recovered')}</span>}
        <span className={`proposal-length proposal-length-${fit}`}>
          {t('proposal.lengthGuide', { n: length, min: proposalLengthGuide.min, max: proposalLengthGuide.max.toLocaleString('en') })} · {t(fit === 'short' ? 'proposal.lengthShort' : fit === 'long' ? 'proposal.lengthLong' : 'proposal.lengthOk')}
        </span>
        <span className="proposal-export" role="group" aria-label={t('proposal.export')}>
          <button type="button" className="button" onClick={() => void exportAs('docx')}>
            {t('proposal.exportDocx')}
          </button>
          <button type="button" className="button" onClick={() => void exportAs('md')}>
            {t('proposal.exportMd')}
          </button>
        </span>
      </div>
      {notice && <p role="alert">{notice}</p>}
      <div className="proposal-layout">
        <form className="proposal-form" onSubmit={(e) => e.preventDefault()}>
          {input('title', t('proposal.title'))}
          <div className="proposal-row">
            {input('proposer', t('proposal.proposer'))}
            <label className="proposal-field">
              {t('proposal.cosigners')}
              <input type="text" key={fields.cosigners.join('、')} defaultValue={fields.cosigners.join('、')} onBlur={(e) => set('cosigners', splitNames(e.target.value))} />
            </label>
          </div>
          <div className="proposal-row">
            {input('sector', t('proposal.sector'))}
            {input('category', t('proposal.category'))}
          </div>
          <fieldset>
            <legend>{t('proposal.reasons')}</legend>
            {area({ field: 'situation' }, t('proposal.situation'), fields.situation, (e) => set('situation', e.target.value))}
            {area({ field: 'analysis' }, t('proposal.analysis'), fields.analysis, (e) => set('analysis', e.target.value))}
          </fieldset>
          <fieldset>
            <legend>{t('proposal.suggestions')}</legend>
            <ol className="proposal-suggestions">
              {fields.suggestions.map((text, index) => (
                <li key={index}>
                  {area({ field: 'suggestion', index }, t('proposal.suggestion', { n: index + 1 }), text, (e) => set('suggestions', fields.suggestions.map((s, i) => (i === index ? e.target.value : s))))}
                  {fields.suggestions.length > 1 && (
                    <button type="button" className="button" onClick={() => set('suggestions', fields.suggestions.filter((_, i) => i !== index))}>
                      {t('proposal.removeSuggestion', { n: index + 1 })}
                    </button>
                  )}
                </li>
              ))}
            </ol>
            <button type="button" className="button" onClick={() => set('suggestions', [...fields.suggestions, ''])}>
              {t('proposal.addSuggestion')}
            </button>
          </fieldset>
          <fieldset>
            <legend>{t('proposal.handling')}</legend>
            <div className="proposal-row">
              {input('number', t('proposal.number'))}
              <label className="proposal-field">
                {t('proposal.status')}
                <select value={fields.status} onChange={(e) => set('status', e.target.value as ProposalFields['status'])}>
                  {proposalStatuses.map((s) => (
                    <option key={s} value={s}>
                      {s || t('proposal.statusNone')}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <div className="proposal-row">
              {input('leadUnit', t('proposal.leadUnit'))}
              <label className="proposal-field">
                {t('proposal.assistingUnits')}
                <input type="text" key={fields.assistingUnits.join('、')} defaultValue={fields.assistingUnits.join('、')} onBlur={(e) => set('assistingUnits', splitNames(e.target.value))} />
              </label>
              {input('replyCode', t('proposal.replyCode'))}
            </div>
          </fieldset>
          <section aria-labelledby="proposal-quotes-heading">
            <h2 id="proposal-quotes-heading">{t('proposal.quotes')}</h2>
            {fields.quotes.length === 0 ? (
              <p>{t('proposal.noQuotes')}</p>
            ) : (
              <ol className="proposal-quotes" aria-label={t('proposal.quotes')}>
                {fields.quotes.map((q) => (
                  <li key={q.annotationId} lang="zh-CN">
                    “{q.quote}”——
                    <a href={q.isDocument ? documentHref(q.sourceId, undefined, q.annotationId) : articleHref(q.sourceId, undefined, q.annotationId)}>{q.citation}</a>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </form>
        <aside className="proposal-side">
          <QuotePicker onInsert={(id) => void insertQuote(id)} />
          <section aria-labelledby="proposal-versions-heading">
            <h2 id="proposal-versions-heading">{t('proposal.versions')}</h2>
            <ol className="proposal-versions" aria-label={t('proposal.versions')}>
              {draft.record.versions.slice(0, 50).map((v) => (
                <li key={v.index}>
                  <span>
                    {formatDateTime(v.at)} · {t('proposals.length', { n: v.length })}
                  </span>
                  <button
                    type="button"
                    className="button"
                    onClick={() => void draft.restore(v.index).then(() => setNotice(t('proposal.restored', { at: formatDateTime(v.at) })), (e: unknown) => setNotice(errorMessage(e)))}
                    aria-label={`${t('proposal.restore')}: ${formatDateTime(v.at)}`}
                  >
                    {t('proposal.restore')}
                  </button>
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </div>
  );
}
