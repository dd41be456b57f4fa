import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress, ImportReport, ImportRequest } from '../../../shared/import-types';
import { useApi } from '../api-context';
import { errorMessage } from '../error-message';
import { mergeReports, readAsBase64, uploadBatches, type PickedFile } from './upload-files';

/** Files to upload, with the paper and date to use where they do not say. */
export interface UploadRequest {
  files: PickedFile[];
  paper?: string;
  date?: string;
}

/** Where an import started from the app stands. */
export type ImportRun =
  | { state: 'idle' }
  | { state: 'running'; progress: ImportProgress | null; isCancelling: boolean }
  | { state: 'finished'; report: ImportReport }
  | { state: 'failed'; message: string };

export interface ImportRunControls {
  run: ImportRun;
  start: (request: ImportRequest) => void;
  /** Uploads the files' bytes (the browser door), in calls of at most maxUploadBytes. */
  startUpload: (request: UploadRequest) => void;
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

  /** Runs `work`, showing its progress; `work` may shift the server's counts (later calls of an upload). */
  const begin = useCallback(
    (work: (shift: { done: number; total: number | null }) => Promise<ImportReport>) => {
      if (isRunning.current) return;
      isRunning.current = true;
      setRun({ state: 'running', progress: null, isCancelling: false });
      const shift = { done: 0, total: null as number | null };
      // Subscribed before asking, so not even the first progress event is missed.
      const unsubscribe = api.onDidImportProgress((progress) => {
        if (!isMounted.current) return;
        const shown = { ...progress, done: progress.done + shift.done, total: shift.total ?? progress.total };
        setRun((current) => (current.state === 'running' ? { ...current, progress: shown } : current));
      });
      work(shift)
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

  const start = useCallback((request: ImportRequest) => begin(() => api.importFiles(request)), [api, begin]);

  const startUpload = useCallback(
    (request: UploadRequest) =>
      begin(async (shift) => {
        const batches = uploadBatches(request.files);
        shift.total = request.files.length;
        const reports: ImportReport[] = [];
        for (const batch of batches) {
          const files = await Promise.all(batch.map(async (picked) => ({ name: picked.name, data: await readAsBase64(picked.file) })));
          const report = await api.importUploads({
            files,
            ...(request.paper ? { paper: request.paper } : {}),
            ...(request.date ? { date: request.date } : {}),
          });
          reports.push(report);
          shift.done += batch.length;
          if (report.cancelled) break;
        }
        return mergeReports(reports);
      }),
    [api, begin],
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

  return { run, start, startUpload, cancel, reset };
}
