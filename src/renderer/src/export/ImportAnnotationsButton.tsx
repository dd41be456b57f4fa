import { useRef, useState, type ChangeEvent } from 'react';
import type { AnnotationFileImportReport } from '../../../shared/export-api';
import { useApi } from '../api-context';
import { errorMessage } from '../error-message';
import { useT } from '../i18n';
import './export.css';

/**
 * Imports a colleague's W3C annotation file with the archive's merge rules (new ones added,
 * newer edits win), then says what was added, updated, kept and skipped, and why each skipped.
 */
export function ImportAnnotationsButton() {
  const api = useApi();
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<
    { kind: 'working'; file: string } | { kind: 'done'; file: string; report: AnnotationFileImportReport } | { kind: 'error'; message: string } | null
  >(null);

  const onChoose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setStatus({ kind: 'working', file: file.name });
    try {
      const report = await api.importAnnotationFile({ name: file.name, text: await file.text() });
      setStatus({ kind: 'done', file: file.name, report });
    } catch (error) {
      setStatus({ kind: 'error', message: errorMessage(error) });
    }
  };

  return (
    <div className="import-annotations">
      <button type="button" className="button" title={t('import.annotationsHint')} onClick={() => input.current?.click()} disabled={status?.kind === 'working'}>
        {t('import.annotations')}
      </button>
      <input ref={input} type="file" accept=".json,.jsonld,application/json,application/ld+json" hidden onChange={(e) => void onChoose(e)} data-testid="import-annotations-file" />
      {status?.kind === 'working' && <p role="status">{t('import.annotationsWorking', { file: status.file })}</p>}
      {status?.kind === 'error' && <p role="alert">{t('import.annotationsFailed', { message: status.message })}</p>}
      {status?.kind === 'done' && (
        <div className="import-annotations-report" role="status">
          <p>
            {t('import.annotationsDone', {
              file: status.file,
              added: status.report.added,
              updated: status.report.updated,
              kept: status.report.kept,
              skipped: status.report.skipped.length,
            })}
          </p>
          {status.report.skipped.length > 0 && (
            <ul aria-label={t('import.annotationsSkipped')}>
              {status.report.skipped.map((skip) => (
                <li key={skip.id}>
                  {skip.id}: {skip.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
