import type { Annotation, AnnotationColor } from '../../../shared/annotation';
import { useT } from '../i18n';
import { AnnotationSummary } from './AnnotationSummary';

/** An annotation that lost its text, as the side panels list it. */
export interface OrphanedEntry {
  id: string;
  color: AnnotationColor;
  quote: string;
  annotation: Pick<Annotation, 'body'>;
}

/**
 * The annotations whose text is gone, each with its quote, to attach to the text selected now
 * (the button does not take the selection away) or to delete. Nothing is shown without any.
 */
export function OrphanedList({
  headingId,
  heading,
  hint,
  entries,
  hasSelection,
  onAttach,
  onDelete,
}: {
  headingId: string;
  heading: string;
  hint: string;
  entries: readonly OrphanedEntry[];
  hasSelection: boolean;
  onAttach: (id: string) => void;
  onDelete: (id: string) => void;
}) {
  const t = useT();
  if (entries.length === 0) return null;
  return (
    <section className="orphaned-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      <p className="hint">{hint}</p>
      <ul className="annotation-list">
        {entries.map((entry) => (
          <li key={entry.id} className={`annotation-item is-orphaned annotation-${entry.color}`}>
            <AnnotationSummary quote={entry.quote} annotation={entry.annotation} />
            <div className="orphaned-actions">
              <button
                type="button"
                className="button"
                disabled={!hasSelection}
                title={hasSelection ? undefined : t('annotate.reattachHint')}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onAttach(entry.id)}
              >
                {t('annotate.reattach')}
              </button>
              <button type="button" className="button button-danger" onClick={() => onDelete(entry.id)}>
                {t('annotate.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The notices under the annotations: why a save failed, the undo of the last delete (with a
 * way to dismiss it where `onDismiss` is given), and a passing notice (copied).
 */
export function AnnotationNotices({
  error,
  canUndo,
  onUndo,
  onDismiss,
  notice,
}: {
  error: string | null;
  canUndo: boolean;
  onUndo: () => void;
  onDismiss?: (() => void) | undefined;
  notice: string | null;
}) {
  const t = useT();
  return (
    <div className="annotation-toast" role="status">
      {error && <p className="error">{t('annotate.saveFailed', { message: error })}</p>}
      {canUndo && (
        <p>
          {t('annotate.deleted')}{' '}
          <button type="button" className="button" aria-keyshortcuts="Control+Z" onClick={onUndo}>
            {t('annotate.undo')}
          </button>
          {onDismiss && (
            <>
              {' '}
              <button type="button" className="button-quiet" aria-label={t('annotate.close')} onClick={onDismiss}>
                ×
              </button>
            </>
          )}
        </p>
      )}
      {notice && <p>{notice}</p>}
    </div>
  );
}
