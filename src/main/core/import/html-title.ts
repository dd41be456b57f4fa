import { normalizeLine } from '../../../shared/normalize-text';
import { attr, classAndId, findAll, findFirst, textOf, type HtmlElement, type PositionedText } from './html-dom';

/**
 * The headline a saved news page shows. Candidates are the page's headings (<h1> first), the
 * elements its site calls a title (`class="title"`), `og:title`, meta `ArticleTitle` and
 * `<title>` without its site suffix. The one `<title>` itself starts with wins: sites build
 * `<title>` as headline + channel + site name, so it names the headline even when the page
 * holds a site logo's heading or a department after the headline. Logos and hidden elements
 * never count.
 */

/** A chosen headline, with the element that prints it when there is one. */
export interface PageTitle {
  title: string;
  element: HtmlElement | null;
  /** the parts after the headline in `<title>`: channel, site name */
  suffixParts: string[];
}

const clean = (text: string): string => normalizeLine(text.replace(/\s+/g, ' '));
const squash = (text: string): string => text.replace(/\s+/g, '');

/** What a site's tail in `<title>` looks like when glued on with a bare `-`. */
const siteLike = /(?:网|报|新闻|频道|政府|门户|中心|在线|客户端|网站|\.cn|\.com|[A-Za-z]{3,})$/;

/** `<title>` split into the headline and the suffix parts (` - 频道 - 网站`, `_首页武汉_…`). */
export function splitTitle(raw: string): { head: string; suffixParts: string[] } {
  // Two spaces or more apart a site name as a separator would: 标题  湖南省某某医院.
  let head = clean(raw.trim().replace(/[ \t\u3000]{2,}/g, ' | '));
  const suffixParts: string[] = [];
  for (;;) {
    const strong = /^(.*\S)\s*(?:_|\||｜|--|——|\s[-–—]\s)\s*([^_|｜]+)$/.exec(head);
    const bare = /^(.*\S)-([^-\s]{2,16})$/.exec(head);
    const match = strong ?? (bare && siteLike.test(bare[2]!) ? bare : null);
    if (!match || match[1]!.length < 4 || clean(match[2]!).length > 30) break;
    suffixParts.unshift(clean(match[2]!));
    head = clean(match[1]!);
  }
  return { head, suffixParts };
}

/** True for an element a reader never sees as the headline: a logo, hidden, or a link home. */
function isLogoOrHidden(element: HtmlElement): boolean {
  for (let node: HtmlElement | null = element; node && node.tagName !== 'body'; node = parentElement(node)) {
    const style = (attr(node, 'style') ?? '').replace(/\s/g, '').toLowerCase();
    if (/display:none|visibility:hidden|text-indent:-\d/.test(style) || attr(node, 'hidden') !== undefined) return true;
    if (/(?:^|[\s_-])(?:logo|site-?name|brand|header-logo)(?=[\s_-]|$)/.test(classAndId(node))) return true;
    if (/(?:^|\s)(?:hide|hidden|sr-only|visually-hidden|screen-reader-text|invisible)(?=\s|$)/.test(classAndId(node))) return true;
    if (node.tagName === 'a' && /^(?:\/|\.\/|index\.\w+|https?:\/\/[^/]+\/?)$/.test(attr(node, 'href') ?? '')) return true;
  }
  return false;
}

/** True inside a link, a list item or an option: a link to this article elsewhere on the page, a breadcrumb. */
function isInLinkOrList(element: HtmlElement): boolean {
  for (let node = parentElement(element); node && node.tagName !== 'body'; node = parentElement(node)) {
    if (neverTitle.has(node.tagName)) return true;
  }
  return false;
}

function parentElement(element: HtmlElement): HtmlElement | null {
  const parent = element.parentNode;
  return parent && 'tagName' in parent ? parent : null;
}

function meta(html: HtmlElement, names: readonly string[]): string {
  const found = findFirst(html, (e) => e.tagName === 'meta' && names.includes((attr(e, 'name') ?? attr(e, 'property') ?? '').toLowerCase()));
  return found ? clean(attr(found, 'content') ?? '') : '';
}

const titleClass = /(?:^|[\s_-])(?:title|art-?title|news-?title|article-?title|headline|biaoti|bt)(?=[\s_-]|$)/;

/** Elements that never print a headline, whatever their text. */
const neverTitle = new Set(['a', 'option', 'select', 'li', 'title', 'html', 'body', 'nav', 'button', 'label']);

/**
 * Any element whose whole text is what `<title>` starts with, up to a separator (`-`, `_`,
 * `|`, a space) or its end: a headline set in a <span class="STYLE8"> or a <td> is still
 * the one <title> names. From the page's positioned text, so that no subtree is read twice.
 */
