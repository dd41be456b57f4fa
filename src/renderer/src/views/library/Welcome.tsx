import { useState } from 'react';
import { useT } from '../../i18n';
import { useApiQuery } from '../../use-api-query';

const dismissedKey = 'jianbao-welcome-dismissed';

/**
 * On first start, one sentence: what Jianbao is, that the archive shown is a demo, and how
 * to bring in one's own papers. Shown while the archive holds the demo alone, until dismissed.
 */
export function Welcome() {
  const t = useT();
  const { state } = useApiQuery('info', (api) => api.getInfo({}));
  const [isDismissed, setIsDismissed] = useState(() => readDismissed());
  if (isDismissed || state.status !== 'ready' || !state.value.isDemoOnly) return null;
  return (
    <aside className="welcome" aria-label={t('welcome.label')}>
      <p>{t('welcome.text')}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          setIsDismissed(true);
          try {
            localStorage.setItem(dismissedKey, '1');
          } catch {
            // storage refused: it stays dismissed for this visit
          }
        }}
      >
        {t('welcome.dismiss')}
      </button>
    </aside>
  );
}

function readDismissed(): boolean {
  try {
    return localStorage.getItem(dismissedKey) === '1';
  } catch {
    return false;
  }
}
