import { createPortal } from 'react-dom';
import { useT } from '../i18n';
import type { CaretBox } from './caret-mode';

/** The button that turns caret mode on and off (F7), and while it is on, what the keys do (in the toolbar's flow, over nothing). */
export function CaretModeButton({ isOn, onToggle }: { isOn: boolean; onToggle: () => void }) {
  const t = useT();
  return (
    <>
      <button type="button" className="button" aria-pressed={isOn} aria-keyshortcuts="F7" onClick={onToggle}>
        {t('caret.toggle')}
      </button>
      {isOn && (
        <span className="caret-hint" role="status">
          {t('caret.hint')}
        </span>
      )}
    </>
  );
}

/** The caret, drawn where the selection's moving end is. */
export function CaretMark({ isOn, caret }: { isOn: boolean; caret: CaretBox | null }) {
  if (!isOn || !caret) return null;
  return createPortal(
    <div className="caret-mark" aria-hidden="true" style={{ left: `${caret.left}px`, top: `${caret.top}px`, height: `${caret.height}px` }} />,
    document.body,
  );
}
