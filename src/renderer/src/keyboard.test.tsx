import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isComposingKey, useShortcuts } from './keyboard';
import { ModalDialog } from './components/ModalDialog';

afterEach(cleanup);

function Shortcuts({ onEscape, onJ }: { onEscape: () => void; onJ: () => void }) {
  useShortcuts({ Escape: onEscape, j: onJ });
  return <input aria-label="field" />;
}

describe('keys an input method is composing belong to it, not to the app', () => {
  it.each([
    [{ isComposing: true, keyCode: 13 }, true],
    [{ keyCode: 229 }, true],
    [{ nativeEvent: { isComposing: true, keyCode: 13 }, keyCode: 13 }, true],
    [{ isComposing: false, keyCode: 13 }, false],
  ])('tells a composing key from a plain one: %j', (event, expected) => {
    expect(isComposingKey(event)).toBe(expected);
  });

  it('runs no shortcut for an Escape that closes the input method', () => {
    const onEscape = vi.fn();
    render(<Shortcuts onEscape={onEscape} onJ={() => undefined} />);
    fireEvent.keyDown(window, { key: 'Escape', isComposing: true });
    fireEvent.keyDown(window, { key: 'Escape', keyCode: 229 });
    expect(onEscape).not.toHaveBeenCalled();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onEscape).toHaveBeenCalledOnce();
  });

  it('keeps a dialog open on an Escape the input method takes', () => {
    const onClose = vi.fn();
    const { getByRole } = render(
      <ModalDialog title="导入文件" closeLabel="关闭" onClose={onClose}>
        <input aria-label="路径" />
      </ModalDialog>,
    );
    const field = getByRole('textbox', { name: '路径' });
    fireEvent.keyDown(field, { key: 'Escape', isComposing: true });
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });
});
