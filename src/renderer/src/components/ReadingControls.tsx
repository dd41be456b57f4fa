import type { ArticleWidth, ReadingTheme } from '../../../shared/model';
import { useT } from '../i18n';
import { useSettings } from '../settings-context';

const themes = [
  { value: 'light', key: 'article.themeLight' },
  { value: 'sepia', key: 'article.themeSepia' },
  { value: 'dark', key: 'article.themeDark' },
] as const satisfies readonly { value: ReadingTheme; key: string }[];

const widths = [
  { value: 'narrow', key: 'article.widthNarrow' },
  { value: 'normal', key: 'article.widthNormal' },
  { value: 'wide', key: 'article.widthWide' },
] as const satisfies readonly { value: ArticleWidth; key: string }[];

/** Light / sepia / dark and narrow / normal / wide: saved in the reader's settings. */
export function ReadingControls() {
  const t = useT();
  const { settings, updateSettings } = useSettings();
  return (
    <>
      <div className="segmented" role="group" aria-label={t('article.theme')}>
        {themes.map(({ value, key }) => (
          <button
            key={value}
            type="button"
            className={`segmented-item theme-swatch theme-swatch-${value}`}
            aria-pressed={settings.readingTheme === value}
            onClick={() => void updateSettings({ readingTheme: value })}
          >
            {t(key)}
          </button>
        ))}
      </div>
      <div className="segmented" role="group" aria-label={t('article.width')}>
        {widths.map(({ value, key }) => (
          <button
            key={value}
            type="button"
            className="segmented-item"
            aria-pressed={settings.articleWidth === value}
            onClick={() => void updateSettings({ articleWidth: value })}
          >
            {t(key)}
          </button>
        ))}
      </div>
    </>
  );
}
