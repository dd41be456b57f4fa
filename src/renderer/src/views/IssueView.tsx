import { useEffect, useState } from 'react';
import type { ArticleMeta, IssueDetail, Page } from '../../../shared/model';
import { QueryStates } from '../components/QueryStates';
import { formatDate } from '../format';
import { useLocale, useT } from '../i18n';
import { pageLabel } from '../page-label';
import { articleHref, issueHref, libraryHref } from '../route';
import { useApiQuery } from '../use-api-query';
import { useDocumentTitle } from '../use-document-title';
import { replaceHash } from '../use-hash-route';

/** One issue: its masthead, its pages (版), and the articles of the chosen page. */
export function IssueView({ issueId, pageNumber }: { issueId: string; pageNumber: number | null }) {
  const t = useT();
  const { state, retry } = useApiQuery(`issue:${issueId}`, (api) => api.getIssue({ issueId }));
  return (
    <QueryStates state={state} retry={retry} notFoundMessage={t('issue.notFound')}>
      {(detail) => <IssueContent detail={detail} requestedPage={pageNumber} />}
    </QueryStates>
  );
}

function IssueContent({ detail, requestedPage }: { detail: IssueDetail; requestedPage: number | null }) {
  const t = useT();
  const locale = useLocale();
  const { issue, paper } = detail;
  const pages = [...issue.pages].sort((a, b) => a.number - b.number);
  const [chosenPage, setChosenPage] = useState(requestedPage);
  useEffect(() => setChosenPage(requestedPage), [requestedPage]);

  const selectedIndex = Math.max(0, pages.findIndex((page) => page.number === chosenPage));
  const selected = pages[selectedIndex];
  const date = formatDate(issue.date, locale);
  useDocumentTitle(`${paper.name} ${date}`);

  const choose = (page: Page) => {
    setChosenPage(page.number);
    replaceHash(issueHref(issue.id, page.number));
  };
  const previous = pages[selectedIndex - 1];
  const next = pages[selectedIndex + 1];

  return (
    <section className="issue" aria-labelledby="issue-heading">
      <nav className="breadcrumbs" aria-label={t('article.breadcrumb')}>
        <ol>
          <li>
            <a href={libraryHref()}>{t('library.heading')}</a>
          </li>
          <li aria-current="page">
            {paper.name} · {date}
          </li>
        </ol>
      </nav>
      <header className="issue-masthead">
        <h1 id="issue-heading" className="issue-paper">
          {paper.name}
        </h1>
        <p className="issue-dateline">
          <span>{date}</span>
          {issue.number !== undefined && <span>{t('issue.number', { n: issue.number })}</span>}
        </p>
      </header>

      {pages.length > 0 && (
        <nav className="page-tabs" aria-label={t('issue.pages')}>
          <ul>
            {pages.map((page) => (
              <li key={page.number}>
                <button
                  type="button"
                  className="page-tab"
                  aria-pressed={page === selected}
                  onClick={() => choose(page)}
                >
                  {pageLabel(t, page)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {selected ? (
        <PageArticles page={selected} articles={detail.articles} />
      ) : (
        <p className="state-message">{t('issue.noArticles')}</p>
      )}

      {pages.length > 1 && (
        <div className="pager">
          <button type="button" className="button" disabled={!previous} onClick={() => previous && choose(previous)}>
            ← {t('issue.previousPage')}
          </button>
          <button type="button" className="button" disabled={!next} onClick={() => next && choose(next)}>
            {t('issue.nextPage')} →
          </button>
        </div>
      )}
    </section>
  );
}

function PageArticles({ page, articles }: { page: Page; articles: readonly ArticleMeta[] }) {
  const t = useT();
  const byId = new Map(articles.map((article) => [article.id, article]));
  const onPage = page.articleIds.flatMap((id) => byId.get(id) ?? []);
  const headingId = `page-${page.number}-heading`;
  return (
    <section className="page-articles" aria-labelledby={headingId}>
      <h2 id={headingId} className="page-heading">
        {pageLabel(t, page)}
      </h2>
      {onPage.length === 0 ? (
        <p className="state-message">{t('issue.noArticles')}</p>
      ) : (
        <ul className="article-list" aria-label={t('issue.articlesOnPage')}>
          {onPage.map((article) => (
            <li key={article.id}>
              <a className="article-link" href={articleHref(article.id)} lang="zh-CN">
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
}
