import type { DocumentMeta } from '../../../../shared/model';
import { useT } from '../../i18n';
import { documentHref } from '../../route';

const kindKeys = {
  report: 'document.report',
  proposal: 'document.proposal',
  other: 'document.other',
} as const satisfies Record<DocumentMeta['kind'], string>;

/** The archive's standalone documents (reports, proposals), apart from the papers. */
export function DocumentList({ documents }: { documents: readonly DocumentMeta[] }) {
  const t = useT();
  if (documents.length === 0) return <p className="state-message">{t('library.noDocuments')}</p>;
  const sorted = [...documents].sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'));
  return (
    <ul className="document-list" aria-label={t('library.documents')}>
      {sorted.map((document) => (
        <li key={document.id} className="document-item">
          <a className="document-title" lang="zh-CN" href={documentHref(document.id)}>
            {document.title}
          </a>
          <span className="document-meta">
            <span className={`document-kind document-kind-${document.kind}`}>{t(kindKeys[document.kind])}</span>
            <span>{t('document.pages', { n: document.pageCount })}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
