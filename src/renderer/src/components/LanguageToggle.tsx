import type { Locale } from '../../../shared/model';
import { useT } from '../i18n';
import { useSettings } from '../settings-context';

const choices: { locale: Locale; label: string }[] = [
  { locale: 'zh-CN', label: '中文' },
  { locale: 'en', label: 'English' },
];

/** 中文 / English: the interface language, saved in the reader's settings. */
export function LanguageToggle() {
  const t = useT();
  const { settings, updateSettings } = useSettings();
  return (
    <div className="language-toggle" role="group" aria-label={t('language.group')}>
      {choices.map(({ locale, label }) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={settings.locale === locale}
          onClick={() => {
            if (settings.locale !== locale) void updateSettings({ locale });
          }}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
