import type { Block } from '../../../shared/model';
import { normalizeLine } from '../../../shared/normalize-text';
import { findDate } from './metadata';

/**
 * The fields a news page prints around its article: the date, 来源, the byline (作者, 记者,
 * 通讯员, 执笔) and the editor (责编, 责任编辑, 编辑). They are read from the lines between the
 * headline and the body (the page's info line) and from the lines just after the body, never
 * from the rest of the page: a date in a sidebar or a footer is not the article's.
 */

/** The text around an article, as the page prints it. */
export interface ArticleSurroundings {
  /** from the end of the headline to the start of the body */
  info: string;
  /** the line or two just above the headline */
  above: string;
  /** a few lines after the body */
  tail: string;
  /** the whole page's text, for a warning about dates found only far away */
  page: string;
  /** meta tags of the page, lower-cased names */
  meta: (names: readonly string[]) => string | undefined;
}

/** The fields found, and the body blocks left once byline and editor lines are taken out. */
export interface ArticleFields {
  date?: string;
  byline?: string;
  source?: string;
  editor?: string;
  blocks: Block[];
  warnings: string[];
}

const clean = (text: string): string => normalizeLine(text.replace(/\s+/g, ' '));

/** Words that start another field: a field's value ends before them. */
const nextField = '作者|记者|通讯员|执笔|责任编辑|责编|编辑|来源|发布|时间|日期|浏览|阅读|点击|字号|分享|打印|\\d{4}[-/.年]';
/** A label's value: after the colon, up to a space, a separator or the next field's label. */
const fieldValue = `\\s*[:：][^\\S\\u2029]*([^\\s|｜,，;；:：)）\\]】]{1,20}?)(?=\\s|[|｜,，;；)）\\]】]|$|${nextField})`;
const sourcePattern = new RegExp(`(?:信息|稿件|文章|新闻)?来源于?${fieldValue}`, 'u');
const authorPattern = new RegExp(`(作者|记者|通讯员|执笔|撰稿)${fieldValue}`, 'u');
const editorPattern = new RegExp(`(?:责任编辑|责编|编辑)${fieldValue}`, 'u');
/** What sites put after a field's label that is not a name. */
const boilerplate = /转载|注明|版权|原创|所有|声明|未经|授权|本站|本网/;
/** A byline printed as the body's first line: 执笔/…, 文/…, 作者：… */
const bylineBlock = /^(?:执笔|作者|文|撰文|记者|通讯员|本报记者)\s*[/／:：]\s*\S.{0,38}$/u;
/** A byline printed as one of the body's last lines: 采写：南都记者 林晓, 作者：林晓 */
const bylineFooter = /^[（(]?\s*(?:采写|作者|记者|撰文|文字|通讯员|本报记者)\s*[:：/／]\s*\S.{0,38}$/u;
/** An editor's line at the foot: （责编：…）, 【编辑：…】, 责任编辑：… */
const editorBlock = /^[（(【[]?\s*(?:责任编辑|责编|编辑)\s*[:：]/;
/** 新华社巴黎12月9日电（记者唐霁）: the byline inside a dateline. */
const datelineReporter = /^.{0,30}?[电讯][（(]\s*((?:本报|新华社|特约|实习)?记者\s*[\p{Script=Han}·]{2,8}(?:[、，,\s]+[\p{Script=Han}·]{2,8})*?)(?=[\s）)]|整合|报道)/u;
/** 石佳/中国青年报: an author and a paper, the info line's first line, unlabelled. */
const authorSlashSource = /^([\p{Script=Han}·]{2,4}(?:[、，,][\p{Script=Han}·]{2,4})*)\s*[/／]\s*([\p{Script=Han}][\p{Script=Han}\w·]{1,15})$/u;
const labelledDate = /(?:发布|发表|发稿|出版)?(?:日期|时间)\s*[:：]\s*/g;

function field(pattern: RegExp, ...texts: string[]): string | undefined {
  for (const text of texts) {
    const match = pattern.exec(text);
    const value = match ? clean(match[match.length - 1] ?? '') : '';
    if (value !== '' && !boilerplate.test(value)) return value;
  }
  return undefined;
}

function labelledDateIn(text: string): string | null {
  for (const match of text.matchAll(labelledDate)) {
    const date = findDate(text.slice(match.index + match[0].length, match.index + match[0].length + 24));
    if (date) return date;
  }
  return null;
}

/**
 * Reads date, byline, source and editor from an article's surroundings, and takes byline and
 * editor lines out of its blocks. A date found only far from the headline is not used: the
 * import then files the article under the import day, with a warning.
 */
export function articleFields(around: ArticleSurroundings, blocks: readonly Block[]): ArticleFields {
  const warnings: string[] = [];
  const metaDate = findDate(around.meta(['publishdate', 'pubdate', 'publishtime', 'article:published_time', 'og:release_date', 'datepublished', 'dc.date.issued', 'dc.date']) ?? '');
  const date = metaDate ?? labelledDateIn(around.info) ?? findDate(around.info) ?? findDate(around.above) ?? labelledDateIn(around.tail);
  if (!date) {
    const far = findDate(around.page);
    if (far) warnings.push(`页面上的日期 ${far} 不在标题附近，未采用 / The date ${far} on the page is not near the headline; not used.`);
  }

  let body = [...blocks];
  let byline = field(authorPattern, around.info);
  const authorLabel = authorPattern.exec(around.info)?.[1];
  if (byline && authorLabel) byline = `${authorLabel}：${byline}`;
  const firstInfoLine = clean(around.info.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '');
  const slash = authorSlashSource.exec(firstInfoLine);
  const leading = body.slice(0, 2).find((b) => bylineBlock.test(b.text));
  if (leading) {
    body = body.filter((b) => b !== leading);
    byline ??= leading.text;
  }
  byline ??= slash?.[1] ?? (body[0] ? datelineReporter.exec(body[0].text)?.[1] : undefined);

  const metaSource = around.meta(['source', 'contentsource'])?.replace(/^来源\s*[:：]\s*/, '').split(/\s/)[0];
  const source = field(sourcePattern, around.info, around.tail) ?? slash?.[2] ?? (metaSource && !boilerplate.test(metaSource) ? metaSource : undefined);

  const footer = body.slice(-3).filter((b) => editorBlock.test(b.text));
  const signed = body.slice(-4).filter((b) => !footer.includes(b) && bylineFooter.test(b.text));
  byline ??= signed[0]?.text;
  body = body.filter((b) => !footer.includes(b) && !signed.includes(b));
  const editor = field(editorPattern, around.tail, ...footer.map((b) => b.text), around.info);

  return {
    ...(date ? { date } : {}),
    ...(byline ? { byline: clean(byline) } : {}),
    ...(source ? { source } : {}),
    ...(editor ? { editor } : {}),
    blocks: body,
    warnings,
  };
}
