import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AppProviders } from '../AppProviders';
import { FakeJianbaoApi } from './fake-api';

/** Renders `ui` as the app would, talking to `api` (a fresh fake over the sample archive by default). */
export function renderWithApi(
  ui: ReactElement,
  api: FakeJianbaoApi = new FakeJianbaoApi(),
): RenderResult & { api: FakeJianbaoApi } {
  return { ...render(<AppProviders api={api}>{ui}</AppProviders>), api };
}
