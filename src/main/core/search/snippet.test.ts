import { describe, expect, it } from 'vitest';
import type { HitRange } from '../../../shared/search-types';
import { makeSnippet } from './snippet';

const longText = '甲'.repeat(200) + '双循环' + '乙'.repeat(200);

describe('the snippet of a hit', () => {
  it('shows a stretch starting a little before the first hit, with the hit at its place', () => {
    const snippet = makeSnippet(longText, [[200, 203]], 'body');
    const [hit] = snippet.hits as [HitRange];
    expect(snippet.text.slice(hit[0], hit[1])).toBe('双循环');
    expect(snippet.start + hit[0]).toBe(200);
    expect(hit[0]).toBeGreaterThan(0);
    expect(snippet.text.length).toBeLessThanOrEqual(80);
    expect([snippet.hasMoreBefore, snippet.hasMoreAfter]).toEqual([true, true]);
  });

  it('picks the stretch that holds the most hits', () => {
    const hits: HitRange[] = [[10, 12], [300, 302], [310, 312], [320, 322]];
    const snippet = makeSnippet(longText, hits, 'body');
    expect(snippet.start).toBeGreaterThan(250);
    expect(snippet.hits).toHaveLength(3);
  });

  it('starts at the beginning when there is no hit, and says nothing is cut before', () => {
    const snippet = makeSnippet('短文。', [], 'body');
    expect(snippet).toEqual({ text: '短文。', start: 0, hits: [], source: 'body', hasMoreBefore: false, hasMoreAfter: false });
  });

  it('shows line breaks as spaces, one for one, and does not start on one', () => {
    const text = `${'甲'.repeat(20)}\n政协委员\n${'乙'.repeat(100)}`;
    const snippet = makeSnippet(text, [[21, 23]], 'body');
    expect(snippet.text).not.toContain('\n');
    expect(snippet.text.slice(snippet.hits[0]?.[0], snippet.hits[0]?.[1])).toBe('政协');
    expect(text.slice(snippet.start, snippet.start + snippet.text.length).replace(/\n/g, ' ')).toBe(snippet.text);
  });

  it('never cuts a character outside the BMP in two', () => {
    const text = '𥕛'.repeat(100);
    for (const at of [0, 33, 64, 120, 198]) {
      const snippet = makeSnippet(text, [[at, at + 2]], 'body');
      expect(snippet.text.length % 2).toBe(0);
      expect(snippet.start % 2).toBe(0);
    }
  });
});
