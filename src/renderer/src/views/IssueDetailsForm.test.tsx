import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeJianbaoApi } from '../test/fake-api';
import { renderWithApi } from '../test/render-with-api';
import { IssueView } from './IssueView';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

async function openForm(api = new FakeJianbaoApi()) {
  renderWithApi(<IssueView issueId="zxb-2024-03-05" pageNumber={1} />, api);
  fireEvent.click(await screen.findByRole('button', { name: '修改本期信息' }));
  return { api, dialog: await screen.findByRole('dialog', { name: '修改本期信息' }) };
}

describe('correcting an issue’s details', () => {
  it('sends only what changed, and the issue shows it once saved', async () => {
    const { api, dialog } = await openForm();
    fireEvent.change(within(dialog).getByLabelText('总第几期（不知道可留空）'), { target: { value: '8123' } });
    fireEvent.change(within(dialog).getByLabelText('第 2 版'), { target: { value: ' 关注 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsTo('correctIssue')).toEqual([{ issueId: 'zxb-2024-03-05', number: 8123, sections: [{ pageNumber: 2, section: '关注' }] }]);
    expect(await screen.findByText('总第8123期')).toBeTruthy();
  });

  it('refuses a number that is not one, and an empty page name, saving nothing', async () => {
    const { api, dialog } = await openForm();
    fireEvent.change(within(dialog).getByLabelText('总第几期（不知道可留空）'), { target: { value: '第十二' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('期号须是正整数，或留空。');

    fireEvent.change(within(dialog).getByLabelText('总第几期（不知道可留空）'), { target: { value: '' } });
    fireEvent.change(within(dialog).getByLabelText('第 1 版'), { target: { value: '  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('第 1 版不能为空。');
    expect(api.callsTo('correctIssue')).toEqual([]);
  });

  it('says why a save failed and keeps the form as typed', async () => {
    const api = new FakeJianbaoApi();
    api.failNext('correctIssue');
    const { dialog } = await openForm(api);
    fireEvent.change(within(dialog).getByLabelText('报名'), { target: { value: '人民政协报（海外版）' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));

    expect((await within(dialog).findByRole('alert')).textContent).toBe('未能保存，什么都没有改动：读取失败');
    expect((within(dialog).getByLabelText('报名') as HTMLInputElement).value).toBe('人民政协报（海外版）');
  });

  it('closes with Esc, changing nothing', async () => {
    const { api, dialog } = await openForm();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsTo('correctIssue')).toEqual([]);
  });
});
