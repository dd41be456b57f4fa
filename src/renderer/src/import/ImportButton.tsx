import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import { filesBridge, isDraggingFiles, pathsOfFiles } from './dropped-files';
import { ImportPanel } from './ImportPanel';
import { emptyDraft, type ImportDraft } from './ImportForm';
import { pickedFromDrop } from './upload-files';
import { appendPaths } from './path-list';
import { useImportRun } from './use-import-run';
import './import.css';

/**
 * 导入 / Import in the header, and files dropped anywhere on the window: both open the import
 * panel, a drop with the dropped files filled in: their paths in Electron, the files
 * themselves (to upload) in a browser, which cannot tell the page where a file is.
 */
export function ImportButton() {
  const t = useT();
  const controls = useImportRun();
  const [isOpen, setIsOpen] = useState(false);
  const [draft, setDraft] = useState<ImportDraft>(emptyDraft);
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
      const data = event.dataTransfer;
      if (!data) return;
      if (bridge) {
        const paths = pathsOfFiles(data.files, bridge);
        setDraft((current) => ({ ...current, pathsText: appendPaths(current.pathsText, paths) }));
      } else {
        // The entries must be taken while the drop event runs; the files are read later.
        void pickedFromDrop(data).then((picked) =>
          setDraft((current) => ({ ...current, files: [...current.files, ...picked.filter((p) => !current.files.some((known) => known.name === p.name))] })),
        );
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
          bridge={bridge}
          onClose={close}
        />
      )}
    </>
  );
}
