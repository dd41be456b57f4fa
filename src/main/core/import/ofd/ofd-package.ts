import { unzipSync } from 'fflate';
import { JianbaoError } from '../../../../shared/errors';
import { escapesRoot } from '../zip-source';
import { parseXml, XmlPartError, XmlTooLargeError, type XmlElement } from './xml';

/**
 * An OFD file as a ZIP package (GB/T 33190 §7.2): its entries by path, checked before anything
 * is inflated. An entry path that is absolute or climbs out with `..`, or a package declaring
 * more than {@link maxOfdUnpackedBytes}, refuses the file; so does an entry that inflates to
 * more than it declared. Parts are then read on demand and XML parts parsed once.
 */

/** The most an OFD package may unpack to (a 公文 is kilobytes; a scanned report tens of megabytes). */
export const maxOfdUnpackedBytes = 512 * 1024 ** 2;
/** The most entries a package may have. */
export const maxOfdEntries = 50_000;

/** The error for a damaged or hostile package, naming the file. */
export function ofdError(fileName: string, zh: string, en: string, code: 'UNREADABLE_FILE' | 'UNSAFE_ARCHIVE' | 'TOO_LARGE' = 'UNREADABLE_FILE'): JianbaoError {
  return new JianbaoError(code, `无法导入 OFD 文件 ${fileName}：${zh} / Cannot import the OFD file ${fileName}: ${en}`);
}

/** A package path without its leading slash, `.` and `..` resolved against `base` (a folder path). */
export function resolvePartPath(base: string, location: string): string | null {
  const loc = location.trim().replace(/\\/g, '/');
  if (loc === '') return null;
  const parts = loc.startsWith('/') ? [] : base.split('/').filter(Boolean);
  for (const piece of loc.split('/')) {
    if (piece === '' || piece === '.') continue;
    if (piece === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(piece);
  }
  return parts.join('/');
}

/** The folder a part lies in (`Doc_0/Pages/Page_0`). */
export function folderOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at);
}

export class OfdPackage {
  private readonly entries: Record<string, Uint8Array>;
  /** entry names in lower case, for producers that spell a path's case differently */
  private readonly byLowerName = new Map<string, string>();
  private readonly parsed = new Map<string, XmlElement>();

  private constructor(readonly fileName: string, entries: Record<string, Uint8Array>) {
    this.entries = entries;
    for (const name of Object.keys(entries)) this.byLowerName.set(name.toLowerCase(), name);
  }

  /** Opens the package; throws UNSAFE_ARCHIVE, TOO_LARGE or UNREADABLE_FILE naming the file. */
  static open(fileName: string, bytes: Uint8Array, limit = maxOfdUnpackedBytes): OfdPackage {
    let declared = 0;
    let count = 0;
    const sizes = new Map<string, number>();
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(bytes, {
        filter: (info) => {
          if (escapesRoot(info.name)) {
            throw ofdError(fileName, `包内条目 ${info.name} 指向包外`, `its entry ${info.name} points outside the package.`, 'UNSAFE_ARCHIVE');
          }
          if (++count > maxOfdEntries) {
            throw ofdError(fileName, `包内条目超过 ${maxOfdEntries} 个`, `it has more than ${maxOfdEntries} entries.`, 'TOO_LARGE');
          }
          declared += info.originalSize;
          if (declared > limit) {
            throw ofdError(fileName, `解压后超过 ${limit} 字节（疑似压缩炸弹）`, `it unpacks to more than ${limit} bytes (a zip bomb?).`, 'UNSAFE_ARCHIVE');
          }
          sizes.set(info.name, info.originalSize);
          return !info.name.endsWith('/');
        },
      });
    } catch (error) {
      if (error instanceof JianbaoError) throw error;
      throw ofdError(
        fileName,
        `文件不完整或已损坏，不是有效的 OFD 压缩包（${(error as Error).message}），请重新获取该文件`,
        `it is incomplete or damaged, not a valid OFD (zip) package (${(error as Error).message}). Get the file again.`,
      );
    }
    for (const [name, data] of Object.entries(entries)) {
      if (data.length > (sizes.get(name) ?? 0)) {
        throw ofdError(fileName, `条目 ${name} 解压后大于其声明的大小`, `its entry ${name} inflates to more than it declares.`, 'UNSAFE_ARCHIVE');
      }
    }
    return new OfdPackage(fileName, rootedAtOfdXml(entries));
  }

  /** The bytes of a part, or null when the package has no such entry. */
  bytes(path: string): Uint8Array | null {
    const name = this.entries[path] ? path : this.byLowerName.get(path.toLowerCase());
    return name ? (this.entries[name] ?? null) : null;
  }

  /** Whether the package holds `path`. */
  has(path: string): boolean {
    return this.bytes(path) !== null;
  }

  /**
   * An XML part, parsed; throws UNREADABLE_FILE naming the file and the part when it is missing
   * or not well formed, TOO_LARGE when it has more than `maxElements` elements.
   */
  xml(path: string, what: { zh: string; en: string }, maxElements = 1_000_000): XmlElement {
    const cached = this.parsed.get(path);
    if (cached) return cached;
    const data = this.bytes(path);
    if (!data) throw ofdError(this.fileName, `缺少${what.zh}（${path}）`, `its ${what.en} (${path}) is missing.`);
    let root: XmlElement;
    try {
      root = parseXml(decodeXml(data), maxElements);
    } catch (error) {
      if (error instanceof XmlTooLargeError) {
        throw ofdError(
          this.fileName,
          `${what.zh}（${path}）超过 ${maxElements} 个元素，文件过大或已损坏，请拆分后再导入`,
          `its ${what.en} (${path}) has more than ${maxElements} elements: the file is too large or damaged; split it and import the parts.`,
          'TOO_LARGE',
        );
      }
      const detail = error instanceof XmlPartError || error instanceof Error ? error.message : String(error);
      throw ofdError(this.fileName, `${what.zh}（${path}）不是有效的 XML：${detail}`, `its ${what.en} (${path}) is not valid XML: ${detail}.`);
    }
    this.parsed.set(path, root);
    return root;
  }
}

/**
 * The entries as the package has them, or, when a user zipped the package's folder instead of
 * its contents (report/OFD.xml), with that one folder taken off every path.
 */
function rootedAtOfdXml(entries: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const names = Object.keys(entries);
  if (names.some((n) => n.toLowerCase() === 'ofd.xml')) return entries;
  const roots = names.filter((n) => /^[^/]+\/ofd\.xml$/i.test(n));
  if (roots.length !== 1) return entries;
  const prefix = roots[0]!.slice(0, roots[0]!.indexOf('/') + 1);
  return Object.fromEntries(names.filter((n) => n.startsWith(prefix)).map((n) => [n.slice(prefix.length), entries[n]!]));
}

/** The text of an XML part: UTF-8 (OFD's encoding), or what its declaration names (GB18030 from older producers). */
function decodeXml(data: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(data.subarray(0, 200));
  const declared = /encoding\s*=\s*["']([A-Za-z0-9_-]+)["']/.exec(head)?.[1]?.toLowerCase();
  const encoding = declared && /^(gb2312|gbk|gb18030)$/.test(declared) ? 'gb18030' : 'utf-8';
  return new TextDecoder(encoding).decode(data);
}
