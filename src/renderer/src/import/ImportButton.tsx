import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import { filesBridge, isDraggingFiles, pathsOfFiles } from './dropped-files';
import { emptyDraft, ImportPanel, type ImportDraft } from './ImportPanel';
import { appendPaths } from './path-list';
import { useImportRun } from './use-import-run';
import './import.css';

/**
 * 导入 / Import in the header, and files dropped anywhere on the window: both open the import
 * panel, a drop with the dropped files' paths filled in (in Electron; a browser cannot tell
 * the page where a file is, so there the panel says so).
 */
export function ImportButton() {
  const t = useT();
  const controls = useImportRun();
  const [isOpen, setIsOpen] = useState(false);
  const [draft, setDraft] = useState<ImportDraft>(emptyDraft);
  const [wasDropRefused, setWasDropRefused] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const bridge = filesBridge();
  const { run, reset } = controls;

  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!isDraggingFiles(event)) return;
      // Without this the browser opens the dropped file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!isDraggingFiles(event)) return;
      event.preventDefault();
      const files = event.dataTransfer?.files ?? [];
      if (bridge) {
        const paths = pathsOfFiles(files, bridge);
        setDraft((current) => ({ ...current, pathsText: appendPaths(current.pathsText, paths) }));
        setWasDropRefused(false);
      } else {
        setWasDropRefused(true);
      }
      if (run.state === 'finished' || run.state === 'failed') reset();
      setIsOpen(true);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [bridge, run.state, reset]);

  const close = () => {
    setIsOpen(false);
    setWasDropRefused(false);
    if (run.state === 'finished') {
      reset();
      setDraft(emptyDraft);
    }
    buttonRef.current?.focus();
  };

  return (
    <>
      <button
        type="button"
        ref={buttonRef}
        className="button import-open"
        aria-haspopup="dialog"
        aria-expanded={isOpen}
        aria-busy={run.state === 'running' || undefined}
        onClick={() => setIsOpen(true)}
      >
        {t('import.open')}
      </button>
      {isOpen && (
        <ImportPanel
          controls={controls}
          draft={draft}
          onDraftChange={setDraft}
          canDropFiles={bridge !== null}
          wasDropRefused={wasDropRefused}
          onClose={close}
        />
      )}
    </>
  );
}
