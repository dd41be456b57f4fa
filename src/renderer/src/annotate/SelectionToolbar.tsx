import { annotationColors, type AnnotationColor } from '../../../shared/annotation';
import { useT } from '../i18n';
import { floatingStyle, type FloatingAnchor } from './floating';

export interface SelectionActions {
  onHighlight: (color: AnnotationColor) => void;
  onUnderline: () => void;
  onComment: () => void;
  onTag: () => void;
  onCopy: () => void;
  /** highlights the text and opens it to be quoted in a proposal (where text can be: not on a region) */
  onQuote?: () => void;
}

/**
 * The small toolbar over selected text: five colours, underline, comment, tags, copy with
 * citation and, where given, quote in a proposal. Pressing a button keeps the text selected (mousedown does not take the focus).
 */
export function SelectionToolbar({ at, ...actions }: { at: FloatingAnchor } & SelectionActions) {
  const t = useT();
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('annotate.toolbar')}
      style={floatingStyle(at, 'above')}
      onMouseDown={(event) => event.preventDefault()}
    >
      {annotationColors.map((color, index) => (
        <button
          key={color}
          type="button"
          className={`swatch swatch-${color}`}
          aria-label={t('annotate.highlightIn', { color: t(`annotate.color.${color}`) })}
          title={t('annotate.highlightIn', { color: t(`annotate.color.${color}`) })}
          aria-keyshortcuts={index === 0 ? 'h' : undefined}
          onClick={() => actions.onHighlight(color)}
        />
      ))}
      <button type="button" className="toolbar-button" aria-keyshortcuts="u" onClick={actions.onUnderline}>
        <span className="underline-mark">{t('annotate.underline')}</span>
      </button>
      <button type="button" className="toolbar-button" aria-keyshortcuts="n" onClick={actions.onComment}>
        {t('annotate.comment')}
      </button>
      <button type="button" className="toolbar-button" onClick={actions.onTag}>
        {t('annotate.tags')}
      </button>
      <button type="button" className="toolbar-button" onClick={actions.onCopy}>
        {t('annotate.copyCited')}
      </button>
      {actions.onQuote && (
        <button type="button" className="toolbar-button" onClick={actions.onQuote}>
          {t('proposal.quoteInto')}
        </button>
      )}
    </div>
  );
}
