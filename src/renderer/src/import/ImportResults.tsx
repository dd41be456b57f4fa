import type { ImportFileResult, ImportFileStatus, ImportReport } from '../../../shared/import-types';
import { formatDate } from '../format';
import { useLocale, useT, type Translate } from '../i18n';
import { issueHref } from '../route';
import { localizeMessage } from '../localize-message';

function statusLabel(t: Translate, status: ImportFileStatus): string {
  switch (status) {
    case 'imported':
      return t('import.statusImported');
    case 'unchanged':
      return t('import.statusUnchanged');
    case 'failed':
      return t('import.statusFailed');
    case 'cancelled':
      return t('import.statusCancelled');
  }
}

/**
 * What became of each file of a finished import: the issue or document it went into (with a
 * link to the issue), a skip for content already in the archive, or the bilingual message of
 * its failure. `onFollowLink` lets the panel close as the reader leaves for an issue.
 */
export function ImportResults({ report, onFollowLink }: { report: ImportReport; onFollowLink: () => void }) {
  const t = useT();
  const count = (status: ImportFileStatus) => report.files.filter((file) => file.status === status).length;
  return (
    <section className="import-results" aria-labelledby="import-results-heading">
      <h3 id="import-results-heading">{t('import.results')}</h3>
      <p className="import-summary" role="status">
        {t('import.summary', { imported: count('imported'), skipped: count('unchanged'), failed: count('failed') })}
      </p>
      {report.cancelled && <p className="import-cancelled">{t('import.cancelled')}</p>}
      <ul className="import-file-list">
        {report.files.map((file, index) => (
          <FileResult key={`${index}:${file.path}`} file={file} report={report} onFollowLink={onFollowLink} />
        ))}
      </ul>
    </section>
  );
}

function FileResult({ file, report, onFollowLink }: { file: ImportFileResult; report: ImportReport; onFollowLink: () => void }) {
  const t = useT();
  const locale = useLocale();
  return (
    <li className="import-file" data-status={file.status}>
      <div className="import-file-head">
        <span className="import-file-status">{statusLabel(t, file.status)}</span>
        <span className="import-file-name" title={file.path}>
          {baseName(file.path)}
        </span>
      </div>
      <FileDetail file={file} report={report} onFollowLink={onFollowLink} />
      {file.warnings.length > 0 && (
        <ul className="import-file-warnings">
          {file.warnings.map((warning) => (
            <li key={warning}>{localizeMessage(warning, locale)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

function FileDetail({ file, report, onFollowLink }: { file: ImportFileResult; report: ImportReport; onFollowLink: () => void }) {
  const t = useT();
  const locale = useLocale();
  if (file.status === 'failed' && file.error) return <p className="import-file-error">{localizeMessage(file.error.message, locale)}</p>;
  if (file.status === 'unchanged') return <p className="import-file-detail">{t('import.duplicate')}</p>;
  const issue = report.issues.find((candidate) => candidate.id === file.issueId);
  if (issue) {
    const pages = issue.pages.length;
    const articles = issue.articles.length;
    return (
      <p className="import-file-detail">
        <a href={issueHref(issue.id)} onClick={onFollowLink}>
          {issue.paperName} {formatDate(issue.date, locale)}
        </a>
        {' · '}
        {pages === 1 ? t('issue.pageCountOne') : t('issue.pageCount', { n: pages })}
        {' · '}
        {articles === 1 ? t('issue.articleCountOne') : t('issue.articleCount', { n: articles })}
      </p>
    );
  }
  const document = report.documents.find((candidate) => candidate.id === file.documentId);
  if (document) {
    return (
      <p className="import-file-detail">
        {t('import.document', { title: document.title })} · {t('document.pages', { n: document.pageCount })}
      </p>
    );
  }
  return null;
}

/** The last part of a path, whichever separator the system uses. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  return parts.at(-1) ?? path;
}
