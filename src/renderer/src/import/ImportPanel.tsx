import { useId } from 'react';
import type { ImportProgress } from '../../../shared/import-types';
import { ModalDialog } from '../components/ModalDialog';
import { useT } from '../i18n';
import { ImportResults } from './ImportResults';
import { ImportForm, type ImportDraft } from './ImportForm';
import type { FilesBridge } from './dropped-files';
import type { ImportRunControls } from './use-import-run';

export interface ImportPanelProps {
  controls: ImportRunControls;
  draft: ImportDraft;
  onDraftChange: (draft: ImportDraft) => void;
  /** the desktop app's bridge, where files have paths; null in a browser, which uploads them */
  bridge: FilesBridge | null;
  onClose: () => void;
}

/**
 * The import dialog: a form of files or paths, then the progress of the running import with a way
 * to cancel it, then what became of each file.
 */
export function ImportPanel({ controls, draft, onDraftChange, bridge, onClose }: ImportPanelProps) {
  const t = useT();
  const { run } = controls;

  return (
    <ModalDialog title={t('import.title')} closeLabel={t('import.close')} onClose={onClose} focusKey={run.state}>
      {run.state === 'idle' && (
        <ImportForm draft={draft} onDraftChange={onDraftChange} bridge={bridge} onStart={controls.start} onUpload={controls.startUpload} />
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
