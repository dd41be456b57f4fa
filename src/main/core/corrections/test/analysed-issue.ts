import type { PageText } from '../../../../shared/import-types';
import type { Paper } from '../../../../shared/model';
import type { PageAnalysis } from '../../../../shared/page-layout';
import type { Archive } from '../../archive/archive';
import { issueIdOf } from '../../archive/ids';
import { buildIssue, type BuiltIssue } from '../../import/issue-builder';
import { articlesOfAnalysis } from '../../layout/analysis-articles';
import { withStoredCorrections } from '../import-corrections';

export const testPaper: Paper = { id: 'cszb', name: '春山周报', shortName: '春山' };
export const testDate = '2026-03-02';
export const testIssueId = issueIdOf(testPaper.id, testDate);

/**
 * Files one analysed newspaper page into the archive as the import does (import-paths.ts):
 * the analysis's articles as drafts (the layout analysis's own articlesOfAnalysis), built into
 * the issue with what it held, the reader's stored corrections applied, then the page text
 * (with its analysis) and the issue saved. Called again, it is a re-import or re-analysis of
 * the same PDF (`sha256`). Returns what the import would report of the issue.
 */
export async function importAnalysedPage(
  archive: Archive,
  analysis: PageAnalysis,
  { pageNumber = 7, sha256 = 'a'.repeat(64), pageIndex = 0, section = '理论' }: { pageNumber?: number; sha256?: string; pageIndex?: number; section?: string } = {},
): Promise<BuiltIssue> {
  const library = await archive.library.read();
  const existingIssue = library.issues.find((i) => i.id === testIssueId) ?? null;
  const existingArticles = existingIssue ? (await archive.articles(testIssueId).read()).articles : [];
  const drafted = articlesOfAnalysis(analysis, pageNumber);
  const built = buildIssue(
    testPaper,
    testDate,
    [
      {
        draft: {
          kind: 'issue',
          format: 'pdf',
          pages: [{ number: pageNumber, section, replicaPageIndex: pageIndex, text: { width: analysis.width, height: analysis.height, text: '', items: [] }, areas: drafted.areas }],
          articles: drafted.articles,
          warnings: [],
        },
        file: { path: `/in/${pageNumber}.pdf`, name: `${pageNumber}.pdf`, bytes: new Uint8Array(), sha256, ext: 'pdf' },
      },
    ],
    {
      issue: existingIssue,
      articles: existingArticles,
      pageTexts: existingIssue ? (await archive.pageTexts(testIssueId).read()).pages : [],
    },
  );
  const withAnalysis: PageText[] = built.pageTexts.map((text) => (text.pageNumber === pageNumber ? { ...text, analysis } : text));
  const corrected = await withStoredCorrections(archive, { ...built, pageTexts: withAnalysis }, existingArticles);
  await archive.pageTexts(testIssueId).update((file) => {
    file.pages = corrected.pageTexts;
  });
  await archive.saveIssue(corrected.bundle);
  return corrected;
}
