import type { IssueSummary } from '../../../shared/model';
import { QueryStates } from '../components/QueryStates';
import { formatDate, formatMonth, monthKey } from '../format';
import { useLocale, useT } from '../i18n';
import { issueHref } from '../route';
import { useApiQuery } from '../use-api-query';
import { useDocumentTitle } from '../use-document-title';

interface MonthGroup {
  key: string;
  issues: IssueSummary[];
}

/** Issues newest first, in runs of one month each. */
export function groupByMonth(issues: readonly IssueSummary[]): MonthGroup[] {
  const sorted = [...issues].sort(
    (a, b) => b.date.localeCompare(a.date) || a.paperName.localeCompare(b.paperName, 'zh-CN'),
  );
  const groups: MonthGroup[] = [];
  for (const issue of sorted) {
    const key = monthKey(issue.date);
    const last = groups.at(-1);
    if (last && last.key === key) last.issues.push(issue);
    else groups.push({ key, issues: [issue] });
  }
  return groups;
}

/** The archive's issues by date, newest first, grouped by month. */
export function LibraryView() {
  const t = useT();
  const { state, retry } = useApiQuery('library', (api) => api.listIssues({}));
  useDocumentTitle(null);

  return (
    <section className="library" aria-labelledby="library-heading">
      <h1 id="library-heading" className="view-heading">
        {t('library.heading')}
      </h1>
      <QueryStates state={state} retry={retry} notFoundMessage={t('library.empty')}>
        {(issues) =>
          issues.length === 0 ? (
            <div className="state">
              <p className="state-message">{t('library.empty')}</p>
              <p>{t('library.emptyHint')}</p>
            </div>
          ) : (
            groupByMonth(issues).map((group) => <MonthSection key={group.key} group={group} />)
          )
        }
      </QueryStates>
    </section>
  );
}

function MonthSection({ group }: { group: MonthGroup }) {
  const locale = useLocale();
  const headingId = `month-${group.key}`;
  return (
    <section className="month" aria-labelledby={headingId}>
      <h2 id={headingId} className="month-heading">
        {formatMonth(group.key, locale)}
      </h2>
      <ul className="issue-list">
        {group.issues.map((issue) => (
          <li key={issue.id}>
            <IssueCard issue={issue} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function IssueCard({ issue }: { issue: IssueSummary }) {
  const t = useT();
  const locale = useLocale();
  const pages = issue.pageCount === 1 ? t('issue.pageCountOne') : t('issue.pageCount', { n: issue.pageCount });
  return (
    <a className="issue-card" href={issueHref(issue.id)}>
      <span className="issue-card-masthead">
        <span className="issue-card-paper">{issue.paperName}</span>
        <span className="issue-card-date">{formatDate(issue.date, locale)}</span>
      </span>
      <span className="issue-card-meta">
        {issue.number !== undefined && <span>{t('issue.number', { n: issue.number })}</span>}
        <span>{pages}</span>
      </span>
      {issue.leadTitle && <span className="issue-card-lead">{issue.leadTitle}</span>}
    </a>
  );
}
