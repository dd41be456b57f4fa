import { JianbaoError } from '../../../shared/errors';

/**
 * Bytes to text for imported text and HTML: the declared charset when the bytes agree with
 * it, else what the bytes are. Saved Chinese pages often declare GB2312 and hold UTF-8
 * (people-1.html), or declare nothing and hold GBK.
 */

/** The decoded text, the encoding used, and a warning when the declaration was wrong. */
export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

/** WHATWG names of the charsets Chinese pages declare, folded to what TextDecoder knows. */
function canonicalCharset(label: string): string | null {
  const name = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (name === '') return null;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A multi-byte charset turns 2 to 4 high bytes into one character (fewer means bytes were
 * dropped), and real text has few private-use characters (ICU's Big5 reads stray bytes as them).
 */
function isPlausible(text: string, highBytes: number): boolean {
  const wide = [...text].filter((ch) => ch.codePointAt(0)! >= 0x80);
  const privateUse = wide.filter((ch) => /\p{Co}/u.test(ch)).length;
  return !text.includes('\uFFFD') && wide.length * 4 >= highBytes && privateUse <= wide.length * 0.05;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80);
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Control characters that no text file holds (tab, line breaks and form feed are text). */
function isControl(code: number): boolean {
  return code <= 0x08 || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f);
}

/**
 * Refuses what is not text at all: bytes with NULs in them (no text in a charset we read has
 * one: an image, an executable, a file of zeros from a zip bomb), or text in which more than
 * one character in fifty is a control character (random bytes read as GB18030 decode without
 * error, into nonsense).
 */
function assertText(text: string, name: string): void {
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) if (isControl(text.charCodeAt(i))) controls += 1;
  if (text.includes('\u0000') || controls > text.length / 50) {
    throw new JianbaoError(
      'UNDECODABLE',
      `${name} 不是文本文件（含有二进制数据） / ${name} is not a text file: it holds binary data. ` +
        'Check that it is the file you meant, saved as text (UTF-8) or as a web page.',
    );
  }
}

/**
 * Decodes `bytes`. Order: a byte-order mark; then UTF-8 when the bytes are valid UTF-8 with
 * some non-ASCII in them (GBK text practically never is, so this overrules a wrong GB2312
 * declaration); then the declared charset; then GB18030 and Big5. Throws UNDECODABLE when no
 * charset reads the bytes without errors, or when what they read as is not text.
 */
export function decodeText(bytes: Uint8Array, options: { declared?: string | null; name: string }): Decoded {
  const decoded = decodeAny(bytes, options);
  assertText(decoded.text, options.name);
  return decoded;
}

function decodeAny(bytes: Uint8Array, options: { declared?: string | null; name: string }): Decoded {
  const warnings: string[] = [];
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, warnings };
  const declared = options.declared ? canonicalCharset(options.declared) : null;
  if (!hasNonAscii(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: declared ?? 'utf-8', warnings };

  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) {
    if (declared && declared !== 'utf-8') {
      warnings.push(
        `${options.name} 声明字符集为 ${options.declared}，实为 UTF-8，已按 UTF-8 读取 / ` +
          `${options.name} declares ${options.declared} but is UTF-8; read as UTF-8.`,
      );
    }
    return { text: utf8, encoding: 'utf-8', warnings };
  }
  const candidates = [...new Set([declared, 'gb18030', 'big5'].filter((e): e is string => e !== null && e !== 'utf-8'))];
  const highBytes = bytes.filter((b) => b >= 0x80).length;
  for (const encoding of candidates) {
    const text = tryDecode(bytes, encoding);
    if (text === null || !isPlausible(text, highBytes)) continue;
    if (declared && encoding !== declared) {
      warnings.push(
        `${options.name} 声明字符集为 ${options.declared}，无法按其读取，已按 ${encoding} 读取 / ` +
          `${options.name} declares ${options.declared} but does not decode as such; read as ${encoding}.`,
      );
    } else if (!declared) {
      warnings.push(`${options.name} 未声明字符集，按 ${encoding} 读取 / ${options.name} declares no charset; read as ${encoding}.`);
    }
    return { text, encoding, warnings };
  }
  throw new JianbaoError(
    'UNDECODABLE',
    `无法识别 ${options.name} 的字符编码 / Cannot tell the character encoding of ${options.name}: ` +
      'it is not UTF-8, GBK/GB18030 or Big5. Save it as UTF-8 and import it again.',
  );
}
