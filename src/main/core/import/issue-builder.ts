import { canonicalText } from '../../../shared/canonical-text';
import { JianbaoError } from '../../../shared/errors';
import type { PageText } from '../../../shared/import-types';
import type { Article, Issue, Page, Paper, Rect } from '../../../shared/model';
import type { IssueBundle } from '../archive/archive';
import { articleIdOf, issueIdOf, sha256Hex } from '../archive/ids';
import type { IssueDraft, SourceFile } from './drafts';

/** An issue as the archive holds it before the import: nothing, for a new issue. */
export interface ExistingIssue {
  issue: Issue | null;
  articles: Article[];
  pageTexts: PageText[];
}

/** The records of one issue after the import, and what changed. */
export interface BuiltIssue {
  bundle: IssueBundle;
  pageTexts: PageText[];
  /** ids of the articles the import wrote */
  importedArticleIds: string[];
  /** ids of the articles that were there before with other text */
  changedArticleIds: string[];
}

const maxPageNumber = 9999;

/**
 * Merges the drafts of one issue (one paper, one date) into what the archive holds of it.
 * Pages are matched by number; an article by paper, date, page and title (or its idKey, ids.ts), so a
 * changed version of an article replaces the old one in place. The old originals stay listed
 * in the issue's sources. Pure: reads nothing, writes nothing; throws on records the archive
 * must not hold.
 */
export function buildIssue(
  paper: Paper,
  date: string,
  drafts: readonly { draft: IssueDraft; file: SourceFile }[],
  existing: ExistingIssue,
): BuiltIssue {
  const issueId = issueIdOf(paper.id, date);
  const pages = new Map<number, Page>();
  for (const page of existing.issue?.pages ?? []) pages.set(page.number, structuredClone(page));
  const articles = new Map(existing.articles.map((a) => [a.id, a]));
  const pageTexts = new Map(existing.pageTexts.map((t) => [t.pageNumber, t]));
  const sources = [...(existing.issue?.sources ?? [])];
  const importedArticleIds: string[] = [];
  const changedArticleIds: string[] = [];
  let number = existing.issue?.number;
  const pendingAreas: { page: Page; title: string; idKey?: string; rect: Rect }[] = [];

  const pageAt = (pageNumber: number): Page => {
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > maxPageNumber) {
      throw new JianbaoError('INVALID_ARGUMENT', `无效的版号 ${pageNumber} / Invalid page number ${pageNumber}.`);
    }
    let page = pages.get(pageNumber);
    if (!page) {
      page = { number: pageNumber, section: '', articleIds: [] };
      pages.set(pageNumber, page);
    }
    return page;
  };

  for (const { draft, file } of drafts) {
    if (!sources.includes(file.sha256)) sources.push(file.sha256);
    if (draft.issueNumber !== undefined) number = draft.issueNumber;
    for (const pageDraft of draft.pages) {
      const page = pageAt(pageDraft.number);
      if (pageDraft.section) page.section = pageDraft.section;
      if (pageDraft.leadTitle) page.leadTitle = pageDraft.leadTitle;
      for (const area of pageDraft.areas ?? []) pendingAreas.push({ page, ...area });
      if (pageDraft.replicaPageIndex !== undefined) {
        page.replica = { sha256: file.sha256, ext: 'pdf', pageIndex: pageDraft.replicaPageIndex };
        if (pageDraft.text) {
          pageTexts.set(page.number, { pageNumber: page.number, replica: page.replica, ...pageDraft.text });
        }
      }
    }
    for (const articleDraft of draft.articles) {
      const title = articleDraft.title.trim();
      if (title === '') throw new JianbaoError('NO_TEXT', `${file.name}：文章没有标题 / ${file.name}: an article has no title.`);
      const page = pageAt(articleDraft.pageNumber);
      const id = articleIdOf(paper.id, date, page.number, articleDraft.idKey?.trim() || title);
      const blocks = articleDraft.blocks.map((b) => ({ kind: b.kind, text: b.text.normalize('NFC') }));
      const text = canonicalText(blocks);
      const before = articles.get(id);
      // A changed text needs nothing more here: AnnotationBook (annotations/annotation-book.ts,
      // issue 5) re-anchors every annotation from its selectors on each read, and keeps those
      // that no longer anchor as orphaned. changedArticleIds tells the user which ones to check.
      if (before && before.text !== text) changedArticleIds.push(id);
      articles.set(id, {
        id,
        issueId,
        pageNumber: page.number,
        ...(articleDraft.kicker ? { kicker: articleDraft.kicker } : {}),
        title,
        ...(articleDraft.subtitle ? { subtitle: articleDraft.subtitle } : {}),
        ...(articleDraft.byline ? { byline: articleDraft.byline } : {}),
        ...(articleDraft.editor ? { editor: articleDraft.editor } : {}),
        ...(articleDraft.source ? { source: articleDraft.source } : {}),
        contentHash: sha256Hex(text),
        blocks,
        text,
      });
      if (!page.articleIds.includes(id)) page.articleIds.push(id);
      importedArticleIds.push(id);
    }
  }

  // Areas name their article by title; it is on the same page, maybe from another file. An
  // article may have several (a headline across columns, a body in two blocks): the areas
  // this import gives an article replace all it had before.
  const replaced = new Set<string>();
  for (const { page, title, idKey, rect } of pendingAreas) {
    const articleId = articleIdOf(paper.id, date, page.number, idKey?.trim() || title.trim());
    if (!articles.has(articleId)) continue;
    const key = `${page.number}\u0000${articleId}`;
    const kept = replaced.has(key) ? (page.areas ?? []) : (page.areas ?? []).filter((a) => a.articleId !== articleId);
    replaced.add(key);
    page.areas = [...kept, { articleId, rect }];
  }

  const issue: Issue = {
    id: issueId,
    paperId: paper.id,
    date,
    ...(number === undefined ? {} : { number }),
    pages: [...pages.values()].sort((a, b) => a.number - b.number),
    sources,
  };
  const ordered = issue.pages.flatMap((page) => page.articleIds.flatMap((id) => articles.get(id) ?? []));
  return {
    bundle: { paper, issue, articles: ordered },
    pageTexts: [...pageTexts.values()].sort((a, b) => a.pageNumber - b.pageNumber),
    importedArticleIds,
    changedArticleIds,
  };
}
