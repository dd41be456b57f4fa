import { forwardRef } from 'react';
import type { ArticleMeta, Page } from '../../../shared/model';
import { useT } from '../i18n';
import { articleHref } from '../route';

/** The articles of one page, as links with kicker, title and byline. */
export const PageArticles = forwardRef<HTMLUListElement, { page: Page; articles: readonly ArticleMeta[] }>(
  function PageArticles({ page, articles }, listRef) {
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
                <a className="article-link" href={articleHref(article.id)} lang="zh-CN" aria-keyshortcuts="j k">
                  {article.kicker && <span className="article-link-kicker">{article.kicker}</span>}
                  <span className="article-link-title">{article.title}</span>
                  {article.byline && <span className="article-link-byline">{article.byline}</span>}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  },
);
