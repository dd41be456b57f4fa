import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { JianbaoError } from '../../../shared/errors';
import type { PageText } from '../../../shared/import-types';
import {
  needsCorrection,
  type CorrectionChange,
  type LayoutCorrection,
  type PageCorrections,
  type PageToCorrect,
} from '../../../shared/layout-corrections';
import type { Issue, Page, Paper, Replica } from '../../../shared/model';
import type { PageAnalysis } from '../../../shared/page-layout';
import type { Archive } from '../archive/archive';
import { applyCorrections } from './apply-corrections';
import { articlesWithCorrections } from './articles-with-corrections';
import { correctionStores, isEntryOf, type CorrectionsFile } from './corrections-file';
import { articleIdsOf, replacePageArticles } from './page-rebuild';
import { rehomeAnnotations, type MovedAnnotation } from './rehome-annotations';
import type { JsonStore } from '../storage/json-store';

export interface CorrectionBookOptions {
  now: () => Date;
  newId: () => string;
}

/** What a correction or its undo did. */
export interface CorrectionOutcome {
  page: PageCorrections;
  /** annotations that went with their text to another article */
  moved: MovedAnnotation[];
}

/** One analysed page as the archive holds it. */
interface AnalysedPage {
  paper: Paper;
  issue: Issue;
  page: Page;
  replica: Replica;
  analysis: PageAnalysis;
}

/**
 * The reader's corrections of the layout analysis, kept per issue in corrections/<issue>.json
 * and per page by its replica (the PDF's sha256 and page), so that a re-import or a
 * re-analysis of the same PDF finds them. Each correction is saved at once, and the page's
 * articles are built again from the page's stored analysis and all its corrections, saved
 * through the archive like an import (the search index follows the library), and the
 * annotations whose text moved to another article go with it. Undo removes a correction and
 * builds the page again.
 */
