import type { ContinueReading } from '../../../../shared/model';
import { formatDate } from '../../format';
import { useLocale, useT } from '../../i18n';
import { pageLabel } from '../../page-label';
import { articleHref, issueHref } from '../../route';

/** "Continue reading": back to the last article or page the reader opened. */
export function ContinueReadingCard({ place }: { place: ContinueReading }) {
  const t = useT();
  const locale = useLocale();
  const href = place.place.kind === 'article' ? articleHref(place.place.articleId) : issueHref(place.issueId, place.pageNumber);
  const page = pageLabel(t, { number: place.pageNumber, section: place.section });
  const issue = `${place.paperName} · ${formatDate(place.date, locale)}`;
  // An article is named by its title, then where it stands; a page by its issue, then itself.
  const [heading, where] = place.title === undefined ? [issue, page] : [place.title, `${issue} · ${page}`];
  return (
    <section className="continue-reading" aria-labelledby="continue-heading">
      <h2 id="continue-heading" className="continue-heading">
        {t('library.continue')}
      </h2>
      <a className="continue-link" href={href}>
        <span className="continue-title" lang="zh-CN">
          {heading}
        </span>
        <span className="continue-where">{where}</span>
      </a>
    </section>
  );
}
