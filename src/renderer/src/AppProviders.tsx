import type { ReactNode } from 'react';
import type { JianbaoApi } from '../../shared/api';
import { ApiProvider } from './api-context';
import { I18nProvider } from './i18n';
import { SettingsProvider, useSettings } from './settings-context';

/** The API, the reader's settings and the UI language, for everything below. */
export function AppProviders({ api, children }: { api: JianbaoApi; children: ReactNode }) {
  return (
    <ApiProvider api={api}>
      <SettingsProvider>
        <LocaleFromSettings>{children}</LocaleFromSettings>
      </SettingsProvider>
    </ApiProvider>
  );
}

function LocaleFromSettings({ children }: { children: ReactNode }) {
  const { settings } = useSettings();
  return <I18nProvider locale={settings.locale}>{children}</I18nProvider>;
}
