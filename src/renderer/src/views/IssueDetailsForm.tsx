import { useId, useState, type FormEvent } from 'react';
import type { ApiArgs } from '../../../shared/api';
import type { IssueDetail } from '../../../shared/model';
import { useApi } from '../api-context';
import { ModalDialog } from '../components/ModalDialog';
import { errorMessage } from '../error-message';
import { useT } from '../i18n';

/** The masthead's button that opens the form correcting an issue's details. */
export function IssueDetailsButton({ detail }: { detail: IssueDetail }) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button type="button" className="button issue-details-open" onClick={() => setIsOpen(true)}>
        {t('issueDetails.open')}
      </button>
      {isOpen && <IssueDetailsForm detail={detail} onClose={() => setIsOpen(false)} />}
    </>
  );
}

/**
 * Corrects what an import guessed wrong: the paper's name and short name, the running number
 * (总第N期), the page names. Only what changed is sent, in one call that changes all of it or
 * nothing; the view refreshes when the library says it changed.
 */
function IssueDetailsForm({ detail, onClose }: { detail: IssueDetail; onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const ids = useId();
  const { issue, paper } = detail;
  const pages = [...issue.pages].sort((a, b) => a.number - b.number);
  const [paperName, setPaperName] = useState(paper.name);
  const [shortName, setShortName] = useState(paper.shortName);
  const [number, setNumber] = useState(issue.number === undefined ? '' : String(issue.number));
  const [sections, setSections] = useState(() => new Map(pages.map((p) => [p.number, p.section])));
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const changes = (): ApiArgs<'correctIssue'> | string => {
    const patch: ApiArgs<'correctIssue'> = { issueId: issue.id };
    if (!paperName.trim()) return t('issueDetails.emptyField', { field: t('issueDetails.paperName') });
    if (!shortName.trim()) return t('issueDetails.emptyField', { field: t('issueDetails.paperShortName') });
    if (paperName.trim() !== paper.name) patch.paperName = paperName.trim();
    if (shortName.trim() !== paper.shortName) patch.paperShortName = shortName.trim();
    const typed = number.trim();
    if (typed !== '' && !/^[1-9]\d{0,7}$/.test(typed)) return t('issueDetails.badNumber');
    const wanted = typed === '' ? null : Number(typed);
    if (wanted !== (issue.number ?? null)) patch.number = wanted;
    const changedSections = [];
    for (const page of pages) {
      const section = (sections.get(page.number) ?? '').trim();
      if (!section) return t('issueDetails.emptyField', { field: t('issueDetails.section', { n: page.number }) });
      if (section !== page.section) changedSections.push({ pageNumber: page.number, section });
    }
    if (changedSections.length > 0) patch.sections = changedSections;
    return patch;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const patch = changes();
    if (typeof patch === 'string') {
      setProblem(patch);
      return;
    }
    if (Object.keys(patch).length === 1) {
      onClose();
      return;
    }
    setIsSaving(true);
    try {
      await api.correctIssue(patch);
      onClose();
    } catch (failure) {
      setProblem(t('issueDetails.failed', { message: errorMessage(failure) }));
      setIsSaving(false);
    }
  };

  return (
    <ModalDialog title={t('issueDetails.title')} closeLabel={t('issueDetails.close')} onClose={onClose}>
      <form className="import-form issue-details-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <p className="hint">{t('issueDetails.hint')}</p>
        <label htmlFor={`${ids}-paper`}>{t('issueDetails.paperName')}</label>
        <input id={`${ids}-paper`} value={paperName} maxLength={100} onChange={(event) => setPaperName(event.target.value)} />
        <label htmlFor={`${ids}-short`}>{t('issueDetails.paperShortName')}</label>
        <input id={`${ids}-short`} value={shortName} maxLength={40} onChange={(event) => setShortName(event.target.value)} />
        <p className="hint">{t('issueDetails.paperNote')}</p>
        <label htmlFor={`${ids}-number`}>{t('issueDetails.number')}</label>
        <input id={`${ids}-number`} inputMode="numeric" value={number} onChange={(event) => setNumber(event.target.value)} />
        <fieldset className="issue-details-sections">
          <legend>{t('issueDetails.sections')}</legend>
          {pages.map((page) => (
            <label key={page.number} className="issue-details-section">
              <span>{t('issueDetails.section', { n: page.number })}</span>
              <input
                value={sections.get(page.number) ?? ''}
                maxLength={40}
                onChange={(event) => setSections((previous) => new Map(previous).set(page.number, event.target.value))}
              />
            </label>
          ))}
        </fieldset>
        {problem && (
          <p className="import-failed" role="alert">
            {problem}
          </p>
        )}
        <div className="import-actions">
          <button type="submit" className="button import-primary" disabled={isSaving}>
            {isSaving ? t('issueDetails.saving') : t('issueDetails.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
