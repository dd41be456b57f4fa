import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { maxUploadBytes } from '../../../shared/import-types';
import { useT } from '../i18n';
import { pathsOfFiles, type FilesBridge } from './dropped-files';
import { appendPaths, parsePathList } from './path-list';
import { formatBytes, pickedFromInput, tooLargeFile, type PickedFile } from './upload-files';
import type { ImportRunControls } from './use-import-run';

/** What the reader has put in the form: files chosen (a browser), paths one a line, the optional paper and date. */
export interface ImportDraft {
  files: PickedFile[];
  pathsText: string;
  paper: string;
  date: string;
}

export const emptyDraft: ImportDraft = { files: [], pathsText: '', paper: '', date: '' };

export interface ImportFormProps {
  draft: ImportDraft;
  onDraftChange: (draft: ImportDraft) => void;
  /** the desktop app's bridge, where files have paths on disk; null in a browser, which uploads their bytes */
  bridge: FilesBridge | null;
  onStart: ImportRunControls['start'];
  onUpload: ImportRunControls['startUpload'];
}

/**
 * What to import: in a browser, files or a folder chosen or dropped, whose bytes are uploaded
 * (typed server paths only under `serve --import-root`); in the desktop app, paths, typed,
 * chosen or dropped. Then the paper and date to use where the files do not say.
 */
export function ImportForm({ draft, onDraftChange, bridge, onStart, onUpload }: ImportFormProps) {
  const t = useT();
  const ids = { paths: useId(), pathsHint: useId(), error: useId(), paper: useId(), date: useId(), metaHint: useId(), picked: useId() };
  const [problem, setProblem] = useState<string | null>(null);
  const pathsRef = useRef<HTMLTextAreaElement>(null);
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const isBrowser = bridge === null;

  const change = (next: Partial<ImportDraft>) => {
    setProblem(null);
    onDraftChange({ ...draft, ...next });
  };
  const addChosen = (input: HTMLInputElement) => {
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length === 0) return;
    if (bridge) change({ pathsText: appendPaths(draft.pathsText, pathsOfFiles(files, bridge)) });
    else change({ files: [...draft.files, ...pickedFromInput(files).filter((p) => !draft.files.some((known) => known.name === p.name && known.file.size === p.file.size))] });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const paper = draft.paper.trim();
    const hints = { ...(paper ? { paper } : {}), ...(draft.date ? { date: draft.date } : {}) };
    if (draft.files.length > 0) {
      const large = tooLargeFile(draft.files);
      if (large) {
        setProblem(t('import.tooLarge', { name: large.name, size: formatBytes(large.file.size), max: formatBytes(maxUploadBytes) }));
        return;
      }
      onUpload({ files: draft.files, ...hints });
      return;
    }
    const paths = parsePathList(draft.pathsText);
    if (paths.length === 0) {
      setProblem(isBrowser ? t('import.nothing') : t('import.noPaths'));
      (isBrowser ? filesRef.current?.closest('form')?.querySelector<HTMLElement>('.import-pick') : pathsRef.current)?.focus();
      return;
    }
    onStart({ paths, ...hints });
  };

  const pathField = (
    <>
      <label htmlFor={ids.paths}>{t('import.paths')}</label>
      <textarea
        id={ids.paths}
        ref={pathsRef}
        rows={isBrowser ? 3 : 5}
        spellCheck={false}
        value={draft.pathsText}
        aria-describedby={problem ? `${ids.error} ${ids.pathsHint}` : ids.pathsHint}
        aria-invalid={(problem !== null && !isBrowser) || undefined}
        onChange={(event) => change({ pathsText: event.target.value })}
      />
      <p id={ids.pathsHint} className="import-hint">
        {isBrowser ? t('import.serverPathsHint') : t('import.pathsHint')}
      </p>
    </>
  );
  const pickButtons: ReactNode = (
    <div className="import-pick-row">
      <button type="button" className="button import-pick import-primary" onClick={() => filesRef.current?.click()}>
        {t('import.pick')}
      </button>
      {isBrowser && (
        <button type="button" className="button import-pick" onClick={() => folderRef.current?.click()}>
          {t('import.pickFolder')}
        </button>
      )}
    </div>
  );

  return (
    <form className="import-form" onSubmit={submit} noValidate>
      {isBrowser ? (
        <>
          <p className="import-hint">{t('import.pickHint')}</p>
          {pickButtons}
          {draft.files.length > 0 && (
            <section className="import-picked" aria-labelledby={ids.picked}>
              <p id={ids.picked} className="import-hint">
                {t('import.picked', { n: draft.files.length, size: formatBytes(draft.files.reduce((sum, p) => sum + p.file.size, 0)) })}
              </p>
              <ul>
                {draft.files.map((picked) => (
                  <li key={picked.name}>
                    <span className="import-picked-name">{picked.name}</span> <span className="import-picked-size">{formatBytes(picked.file.size)}</span>{' '}
                    <button
                      type="button"
                      className="button-quiet"
                      aria-label={t('import.remove', { name: picked.name })}
                      onClick={() => change({ files: draft.files.filter((p) => p !== picked) })}
                    >
                      ×
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <details className="import-server-paths" open={draft.pathsText.trim() !== '' || undefined}>
            <summary>{t('import.serverPaths')}</summary>
            {pathField}
          </details>
        </>
      ) : (
        <>
          {pathField}
          {pickButtons}
          <p className="import-drop-note">{t('import.dropHint')}</p>
        </>
      )}
      {problem && (
        <p id={ids.error} className="import-field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="import-meta">
        <div>
          <label htmlFor={ids.paper}>{t('import.paper')}</label>
          <input id={ids.paper} type="text" value={draft.paper} maxLength={100} aria-describedby={ids.metaHint} onChange={(event) => change({ paper: event.target.value })} />
        </div>
        <div>
          <label htmlFor={ids.date}>{t('import.date')}</label>
          <input id={ids.date} type="date" value={draft.date} aria-describedby={ids.metaHint} onChange={(event) => change({ date: event.target.value })} />
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
      <input ref={filesRef} type="file" multiple hidden aria-label={t('import.pick')} onChange={(event) => addChosen(event.currentTarget)} />
      <input
        ref={folderRef}
        type="file"
        multiple
        hidden
        aria-label={t('import.pickFolder')}
        {...{ webkitdirectory: '' }}
        onChange={(event) => addChosen(event.currentTarget)}
      />
    </form>
  );
}
