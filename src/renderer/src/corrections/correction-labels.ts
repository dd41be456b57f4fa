import type { LayoutCorrection } from '../../../shared/layout-corrections';
import type { LayoutRole } from '../../../shared/page-layout';
import type { MessageKey, Translate } from '../i18n';

/** What a block's role is called. */
export function roleLabel(t: Translate, role: LayoutRole): string {
  return t(`correct.role.${role}` as MessageKey & `correct.role.${LayoutRole}`);
}

/** What a correction is called in the page's history. */
export function correctionLabel(t: Translate, correction: LayoutCorrection): string {
  if (correction.kind === 'role') return t('correct.kind.role', { role: roleLabel(t, correction.role) });
  return t(`correct.kind.${correction.kind}` as MessageKey & `correct.kind.${Exclude<LayoutCorrection['kind'], 'role'>}`);
}

/** What the notice says once a correction is saved. */
export function doneLabel(t: Translate, correction: Pick<LayoutCorrection, 'kind'> & { role?: LayoutRole }): string {
  if (correction.kind === 'role' && correction.role) return t('correct.done.role', { role: roleLabel(t, correction.role) });
  return t(`correct.done.${correction.kind}` as MessageKey & `correct.done.${Exclude<LayoutCorrection['kind'], 'role'>}`);
}
