import { readdir, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, sep } from 'node:path';
import { JianbaoError, type ErrorCode } from '../../../shared/errors';
import type { ImportFileResult } from '../../../shared/import-types';
import type { SourceFile } from './drafts';
import { detectFormat, importableExtensions } from './formats';
import { dateFromFileName } from './metadata';

/**
 * Finding the files an import names, and the messages for those that fail.
 */

const isImportableName = (name: string): boolean => importableExtensions.has(extname(name).slice(1).toLowerCase());

/**
 * Every file under `paths` (folders read recursively in name order, only importable kinds
 * from folders), in batches that are imported one after the other: each sub-folder of a
 * named folder is a batch (an issue's folder, with its PDFs and article pages, stays whole),
 * the files directly in it are one, and the files named one by one are one. Paths that
 * cannot be read are reported in `failed`.
 */
export async function listBatches(paths: readonly string[], failed: ImportFileResult[]): Promise<string[][]> {
  const batches = new Map<string, string[]>();
  const seen = new Set<string>();
  const add = (key: string, file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const batch = batches.get(key) ?? [];
    batch.push(file);
    batches.set(key, batch);
  };
  const walk = async (root: string, path: string): Promise<void> => {
    const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
    for (const name of names) {
      const child = join(path, name);
      let info;
      try {
        info = await stat(child);
      } catch (error) {
        failed.push(failure(child, unreadable(child, error)));
        continue;
      }
      if (info.isDirectory()) await walk(root, child);
      else if (isImportableName(name)) {
        const top = relative(root, child).split(sep)[0]!;
        add(top === name ? `${root}\u0000` : join(root, top), child);
      }
    }
  };
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      failed.push(failure(path, unreadable(path, error)));
      continue;
    }
    if (info.isDirectory()) await walk(path, path);
    else add('', path);
  }
  return [...batches.values()];
}

/** The message for a path that cannot be read. */
export function unreadable(path: string, error: unknown): JianbaoError {
  const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在 / no such file' : (error as Error).message;
  return new JianbaoError('UNREADABLE_FILE', `无法读取 ${path}：${reason} / Cannot read ${path}: ${reason}. Check the path and that you may read the file.`);
}

/** A failed file's result, its error as it crosses the doors. */
export function failure(path: string, error: unknown, format?: ImportFileResult['format']): ImportFileResult {
  const wire =
    error instanceof JianbaoError
      ? { code: error.code, message: error.message }
      : { code: 'INTERNAL' as ErrorCode, message: `导入 ${path} 时出错 / Importing ${path} failed: ${(error as Error).message ?? String(error)}` };
  return { path, status: 'failed', ...(format ? { format } : {}), error: wire, warnings: [] };
}

/** The error with the file's full path in front, so that every message names the file. */
export function prefixed(path: string, error: unknown): unknown {
  if (error instanceof JianbaoError && !error.message.includes(path)) {
    return new JianbaoError(error.code, `${path}: ${error.message}`, { cause: error });
  }
  return error;
}

/** True for a zip archive (and not a Word document, which is a zip too). */
export function isZipArchive(file: SourceFile): boolean {
  const bytes = file.bytes;
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 && detectFormat(file) === 'zip';
}

/** The date a file's folders name, innermost first (an issue saved as 2025-01-15/01.pdf). */
export function dateFromFolders(path: string): string | null {
  for (const name of dirname(path).split(sep).reverse()) {
    const date = dateFromFileName(name);
    if (date) return date;
  }
  return null;
}