function printedPrefixes(html: HtmlElement, page: PositionedText, head: string): { element: HtmlElement; text: string }[] {
  const found: { element: HtmlElement; text: string }[] = [];
  for (const [element, span] of page.spans) {
    if (span.end - span.start > 200 || span.end - span.start < 4 || neverTitle.has(element.tagName)) continue;
    const text = clean(page.text.slice(span.start, span.end));
    if (text.length < 4 || !head.startsWith(text)) continue;
    const next = head.charAt(text.length);
    if (next !== '' && !/[\s\-_|｜—–·:：]/.test(next)) continue;
    if (!isLogoOrHidden(element) && !isInLinkOrList(element)) found.push({ element, text });
  }
  return found;
}

/** Chooses the page's headline; null when the page names none. `page` is the page's positioned text. */
export function findTitle(html: HtmlElement, page?: PositionedText, bodyStart?: number): PageTitle | null {
  const titleElement = findFirst(html, (e) => e.tagName === 'title');
  const { head, suffixParts } = splitTitle(titleElement ? textOf(titleElement) : '');
  const printed = findAll(html, (e) => (/^h[1-3]$/.test(e.tagName) || (titleClass.test(classAndId(e)) && e.tagName !== 'title')) && !isLogoOrHidden(e))
    .map((element) => ({ element, text: clean(textOf(element)) }))
    .filter((c) => c.text.length >= 2 && c.text.length <= 120);
  const metaTitles = [meta(html, ['og:title']), meta(html, ['articletitle'])].map((t) => splitTitle(t).head).filter((t) => t.length >= 2);
  const inSuffix = (text: string): boolean => suffixParts.some((p) => squash(p) === squash(text));
  const elementFor = (text: string): HtmlElement | null => printed.find((c) => squash(c.text) === squash(text))?.element ?? null;

  // The longest printed or meta candidate that <title> starts with.
  const whole = squash(head);
  const printedElsewhere = page ? printedPrefixes(html, page, clean(titleElement ? textOf(titleElement) : '')) : [];
  printed.push(...printedElsewhere.filter((c) => !printed.some((p) => p.element === c.element)));
  const prefixes = [...printed.map((c) => c.text), ...metaTitles]
    .filter((t) => squash(t).length >= 4 && whole.startsWith(squash(t)) && !inSuffix(t))
    .sort((a, b) => squash(b).length - squash(a).length);
  const best = prefixes[0];
  if (best) return { title: best, element: elementFor(best), suffixParts };

  // Else a heading <h1> that is not the site's name, then the meta titles.
  const h1 = printed.find((c) => c.element.tagName === 'h1' && !inSuffix(c.text) && !siteLike.test(c.text));
  if (h1) return { title: h1.text, element: h1.element, suffixParts };
  if (metaTitles[0]) return { title: metaTitles[0], element: elementFor(metaTitles[0]), suffixParts };
  // A <title> of a few characters names the channel (新闻动态, 新闻中心), not the article: the
  // headline is then the heading printed last before the body.
  const isChannel = page !== undefined && head.length <= channelNameMax && namesChannel(page, head);
  const nearest = isChannel && bodyStart !== undefined ? headingBefore(html, page, bodyStart) : null;
  if (nearest) return { ...nearest, suffixParts };
  const fallback = head.length >= 2 ? head : printed.find((c) => c.element.tagName === 'h1')?.text;
  return fallback ? { title: fallback, element: elementFor(fallback), suffixParts } : null;
}

/** The longest `<title>` that may be a channel's name rather than an article's headline. */
const channelNameMax = 8;

/** True when the page prints `name` as a link or at the end of a breadcrumb (首页 - 新闻动态): a channel's name. */
function namesChannel(page: PositionedText, name: string): boolean {
  const atCrumbEnd = new RegExp(`[>»/\\-–—]\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  for (const [element, span] of page.spans) {
    if (span.end - span.start > 60) continue;
    const text = clean(page.text.slice(span.start, span.end));
    if ((element.tagName === 'a' && text === name) || atCrumbEnd.test(text)) return true;
  }
  return false;
}

/** The heading (h1–h6, or a box its site calls a title) that ends last before `bodyStart`. */
function headingBefore(html: HtmlElement, page: PositionedText, bodyStart: number): { title: string; element: HtmlElement } | null {
  let best: { title: string; element: HtmlElement; end: number } | null = null;
  for (const element of findAll(html, (e) => /^h[1-6]$/.test(e.tagName) || titleClass.test(classAndId(e)))) {
    const span = page.spans.get(element);
    if (!span || span.end > bodyStart || (best && span.end <= best.end)) continue;
    const text = clean(page.text.slice(span.start, span.end));
    if (text.length < 6 || text.length > 80 || isLogoOrHidden(element) || isInLinkOrList(element)) continue;
    best = { title: text, element, end: span.end };
  }
  return best && { title: best.title, element: best.element };
}
