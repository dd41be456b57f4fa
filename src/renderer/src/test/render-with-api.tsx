import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AppProviders } from '../AppProviders';
import { FakeJianbaoApi } from './fake-api';
import { FakePdfEngine } from './fake-pdf-engine';

/**
 * Renders `ui` as the app would, talking to `api` (a fresh fake over the sample archive by
 * default) and painting PDFs with `pdfEngine` (a fake: jsdom cannot run pdf.js).
 */
export function renderWithApi(
  ui: ReactElement,
  api: FakeJianbaoApi = new FakeJianbaoApi(),
  pdfEngine: FakePdfEngine = new FakePdfEngine(),
): RenderResult & { api: FakeJianbaoApi; pdfEngine: FakePdfEngine } {
  return {
    ...render(
      <AppProviders api={api} pdfEngine={pdfEngine}>
        {ui}
      </AppProviders>,
    ),
    api,
    pdfEngine,
  };
}
