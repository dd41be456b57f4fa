import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { errorMessage } from '../error-message';
import { createLazyPdfEngine, type PdfEngine, type PdfPageHandle } from './pdf-engine';

const defaultEngine = createLazyPdfEngine();
const PdfEngineContext = createContext<PdfEngine>(defaultEngine);

/** The PDF engine for everything below (pdf.js unless a test hands in a fake). */
export function PdfEngineProvider({ engine, children }: { engine?: PdfEngine; children: ReactNode }) {
  return <PdfEngineContext.Provider value={engine ?? defaultEngine}>{children}</PdfEngineContext.Provider>;
}

export function usePdfEngine(): PdfEngine {
  return useContext(PdfEngineContext);
}

export type PdfPageState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; page: PdfPageHandle };

/** Page `pageIndex` of the PDF at `url`, loaded when asked for (`isWanted`). */
export function usePdfPage(url: string, pageIndex: number, isWanted = true): PdfPageState {
  const engine = usePdfEngine();
  const key = `${url}#${pageIndex}`;
  const [state, setState] = useState<{ key: string; state: PdfPageState }>({ key, state: { status: 'loading' } });
  useEffect(() => {
    if (!isWanted) return;
    let isCurrent = true;
    engine
      .open(url)
      .then((doc) => doc.page(pageIndex))
      .then(
        (page) => isCurrent && setState({ key, state: { status: 'ready', page } }),
        (error: unknown) => isCurrent && setState({ key, state: { status: 'error', message: errorMessage(error) } }),
      );
    return () => {
      isCurrent = false;
    };
  }, [engine, url, pageIndex, key, isWanted]);
  return state.key === key ? state.state : { status: 'loading' };
}
