import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecoveredFile } from '../../../shared/recovery';
import { FakeJianbaoApi } from '../test/fake-api';
import { renderWithApi } from '../test/render-with-api';
import { RecoveryNotice } from './RecoveryNotice';

afterEach(cleanup);

const restored: RecoveredFile = {
  file: 'annotations/zxb-2024-03-05.json',
  movedTo: 'annotations/zxb-2024-03-05.json.damaged-2026-11-29T08-00-00-000Z',
  problem: 'Unexpected end of JSON input',
  restoredFrom: { backup: 'backups/2026-11-28T08-00-00-000Z-daily', takenAt: '2026-11-28T08:00:00.000Z' },
  foundAt: '2026-11-29T08:00:00.000Z',
};

describe('RecoveryNotice', () => {
  it('says nothing when no file was damaged', async () => {
    const { api } = renderWithApi(<RecoveryNotice />);
    await act(async () => undefined);
    expect(api.callsTo('getRecoveryReport')).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the damaged file, the backup that replaced it and where the damaged copy is', async () => {
    const api = new FakeJianbaoApi();
    api.recoveries = [restored];
    renderWithApi(<RecoveryNotice />, api);
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('有文件损坏');
    expect(notice.textContent).toContain('annotations/zxb-2024-03-05.json 已损坏');
    expect(notice.textContent).toContain('的备份');
    expect(notice.textContent).toContain(restored.movedTo);
  });

  it('shows a file found damaged later, says when no backup had it, and goes when dismissed', async () => {
    const api = new FakeJianbaoApi();
    api.archive.settings = { ...api.archive.settings, locale: 'en' };
    renderWithApi(<RecoveryNotice />, api);
    await act(async () => undefined);
    act(() => api.emit('onDidRecoverFile', { ...restored, file: 'settings.json', movedTo: 'settings.json.damaged-x', restoredFrom: null }));
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('settings.json was damaged (Unexpected end of JSON input) and no backup held a good copy');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
