import type { ReactNode } from 'react';
import type { JianbaoApi } from '../../shared/api';
import { ApiProvider } from './api-context';
import { I18nProvider } from './i18n';
import { PdfEngineProvider } from './pdf/pdf-context';
import type { PdfEngine } from './pdf/pdf-engine';
import { SettingsProvider, useSettings } from './settings-context';

/** The API, the PDF engine, the reader's settings and the UI language, for everything below. */
export function AppProviders({ api, pdfEngine, children }: { api: JianbaoApi; pdfEngine?: PdfEngine; children: ReactNode }) {
  return (
    <ApiProvider api={api}>
      <PdfEngineProvider engine={pdfEngine}>
        <SettingsProvider>
          <LocaleFromSettings>{children}</LocaleFromSettings>
        </SettingsProvider>
      </PdfEngineProvider>
    </ApiProvider>
  );
}

function LocaleFromSettings({ children }: { children: ReactNode }) {
  const { settings } = useSettings();
  return <I18nProvider locale={settings.locale}>{children}</I18nProvider>;
}
