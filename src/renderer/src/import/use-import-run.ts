import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress, ImportReport, ImportRequest } from '../../../shared/import-types';
import { useApi } from '../api-context';
import { errorMessage } from '../error-message';

/** Where an import started from the app stands. */
export type ImportRun =
  | { state: 'idle' }
  | { state: 'running'; progress: ImportProgress | null; isCancelling: boolean }
  | { state: 'finished'; report: ImportReport }
  | { state: 'failed'; message: string };

export interface ImportRunControls {
  run: ImportRun;
  start: (request: ImportRequest) => void;
  cancel: () => void;
  /** Back to idle after a finished or failed run, for the next import. */
  reset: () => void;
}

/**
 * Runs one import at a time through the API, following its progress events while it runs.
 * Held above the panel, so closing the panel does not lose a running import.
 */
export function useImportRun(): ImportRunControls {
  const api = useApi();
  const [run, setRun] = useState<ImportRun>({ state: 'idle' });
  const isRunning = useRef(false);
  const isMounted = useRef(true);

  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);

  const start = useCallback(
    (request: ImportRequest) => {
      if (isRunning.current) return;
      isRunning.current = true;
      setRun({ state: 'running', progress: null, isCancelling: false });
      // Subscribed before asking, so not even the first progress event is missed.
      const unsubscribe = api.onDidImportProgress((progress) => {
        if (!isMounted.current) return;
        setRun((current) => (current.state === 'running' ? { ...current, progress } : current));
      });
      api
        .importFiles(request)
        .then(
          (report): ImportRun => ({ state: 'finished', report }),
          (error: unknown): ImportRun => ({ state: 'failed', message: errorMessage(error) }),
        )
        .then((ended) => {
          unsubscribe();
          isRunning.current = false;
          if (isMounted.current) setRun(ended);
        });
    },
    [api],
  );

  const cancel = useCallback(() => {
    if (!isRunning.current) return;
    setRun((current) => (current.state === 'running' ? { ...current, isCancelling: true } : current));
    // A failed cancel leaves the import running, which the bar goes on showing.
    api.cancelImport({}).catch(() => {
      if (isMounted.current) setRun((current) => (current.state === 'running' ? { ...current, isCancelling: false } : current));
    });
  }, [api]);

  const reset = useCallback(() => {
    if (!isRunning.current) setRun({ state: 'idle' });
  }, []);

  return { run, start, cancel, reset };
}
