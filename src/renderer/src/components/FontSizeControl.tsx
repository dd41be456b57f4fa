import { useT } from '../i18n';
import { useSettings } from '../settings-context';

/** The bounds of `articleFontSize` in the API contract. */
export const minFontSize = 12;
export const maxFontSize = 40;
const step = 2;

/** A− / A+: the article text size, saved in the reader's settings. */
export function FontSizeControl() {
  const t = useT();
  const { settings, updateSettings } = useSettings();
  const size = settings.articleFontSize;
  const setSize = (next: number) => {
    void updateSettings({ articleFontSize: Math.min(maxFontSize, Math.max(minFontSize, next)) });
  };
  return (
    <div className="font-size-control" role="group" aria-label={t('article.fontSize')}>
      <button
        type="button"
        className="button"
        aria-label={t('article.fontSmaller')}
        disabled={size <= minFontSize}
        onClick={() => setSize(size - step)}
      >
        A−
      </button>
      <span className="font-size-value" aria-live="polite">
        {size}
      </span>
      <button
        type="button"
        className="button"
        aria-label={t('article.fontLarger')}
        disabled={size >= maxFontSize}
        onClick={() => setSize(size + step)}
      >
        A+
      </button>
    </div>
  );
}
