// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { offsetsToRange, rangeToOffsets, textStartAttribute } from './text-offsets';

/** An article as ArticleView renders it: a title outside the body, one element per block. */
function renderArticle(blocks: string[]): { body: HTMLElement; title: HTMLElement; text: string } {
  document.body.innerHTML = '<article><h1>标题</h1><div class="article-body"></div></article>';
  const body = document.querySelector<HTMLElement>('.article-body') as HTMLElement;
  let at = 0;
  for (const text of blocks) {
    const p = document.createElement('p');
    p.setAttribute(textStartAttribute, String(at));
    p.textContent = text;
    body.append(p);
    at += text.length + 1;
  }
  return { body, title: document.querySelector('h1') as HTMLElement, text: blocks.join('\n') };
}

function textRange(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('text offsets of a rendered article', () => {
  it('turns a selection inside one paragraph into offsets of the canonical text', () => {
    const { body, text } = renderArticle(['政协委员走进社区。', '倾听群众的声音。']);
    const second = body.children[1]?.firstChild as Text;
    const offsets = rangeToOffsets(body, textRange(second, 2, second, 4));
    expect(offsets).toEqual({ start: 12, end: 14 });
    expect(text.slice(12, 14)).toBe('群众');
  });

  it('spans paragraphs, counting the line break between them', () => {
    const { body, text } = renderArticle(['政协委员走进社区。', '倾听群众的声音。']);
    const [first, second] = [body.children[0]?.firstChild as Text, body.children[1]?.firstChild as Text];
    const offsets = rangeToOffsets(body, textRange(first, 6, second, 2));
    expect(offsets && text.slice(offsets.start, offsets.end)).toBe('社区。\n倾听');
  });

  it('clips a selection that starts in the title to the body', () => {
    const { body, title, text } = renderArticle(['政协委员走进社区。']);
    const first = body.children[0]?.firstChild as Text;
    const offsets = rangeToOffsets(body, textRange(title.firstChild as Text, 0, first, 4));
    expect(offsets && text.slice(offsets.start, offsets.end)).toBe('政协委员');
  });

  it('finds nothing in a selection of the title alone', () => {
    const { body, title } = renderArticle(['政协委员走进社区。']);
    expect(rangeToOffsets(body, textRange(title.firstChild as Text, 0, title.firstChild as Text, 2))).toBeNull();
  });

  it('counts a character outside the BMP as two, as the canonical text does', () => {
    const { body, text } = renderArticle(['𥕛米产自滇西。']);
    const node = body.children[0]?.firstChild as Text;
    const offsets = rangeToOffsets(body, textRange(node, 2, node, 3));
    expect(offsets).toEqual({ start: 2, end: 3 });
    expect(text.slice(0, 2)).toBe('𥕛');
  });

  it.each([
    [12, 14, '群众'],
    [6, 12, '社区。\n倾听'],
    [0, 9, '政协委员走进社区。'],
    [10, 18, '倾听群众的声音。'],
  ])('paints offsets %i–%i over the same characters', (start, end, expected) => {
    const { body } = renderArticle(['政协委员走进社区。', '倾听群众的声音。']);
    const range = offsetsToRange(body, { start, end });
    expect(range?.toString().replace(/\n/g, '')).toBe(expected.replace(/\n/g, ''));
    expect(range && rangeToOffsets(body, range)).toEqual({ start, end });
  });

  it('has no range for offsets past the text', () => {
    const { body } = renderArticle(['政协委员走进社区。']);
    expect(offsetsToRange(body, { start: 3, end: 40 })).toBeNull();
  });
});
