import type { ArticleDetail, Block } from '../../../shared/model';
import { FontSizeControl } from '../components/FontSizeControl';
import { QueryStates } from '../components/QueryStates';
import { formatDate, formatSubtitle } from '../format';
import { useLocale, useT } from '../i18n';
import { pageLabel } from '../page-label';
import { articleHref, issueHref, libraryHref } from '../route';
import { useSettings } from '../settings-context';
import { useApiQuery } from '../use-api-query';
import { useDocumentTitle } from '../use-document-title';

/** One article, typeset as the paper sets it: kicker, title, subtitle, byline, body. */
export function ArticleView({ articleId }: { articleId: string }) {
  const t = useT();
  const { state, retry } = useApiQuery(`article:${articleId}`, (api) => api.getArticle({ articleId }));
  return (
    <QueryStates state={state} retry={retry} notFoundMessage={t('article.notFound')}>
      {(detail) => <ArticleContent detail={detail} />}
    </QueryStates>
  );
}

function ArticleContent({ detail }: { detail: ArticleDetail }) {
  const t = useT();
  const locale = useLocale();
  const { settings } = useSettings();
  const { article, paper, issue, page } = detail;
  useDocumentTitle(article.title);

  return (
    <div className="article-view">
      <div className="article-toolbar">
        <nav className="breadcrumbs" aria-label={t('article.breadcrumb')}>
          <ol>
            <li>
              <a href={libraryHref()}>{t('library.heading')}</a>
            </li>
            <li>
              <a href={issueHref(issue.id)}>
                {paper.name} · {formatDate(issue.date, locale)}
              </a>
            </li>
            <li>
              <a href={issueHref(issue.id, page.number)}>{pageLabel(t, page)}</a>
            </li>
          </ol>
        </nav>
        <FontSizeControl />
      </div>

      <article className="article" lang="zh-CN" style={{ fontSize: `${settings.articleFontSize / 16}rem` }}>
        <header className="article-header">
          <hgroup>
            {article.kicker && <p className="article-kicker">{article.kicker}</p>}
            <h1 className="article-title">{article.title}</h1>
            {article.subtitle && <p className="article-subtitle">{formatSubtitle(article.subtitle)}</p>}
          </hgroup>
          {article.byline && <p className="article-byline">{article.byline}</p>}
        </header>
        <div className="article-body">
          {article.blocks.map((block, index) => (
            <BlockView key={index} block={block} />
          ))}
        </div>
      </article>

      <nav className="pager" aria-label={t('article.neighbours')}>
        {detail.previousArticleId ? (
          <a className="button" href={articleHref(detail.previousArticleId)} rel="prev">
            ← {t('article.previous')}
          </a>
        ) : (
          <span className="button is-disabled" aria-disabled="true">
            {t('article.noPrevious')}
          </span>
        )}
        {detail.nextArticleId ? (
          <a className="button" href={articleHref(detail.nextArticleId)} rel="next">
            {t('article.next')} →
          </a>
        ) : (
          <span className="button is-disabled" aria-disabled="true">
            {t('article.noNext')}
          </span>
        )}
      </nav>
    </div>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      return <h2 className="block-heading">{block.text}</h2>;
    case 'caption':
      return <p className="block-caption">{block.text}</p>;
    default:
      return <p className="block-paragraph">{block.text}</p>;
  }
}
