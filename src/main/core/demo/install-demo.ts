import { canonicalText } from '../../../shared/canonical-text';
import type { Article, Issue, Page } from '../../../shared/model';
import type { Archive } from '../archive/archive';
import { articleIdOf, issueIdOf, sha256Hex } from '../archive/ids';
import { demoIssues, demoPaper, type DemoIssue } from './demo-content';
import { layoutNewspaperPage } from './page-layout';
import { writePdf } from './pdf-writer';

/**
 * Installs (or reinstalls) the demo archive: a fictional CPPCC paper's issues, written by us,
 * each with a generated PDF replica of its pages (one PDF per issue, as some papers ship
 * them). Reinstalling replaces the demo issues and keeps every annotation file.
 */
export async function installDemo(archive: Archive): Promise<{ issues: number; articles: number }> {
  let articleCount = 0;
  for (const demo of demoIssues) {
    const { issue, articles, pdf } = buildDemoIssue(demo);
    const sha = await archive.putOriginal(pdf, 'pdf');
    issue.sources = [sha];
    issue.pages.forEach((page, pageIndex) => {
      page.replica = { sha256: sha, ext: 'pdf', pageIndex };
    });
    await archive.saveIssue({ paper: { ...demoPaper }, issue, articles });
    articleCount += articles.length;
  }
  return { issues: demoIssues.length, articles: articleCount };
}

/** Installs the demo into a folder that has never held an archive; returns whether it did. */
export async function installDemoIfPristine(archive: Archive): Promise<boolean> {
  if (!(await archive.isPristine())) return false;
  await installDemo(archive);
  return true;
}

function buildDemoIssue(demo: DemoIssue): { issue: Issue; articles: Article[]; pdf: Uint8Array } {
  const issueId = issueIdOf(demoPaper.id, demo.date);
  const articles: Article[] = [];
  const pages: Page[] = [];
  const pdfPages = [];
  for (const demoPage of demo.pages) {
    const pageArticles = demoPage.articles.map((a): Article => {
      const text = canonicalText(a.blocks);
      return {
        id: articleIdOf(demoPaper.id, demo.date, demoPage.number, a.title),
        issueId,
        pageNumber: demoPage.number,
        ...(a.kicker ? { kicker: a.kicker } : {}),
        title: a.title,
        ...(a.subtitle ? { subtitle: a.subtitle } : {}),
        ...(a.byline ? { byline: a.byline } : {}),
        contentHash: sha256Hex(text),
        blocks: a.blocks.map((b) => ({ ...b, text: b.text.normalize('NFC') })),
        text,
      };
    });
    const { page: pdfPage, areas } = layoutNewspaperPage({
      paperName: demoPaper.name,
      date: demo.date,
      issueNumber: demo.number,
      pageNumber: demoPage.number,
      section: demoPage.section,
      articles: pageArticles,
    });
    pdfPages.push(pdfPage);
    pages.push({
      number: demoPage.number,
      section: demoPage.section,
      areas,
      articleIds: pageArticles.map((a) => a.id),
    });
    articles.push(...pageArticles);
  }
  const issue: Issue = { id: issueId, paperId: demoPaper.id, date: demo.date, number: demo.number, pages, sources: [] };
  return { issue, articles, pdf: writePdf(pdfPages) };
}