export class CorrectionBook {
  private readonly store: (issueId: string) => JsonStore<CorrectionsFile>;
  /** one change at a time per issue, so that two quick corrections do not build from the same state */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly archive: Archive,
    private readonly options: CorrectionBookOptions,
  ) {
    this.store = correctionStores(archive);
  }

  /** The corrections kept for a page replica, oldest first; none when it has none. */
  async correctionsFor(issueId: string, replica: Pick<Replica, 'sha256' | 'pageIndex'>): Promise<LayoutCorrection[]> {
    const file = await this.store(issueId).read();
    return file.pages.find((entry) => isEntryOf(entry, replica))?.corrections ?? [];
  }

  /** A page's analysis as corrected, its articles' ids and its corrections. */
  async page(issueId: string, pageNumber: number): Promise<PageCorrections> {
    const found = await this.analysedPage(issueId, pageNumber, false);
    if (!found) {
      return { issueId, pageNumber, hasAnalysis: false, width: 0, height: 0, blocks: [], articles: [], corrections: [], unapplied: [], confidence: 1, isReviewed: false };
    }
    return this.stateOf(found, await this.correctionsFor(issueId, found.replica));
  }

  /** Makes a correction, saves it and rebuilds the page's articles. Refuses one that would change nothing it can name. */
  async apply(issueId: string, pageNumber: number, change: CorrectionChange): Promise<CorrectionOutcome> {
    return this.queued(issueId, async () => {
      const found = (await this.analysedPage(issueId, pageNumber, true))!;
      const before = await this.correctionsFor(issueId, found.replica);
      const correction = { ...change, id: `corr-${this.options.newId()}`, created: this.options.now().toISOString() } as LayoutCorrection;
      const after = [...before, correction];
      const outcome = articlesWithCorrections(found.analysis, pageNumber, after).corrected;
      const refused = outcome.unapplied.find((u) => u.correction === correction);
      if (refused) {
        throw new JianbaoError(
          'INVALID_ARGUMENT',
          refused.reason === 'missing-block'
            ? `这一版上没有所指的文字块 / A block this correction names is not on page ${pageNumber}.`
            : `所指的文字块不属于任何文章 / A block this correction names is in no article on page ${pageNumber}.`,
        );
      }
      // A correction that changes nothing (a merge of one article with itself, a page reviewed twice) is not kept.
      const isReviewedTwice = change.kind === 'reviewed' && before.some((c) => c.kind === 'reviewed');
      const isNoChange = change.kind !== 'reviewed' && sameAnalysis(outcome.analysis, applyCorrections(found.analysis, before).analysis);
      if (isReviewedTwice || isNoChange) {
        throw new JianbaoError('INVALID_ARGUMENT', `这条校对不会改变第 ${pageNumber} 版 / This correction changes nothing on page ${pageNumber}.`);
      }
      return this.commit(found, before, after);
    });
  }

  /** Takes a correction back and rebuilds the page's articles without it. */
  async undo(issueId: string, pageNumber: number, correctionId: string): Promise<CorrectionOutcome> {
    return this.queued(issueId, async () => {
      const found = (await this.analysedPage(issueId, pageNumber, true))!;
      const before = await this.correctionsFor(issueId, found.replica);
      if (!before.some((c) => c.id === correctionId)) {
        throw new JianbaoError('NOT_FOUND', `找不到这条校对 ${correctionId} / No correction ${correctionId} on page ${pageNumber}.`);
      }
      return this.commit(found, before, before.filter((c) => c.id !== correctionId));
    });
  }

  /**
   * The 待校对 list: analysed pages the analysis was unsure of and nobody reviewed, and pages
   * with corrections that no longer apply. Reads the library (each page notes its analysis's
   * confidence) and the corrections files only, and page texts only of pages with corrections.
   */
  async pagesToCorrect(): Promise<PageToCorrect[]> {
    const library = await this.archive.library.read();
    const papers = new Map(library.papers.map((p) => [p.id, p]));
    const corrected = new Set(
      (await readdir(join(this.archive.dir, 'corrections')).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)),
    );
    const list: PageToCorrect[] = [];
    for (const issue of library.issues) {
      const file = corrected.has(issue.id) ? await this.store(issue.id).read() : null;
      let texts: PageText[] | null = null;
      for (const page of issue.pages) {
        const entry = page.replica && file?.pages.find((e) => isEntryOf(e, page.replica!));
        if (page.analysisConfidence === undefined && !entry) continue;
        const corrections = entry ? entry.corrections : [];
        let unappliedCount = 0;
        let confidence = page.analysisConfidence ?? 1;
        if (corrections.length > 0) {
          texts ??= (await this.archive.pageTexts(issue.id).read()).pages;
          const analysis = texts.find((t) => t.pageNumber === page.number)?.analysis;
          if (!analysis) continue;
          confidence = analysis.confidence;
          unappliedCount = articlesWithCorrections(analysis, page.number, corrections).corrected.unapplied.length;
        }
        if (!needsCorrection({ confidence }, corrections.some((c) => c.kind === 'reviewed'), unappliedCount)) continue;
        list.push({
          issueId: issue.id,
          paperName: papers.get(issue.paperId)?.name ?? issue.paperId,
          date: issue.date,
          pageNumber: page.number,
          section: page.section,
          confidence,
          unappliedCount,
        });
      }
    }
    return list.sort((a, b) => b.date.localeCompare(a.date) || a.paperName.localeCompare(b.paperName) || a.pageNumber - b.pageNumber);
  }

  /** Saves `after` as the page's corrections and the page's articles built with them; on a failed save, puts `before` back. */
  private async commit(found: AnalysedPage, before: LayoutCorrection[], after: LayoutCorrection[]): Promise<CorrectionOutcome> {
    const { issue, page, replica, analysis } = found;
    const articles = (await this.archive.articles(issue.id).read()).articles;
    const rebuilt = replacePageArticles(
      { paper: found.paper, issue, articles },
      page.number,
      replica,
      articlesWithCorrections(analysis, page.number, before),
      articlesWithCorrections(analysis, page.number, after),
    );
    const setCorrections = (list: LayoutCorrection[]) =>
      this.store(issue.id).update((file) => {
        const others = file.pages.filter((entry) => !isEntryOf(entry, replica));
        file.pages = list.length === 0 ? others : [...others, { replica: { sha256: replica.sha256, pageIndex: replica.pageIndex }, pageNumber: page.number, corrections: list }];
      });
    await setCorrections(after);
    try {
      await this.archive.saveIssue(rebuilt.bundle);
    } catch (error) {
      await setCorrections(before).catch(() => undefined);
      throw error;
    }
    const touched = new Set([...rebuilt.removedIds, ...rebuilt.articleIds.filter((id): id is string => id !== null)]);
    const texts = new Map(rebuilt.bundle.articles.filter((a) => touched.has(a.id)).map((a) => [a.id, a.text]));
    const stored = (await this.archive.annotations(issue.id).read()).annotations;
    let moved: MovedAnnotation[] = [];
    if (rehomeAnnotations(structuredClone(stored), texts, touched).length > 0) {
      moved = await this.archive.annotations(issue.id).update((file) => rehomeAnnotations(file.annotations, texts, touched));
    }
    const state = this.stateOf({ ...found, issue: rebuilt.bundle.issue }, after);
    return { page: state, moved };
  }

  private stateOf(found: AnalysedPage, corrections: LayoutCorrection[]): PageCorrections {
    const { issue, page, analysis } = found;
    const applied = articlesWithCorrections(analysis, page.number, corrections);
    const ids = articleIdsOf({ paper: found.paper, issue, articles: [] }, page.number, applied);
    let draft = 0;
    return {
      issueId: issue.id,
      pageNumber: page.number,
      hasAnalysis: true,
      width: analysis.width,
      height: analysis.height,
      blocks: applied.corrected.analysis.blocks,
      articles: applied.corrected.analysis.articles.map((article, index) => {
        const articleId = ids[index] ?? null;
        const title = articleId === null ? '' : (applied.articles[draft++]?.title ?? '');
        return { articleId, title, ...article };
      }),
      corrections,
      unapplied: applied.corrected.unapplied,
      confidence: analysis.confidence,
      isReviewed: corrections.some((c) => c.kind === 'reviewed'),
    };
  }

  private async analysedPage(issueId: string, pageNumber: number, isRequired: boolean): Promise<AnalysedPage | null> {
    const library = await this.archive.library.read();
    const issue = library.issues.find((i) => i.id === issueId);
    const paper = issue && library.papers.find((p) => p.id === issue.paperId);
    if (!issue || !paper) throw new JianbaoError('NOT_FOUND', `找不到这一期 ${issueId} / No issue ${issueId} in this archive.`);
    const page = issue.pages.find((p) => p.number === pageNumber);
    if (!page) throw new JianbaoError('NOT_FOUND', `这一期没有第 ${pageNumber} 版 / Issue ${issueId} has no page ${pageNumber}.`);
    const text: PageText | undefined = (await this.archive.pageTexts(issueId).read()).pages.find((t) => t.pageNumber === pageNumber);
    if (!text?.analysis || !page.replica) {
      if (!isRequired) return null;
      throw new JianbaoError(
        'INVALID_ARGUMENT',
        `第 ${pageNumber} 版没有版面分析，无从校对 / Page ${pageNumber} has no layout analysis to correct.`,
      );
    }
    return { paper, issue, page, replica: page.replica, analysis: text.analysis };
  }

  private queued<R>(issueId: string, work: () => Promise<R>): Promise<R> {
    const previous = this.queues.get(issueId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    this.queues.set(issueId, next);
    return next.finally(() => {
      if (this.queues.get(issueId) === next) this.queues.delete(issueId);
    });
  }
}

/** Whether two analyses of one page say the same of it, confidence of corrected articles aside. */
function sameAnalysis(a: PageAnalysis, b: PageAnalysis): boolean {
  const shape = (analysis: PageAnalysis) =>
    JSON.stringify({ blocks: analysis.blocks.map((x) => [x.id, x.role]), articles: analysis.articles.map((x) => [x.blockIds, x.areas]) });
  return shape(a) === shape(b);
}
