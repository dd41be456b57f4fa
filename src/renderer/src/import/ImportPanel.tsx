import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { ImportProgress } from '../../../shared/import-types';
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
 * to cancel it, then what became of each file. Modal: Tab stays inside, Esc closes it, and
 * the app's own shortcuts do not see the keys pressed here.
 */
export function ImportPanel({ controls, draft, onDraftChange, canDropFiles, wasDropRefused, onClose }: ImportPanelProps) {
  const t = useT();
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const { run } = controls;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const first = dialog.querySelector<HTMLElement>('textarea, button.import-primary');
    (first ?? dialog).focus();
  }, [run.state]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys pressed in the dialog are its own, not the view's shortcuts behind it.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab' && dialogRef.current) {
      keepTabInside(event, dialogRef.current);
    }
  };

  return createPortal(
    <div className="import-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        className="import-panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        ref={dialogRef}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div className="import-panel-head">
          <h2 id={titleId}>{t('import.title')}</h2>
          <button type="button" className="button import-close" onClick={onClose}>
            {t('import.close')}
          </button>
        </div>
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
      </div>
    </div>,
    document.body,
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
        {...(progress ? { max: Math.max(progress.total, 1), value: progress.done } : {})}
      />
      <p id={labelId} className="import-progress-text" aria-live="polite">
        {progress ? t('import.progress', { done: progress.done, total: progress.total }) : t('import.preparing')}
      </p>
      {progress?.currentFile && (
        <p className="import-current" title={progress.currentFile}>
          {t('import.current', { file: progress.currentFile })}
        </p>
      )}
    </div>
  );
}

const focusableSelector = 'a[href], button:not(:disabled), textarea:not(:disabled), input:not(:disabled), select:not(:disabled)';

/** Tab from the last control goes to the first, Shift+Tab from the first to the last. */
function keepTabInside(event: KeyboardEvent<HTMLElement>, container: HTMLElement) {
  const focusable = [...container.querySelectorAll<HTMLElement>(focusableSelector)];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === container)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
