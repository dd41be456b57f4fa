/**
 * Author lines as Chinese papers print them: 本报记者 …, 通讯员 …, □ …, 作者 …, 文/图 …, or a
 * name alone under a headline.
 */

/** The words an author line opens with. */
export const bylineWords = /^(?:□|■|◎|●)|^(?:本报(?:记者|特约记者|通讯员|评论员)|记者|通讯员|特约记者|作者|文\s*[/／]|图\s*[/／]|撰文|口述)/u;

/** True for a line that opens with an author credit (□ 本报记者 林晓) and is short enough to be only that. */
export function isCreditLine(text: string): boolean {
  const t = text.replace(/\s/g, '');
  return bylineWords.test(t) && t.length <= 40;
}

/** True for a short line that reads as a name or an author credit. */
export function isBylineText(text: string): boolean {
  const t = text.replace(/\s/g, '');
  if (bylineWords.test(t)) return t.length <= 40;
  // a name alone (李忠杰, 何民捷, 欧阳淞), maybe with a second one
  return /^[\p{Script=Han}·]{2,4}(?:[、，,][\p{Script=Han}·]{2,4}){0,2}$/u.test(t);
}
