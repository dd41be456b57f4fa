import { JianbaoError } from '../../../shared/errors';
import type { Block } from '../../../shared/model';
import { normalizeLine } from '../../../shared/normalize-text';
import { decodeText } from './charset';
import type { IssueDraft, LayoutDraft, SourceFile } from './drafts';
import { parseEditionLayout } from './edition-layout';
import { articleFields } from './html-fields';
import { findTitle } from './html-title';
import {
  attr,
  blockTags,
  children,
  classAndId,
  findAll,
  findFirst,
  positionedText,
  type PositionedText,
  isElement,
  isText,
  linkTextLength,
  parseHtml,
  skippedTags,
  textOf,
  type HtmlElement,
} from './html-dom';

/**
 * A saved page of a Chinese news site (人民网, 新华网 and the like) as one article: title
 * (from <title> when the <h1> is empty), kicker and subtitle, date, source (来源), byline and
 * editor (记者, 作者, 责编, 责任编辑), and the body's paragraphs, headings and captions. The
 * body is the element with the most paragraph text; navigation, ads, share buttons and
 * scripts stay out.
 */

/** What a page holds, before it becomes an issue draft. */
export interface HtmlArticle {
  kicker?: string;
  title: string;
  subtitle?: string;
  byline?: string;
  editor?: string;
  source?: string;
  date?: string;
  siteName?: string;
  channel?: string;
  /** the 版 a digital edition's article page names above its title (第01版：要闻) */
  pageNumber?: number;
  section?: string;
  blocks: Block[];
  /** what the reader should know: a date left out, say */
  warnings: string[];
}

/** Boxes that sites fill with everything but the article. */
const noiseBox = /(?:^|[\s_-])(?:share|bdshare|nav|navbar|menu|ad|ads|advert|banner|comment|comments|relate|related|recommend|footer|toolbar|tiyi|zan|zan-wap|fenye|zdfy|pagination|qrcode|ewm|lb|swiper|video-url|tadd|p-tags|edit|tags)(?=[\s_-]|$)/;
/** Lines that carry metadata, not article text. */
const metaLine = /责任?编辑?\s*[:：]|^[（(]?\s*责编|^【编辑\s*[:：]|^来源\s*[:：]|^【纠错】/;
const headingTag = /^h[1-6]$/;

const clean = (text: string): string => normalizeLine(text);

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? null;
}

function metaContent(html: HtmlElement, names: readonly string[]): string | undefined {
  const meta = findFirst(html, (e) => e.tagName === 'meta' && names.includes((attr(e, 'name') ?? attr(e, 'property') ?? '').toLowerCase()));
  const content = meta ? clean(attr(meta, 'content') ?? '') : '';
  return content === '' ? undefined : content;
}

/** An element the page hides (原标题：… kept for search engines): not the reader's text. */
function isHidden(element: HtmlElement): boolean {
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(element, 'style') ?? '');
}

/** A <div> or <section> with no block inside: a body built of divs uses one per paragraph. */
function isTextOnlyBox(element: HtmlElement): boolean {
  return (element.tagName === 'div' || element.tagName === 'section') && !noiseBox.test(classAndId(element)) && findFirst(element, (e) => e !== element && blockTags.has(e.tagName)) === null;
}

/** A date a page's JSON-LD gives (datePublished, pubDate), asked for as a meta date is. */
function linkedDataDate(html: HtmlElement, names: readonly string[]): string | undefined {
  if (!names.includes('datepublished')) return undefined;
  for (const script of findAll(html, (e) => e.tagName === 'script' && /ld\+json/i.test(attr(e, 'type') ?? ''))) {
    const raw = script.childNodes.filter(isText).map((t) => t.value).join('');
    const match = /"(?:datePublished|pubDate|dateCreated)"\s*:\s*"([^"]{8,40})"/.exec(raw);
    if (match) return match[1];
  }
  return undefined;
}

