import { describe, expect, it } from 'vitest';
import { findRanges } from './find-ranges';

function rootWith(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('findRanges', () => {
  it('finds every occurrence of a Chinese phrase', () => {
    const root = rootWith('<p>政协委员走进社区，委员倾听民声。</p><p>委员建言。</p>');
    expect(findRanges(root, '委员').map((range) => range.toString())).toEqual(['委员', '委员', '委员']);
  });

  it('finds a phrase split across the spans of a PDF text layer', () => {
    const root = rootWith('<span>浅谈校</span><span>长的</span><br><span>魅力</span>');
    const [match, ...rest] = findRanges(root, '浅谈校长的魅力');
    expect(rest).toEqual([]);
    expect(match?.toString()).toBe('浅谈校长的魅力');
    expect(match?.startContainer.textContent).toBe('浅谈校');
    expect(match?.endContainer.textContent).toBe('魅力');
  });

  it('ends a match at the end of a node rather than the start of the next', () => {
    const root = rootWith('<span>双循环</span><span>格局</span>');
    const [match] = findRanges(root, '双循环');
    expect(match?.endContainer.textContent).toBe('双循环');
    expect(match?.endOffset).toBe(3);
  });

  it('ignores Latin case and counts a character outside the BMP as two units', () => {
    const root = rootWith('<p>CPPCC 与 cppcc，胡駿𥕛与𥕛</p>');
    expect(findRanges(root, 'Cppcc')).toHaveLength(2);
    expect(findRanges(root, '𥕛').map((range) => range.endOffset - range.startOffset)).toEqual([2, 2]);
  });

  it('finds full-width letters for a half-width query, as anchoring and search fold them', () => {
    const root = rootWith('<span>报告ＡＢ</span><span>Ｃ组与</span><p>ABC 组</p>');
    const matches = findRanges(root, 'abc');
    expect(matches.map((range) => range.toString())).toEqual(['ＡＢＣ', 'ABC']);
    expect(matches[0]?.startContainer.textContent).toBe('报告ＡＢ');
    expect(matches[0]?.startOffset).toBe(2);
    expect(findRanges(root, 'ＡＢＣ')).toHaveLength(2);
  });

  it('finds a phrase on a justified line whose characters the PDF spaced apart', () => {
    const root = rootWith('<span>要 加 宏</span><span> 大 的</span><span>规模</span>');
    expect(findRanges(root, '加宏大的规模').map((range) => range.toString())).toEqual(['加 宏 大 的规模']);
  });

  it('finds nothing for an empty query', () => {
    expect(findRanges(rootWith('<p>文</p>'), '')).toEqual([]);
  });
});
