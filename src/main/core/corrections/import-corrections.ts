import type { Article } from '../../../shared/model';
import type { Archive } from '../archive/archive';
import type { BuiltIssue } from '../import/issue-builder';
import { articlesWithCorrections } from './articles-with-corrections';
import { correctionStores, isEntryOf } from './corrections-file';
import { replacePageArticles } from './page-rebuild';

/**
 * Applies the reader's stored corrections to an issue an import has just built: each page with
 * a layout analysis and corrections kept for its replica (corrections/<issue>.json) gets the
 * articles of its analysis as corrected, in place of those of the analysis as it came. So a
 * re-import or re-analysis of the same PDF keeps every merge, split and title set by hand;
 * a correction whose blocks the new analysis no longer has is kept for later. Each analysed
 * page also notes its analysis's confidence in the library, for the 待校对 list.
 */
export async function withStoredCorrections(
  archive: Archive,
  built: BuiltIssue,
  /** the articles the archive held before the import, so that one corrected as before is not reported changed */
  before: readonly Article[] = [],
): Promise<BuiltIssue> {
  const analysed = built.pageTexts.filter((text) => text.analysis);
  if (analysed.length === 0) return built;
  const file = await correctionStores(archive)(built.bundle.issue.id).read();
  let { bundle } = built;
  const removed = new Set<string>();
  const added: string[] = [];
  for (const text of analysed) {
    const corrections = file.pages.find((entry) => isEntryOf(entry, text.replica))?.corrections ?? [];
    if (corrections.length === 0 || !text.analysis) continue;
    const rebuilt = replacePageArticles(
      bundle,
      text.pageNumber,
      text.replica,
      articlesWithCorrections(text.analysis, text.pageNumber, []),
      articlesWithCorrections(text.analysis, text.pageNumber, corrections),
    );
    bundle = rebuilt.bundle;
    for (const id of rebuilt.removedIds) removed.add(id);
    for (const id of rebuilt.articleIds) if (id !== null) added.push(id);
  }
  const confidence = new Map(analysed.map((text) => [text.pageNumber, text.analysis!.confidence]));
  bundle = {
    ...bundle,
    issue: {
      ...bundle.issue,
      pages: bundle.issue.pages.map((page) => (confidence.has(page.number) ? { ...page, analysisConfidence: confidence.get(page.number)! } : page)),
    },
  };
  const importedArticleIds = [...new Set([...built.importedArticleIds, ...added])].filter((id) => !removed.has(id));
  return {
    ...built,
    bundle,
    importedArticleIds,
    changedArticleIds: built.changedArticleIds.filter((id) => {
      if (removed.has(id)) return false;
      const now = bundle.articles.find((a) => a.id === id);
      const was = before.find((a) => a.id === id);
      return !now || !was || now.text !== was.text;
    }),
  };
}
