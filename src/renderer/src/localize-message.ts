/**
 * The core's messages are bilingual, `中文 / English` (the CLI prints them whole). The UI
 * shows the half of its language. A reason from further down may be bilingual itself, set in
 * both halves (`无法读取 X：文件不存在 / no such file / Cannot read X: 文件不存在 / no such file`)
 * or in one (`导入 X 时出错 / Importing X failed: 参数无效 / Invalid`): the split taken is the
 * one that leaves as many pairs on either side, the earliest on a tie, and pairs left inside
 * a half lose their other language in place.
 */
const separator = ' / ';
const cjk = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const startsLatin = /^[A-Za-z0-9"'“(<[]/u;
const hasCjk = new RegExp(`[${cjk}]`, 'u');
/** a run of Chinese right before ` / ` (kept by the English half: removed) */
const chineseBeforeSeparator = new RegExp(`[${cjk}][${cjk}\\w .,:;!?-]*?(?<=[${cjk}]) / (?=[A-Za-z0-9])`, 'gu');
/** ` / ` and the English after it, up to the next Chinese (kept by the Chinese half: removed) */
const englishAfterSeparator = new RegExp(`(?<=[${cjk}]) / [A-Za-z0-9][^${cjk}]*?(?=[${cjk}]|$)`, 'gu');

export function localizeMessage(message: string, locale: 'zh-CN' | 'en'): string {
  const at = splitAt(message);
  if (at === null) return message;
  if (locale === 'en') return message.slice(at + separator.length).replace(chineseBeforeSeparator, '').trim();
  return message.slice(0, at).replace(englishAfterSeparator, '').trim();
}

/** Where the Chinese half ends, or null when the message is not bilingual. */
function splitAt(message: string): number | null {
  const positions: number[] = [];
  for (let at = message.indexOf(separator); at !== -1; at = message.indexOf(separator, at + 1)) positions.push(at);
  let best: { at: number; imbalance: number } | null = null;
  for (const [index, at] of positions.entries()) {
    const left = message.slice(0, at);
    const right = message.slice(at + separator.length);
    if (!hasCjk.test(left) || !startsLatin.test(right)) continue;
    const imbalance = Math.abs(index - (positions.length - 1 - index));
    if (!best || imbalance < best.imbalance) best = { at, imbalance };
  }
  return best?.at ?? null;
}
