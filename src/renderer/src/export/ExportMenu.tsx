import { useState } from 'react';
import type { ExportFormat, ExportScope } from '../../../shared/export-api';
import { useApi } from '../api-context';
import { errorMessage } from '../error-message';
import { useT } from '../i18n';
import { digestHref } from './digest-route';
import { saveExportedFile } from './save-file';
import './export.css';

const formats: readonly { format: ExportFormat; label: 'export.docx' | 'export.md' | 'export.w3c' }[] = [
  { format: 'docx', label: 'export.docx' },
  { format: 'md', label: 'export.md' },
  { format: 'w3c', label: 'export.w3c' },
];

/**
 * The export buttons of a view: its annotations (exactly `scope`) as a Word 批注摘编, Markdown
 * or W3C file, saved as the host saves downloads; and the print view of the same digest.
 */
export function ExportMenu({ scope, isDisabled = false }: { scope: ExportScope; isDisabled?: boolean }) {
  const api = useApi();
  const t = useT();
  const [status, setStatus] = useState<{ kind: 'working' | 'done' | 'error'; text: string } | null>(null);

  const run = async (format: ExportFormat) => {
    setStatus({ kind: 'working', text: t('export.working') });
    try {
      const file = await api.exportAnnotations({ scope, format });
      saveExportedFile(file);
      setStatus({ kind: 'done', text: t('export.done', { n: file.count, file: file.fileName }) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('export.failed', { message: errorMessage(error) }) });
    }
  };

  return (
    <div className="export-menu" role="group" aria-label={t('export.group')}>
      <span className="export-menu-label">{t('export.group')}</span>
      {formats.map(({ format, label }) => (
        <button key={format} type="button" className="button" disabled={isDisabled || status?.kind === 'working'} onClick={() => void run(format)}>
          {t(label)}
        </button>
      ))}
      <a className="button" href={digestHref(scope)} aria-disabled={isDisabled || undefined}>
        {t('export.print')}
      </a>
      {status && (
        <span className={`export-status export-status-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </span>
      )}
    </div>
  );
}
