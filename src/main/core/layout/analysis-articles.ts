import type { Block, Rect } from '../../../shared/model';
import type { LayoutBlock, PageAnalysis } from '../../../shared/page-layout';
import type { ArticleDraft } from '../import/drafts';

/** The article drafts of one analysed page, and the areas that open them (by title). */
export interface AnalysedPageArticles {
  articles: ArticleDraft[];
  areas: { title: string; rect: Rect }[];
}

const bodyKinds: Partial<Record<LayoutBlock['role'], Block['kind']>> = {
  body: 'paragraph',
  heading: 'heading',
  caption: 'caption',
};

const dateline = /^(?:本报讯|(?:本报|新华社|中新社)[\p{Script=Han}]{1,8}\d{1,2}月\d{1,2}日电)\s*[（(]([^）)]{2,40})[）)]/u;

/** The reporters a dateline names: 本报讯（记者 刘明） gives 记者 刘明. */
function datelineByline(first: string | undefined): string | undefined {
  const match = first === undefined ? null : dateline.exec(first);
  return match ? match[1]!.trim() : undefined;
}

/**
 * Turns a page's analysis (after the reader's corrections) into the article drafts that the
 * issue builder stores: the title, kicker, subtitle and byline blocks become the article's
 * fields, body, headings and captions its blocks in the analysis's order. An article without
 * a title block takes its first body line's start as title, so that it is still listed.
 */
export function articlesOfAnalysis(analysis: PageAnalysis, pageNumber: number): AnalysedPageArticles {
  const byId = new Map(analysis.blocks.map((b) => [b.id, b]));
  const articles: ArticleDraft[] = [];
  const areas: AnalysedPageArticles['areas'] = [];
  for (const found of analysis.articles) {
    const blocks = found.blockIds.flatMap((id) => byId.get(id) ?? []);
    const text = (role: LayoutBlock['role']): string | undefined => {
      const parts = blocks.filter((b) => b.role === role).map((b) => b.text.trim()).filter((t) => t !== '');
      return parts.length > 0 ? parts.join(' ') : undefined;
    };
    const body: Block[] = blocks.flatMap((b) => {
      const kind = bodyKinds[b.role];
      return kind && b.text.trim() !== '' ? [{ kind, text: b.text }] : [];
    });
    const title = text('title') ?? body[0]?.text.slice(0, 24);
    if (title === undefined || body.length === 0) continue;
    const kicker = text('kicker');
    // A subtitle is stored without its leading dashes, as the other importers store it; the
    // reader sets them (formatSubtitle).
    const subtitle = text('subtitle')?.replace(/^[—–\-－]+\s*/u, '') || undefined;
    // with no author line, a dateline's reporters (本报讯（记者 刘明）) are the byline
    const byline = text('byline') ?? datelineByline(body[0]?.text);
    articles.push({
      pageNumber,
      title,
      ...(kicker ? { kicker } : {}),
      ...(subtitle ? { subtitle } : {}),
      ...(byline ? { byline } : {}),
      blocks: body,
    });
    for (const rect of found.areas) areas.push({ title, rect });
  }
  return { articles, areas };
}
