import type { IssueSummary } from '../../../shared/model';
import { formatDate } from '../format';
import { useLocale, useT } from '../i18n';
import { issueHref } from '../route';
import { useApiQuery } from '../use-api-query';

/** 上一期 / 下一期: the issues of the same paper just before and after this one, by date. */
export function IssueNeighbours({ paperId, issueId }: { paperId: string; issueId: string }) {
  const t = useT();
  const locale = useLocale();
  const { state } = useApiQuery(`issues-of:${paperId}`, (api) => api.listIssues({ paperId }));
  if (state.status !== 'ready') return null;
  const { previous, next } = neighboursOf(state.value, issueId);
  const link = (issue: IssueSummary | null, label: string, none: string, rel: 'prev' | 'next') =>
    issue ? (
      <a className="button" href={issueHref(issue.id)} rel={rel} title={formatDate(issue.date, locale)}>
        {rel === 'prev' ? `← ${label}` : `${label} →`}
      </a>
    ) : (
      <span className="button is-disabled" aria-disabled="true">
        {none}
      </span>
    );
  return (
    <nav className="issue-neighbours" aria-label={t('issue.neighbours')}>
      {link(previous, t('issue.previousIssue'), t('issue.noPreviousIssue'), 'prev')}
      {link(next, t('issue.nextIssue'), t('issue.noNextIssue'), 'next')}
    </nav>
  );
}

/** The issues dated just before and just after `issueId` among `issues` (one paper's). */
export function neighboursOf(issues: readonly IssueSummary[], issueId: string): { previous: IssueSummary | null; next: IssueSummary | null } {
  const sorted = [...issues].sort((a, b) => a.date.localeCompare(b.date) || (a.number ?? 0) - (b.number ?? 0));
  const at = sorted.findIndex((issue) => issue.id === issueId);
  if (at === -1) return { previous: null, next: null };
  return { previous: sorted[at - 1] ?? null, next: sorted[at + 1] ?? null };
}
