import type { Page } from '../../../shared/model';
import { useT } from '../i18n';
import { pageLabel } from '../page-label';
import { PageThumbnail } from '../replica/PageThumbnail';
import { originalUrl } from '../replica/replica-url';

/** The pages (版) of an issue, each as `第 N 版 · 栏目` under a thumbnail of its replica. */
export function PageNavigator({
  pages,
  selected,
  onChoose,
}: {
  pages: readonly Page[];
  selected: Page | undefined;
  onChoose: (page: Page) => void;
}) {
  const t = useT();
  return (
    <nav className="page-nav" aria-label={t('issue.pages')}>
      <ul>
        {pages.map((page) => (
          <li key={page.number}>
            <button
              type="button"
              className="page-nav-item"
              aria-pressed={page === selected}
              aria-keyshortcuts={page === selected ? 'ArrowLeft ArrowRight' : undefined}
              onClick={() => onChoose(page)}
            >
              {page.replica?.ext === 'pdf' ? (
                <PageThumbnail url={originalUrl(page.replica)} pageIndex={page.replica.pageIndex} />
              ) : (
                <span className="page-thumb page-thumb-empty" aria-hidden="true" />
              )}
              <span className="page-nav-label">{pageLabel(t, page)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
