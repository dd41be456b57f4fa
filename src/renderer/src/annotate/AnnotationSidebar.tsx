import type { AnchoredAnnotation } from '../../../shared/annotation';
import { useT } from '../i18n';
import { AnnotationSummary } from './AnnotationSummary';
import { OrphanedList } from './OrphanedList';
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
      <OrphanedList
        headingId="orphaned-heading"
        heading={t('annotate.orphaned', { n: orphaned.length })}
        hint={t('annotate.orphanedHint')}
        entries={orphaned.map(({ annotation }) => ({ id: annotation.id, color: annotation.color, quote: annotation.target.selector[0].exact, annotation }))}
        hasSelection={hasSelection}
        onAttach={onReattach}
        onDelete={onDelete}
      />
      <ProfileNameField />
    </aside>
  );
}
