import { useCallback, useMemo } from 'react';
import type { IssueSummary } from '../../../../shared/model';
import { VirtualList } from '../../components/VirtualList';
import { formatDate, formatMonth, monthKey } from '../../format';
import { useLocale, useT } from '../../i18n';
import { issueHref } from '../../route';

type Row = { kind: 'month'; key: string; count: number } | { kind: 'issue'; issue: IssueSummary };

/** Issues newest first, each run of one month headed by the month: the rows of the list. */
export function issueRows(issues: readonly IssueSummary[]): Row[] {
  const sorted = [...issues].sort((a, b) => b.date.localeCompare(a.date) || a.paperName.localeCompare(b.paperName, 'zh-CN'));
  const rows: Row[] = [];
  let header: Extract<Row, { kind: 'month' }> | null = null;
  for (const issue of sorted) {
    const key = monthKey(issue.date);
    if (!header || header.key !== key) {
      header = { kind: 'month', key, count: 0 };
      rows.push(header);
    }
    header.count += 1;
    rows.push({ kind: 'issue', issue });
  }
  return rows;
}

const rowKey = (row: Row) => (row.kind === 'month' ? `m:${row.key}` : row.issue.id);
const rowHeight = (row: Row) => (row.kind === 'month' ? 2.75 : 4.75);
const isIssue = (row: Row) => row.kind === 'issue';

/** Every issue by month, newest first, virtualized: smooth with ten thousand. */
export function IssueList({ issues }: { issues: readonly IssueSummary[] }) {
  const t = useT();
  const rows = useMemo(() => issueRows(issues), [issues]);
  const renderRow = useCallback(
    (row: Row, { tabIndex }: { tabIndex: 0 | -1 }) =>
      row.kind === 'month' ? <MonthHeading monthKey={row.key} count={row.count} /> : <IssueRow issue={row.issue} tabIndex={tabIndex} />,
    [],
  );
  return (
    <VirtualList
      items={rows}
      rowHeightRem={rowHeight}
      getKey={rowKey}
      isFocusable={isIssue}
      renderRow={renderRow}
      label={t('library.list')}
      className="issue-list"
    />
  );
}

function MonthHeading({ monthKey: key, count }: { monthKey: string; count: number }) {
  const t = useT();
  const locale = useLocale();
  return (
    <h3 className="month-heading">
      {formatMonth(key, locale)}
      <span className="month-count">{count === 1 ? t('library.issueCountOne') : t('library.issueCount', { n: count })}</span>
    </h3>
  );
}

function IssueRow({ issue, tabIndex }: { issue: IssueSummary; tabIndex: 0 | -1 }) {
  const t = useT();
  const locale = useLocale();
  const pages = issue.pageCount === 1 ? t('issue.pageCountOne') : t('issue.pageCount', { n: issue.pageCount });
  return (
    <a className="issue-card" href={issueHref(issue.id)} tabIndex={tabIndex}>
      <span className="issue-card-masthead">
        <span className="issue-card-date">{formatDate(issue.date, locale)}</span>
        <span className="issue-card-paper">{issue.paperName}</span>
        {issue.number !== undefined && <span className="issue-card-meta">{t('issue.number', { n: issue.number })}</span>}
        <span className="issue-card-meta">{pages}</span>
      </span>
      {issue.leadTitle && <span className="issue-card-lead">{issue.leadTitle}</span>}
    </a>
  );
}
