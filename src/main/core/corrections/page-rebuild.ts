import { JianbaoError } from '../../../shared/errors';
import type { Article, Replica } from '../../../shared/model';
import type { IssueBundle } from '../archive/archive';
import { articleIdOf } from '../archive/ids';
import { buildIssue } from '../import/issue-builder';
import type { CorrectedPageArticles } from './articles-with-corrections';

/** An issue after one page's articles were built again, and what went. */
export interface RebuiltPage {
  bundle: IssueBundle;
  /** the archive's id of each article of the corrected analysis (null: it made no article) */
  articleIds: (string | null)[];
  /** articles the page had from its analysis that are no more (absorbed by a merge, not an article) */
  removedIds: string[];
}

/** The archive ids of a page's corrected articles, in the analysis's order. */
export function articleIdsOf(bundle: IssueBundle, pageNumber: number, page: CorrectedPageArticles): (string | null)[] {
  return page.keys.map((key) => (key === null ? null : articleIdOf(bundle.paper.id, bundle.issue.date, pageNumber, key)));
}

/**
 * Replaces the articles one page had from its analysis as corrected before (`before`) with
 * those it has as corrected now (`after`): an article of both keeps its id and is rewritten,
 * one only of `before` leaves the issue, a new one joins it; the page lists them in the
 * analysis's order, with its other articles (from other files) after them. Goes through
 * buildIssue like any import. Pure.
 */
export function replacePageArticles(
  bundle: IssueBundle,
  pageNumber: number,
  replica: Replica,
  before: CorrectedPageArticles,
  after: CorrectedPageArticles,
): RebuiltPage {
  const { paper, issue } = bundle;
  const page = issue.pages.find((p) => p.number === pageNumber);
  if (!page) throw new JianbaoError('NOT_FOUND', `这一期没有第 ${pageNumber} 版 / Issue ${issue.id} has no page ${pageNumber}.`);
  const oldIds = new Set(articleIdsOf(bundle, pageNumber, before).filter((id): id is string => id !== null));
  const articleIds = articleIdsOf(bundle, pageNumber, after);
  const newIds = new Set(articleIds.filter((id): id is string => id !== null));
  const removedIds = [...oldIds].filter((id) => !newIds.has(id));
  const touched = new Set([...oldIds, ...newIds]);

  const gone = new Set(removedIds);
  const pages = issue.pages.map((p) =>
    p.number !== pageNumber
      ? p
      : {
          ...p,
          articleIds: p.articleIds.filter((id) => !gone.has(id)),
          ...(p.areas ? { areas: p.areas.filter((a) => !touched.has(a.articleId)) } : {}),
        },
  );
  const built = buildIssue(
    paper,
    issue.date,
    [
      {
        draft: { kind: 'issue', format: 'pdf', pages: [{ number: pageNumber, areas: after.areas }], articles: after.articles, warnings: [] },
        file: { path: '', name: '', bytes: new Uint8Array(), sha256: replica.sha256, ext: replica.ext },
      },
    ],
    { issue: { ...issue, pages }, articles: bundle.articles.filter((a) => !gone.has(a.id)), pageTexts: [] },
  );

  const ordered = [...newIds];
  const rebuilt = built.bundle.issue;
  rebuilt.pages = rebuilt.pages.map((p) =>
    p.number !== pageNumber ? p : { ...p, articleIds: [...ordered, ...p.articleIds.filter((id) => !newIds.has(id))] },
  );
  const byId = new Map<string, Article>(built.bundle.articles.map((a) => [a.id, a]));
  const articles = rebuilt.pages.flatMap((p) => p.articleIds.flatMap((id) => byId.get(id) ?? []));
  return { bundle: { paper, issue: rebuilt, articles }, articleIds, removedIds };
}
