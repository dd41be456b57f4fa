import { useMemo, useState } from 'react';
import type { IssueSummary } from '../../../../shared/model';
import { indexByDate, monthKeyOf, monthWeeks } from '../../calendar';
import { formatDate, formatMonth, parseIsoDate } from '../../format';
import { useLocale, useT } from '../../i18n';
import { issueHref } from '../../route';

const months = Array.from({ length: 12 }, (_, index) => index + 1);

/**
 * The back-issue calendar (往期): a year, its twelve months with those that have issues
 * enabled, and the chosen month's days, each day with an issue a link that opens it.
 */
export function IssueCalendar({ issues }: { issues: readonly IssueSummary[] }) {
  const t = useT();
  const locale = useLocale();
  const index = useMemo(() => indexByDate(issues), [issues]);
  const newest = useMemo(
    () => parseIsoDate(issues.reduce((max, issue) => (parseIsoDate(issue.date) && issue.date > max ? issue.date : max), '')),
    [issues],
  );
  const [chosen, setChosen] = useState<{ year: number; month: number } | null>(null);
  const at = chosen ?? (newest ? { year: newest.year, month: newest.month } : null);
  if (!at) return <p className="state-message">{t('library.noDatedIssues')}</p>;

  const hasMonth = (year: number, month: number) => index.byMonth.has(monthKeyOf(year, month));
  const chooseYear = (year: number) => {
    const month = [...months].reverse().find((m) => hasMonth(year, m)) ?? 1;
    setChosen({ year, month });
  };
  const days = index.byMonth.get(monthKeyOf(at.year, at.month));
  const weekdays = t('calendar.weekdays').split(' ');
  const monthName = formatMonth(monthKeyOf(at.year, at.month), locale);

  return (
    <div className="calendar">
      <div className="calendar-year">
        <label className="calendar-year-label">
          <span>{t('calendar.year')}</span>
          <select value={at.year} onChange={(event) => chooseYear(Number(event.target.value))}>
            {index.years.map((year) => (
              <option key={year} value={year}>
                {locale === 'en' ? year : `${year}年`}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="calendar-months" role="group" aria-label={t('calendar.months')}>
        {months.map((month) => {
          const count = index.byMonth.get(monthKeyOf(at.year, month))?.size ?? 0;
          return (
            <button
              key={month}
              type="button"
              className="calendar-month"
              aria-pressed={month === at.month}
              disabled={count === 0}
              aria-label={count > 0 ? t('calendar.monthWithIssues', { month: formatMonth(monthKeyOf(at.year, month), locale), n: count }) : undefined}
              onClick={() => setChosen({ year: at.year, month })}
            >
              {locale === 'en' ? formatMonth(monthKeyOf(at.year, month), 'en').slice(0, 3) : `${month}月`}
            </button>
          );
        })}
      </div>
      <table className="calendar-days">
        <caption>{monthName}</caption>
        <thead>
          <tr>
            {weekdays.map((day) => (
              <th key={day} scope="col">
                {day}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(at.year, at.month).map((week, row) => (
            <tr key={row}>
              {week.map((day, column) => {
                const dayIssues = day === null ? undefined : days?.get(day);
                const first = dayIssues?.[0];
                return (
                  <td key={column} className={first ? 'has-issue' : undefined}>
                    {first ? (
                      <a
                        className="calendar-day"
                        href={issueHref(first.id)}
                        aria-label={`${formatDate(first.date, locale)} ${dayIssues.map((i) => i.paperName).join('、')}`}
                      >
                        {day}
                      </a>
                    ) : (
                      day
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
