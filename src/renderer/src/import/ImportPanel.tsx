import { useId, useRef, useState, type FormEvent } from 'react';
import type { ImportProgress } from '../../../shared/import-types';
import { ModalDialog } from '../components/ModalDialog';
import { useT } from '../i18n';
import { ImportResults } from './ImportResults';
import { parsePathList } from './path-list';
import type { ImportRunControls } from './use-import-run';

/** What the reader has put in the form: paths one a line, and the optional paper and date. */
export interface ImportDraft {
  pathsText: string;
  paper: string;
  date: string;
}

export const emptyDraft: ImportDraft = { pathsText: '', paper: '', date: '' };

export interface ImportPanelProps {
  controls: ImportRunControls;
  draft: ImportDraft;
  onDraftChange: (draft: ImportDraft) => void;
  /** true in Electron, where files dropped on the window become paths */
  canDropFiles: boolean;
  /** files were dropped where they cannot be read (the browser door) */
  wasDropRefused: boolean;
  onClose: () => void;
}

/**
 * The import dialog: a form of paths, then the progress of the running import with a way
 * to cancel it, then what became of each file.
 */
export function ImportPanel({ controls, draft, onDraftChange, canDropFiles, wasDropRefused, onClose }: ImportPanelProps) {
  const t = useT();
  const { run } = controls;

  return (
    <ModalDialog title={t('import.title')} closeLabel={t('import.close')} onClose={onClose} focusKey={run.state}>
      {run.state === 'idle' && (
        <ImportForm
          draft={draft}
          onDraftChange={onDraftChange}
          canDropFiles={canDropFiles}
          wasDropRefused={wasDropRefused}
          onSubmit={controls.start}
        />
      )}
      {run.state === 'running' && (
        <>
          <ProgressBar progress={run.progress} />
          <div className="import-actions">
            <button type="button" className="button import-primary" onClick={controls.cancel} disabled={run.isCancelling}>
              {run.isCancelling ? t('import.cancelling') : t('import.cancel')}
            </button>
          </div>
        </>
      )}
      {run.state === 'finished' && (
        <>
          <ProgressBar progress={{ done: run.report.files.length, total: run.report.files.length, currentFile: null }} />
          <ImportResults report={run.report} onFollowLink={onClose} />
          <div className="import-actions">
            <button type="button" className="button import-primary" onClick={controls.reset}>
              {t('import.again')}
            </button>
          </div>
        </>
      )}
      {run.state === 'failed' && (
        <>
          <p className="import-failed" role="alert">
            {t('import.failed', { message: run.message })}
          </p>
          <div className="import-actions">
            <button type="button" className="button import-primary" onClick={controls.reset}>
              {t('import.back')}
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}

function ImportForm({
  draft,
  onDraftChange,
  canDropFiles,
  wasDropRefused,
  onSubmit,
}: Pick<ImportPanelProps, 'draft' | 'onDraftChange' | 'canDropFiles' | 'wasDropRefused'> & {
  onSubmit: ImportRunControls['start'];
}) {
  const t = useT();
  const ids = { paths: useId(), pathsHint: useId(), error: useId(), paper: useId(), date: useId(), metaHint: useId() };
  const [isMissingPaths, setIsMissingPaths] = useState(false);
  const pathsRef = useRef<HTMLTextAreaElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const paths = parsePathList(draft.pathsText);
    if (paths.length === 0) {
      setIsMissingPaths(true);
      pathsRef.current?.focus();
      return;
    }
    const paper = draft.paper.trim();
    onSubmit({ paths, ...(paper ? { paper } : {}), ...(draft.date ? { date: draft.date } : {}) });
  };

  return (
    <form className="import-form" onSubmit={submit} noValidate>
      <label htmlFor={ids.paths}>{t('import.paths')}</label>
      <textarea
        id={ids.paths}
        ref={pathsRef}
        rows={5}
        spellCheck={false}
        value={draft.pathsText}
        aria-describedby={isMissingPaths ? `${ids.error} ${ids.pathsHint}` : ids.pathsHint}
        aria-invalid={isMissingPaths || undefined}
        onChange={(event) => {
          setIsMissingPaths(false);
          onDraftChange({ ...draft, pathsText: event.target.value });
        }}
      />
      {isMissingPaths && (
        <p id={ids.error} className="import-field-error" role="alert">
          {t('import.noPaths')}
        </p>
      )}
      <p id={ids.pathsHint} className="import-hint">
        {t('import.pathsHint')}
      </p>
      <p className={wasDropRefused ? 'import-drop-note is-refused' : 'import-drop-note'} role={wasDropRefused ? 'alert' : undefined}>
        {canDropFiles ? t('import.dropHint') : t('import.dropNeedsDesktop')}
      </p>
      <div className="import-meta">
        <div>
          <label htmlFor={ids.paper}>{t('import.paper')}</label>
          <input
            id={ids.paper}
            type="text"
            value={draft.paper}
            maxLength={100}
            aria-describedby={ids.metaHint}
            onChange={(event) => onDraftChange({ ...draft, paper: event.target.value })}
          />
        </div>
        <div>
          <label htmlFor={ids.date}>{t('import.date')}</label>
          <input
            id={ids.date}
            type="date"
            value={draft.date}
            aria-describedby={ids.metaHint}
            onChange={(event) => onDraftChange({ ...draft, date: event.target.value })}
          />
        </div>
      </div>
      <p id={ids.metaHint} className="import-hint">
        {t('import.metaHint')}
      </p>
      <div className="import-actions">
        <button type="submit" className="button import-primary">
          {t('import.start')}
        </button>
      </div>
    </form>
  );
}

/** done/total with the file being read; indeterminate until the first progress event. */
function ProgressBar({ progress }: { progress: ImportProgress | null }) {
  const t = useT();
  const labelId = useId();
  return (
    <div className="import-progress">
      <progress
        aria-labelledby={labelId}
        {...(progress ? { max: Math.max(progress.total, 1), value: progress.done + (progress.page ? progress.page.done / Math.max(progress.page.total, 1) : 0) } : {})}
      />
      <p id={labelId} className="import-progress-text" aria-live="polite">
        {progress ? t('import.progress', { done: progress.done, total: progress.total }) : t('import.preparing')}
      </p>
      {progress?.currentFile && (
        <p className="import-current" title={progress.currentFile}>
          {t('import.current', { file: progress.currentFile })}
          {progress.page && ` · ${t('import.page', { done: progress.page.done, total: progress.page.total })}`}
        </p>
      )}
    </div>
  );
}
