/**
 * GBK text behind a Latin font encoding (issue 3, item 1). Old Chinese office tools wrote
 * PDFs whose non-embedded Chinese font (宋体) declares /WinAnsiEncoding while its strings hold
 * GBK bytes; pdf.js and poppler then read each byte as a Latin-1 letter ("¹ØÓÚ" for 关于).
 *
 * The bytes come back through the encoding: WinAnsi is Windows-1252, with pdf.js's own
 * renderings of a few codes (0xA0 is read as a space, 0xAD as "-", 0xB5 as μ, codes 1252 leaves
 * undefined as •). A font is taken to be such a font when most of its characters are
 * Latin-1 letters and symbols, and what they decode to as GBK is Chinese.
 */

const decoder1252 = new TextDecoder('windows-1252');

/** Each character pdf.js shows for a byte ≥ 0x80 of a WinAnsi font, back to that byte. */
const byteOf = new Map<string, number>();
for (let byte = 0x80; byte <= 0xff; byte++) {
  const ch = decoder1252.decode(new Uint8Array([byte]));
  if (!byteOf.has(ch)) byteOf.set(ch, byte);
}
byteOf.set('\u2022', 0x95); // • : 0x95, or one of the codes 1252 leaves undefined (all rare GBK lead bytes)
byteOf.set('\u03BC', 0xb5); // pdf.js normalises µ to μ

/** The bytes behind a string shown in a WinAnsi font; null when a character cannot be one. */
export function latinBytes(text: string): number[] | null {
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const previous = bytes[bytes.length - 1];
    // A lead byte waits for its trail byte: after one, a space was 0xA0 and "-" was 0xAD.
    const isTrailPosition = previous !== undefined && previous >= 0x81 && isLeadPosition(bytes);
    if (isTrailPosition && ch === ' ') bytes.push(0xa0);
    else if (isTrailPosition && ch === '-') bytes.push(0xad);
    else if (cp < 0x80) bytes.push(cp);
    else {
      const byte = byteOf.get(ch);
      if (byte === undefined) return null;
      bytes.push(byte);
    }
  }
  return bytes;
}

/** True when the last byte of `bytes` starts a GBK double-byte character. */
function isLeadPosition(bytes: readonly number[]): boolean {
  let i = 0;
  let lastLead = -1;
  while (i < bytes.length) {
    if (bytes[i]! >= 0x81 && bytes[i]! <= 0xfe) {
      lastLead = i;
      i += 2;
    } else i += 1;
  }
  return lastLead === bytes.length - 1;
}

/** The GBK reading of `bytes`, or null when they are not valid GBK. */
function decodeGbk(bytes: readonly number[]): string | null {
  try {
    return new TextDecoder('gbk', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}

const isChinese = (ch: string): boolean => /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u.test(ch);

/** An item of text as pdf.js gives it. */
export interface FontText {
  str: string;
  fontName: string;
}

/**
 * Finds the fonts whose text is GBK mojibake and decodes their items. Returns the decoded
 * text of each item it changed, and the fonts it judged so.
 */
export function repairGbkMojibake<T extends FontText>(items: readonly T[]): { repaired: Map<T, string>; fonts: string[] } {
  const byFont = new Map<string, T[]>();
  for (const item of items) {
    const list = byFont.get(item.fontName) ?? [];
    list.push(item);
    byFont.set(item.fontName, list);
  }
  const repaired = new Map<T, string>();
  const fonts: string[] = [];
  for (const [font, list] of byFont) {
    const decoded = list.map((item) => {
      const bytes = latinBytes(item.str);
      return bytes && { bytes, text: decodeGbk(bytes) };
    });
    let high = 0;
    let visible = 0;
    let chinese = 0;
    let decodedHigh = 0;
    let isPossible = true;
    decoded.forEach((entry, i) => {
      const str = list[i]!.str;
      for (const ch of str) if (ch.trim() !== '') visible += 1;
      if (!entry || entry.text === null) {
        if ([...str].some((ch) => ch.codePointAt(0)! >= 0x80)) isPossible = false;
        return;
      }
      high += entry.bytes.filter((b) => b >= 0x80).length;
      for (const ch of entry.text) {
        if (ch.codePointAt(0)! >= 0x80) {
          decodedHigh += 1;
          if (isChinese(ch)) chinese += 1;
        }
      }
    });
    if (!isPossible || high < 4 || high < visible * 0.5 || chinese < decodedHigh * 0.8) continue;
    fonts.push(font);
    decoded.forEach((entry, i) => {
      if (entry?.text != null) repaired.set(list[i]!, entry.text);
    });
  }
  return { repaired, fonts };
}
