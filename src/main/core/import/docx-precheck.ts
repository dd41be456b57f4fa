import { unzipSync } from 'fflate';
import { JianbaoError } from '../../../shared/errors';

/**
 * A look at a Word document's XML parts before mammoth reads them. mammoth's XML parser
 * (xmldom) takes time that grows with the square of the nesting depth: 200 KB of `<a>`
 * unclosed took it nearly four minutes, and a few MB of `<` hours. Word nests a few dozen
 * elements deep (tables in tables included), so a part nested deeper, or one that is not
 * even tag-shaped, is refused here in one linear pass, and so is one that unpacks to more
 * than any real document's text.
 */

/** Deeper than any document Word or WPS writes. */
export const maxWordXmlDepth = 256;
/** The most the XML parts of one .docx may unpack to. */
export const maxWordXmlBytes = 48 * 1024 * 1024;

function damaged(path: string, why: string): JianbaoError {
  return new JianbaoError(
    'UNREADABLE_FILE',
    `${path} 不是可读的 Word 文档（${why}） / ${path} is not a readable Word document (${why}). ` +
      'Open it in Word or WPS and save it again as .docx.',
  );
}

/** Throws UNREADABLE_FILE or TOO_LARGE when a part of the document would stall the parser. */
export function precheckDocx(path: string, bytes: Uint8Array): void {
  let declared = 0;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (entry) => {
        if (!/^word\/[^/]+\.xml$/.test(entry.name)) return false;
        declared += entry.originalSize;
        if (declared > maxWordXmlBytes) {
          throw new JianbaoError(
            'TOO_LARGE',
            `${path} 的正文解压后超过 ${maxWordXmlBytes / 1024 / 1024} MB，可能是恶意文件 / The text of ${path} unpacks to more than ` +
              `${maxWordXmlBytes / 1024 / 1024} MB, more than any real document: it was refused. Save the document again, or split it.`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof JianbaoError) throw error;
    throw damaged(path, (error as Error).message);
  }
  for (const [name, content] of Object.entries(parts)) {
    const problem = xmlShapeProblem(new TextDecoder().decode(content));
    if (problem) throw damaged(path, `${name}: ${problem}`);
  }
}

/**
 * What is wrong with the shape of an XML text, in one pass: a `<` that starts no tag, a tag
 * never closed with `>`, nesting past {@link maxWordXmlDepth}. Null when nothing is.
 */
export function xmlShapeProblem(xml: string): string | null {
  let depth = 0;
  for (let at = xml.indexOf('<'); at !== -1; at = xml.indexOf('<', at)) {
    const next = xml[at + 1] ?? '';
    const skipTo = (end: string): number => {
      const found = xml.indexOf(end, at + 2);
      return found === -1 ? -1 : found + end.length;
    };
    if (xml.startsWith('<!--', at) || xml.startsWith('<![CDATA[', at) || next === '?' || next === '!') {
      at = skipTo(xml.startsWith('<!--', at) ? '-->' : xml.startsWith('<![CDATA[', at) ? ']]>' : '>');
      if (at === -1) return 'a comment or declaration is never closed';
      continue;
    }
    const end = tagEnd(xml, at + 1);
    if (end === -1) return 'a tag is never closed';
    if (next === '/') depth -= 1;
    else if (/[A-Za-z_:]/.test(next)) {
      if (xml[end - 1] !== '/') depth += 1;
      if (depth > maxWordXmlDepth) return `elements nest more than ${maxWordXmlDepth} deep`;
    } else return `"<${next}" starts no tag`;
    at = end + 1;
  }
  return null;
}

/** The index of the `>` that ends the tag starting before `from`, quoted attribute values skipped. */
function tagEnd(xml: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < xml.length; i += 1) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
    else if (ch === '<') return -1;
  }
  return -1;
}
