import { useT } from '../i18n';
import { AnnotationSummary } from './AnnotationSummary';
import { AnnotationNotices, OrphanedList } from './OrphanedList';
import { ProfileNameField } from './ProfileNameField';
import { articleHref } from '../route';
import type { ReplicaAnnotator } from './use-replica-annotator';

/**
 * The annotations of the page shown: its own (text and regions) and those on its articles,
 * each opening its editor; those whose text the page no longer has, to attach anew; the undo
 * of a delete.
 */
export function PageAnnotationPanel({ annotator }: { annotator: ReplicaAnnotator }) {
  const t = useT();
  const { placed, notes, open, setOpen, selection } = annotator;
  const shown = placed.filter((p) => !p.isLost);
  const lost = placed.filter((p) => p.isLost);
  const lastDeleted = notes.deleted[notes.deleted.length - 1];
  return (
    <aside className="annotation-sidebar page-annotations" aria-label={t('annotate.pagePanel')}>
      <h2 className="annotation-sidebar-heading">
        {t('annotate.pagePanel')} <span className="count">{t('annotate.count', { n: shown.length })}</span>
      </h2>
      {notes.onPage !== null && placed.length === 0 && <p className="hint">{t('annotate.pageNone')}</p>}
      <ul className="annotation-list">
        {shown.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className={`annotation-item annotation-${entry.color}${entry.id === open?.id ? ' is-active' : ''}`}
              aria-pressed={entry.id === open?.id}
              onClick={() => setOpen({ id: entry.id, focus: 'comment' })}
            >
              <AnnotationSummary quote={entry.quote || `▢ ${t('annotate.region')}`} annotation={entry} />
            </button>
            {entry.ref.kind === 'article' && (
              <a className="annotation-link" href={articleHref(entry.ref.articleId, undefined, entry.id)}>
                {t('annotate.inArticle')}
              </a>
            )}
          </li>
        ))}
      </ul>
      <OrphanedList
        headingId="lost-on-page-heading"
        heading={t('annotate.lostOnPage', { n: lost.length })}
        hint={t('annotate.lostOnPageHint')}
        entries={lost.map((entry) => ({ id: entry.id, color: entry.color, quote: entry.quote || `▢ ${t('annotate.region')}`, annotation: entry }))}
        hasSelection={selection !== null}
        onAttach={(id) => void annotator.attachToSelection(id)}
        onDelete={(id) => {
          const entry = lost.find((e) => e.id === id);
          if (entry) void notes.remove(entry.ref);
        }}
      />
      <ProfileNameField />
      <AnnotationNotices error={notes.error} canUndo={lastDeleted !== undefined} onUndo={() => void notes.undo()} notice={annotator.notice} />
    </aside>
  );
}

/** The toolbar's button that starts drawing a region on the page (R). */
export function DrawRegionButton({ annotator }: { annotator: ReplicaAnnotator }) {
  const t = useT();
  return (
    <button
      type="button"
      className="button"
      aria-pressed={annotator.isDrawing}
      aria-keyshortcuts="r"
      title={t('annotate.drawHint')}
      onClick={() => annotator.setIsDrawing(!annotator.isDrawing)}
    >
      ▢ {t('annotate.draw')}
    </button>
  );
}
