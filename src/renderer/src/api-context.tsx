import { createContext, useContext, type ReactNode } from 'react';
import type { JianbaoApi } from '../../shared/api';

const ApiContext = createContext<JianbaoApi | null>(null);

export function ApiProvider({ api, children }: { api: JianbaoApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The API given to the nearest ApiProvider. */
export function useApi(): JianbaoApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiProvider>');
  return api;
}
