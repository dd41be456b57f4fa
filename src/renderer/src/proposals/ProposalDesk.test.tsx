import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { emptyProposalFields } from '../../../shared/proposal';
import { FakeJianbaoApi } from '../test/fake-api';
import { FakePdfEngine } from '../test/fake-pdf-engine';
import { renderWithApi } from '../test/render-with-api';
import { AddToProposal } from './AddToProposal';

afterEach(() => {
  cleanup();
  localStorage.clear();
  window.location.hash = '';
});

async function deskWith(prepare: (api: FakeJianbaoApi, proposalId: string) => void = () => undefined) {
  const api = new FakeJianbaoApi();
  const made = await api.createProposal({ title: '关于老街的提案' });
  prepare(api, made.id);
  window.location.hash = `#/proposal/${made.id}`;
  render(<App api={api} pdfEngine={new FakePdfEngine()} />);
  await screen.findByLabelText('案由');
  return { api, proposalId: made.id };
}

describe('the proposal desk', () => {
  it('takes up, and saves, what was typed but not saved when the window went (a draft kept on this machine)', async () => {
    const typed = { ...emptyProposalFields(), title: '关于老街的提案', situation: '老街年久失修，居民反映强烈，' };
    const { api, proposalId } = await deskWith((_api, id) => localStorage.setItem(`jianbao:proposal-draft:${id}`, JSON.stringify(typed)));
    expect((screen.getByLabelText('情况') as HTMLTextAreaElement).value).toBe('老街年久失修，居民反映强烈，');
    expect(screen.getByText('已恢复上次未保存的文字。')).toBeTruthy();
    await waitFor(() => expect(api.proposals.get(proposalId)?.proposal.fields.situation).toBe('老街年久失修，居民反映强烈，'));
    await waitFor(() => expect(localStorage.getItem(`jianbao:proposal-draft:${proposalId}`)).toBeNull());
  });

  it('keeps each keystroke on this machine at once, and saves to the archive after a pause, with length guidance', async () => {
    const { api, proposalId } = await deskWith();
    fireEvent.change(screen.getByLabelText('情况'), { target: { value: '一二三四五' } });
    expect(JSON.parse(localStorage.getItem(`jianbao:proposal-draft:${proposalId}`) ?? '{}').situation).toBe('一二三四五');
    expect(screen.getByText(/共 12 字；提案一般 800–1,500 字 · 偏短/)).toBeTruthy();
    await waitFor(() => expect(api.proposals.get(proposalId)?.proposal.fields.situation).toBe('一二三四五'));
    expect(await screen.findByText('已保存')).toBeTruthy();
  });

  it('restores an earlier version', async () => {
    const { api, proposalId } = await deskWith();
    fireEvent.change(screen.getByLabelText('情况'), { target: { value: '第一稿' } });
    await waitFor(() => expect(api.proposals.get(proposalId)?.saves).toHaveLength(2));
    fireEvent.change(screen.getByLabelText('情况'), { target: { value: '第二稿' } });
    await waitFor(() => expect(api.proposals.get(proposalId)?.saves).toHaveLength(3));
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^恢复此版本/ })).toHaveLength(3));
    // newest first: 第二稿, 第一稿, the empty start
    fireEvent.click(screen.getAllByRole('button', { name: /^恢复此版本/ })[1] as HTMLElement);
    await waitFor(() => expect((screen.getByLabelText('情况') as HTMLTextAreaElement).value).toBe('第一稿'));
    expect(api.proposals.get(proposalId)?.saves.at(-1)?.situation).toBe('第一稿');
  });
});

describe('proposals in a search', () => {
  it('lists the proposals whose words a search finds, above the articles', async () => {
    const api = new FakeJianbaoApi();
    const made = await api.createProposal({ title: '关于老街保护的提案' });
    await api.createProposal({ title: '关于农田水利的提案' });
    window.location.hash = '#/search?q=老街保护';
    render(<App api={api} pdfEngine={new FakePdfEngine()} />);
    const section = await screen.findByRole('region', { name: '提案' });
    expect(section.querySelectorAll('a')).toHaveLength(1);
    expect(section.querySelector('a')?.getAttribute('href')).toBe(`#/proposal/${made.id}`);
  });
});

describe('quoting an annotation in a proposal from its editor', () => {
  it('adds the quote with its citation to the proposal chosen, numbered, and saves it', async () => {
    const api = new FakeJianbaoApi();
    const made = await api.createProposal({ title: '关于老街的提案' });
    api.quotes.set('urn:uuid:1', { annotationId: 'urn:uuid:1', sourceId: 'a-lead', isDocument: false, quote: '听居民讲楼道照明的难处', citation: '小院议事[N]. 人民政协报, 2024-03-05(1).' });
    renderWithApi(<AddToProposal annotationId="urn:uuid:1" />, api);
    fireEvent.change(await screen.findByRole('combobox', { name: '引入哪件提案' }), { target: { value: made.id } });
    expect(api.proposals.get(made.id)?.saves).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: '引入提案' }));
    expect(await screen.findByText('已引入《关于老街的提案》')).toBeTruthy();
    const fields = api.proposals.get(made.id)?.proposal.fields;
    expect(fields?.quotes.map((q) => q.citation)).toEqual(['小院议事[N]. 人民政协报, 2024-03-05(1).']);
    expect(fields?.situation).toBe('“听居民讲楼道照明的难处”[1]');
  });
});
