import { forwardRef } from 'react';
import type { ArticleMeta, Page } from '../../../shared/model';
import { useT } from '../i18n';
import { articleHref } from '../route';
import { bylineInList } from '../format';

interface PageArticlesProps {
  page: Page;
  articles: readonly ArticleMeta[];
  /** the article whose area is pointed at on the replica: shown as such here */
  highlightedId?: string | null;
  /** the article pointed at or focused here, for the replica to show its area; null when none */
  onHighlight?: (articleId: string | null) => void;
}

/** The articles of one page, as links with kicker, title and byline; each and its area on the replica show each other. */
export const PageArticles = forwardRef<HTMLUListElement, PageArticlesProps>(
  function PageArticles({ page, articles, highlightedId = null, onHighlight }, listRef) {
    const t = useT();
    const byId = new Map(articles.map((article) => [article.id, article]));
    const onPage = page.articleIds.flatMap((id) => byId.get(id) ?? []);
    const headingId = `page-${page.number}-heading`;
    return (
      <section className="page-articles" aria-labelledby={headingId}>
        <h2 id={headingId} className="page-heading">
          {t('issue.articlesOnPage')}
        </h2>
        {onPage.length === 0 ? (
          <p className="state-message">{t('issue.noArticles')}</p>
        ) : (
          <ul className="article-list" aria-label={t('issue.articlesOnPage')} ref={listRef}>
            {onPage.map((article) => (
              <li key={article.id}>
                <a
                  className={`article-link${article.id === highlightedId ? ' is-highlighted' : ''}`}
                  href={articleHref(article.id)}
                  lang="zh-CN"
                  aria-keyshortcuts="j k"
                  onPointerEnter={() => onHighlight?.(article.id)}
                  onPointerLeave={() => onHighlight?.(null)}
                  onFocus={() => onHighlight?.(article.id)}
                  onBlur={() => onHighlight?.(null)}
                >
                  {article.kicker && <span className="article-link-kicker">{article.kicker}</span>}
                  <span className="article-link-title">{article.title}</span>
                  {article.byline && <span className="article-link-byline">{bylineInList(article.byline)}</span>}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  },
);
