import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { FakeJianbaoApi } from './test/fake-api';
import { FakePdfEngine } from './test/fake-pdf-engine';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

function renderApp(hash: string, api = new FakeJianbaoApi()) {
  window.location.hash = hash;
  render(<App api={api} pdfEngine={new FakePdfEngine()} />);
  return api;
}

describe('App', () => {
  it('names itself 剪报 Jianbao in the header', async () => {
    renderApp('#/');

    expect(screen.getByRole('link', { name: '剪报 Jianbao' }).getAttribute('href')).toBe('#/');
    await screen.findByRole('heading', { level: 3, name: /2024年3月/ });
  });

  it('opens the view the hash names and follows the hash as it changes', async () => {
    renderApp('#/issue/zxb-2024-03-05?page=2');
    expect(await screen.findByRole('link', { name: /把提案写在田埂上/ })).toBeTruthy();

    act(() => {
      window.location.hash = '#/article/a-feature';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });

    expect(await screen.findByRole('heading', { level: 1, name: '把提案写在田埂上' })).toBeTruthy();
  });

  it('says so for an address it does not know', () => {
    renderApp('#/nowhere/at/all');

    expect(screen.getByText('没有这个页面。')).toBeTruthy();
  });

  it('switches the interface to English and saves the choice', async () => {
    const api = renderApp('#/');
    expect(await screen.findByRole('heading', { level: 1, name: '往期' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Back issues' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: /March 2024/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(api.callsTo('updateSettings')).toEqual([{ locale: 'en' }]));
    expect(document.documentElement.lang).toBe('en');
  });

  it('starts in the language saved in the settings', async () => {
    const api = new FakeJianbaoApi();
    api.archive.settings.locale = 'en';
    renderApp('#/', api);

    expect(await screen.findByRole('heading', { level: 1, name: 'Back issues' })).toBeTruthy();
  });

  it('reports a setting that could not be saved', async () => {
    const api = new FakeJianbaoApi();
    api.failNext('updateSettings');
    renderApp('#/', api);
    await screen.findByRole('heading', { level: 3, name: /2024年3月/ });

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByText(/读取失败/)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe('true'));
  });
});
