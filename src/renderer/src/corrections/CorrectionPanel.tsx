import { correctableRoles } from '../../../shared/layout-corrections';
import type { LayoutRole } from '../../../shared/page-layout';
import { useUndoKey } from '../annotate/use-undo-key';
import { useT } from '../i18n';
import { correctionLabel, doneLabel, roleLabel } from './correction-labels';
import type { CorrectionSession } from './use-correction-session';

/**
 * Beside the replica in correction mode: the selected block and its article, the corrections
 * that can be made to them, the notice of the last one with its undo (also Ctrl+Z), and the
 * page's corrections, each of which can be undone on its own.
 */
export function CorrectionPanel({ session }: { session: CorrectionSession }) {
  const t = useT();
  const { page, selected, selectedArticle, mode, notice, isSaving } = session;
  const last = page?.corrections.at(-1) ?? null;
  useUndoKey(!isSaving && last !== null, () => {
    if (last) void session.undo(last.id, t('correct.undone'));
  });
  if (!page) return null;

  return (
    <aside className="correction-panel" aria-labelledby="correction-heading">
      <h2 id="correction-heading" className="side-heading">
        {t('correct.panel')}
      </h2>
      {!page.hasAnalysis ? (
        <p className="state-message">{t('correct.noAnalysis')}</p>
      ) : (
        <>
          <p className="correction-intro">{t('correct.intro')}</p>
          {notice && (
            <p className={`correction-notice${notice.isError ? ' is-error' : ''}`} role={notice.isError ? 'alert' : 'status'}>
              {notice.message}{' '}
              {notice.undoId && (
                <button type="button" className="button" disabled={isSaving} onClick={() => notice.undoId && void session.undo(notice.undoId, t('correct.undone'))}>
                  {t('correct.undo')}
                </button>
              )}
            </p>
          )}
          {page.unapplied.length > 0 && <p className="correction-unapplied">{t('correct.unapplied', { n: page.unapplied.length })}</p>}
          {mode === 'merge' || mode === 'move' || mode === 'draw' ? (
            <p className="correction-hint" role="status">
              {t(mode === 'merge' ? 'correct.pickMerge' : mode === 'move' ? 'correct.pickMove' : 'correct.drawHint')}{' '}
              <button type="button" className="button" onClick={() => session.setMode('select')}>
                {t('correct.cancel')}
              </button>
            </p>
          ) : null}
          {selected && (
            <section className="correction-selected" aria-label={t('correct.selected')}>
              <p className="correction-excerpt">
                <strong>{t('correct.selected')}</strong>：{selected.text.slice(0, 80)}
              </p>
              <p>
                <strong>{t('correct.article')}</strong>：{selectedArticle ? selectedArticle.title : t('correct.noArticle')}
              </p>
              <label className="correction-role-field">
                {t('correct.role')}{' '}
                <select
                  value={selected.role}
                  disabled={isSaving}
                  onChange={(event) => {
                    const role = event.target.value as LayoutRole;
                    if (role === 'furniture') {
                      void session.apply({ kind: 'not-article', blockId: selected.id, scope: 'block' }, doneLabel(t, { kind: 'not-article' }));
                    } else if ((correctableRoles as readonly string[]).includes(role)) {
                      void session.apply({ kind: 'role', blockId: selected.id, role: role as (typeof correctableRoles)[number] }, doneLabel(t, { kind: 'role', role }));
                    }
                  }}
                >
                  {[...correctableRoles, 'furniture' as const].map((role) => (
                    <option key={role} value={role}>
                      {roleLabel(t, role)}
                    </option>
                  ))}
                </select>
              </label>
              <div className="correction-actions" role="group" aria-label={t('correct.panel')}>
                <button type="button" className="button" disabled={isSaving || !selectedArticle} aria-pressed={mode === 'merge'} onClick={() => session.setMode('merge')}>
                  {t('correct.merge')}
                </button>
                <button type="button" className="button" disabled={isSaving} aria-pressed={mode === 'move'} onClick={() => session.setMode('move')}>
                  {t('correct.move')}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={isSaving || !selectedArticle || selectedArticle.blockIds[0] === selected.id}
                  onClick={() => void session.apply({ kind: 'split', blockId: selected.id }, t('correct.done.split'))}
                >
                  {t('correct.split')}
                </button>
                <button type="button" className="button" disabled={isSaving || !selectedArticle} aria-pressed={mode === 'draw'} onClick={() => session.setMode('draw')}>
                  {t('correct.redraw')}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={isSaving || selected.role === 'furniture'}
                  onClick={() => void session.apply({ kind: 'not-article', blockId: selected.id, scope: 'block' }, t('correct.done.not-article'))}
                >
                  {t('correct.notArticleBlock')}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={isSaving || !selectedArticle}
                  onClick={() => void session.apply({ kind: 'not-article', blockId: selected.id, scope: 'article' }, t('correct.done.not-article'))}
                >
                  {t('correct.notArticleWhole')}
                </button>
              </div>
            </section>
          )}
          <div className="correction-page-actions">
            <button
              type="button"
              className="button"
              disabled={isSaving || page.isReviewed}
              onClick={() => void session.apply({ kind: 'reviewed' }, t('correct.done.reviewed'))}
            >
              {t('correct.reviewed')}
            </button>
            <button
              type="button"
              className="button"
              aria-keyshortcuts="Control+Z"
              disabled={isSaving || !last}
              onClick={() => last && void session.undo(last.id, t('correct.undone'))}
            >
              {t('correct.undoLast')}
            </button>
          </div>
          {page.corrections.length > 0 && (
            <section aria-label={t('correct.history', { n: page.corrections.length })}>
              <h3 className="correction-history-heading">{t('correct.history', { n: page.corrections.length })}</h3>
              <ol className="correction-history" reversed>
                {[...page.corrections].reverse().map((correction) => (
                  <li key={correction.id}>
                    <span>{correctionLabel(t, correction)}</span>
                    {page.unapplied.some((u) => u.correction.id === correction.id) && <span className="correction-not-applied">（{t('correct.notApplied')}）</span>}{' '}
                    <button
                      type="button"
                      className="button button-small"
                      disabled={isSaving}
                      aria-label={`${t('correct.undo')} ${correctionLabel(t, correction)}`}
                      onClick={() => void session.undo(correction.id, t('correct.undone'))}
                    >
                      {t('correct.undo')}
                    </button>
                  </li>
                ))}
              </ol>
            </section>
          )}
        </>
      )}
    </aside>
  );
}
