import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { JianbaoError } from '../../../shared/errors';
import { sha256Hex } from '../archive/ids';
import type { SourceFile } from './drafts';

/** The most a zip may unpack to: past it, the zip is refused before anything is read out. */
export const maxUnpackedBytes = 2 * 1024 ** 3;

/** A zip's entry names as fflate reads them: UTF-8 when flagged so, else Latin-1. */
function entryName(raw: string): string {
  const codes = [...raw].map((ch) => ch.charCodeAt(0));
  if (!codes.some((c) => c >= 0x80) || codes.some((c) => c > 0xff)) return raw;
  // Unflagged names from Chinese Windows are GBK (or unflagged UTF-8): read the bytes again.
  const bytes = Uint8Array.from(codes);
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // try the next
    }
  }
  return raw;
}

/** True for an entry name that would land outside the folder it unpacks into. */
export function escapesRoot(name: string): boolean {
  const path = name.replace(/\\/g, '/');
  return path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.split('/').includes('..');
}

function refuse(file: SourceFile, why: string): JianbaoError {
  return new JianbaoError('UNSAFE_ARCHIVE', `已拒绝压缩包 ${file.path}：${why}`);
}

/**
 * The files inside a zip holding an issue (2025-01-15/01.pdf …), read in memory, each named
 * by the zip's path and its entry path. Before anything is unpacked the whole directory is
 * checked: an entry whose path is absolute or climbs out with `..`, or a total unpacked size
 * past {@link maxUnpackedBytes}, refuses the zip. Only entries `wanted` accepts are unpacked.
 */
export function unzipSources(file: SourceFile, wanted: (name: string) => boolean, limit = maxUnpackedBytes): SourceFile[] {
  let declared = 0;
  const names = new Map<string, string>();
  try {
    unzipSync(file.bytes, {
      filter: (info) => {
        const name = entryName(info.name);
        if (escapesRoot(name)) {
          throw refuse(file, `条目 ${name} 指向压缩包之外 / refused ${file.path}: the entry ${name} points outside the archive.`);
        }
        declared += info.originalSize;
        if (declared > limit) {
          throw refuse(file, `解压后超过 ${limit} 字节 / refused ${file.path}: it unpacks to more than ${limit} bytes.`);
        }
        names.set(info.name, name);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof JianbaoError) throw error;
    throw new JianbaoError(
      'UNREADABLE_FILE',
      `${file.path} 不是有效的 zip 压缩包 / ${file.path} is not a valid zip archive (${(error as Error).message}). Get the file again.`,
      { cause: error },
    );
  }
  const isWanted = (raw: string): boolean => {
    const name = names.get(raw) ?? raw;
    const base = name.split('/').pop() ?? '';
    return !name.endsWith('/') && !name.startsWith('__MACOSX/') && !base.startsWith('.') && wanted(name);
  };
  const entries = unzipSync(file.bytes, { filter: (info) => isWanted(info.name) });
  let unpacked = 0;
  const sources: SourceFile[] = [];
  for (const [raw, bytes] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) {
    unpacked += bytes.length;
    if (unpacked > limit) throw refuse(file, `解压后超过 ${limit} 字节 / refused ${file.path}: it unpacks to more than ${limit} bytes.`);
    const name = names.get(raw) ?? raw;
    const base = name.split('/').pop()!;
    const dot = base.lastIndexOf('.');
    sources.push({
      path: join(file.path, ...name.split('/')),
      name: base,
      bytes,
      sha256: sha256Hex(bytes),
      ext: dot > 0 ? base.slice(dot + 1).toLowerCase() : '',
    });
  }
  return sources;
}
