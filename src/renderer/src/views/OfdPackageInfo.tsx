import type { OfdPackageInfo as PackageInfo } from '../../../shared/import-types';
import { useT } from '../i18n';
import './ofd-package.css';

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

/**
 * What an OFD package carries besides its pages, read-only: its own annotations (Annots), its
 * seals and signatures with who signed (read, not verified, as the note says), its attachments.
 */
export function OfdPackageInfo({ info }: { info: PackageInfo }) {
  const t = useT();
  return (
    <details className="ofd-package" open={info.signatures.length > 0 || info.annotations.length > 0}>
      <summary>
        {t('ofd.heading')} ·{' '}
        {t('ofd.summary', { annotations: info.annotations.length, signatures: info.signatures.length, attachments: info.attachments.length })}
      </summary>
      <section aria-label={t('ofd.signatures')}>
        <h3>{t('ofd.signatures')}</h3>
        {info.signatures.length === 0 ? (
          <p className="hint">{t('ofd.none')}</p>
        ) : (
          <>
            <ul>
              {info.signatures.map((s, i) => (
                <li key={i}>
                  {t(s.type === 'sign' ? 'ofd.sign' : 'ofd.seal')} · {s.signer ? t('ofd.signer', { name: s.signer }) : t('ofd.signerUnknown')}
                  {s.provider ? ` · ${t('ofd.provider', { name: s.provider })}` : ''}
                  {s.date ? ` · ${s.date}` : ''}
                </li>
              ))}
            </ul>
            <p className="hint" role="note">
              {t('ofd.notVerified')}
            </p>
          </>
        )}
      </section>
      <section aria-label={t('ofd.annotations')}>
        <h3>{t('ofd.annotations')}</h3>
        {info.annotations.length === 0 ? (
          <p className="hint">{t('ofd.none')}</p>
        ) : (
          <ul>
            {info.annotations.map((a, i) => (
              <li key={i}>
                {a.page ? `${t('ofd.annotationPage', { n: a.page })} · ` : ''}
                {a.type}
                {a.creator ? ` · ${a.creator}` : ''}
                {a.date ? ` · ${a.date}` : ''}
                {a.remark ? `：${a.remark}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label={t('ofd.attachments')}>
        <h3>{t('ofd.attachments')}</h3>
        {info.attachments.length === 0 ? (
          <p className="hint">{t('ofd.none')}</p>
        ) : (
          <ul>
            {info.attachments.map((a, i) => (
              <li key={i}>
                {a.name}
                {a.format ? ` (.${a.format})` : ''}
                {a.size !== undefined ? ` · ${formatSize(a.size)}` : ''}
                {a.date ? ` · ${a.date}` : ''}
                {a.isPresent ? '' : ` ${t('ofd.missing')}`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </details>
  );
}