/** The body: the element whose own paragraphs (and loose text) hold the most non-link text. */
function findBody(html: HtmlElement): HtmlElement | null {
  let best: HtmlElement | null = null;
  let bestScore = 0;
  for (const candidate of findAll(html, (e) => ['div', 'article', 'section', 'td', 'main', 'body'].includes(e.tagName))) {
    if (noiseBox.test(classAndId(candidate))) continue;
    let score = 0;
    for (const child of children(candidate)) {
      if (isText(child)) score += clean(child.value).length;
      else if (isElement(child) && (['p', 'br', 'span', 'font'].includes(child.tagName) || isTextOnlyBox(child))) {
        score += Math.max(0, clean(textOf(child)).length - 2 * linkTextLength(child));
      }
    }
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return bestScore >= 20 ? best : null;
}

/** True when all of an element's text is bold: a short one is a heading (but an attribution, ——（宋）陆游, is not). */
function isEmphasisOnly(element: HtmlElement): boolean {
  const all = clean(textOf(element));
  const bold = findAll(element, (e) => ['strong', 'b'].includes(e.tagName)).map((e) => clean(textOf(e))).join('');
  return all !== '' && bold.replace(/\s/g, '') === all.replace(/\s/g, '');
}

function hasImage(element: HtmlElement): boolean {
  return findFirst(element, (e) => e.tagName === 'img') !== null;
}

/** The blocks of the body, in order. */
function bodyBlocks(body: HtmlElement): Block[] {
  const blocks: Block[] = [];
  let loose = '';
  let afterImage = false;
  const push = (kind: Block['kind'], raw: string): void => {
    for (const line of raw.split('\n')) {
      const text = clean(line);
      if (text === '' || metaLine.test(text)) continue;
      blocks.push({ kind, text });
      afterImage = false;
    }
  };
  const flushLoose = (): void => {
    push('paragraph', loose);
    loose = '';
  };
  const visit = (element: HtmlElement): void => {
    for (const child of children(element)) {
      if (isText(child)) {
        loose += child.value;
        continue;
      }
      if (!isElement(child) || skippedTags.has(child.tagName) || isHidden(child)) continue;
      if (child.tagName === 'br') {
        loose += '\n';
        continue;
      }
      if (!blockTags.has(child.tagName)) {
        if (child.tagName === 'img') afterImage = true;
        else if (child.tagName !== 'a' || linkTextLength(child) < 20) loose += textOf(child);
        continue;
      }
      flushLoose();
      if (noiseBox.test(classAndId(child))) continue;
      const text = clean(textOf(child));
      const links = linkTextLength(child);
      if (text !== '' && links >= text.length * 0.6) continue; // a link list, a "read more"
      if (child.tagName === 'figure') {
        const caption = findFirst(child, (e) => e.tagName === 'figcaption');
        if (caption) push('caption', textOf(caption));
        continue;
      }
      if (headingTag.test(child.tagName)) push('heading', textOf(child));
      else if (child.tagName === 'p' || child.tagName === 'li' || child.tagName === 'blockquote') {
        const isCaptionBox = /caption|pictext|pic_?text|img_?desc|tuzhu/.test(classAndId(child));
        if (text === '' && hasImage(child)) afterImage = true;
        else if (isCaptionBox || (afterImage && text.length <= 60 && /center/.test(attr(child, 'style') ?? '') && !isEmphasisOnly(child))) {
          push('caption', textOf(child));
        } else if (text.length <= 30 && isEmphasisOnly(child) && !/^[—-]/.test(text)) push('heading', textOf(child));
        else push('paragraph', textOf(child));
      } else visit(child);
    }
    flushLoose();
  };
  visit(body);
  return blocks;
}

/** The heading just before (引题) or after (副题) the headline, among its siblings; a long line is body text. */
function headingNear(heading: HtmlElement | null, direction: -1 | 1, classHint: RegExp): string | undefined {
  const parent = heading?.parentNode;
  if (!heading || !parent || !('childNodes' in parent)) return undefined;
  const siblings = parent.childNodes.filter(isElement);
  const next = siblings[siblings.indexOf(heading) + direction];
  if (!next || !(headingTag.test(next.tagName) || classHint.test(classAndId(next)))) return undefined;
  const text = clean(textOf(next));
  return text === '' || text.length > 80 ? undefined : text;
}

/** The site's name among `<title>`'s suffix parts: the last one in Chinese (长江网, not cjn.cn; 澎湃新闻 of 澎湃新闻-The Paper). */
function siteOfTitle(parts: readonly string[]): string | undefined {
  for (const part of [...parts].reverse()) {
    const name = part.split(/\s*-\s*/)[0] ?? '';
    if (/\p{Script=Han}/u.test(name) && name.length <= 12) return name;
  }
  return undefined;
}

/** Where the headline ends and where the body's text starts and ends, in the page's text. */
function articleSpan(page: PositionedText, titleElement: HtmlElement | null, title: string, body: HtmlElement, blocks: readonly Block[]) {
  const titleSpan = titleElement ? page.spans.get(titleElement) : undefined;
  const titleEnd = titleSpan?.end ?? Math.max(0, page.text.indexOf(title) + title.length);
  const bodySpan = page.spans.get(body) ?? { start: 0, end: page.text.length };
  const probe = (block: Block | undefined, fromEnd: boolean): string => (block ? (fromEnd ? block.text.slice(-6) : block.text.slice(0, 6)) : '');
  const first = probe(blocks[0], false);
  const firstAt = first === '' ? -1 : page.text.indexOf(first, Math.max(titleEnd, bodySpan.start));
  const bodyStart = bodySpan.start >= titleEnd ? bodySpan.start : firstAt >= 0 ? firstAt : titleEnd;
  const last = probe(blocks[blocks.length - 1], true);
  const lastAt = last === '' ? -1 : page.text.lastIndexOf(last, bodySpan.end);
  const bodyEnd = lastAt >= bodyStart ? lastAt + last.length : bodySpan.end;
  return { titleStart: titleSpan?.start ?? titleEnd - title.length, titleEnd, bodyStart, bodyEnd };
}

/** Reads the parts of a news page. Throws NO_TEXT when it has no title or no body. */
export function parseNewsPage(text: string): HtmlArticle {
  const html = parseHtml(text);
  const body = findBody(html);
  const page = positionedText(html);
  const found = findTitle(html, page, body ? page.spans.get(body)?.start : undefined);
  if (!found || !body) {
    throw new JianbaoError('NO_TEXT', '网页中找不到文章标题或正文 / The page has no article title or body text to import.');
  }
  const { title, element: titleElement, suffixParts: parts } = found;
  const all = clean(textOf(html).replace(/\n/g, ' '));
  const allBlocks = bodyBlocks(body);
  // A body box that holds the headline holds it first: it is the title, not a paragraph.
  const blocks = allBlocks[0]?.text === title ? allBlocks.slice(1) : allBlocks;
  const span = articleSpan(page, titleElement, title, body, blocks);
  const fields = articleFields(
    {
      info: page.text.slice(span.titleEnd, Math.min(span.bodyStart, span.titleEnd + 600)),
      above: page.text.slice(Math.max(0, span.titleStart - 120), span.titleStart),
      tail: page.text.slice(span.bodyEnd, span.bodyEnd + 400),
      page: page.text,
      meta: (names) => metaContent(html, names) ?? linkedDataDate(html, names),
    },
    blocks,
  );
  const authorBox = findFirst(html, (e) => /(?:^|[\s_-])(?:author|byline|writer)(?=[\s_-]|$)/.test(classAndId(e)) && clean(textOf(e)) !== '');
  const authorBoxText = authorBox ? clean(textOf(authorBox)) : '';
  const byline = fields.byline ?? (authorBoxText !== '' && authorBoxText.length <= 40 && !/转载|注明|版权/.test(authorBoxText) ? authorBoxText : undefined);
  const heading = titleElement && headingTag.test(titleElement.tagName) ? titleElement : null;
  const kicker = headingNear(heading, -1, /(?:^|[\s_-])(?:pre|kicker|yinti)(?=[\s_-]|$)/);
  const subtitle = headingNear(heading, 1, /(?:^|[\s_-])(?:sub|subtitle|futi)(?=[\s_-]|$)/);
  const siteName = metaContent(html, ['og:site_name']) ?? siteOfTitle(parts);
  const channel = parts.length > 1 ? parts[parts.length - 2] : undefined;
  const aboveTitle = all.slice(0, Math.max(0, all.indexOf(title)));
  const pageLine = /第\s*(\d{1,3})\s*版\s*[:：]?\s*(\p{Script=Han}{2,6})?/u.exec(aboveTitle);
  return {
    ...(kicker ? { kicker } : {}),
    title,
    ...(subtitle ? { subtitle } : {}),
    ...(byline ? { byline } : {}),
    ...(fields.editor ? { editor: fields.editor } : {}),
    ...(fields.source ? { source: fields.source } : {}),
    ...(fields.date ? { date: fields.date } : {}),
    ...(siteName ? { siteName } : {}),
    ...(channel && channel.length <= 8 ? { channel } : {}),
    ...(pageLine ? { pageNumber: Number(pageLine[1]) } : {}),
    ...(pageLine?.[2] ? { section: pageLine[2] } : {}),
    blocks: fields.blocks,
    warnings: fields.warnings,
  };
}

/**
 * A saved news page as an issue draft: one article, on the 版 the page names, else on page 1
 * of its site's issue of that day. A digital edition's layout page (an image map of a 版's
 * articles) becomes a layout draft instead.
 */
export function importHtmlPage(file: SourceFile): IssueDraft | LayoutDraft {
  const { text, warnings } = decodeText(file.bytes, { declared: declaredCharset(file.bytes), name: file.name });
  const layout = parseEditionLayout(text);
  if (layout) return { ...layout, warnings: [...warnings, ...layout.warnings] };
  let page: HtmlArticle;
  try {
    page = parseNewsPage(text);
  } catch (error) {
    if (!(error instanceof JianbaoError) || error.code !== 'NO_TEXT') throw error;
    page = { title: '', blocks: [], warnings: [] };
  }
  if (page.title === '' || page.blocks.length === 0) {
    throw new JianbaoError('NO_TEXT', `${file.name} 中找不到文章（标题或正文），未导入 / ${file.name} holds no article (no headline or body text); nothing was imported.`);
  }
  const paperName = page.siteName ?? page.source?.split('-')[0];
  const pageNumber = page.pageNumber ?? 1;
  const section = page.section ?? page.channel;
  return {
    kind: 'issue',
    format: 'html',
    ...(paperName ? { paperName } : {}),
    ...(page.date ? { date: page.date } : {}),
    pages: [{ number: pageNumber, ...(section ? { section } : {}) }],
    articles: [
      {
        pageNumber,
        ...(page.kicker ? { kicker: page.kicker } : {}),
        title: page.title,
        ...(page.subtitle ? { subtitle: page.subtitle } : {}),
        ...(page.byline ? { byline: page.byline } : {}),
        ...(page.editor ? { editor: page.editor } : {}),
        ...(page.source ? { source: page.source } : {}),
        blocks: page.blocks,
      },
    ],
    warnings: [...warnings, ...page.warnings],
  };
}
