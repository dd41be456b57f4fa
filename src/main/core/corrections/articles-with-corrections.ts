import type { LayoutCorrection } from '../../../shared/layout-corrections';
import type { PageAnalysis } from '../../../shared/page-layout';
import type { ArticleDraft } from '../import/drafts';
import { articlesOfAnalysis, type AnalysedPageArticles } from '../layout/analysis-articles';
import { applyCorrections, type CorrectedAnalysis } from './apply-corrections';

/** A page's article drafts after the reader's corrections, with what the corrections did. */
export interface CorrectedPageArticles extends AnalysedPageArticles {
  areas: { title: string; idKey?: string; rect: AnalysedPageArticles['areas'][number]['rect'] }[];
  corrected: CorrectedAnalysis;
  /**
   * For each article of `corrected.analysis`, the key its archive id is made of (ids.ts: the
   * title it had before any correction, else its own), or null when it makes no article
   * (no text); `articles` holds the drafts of the others, in the same order.
   */
  keys: (string | null)[];
}

/**
 * The articles of an analysed page as the reader corrected it: the import calls this where
 * it turns a page's analysis into articles, and the correction mode after every correction.
 * An article keeps the id the uncorrected analysis gave it (its title then) through a merge
 * (the first article's), a split (the first part) and a new title, so that its annotations,
 * reading place and links stay with it.
 */
export function articlesWithCorrections(
  analysis: PageAnalysis,
  pageNumber: number,
  corrections: readonly LayoutCorrection[],
): CorrectedPageArticles {
  const titleOf = (one: PageAnalysis, index: number): string | undefined =>
    articlesOfAnalysis({ ...one, articles: one.articles.slice(index, index + 1) }, pageNumber).articles[0]?.title;
  const corrected = applyCorrections(analysis, corrections);
  const articles: ArticleDraft[] = [];
  const areas: CorrectedPageArticles['areas'] = [];
  const keys: (string | null)[] = [];
  corrected.analysis.articles.forEach((article, index) => {
    const draft = articlesOfAnalysis({ ...corrected.analysis, articles: [article] }, pageNumber).articles[0];
    if (!draft) {
      keys.push(null);
      return;
    }
    const origin = corrected.origins[index];
    const originalTitle = origin === null || origin === undefined ? undefined : titleOf(analysis, origin);
    // Two articles of one page may not share an id: a split's second part with the whole's title
    // gets a key of its own.
    let key = originalTitle ?? draft.title;
    for (let n = 2; keys.includes(key); n += 1) key = `${originalTitle ?? draft.title} (${n})`;
    const idKey = key === draft.title ? undefined : key;
    keys.push(key);
    articles.push({ ...draft, ...(idKey ? { idKey } : {}) });
    for (const rect of article.areas) areas.push({ title: draft.title, ...(idKey ? { idKey } : {}), rect });
  });
  return { articles, areas, corrected, keys };
}
