// The archive bench:ui reads: one paper with N daily issues of four pages each, every page a
// replica in one shared PDF original (the demo's typesetting of its first issue), with the
// demo's articles, their areas and their full text. Written through the core's Archive.
import { canonicalText } from '../../src/shared/canonical-text';
import type { Article, ArticleMeta, Issue, Page } from '../../src/shared/model';
import { Archive, type IssueBundle } from '../../src/main/core/archive/archive';
import { articleIdOf, issueIdOf, sha256Hex } from '../../src/main/core/archive/ids';
import { demoIssues } from '../../src/main/core/demo/demo-content';
import { layoutNewspaperPage } from '../../src/main/core/demo/page-layout';
import { writePdf } from '../../src/main/core/demo/pdf-writer';

const paper = { id: 'bench-daily', name: '基准日报', shortName: '基准' };
const firstDay = Date.UTC(1999, 0, 1);

/** The date of issue `index`: one a day from 1 January 1999. */
export function benchDate(index: number): string {
  return new Date(firstDay + index * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Writes `count` issues into the archive at `dir`. The first goes through saveIssue as an
 * importer's would; the rest are written the same way (articles file, then library entry)
 * but in one library update, because saveIssue rewrites library.json once per issue and
 * ten thousand rewrites of a library that grows to megabytes take many minutes.
 */
export async function writeBenchArchive(dir: string, count: number, log: (line: string) => void): Promise<void> {
  const archive = await Archive.open(dir);
  const template = demoIssues[0];
  if (!template) throw new Error('the demo has no issues');
  const slots = template.pages.map((page) =>
    page.articles.map((article, index) => ({ ...article, id: `slot-${page.number}-${index}` })),
  );
  const laidOut = template.pages.map((page, index) =>
    layoutNewspaperPage({
      paperName: paper.name,
      date: benchDate(0),
      issueNumber: 1,
      pageNumber: page.number,
      section: page.section,
      articles: slots[index] ?? [],
    }),
  );
  const sha = await archive.putOriginal(writePdf(laidOut.map((l) => l.page)), 'pdf');
  const texts = slots.map((page) => page.map((article) => canonicalText(article.blocks)));

  const bundleOf = (index: number): IssueBundle => {
    const date = benchDate(index);
    const issueId = issueIdOf(paper.id, date);
    const articles: Article[] = [];
    const pages: Page[] = template.pages.map((page, pageIndex) => {
      const ids = new Map<string, string>();
      for (const [slot, article] of (slots[pageIndex] ?? []).entries()) {
        const id = articleIdOf(paper.id, date, page.number, article.title);
        ids.set(article.id, id);
        const text = texts[pageIndex]?.[slot] ?? '';
        const { id: _slot, ...fields } = article;
        articles.push({ ...fields, id, issueId, pageNumber: page.number, contentHash: sha256Hex(text), text });
      }
      return {
        number: page.number,
        section: page.section,
        replica: { sha256: sha, ext: 'pdf', pageIndex },
        areas: (laidOut[pageIndex]?.areas ?? []).map((area) => ({ ...area, articleId: ids.get(area.articleId) ?? '' })),
        articleIds: [...ids.values()],
      };
    });
    const issue: Issue = { id: issueId, paperId: paper.id, date, number: 1000 + index, pages, sources: [sha] };
    return { paper, issue, articles };
  };

  await archive.saveIssue(bundleOf(0));
  const issues: Issue[] = [];
  const metas: ArticleMeta[] = [];
  const batch = 32;
  for (let start = 1; start < count; start += batch) {
    const bundles = Array.from({ length: Math.min(batch, count - start) }, (_, i) => bundleOf(start + i));
    await Promise.all(
      bundles.map(({ issue, articles }) =>
        archive.articles(issue.id).update((file) => {
          file.articles = articles;
        }),
      ),
    );
    for (const { issue, articles } of bundles) {
      issues.push(issue);
      for (const { blocks: _blocks, text: _text, ...meta } of articles) metas.push(meta);
    }
    if (start % 2000 < batch) log(`  wrote ${start + bundles.length} of ${count} issues`);
  }
  await archive.library.update((library) => {
    const ids = new Set(issues.map((issue) => issue.id));
    library.issues = library.issues.filter((issue) => !ids.has(issue.id)).concat(issues);
    library.articles = library.articles.filter((article) => !ids.has(article.issueId)).concat(metas);
  });
}
