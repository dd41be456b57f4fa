import { canonicalText } from '../../../shared/canonical-text';
import type { PageText, PageTextItem } from '../../../shared/import-types';
import type { Article, Issue, Page, Replica } from '../../../shared/model';
import { normalizeText } from '../../../shared/normalize-text';
import type { Archive } from '../archive/archive';
import { articleIdOf, issueIdOf, sha256Hex } from '../archive/ids';
import { demoIssues, demoPaper, type DemoIssue } from './demo-content';
import { layoutNewspaperPage } from './page-layout';
import { textWidth, writePdf, type PdfPage } from './pdf-writer';

/**
 * Installs (or reinstalls) the demo archive: a fictional CPPCC paper's issues, written by us,
 * each with a generated PDF replica of its pages (one PDF per issue, as some papers ship
 * them). Reinstalling replaces the demo issues and keeps every annotation file.
 */
export async function installDemo(archive: Archive): Promise<{ issues: number; articles: number }> {
  let articleCount = 0;
  for (const demo of demoIssues) {
    const { issue, articles, pdf, pdfPages } = buildDemoIssue(demo);
    const sha = await archive.putOriginal(pdf, 'pdf');
    issue.sources = [sha];
    const pageTexts: PageText[] = issue.pages.map((page, pageIndex) => {
      const replica: Replica = { sha256: sha, ext: 'pdf', pageIndex };
      page.replica = replica;
      return { pageNumber: page.number, replica, ...pageTextOf(pdfPages[pageIndex]!) };
    });
    await archive.saveIssue({ paper: { ...demoPaper }, issue, articles });
    // The page text, as an import stores it for a PDF, so that page annotations anchor in core.
    await archive.pageTexts(issue.id).update((file) => {
      file.pages = pageTexts;
    });
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

/**
 * A generated page's text layer as import stores a PDF's (pdf-text.ts): each text run an item,
 * a line break after each, with its box. The writer knows what it drew, so the demo needs no
 * PDF parsing at install.
 */
function pageTextOf(page: PdfPage): Omit<PageText, 'pageNumber' | 'replica'> {
  let text = '';
  const items: PageTextItem[] = [];
  for (const run of page.texts) {
    const str = normalizeText(run.text);
    if (str.trim() === '') continue;
    items.push({ text: str, start: text.length, x: run.x, y: run.y, width: textWidth(str, run.size), height: run.size });
    text += `${str}\n`;
  }
  return { width: page.width, height: page.height, text, items };
}

function buildDemoIssue(demo: DemoIssue): { issue: Issue; articles: Article[]; pdf: Uint8Array; pdfPages: PdfPage[] } {
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
  return { issue, articles, pdf: writePdf(pdfPages), pdfPages };
}
