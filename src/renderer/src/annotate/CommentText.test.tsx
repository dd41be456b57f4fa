import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CommentText } from './CommentText';

afterEach(cleanup);

function shown(text: string): HTMLElement {
  return render(<CommentText text={text} />).container.firstElementChild as HTMLElement;
}

describe('a comment shown as its Markdown reads', () => {
  it('makes **bold**, *emphasis* and `code` of the marks, and keeps the words', () => {
    const comment = shown('提案可引用：**社区协商**，见*第二段*与 `附表1`');
    expect(comment.textContent).toBe('提案可引用：社区协商，见第二段与 附表1');
    expect(comment.querySelector('strong')?.textContent).toBe('社区协商');
    expect(comment.querySelector('em')?.textContent).toBe('第二段');
    expect(comment.querySelector('code')?.textContent).toBe('附表1');
  });

  it('keeps line breaks and paragraphs, and makes a list of lines starting with -', () => {
    const comment = shown('两点意见：\n\n- 加强调研\n- 落实办理\n\n第二行\n第三行');
    expect([...comment.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['加强调研', '落实办理']);
    expect(comment.querySelectorAll('br')).toHaveLength(1);
  });

  it('shows HTML and links as the text they are, never as elements', () => {
    const comment = shown('<img src=x onerror=alert(1)> [链接](javascript:alert(1))');
    expect(comment.querySelector('img, a, script')).toBeNull();
    expect(comment.textContent).toBe('<img src=x onerror=alert(1)> [链接](javascript:alert(1))');
  });

  it('leaves a lone asterisk or underscore as typed', () => {
    expect(shown('5 * 3 = 15，file_name').textContent).toBe('5 * 3 = 15，file_name');
    expect(shown('5 * 3 = 15，file_name').querySelector('em')).toBeNull();
  });
});
