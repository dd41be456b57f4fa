import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { isComposingKey } from '../keyboard';

/**
 * A modal dialog over the app: a titled panel on a dimmed backdrop. Tab stays inside, Esc or a
 * click on the backdrop closes it, and the app's shortcuts do not see the keys pressed in it.
 * `focusKey` changing moves the focus to its first field or primary button again.
 */
export function ModalDialog({
  title,
  closeLabel,
  onClose,
  focusKey,
  children,
}: {
  title: string;
  closeLabel: string;
  onClose: () => void;
  focusKey?: unknown;
  children: ReactNode;
}) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const first = dialog.querySelector<HTMLElement>('textarea, input, button.import-primary');
    (first ?? dialog).focus();
  }, [focusKey]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys pressed in the dialog are its own, not the view's shortcuts behind it.
    event.stopPropagation();
    if (isComposingKey(event)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab' && dialogRef.current) {
      keepTabInside(event, dialogRef.current);
    }
  };

  return createPortal(
    <div className="import-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div className="import-panel" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={dialogRef} tabIndex={-1} onKeyDown={onKeyDown}>
        <div className="import-panel-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button import-close" onClick={onClose}>
            {closeLabel}
          </button>
        </div>
        {children}
      </div>
    </div>,
    document.body,
  );
}

const focusableSelector = 'a[href], button:not(:disabled), textarea:not(:disabled), input:not(:disabled), select:not(:disabled), summary';

/** Tab from the last control goes to the first, Shift+Tab from the first to the last. */
function keepTabInside(event: KeyboardEvent<HTMLElement>, container: HTMLElement) {
  // Hidden controls (a file input a button opens) and those in a closed <details> take no focus.
  const focusable = [...container.querySelectorAll<HTMLElement>(focusableSelector)].filter(
    (element) => !element.hidden && !(element.closest('details:not([open])') && !element.closest('summary')),
  );
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === container)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
