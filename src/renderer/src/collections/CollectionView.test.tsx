import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { FakeJianbaoApi } from '../test/fake-api';
import { FakePdfEngine } from '../test/fake-pdf-engine';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

async function collectionOf(ids: string[]) {
  const api = new FakeJianbaoApi();
  const made = await api.createCollection({ name: '提案素材' });
  for (const id of ids) await api.addToCollection({ collectionId: made.id, item: { kind: 'article', id } });
  window.location.hash = `#/collection/${made.id}`;
  render(<App api={api} pdfEngine={new FakePdfEngine()} />);
  await screen.findByRole('heading', { level: 1, name: '提案素材' });
  const titles = () => within(screen.getByRole('list', { name: '专题内容' })).getAllByRole('listitem').map((li) => li.querySelector('a')?.textContent);
  return { api, id: made.id, titles };
}

describe('a collection', () => {
  it('moves an entry up, and takes one out with undo', async () => {
    const { api, id, titles } = await collectionOf(['a-lead', 'a-feature']);
    const [first, second] = titles();
    fireEvent.click(screen.getByRole('button', { name: `上移: ${second}` }));
    await waitFor(() => expect(titles()).toEqual([second, first]));
    fireEvent.click(screen.getByRole('button', { name: `移出: ${first}` }));
    await waitFor(() => expect(titles()).toEqual([second]));
    fireEvent.click(await screen.findByRole('button', { name: '撤销' }));
    await waitFor(() => expect(titles()).toEqual([second, first]));
    expect(api.collections.find((c) => c.id === id)?.items.map((i) => i.id)).toEqual(['a-feature', 'a-lead']);
  });
});
