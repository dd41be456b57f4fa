import { useShortcuts } from '../keyboard';
import { useT } from '../i18n';
import type { CorrectionSession } from './use-correction-session';

/** The replica toolbar's 校对 button (and key C): shown only on a page with a layout analysis. */
export function CorrectToggle({ session }: { session: CorrectionSession }) {
  const t = useT();
  const hasAnalysis = session.page?.hasAnalysis === true;
  useShortcuts({ c: () => hasAnalysis && session.setIsCorrecting(!session.isCorrecting) });
  if (!hasAnalysis) return null;
  return (
    <button
      type="button"
      className="button"
      aria-pressed={session.isCorrecting}
      aria-keyshortcuts="C"
      title={t('correct.toggleHint')}
      onClick={() => session.setIsCorrecting(!session.isCorrecting)}
    >
      {t('correct.toggle')}
    </button>
  );
}
