import type { AnchoredAnnotation } from '../../../shared/annotation';
import { useT } from '../i18n';
import { AnnotationSummary } from './AnnotationSummary';
import { ProfileNameField } from './ProfileNameField';

/**
 * The annotations of the open article, in text order: each opens its editor (the keyboard's
 * way to a highlight). Below them, those that lost their place when the article was
 * re-imported, with their quote, to be attached to newly selected text.
 */
export function AnnotationSidebar({
  annotations,
  activeId,
  hasSelection,
  onOpen,
  onReattach,
  onDelete,
}: {
  annotations: readonly AnchoredAnnotation[];
  activeId: string | null;
  hasSelection: boolean;
  onOpen: (id: string) => void;
  onReattach: (id: string) => void;
  onDelete: (id: string) => void;
}) {
  const t = useT();
  const anchored = annotations.filter((a) => a.anchor);
  const orphaned = annotations.filter((a) => !a.anchor);
  return (
    <aside className="annotation-sidebar" aria-label={t('annotate.sidebar')}>
      <h2 className="annotation-sidebar-heading">
        {t('annotate.sidebar')} <span className="count">{t('annotate.count', { n: anchored.length })}</span>
      </h2>
      {annotations.length === 0 && <p className="hint">{t('annotate.none')}</p>}
      <ul className="annotation-list">
        {anchored.map(({ annotation }) => (
          <li key={annotation.id}>
            <button
              type="button"
              className={`annotation-item annotation-${annotation.color}${annotation.id === activeId ? ' is-active' : ''}`}
              aria-label={t('annotate.open', { quote: annotation.target.selector[0].exact.slice(0, 40) })}
              aria-pressed={annotation.id === activeId}
              onClick={() => onOpen(annotation.id)}
            >
              <AnnotationSummary quote={annotation.target.selector[0].exact} annotation={annotation} />
            </button>
          </li>
        ))}
      </ul>
      {orphaned.length > 0 && (
        <section className="orphaned-panel" aria-labelledby="orphaned-heading">
          <h3 id="orphaned-heading">{t('annotate.orphaned', { n: orphaned.length })}</h3>
          <p className="hint">{t('annotate.orphanedHint')}</p>
          <ul className="annotation-list">
            {orphaned.map((entry) => (
              <li key={entry.annotation.id} className={`annotation-item is-orphaned annotation-${entry.annotation.color}`}>
                <AnnotationSummary quote={entry.annotation.target.selector[0].exact} annotation={entry.annotation} />
                <div className="orphaned-actions">
                  <button
                    type="button"
                    className="button"
                    disabled={!hasSelection}
                    title={hasSelection ? undefined : t('annotate.reattachHint')}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => onReattach(entry.annotation.id)}
                  >
                    {t('annotate.reattach')}
                  </button>
                  <button type="button" className="button button-danger" onClick={() => onDelete(entry.annotation.id)}>
                    {t('annotate.delete')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ProfileNameField />
    </aside>
  );
}
