import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ApiArgs } from '../../shared/api';
import type { Settings } from '../../shared/model';
import { useApi } from './api-context';
import { errorMessage } from './error-message';

export type SettingsPatch = ApiArgs<'updateSettings'>;

/** What the UI shows until the archive's settings arrive (or if they cannot be read). */
export const defaultSettings: Settings = {
  locale: 'zh-CN',
  profileName: '',
  articleFontSize: 18,
  readingTheme: 'light',
  articleWidth: 'normal',
};

export interface SettingsContextValue {
  settings: Settings;
  /** Applies the change at once and saves it; on failure `saveError` says why. */
  updateSettings(patch: SettingsPatch): Promise<void>;
  saveError: string | null;
}

const SettingsContext = createContext<SettingsContextValue | null>(null);

/** Loads the reader's settings, follows changes made elsewhere, and saves changes made here. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    api.getSettings({}).then(
      (loaded) => {
        if (isCurrent) setSettings(loaded);
      },
      // Unreadable settings leave the defaults in place; the views report the service's state.
      () => {},
    );
    const unsubscribe = api.onDidChangeSettings((changed) => setSettings(changed));
    return () => {
      isCurrent = false;
      unsubscribe();
    };
  }, [api]);

  const updateSettings = useCallback(
    async (patch: SettingsPatch) => {
      setSettings((current) => ({ ...current, ...patch }));
      try {
        setSettings(await api.updateSettings(patch));
        setSaveError(null);
      } catch (error) {
        setSaveError(errorMessage(error));
        // Show what is really saved, not what we hoped for.
        api.getSettings({}).then(setSettings, () => {});
      }
    },
    [api],
  );

  const value = useMemo(() => ({ settings, updateSettings, saveError }), [settings, updateSettings, saveError]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsContextValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings must be used inside <SettingsProvider>');
  return value;
}
