import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { JianbaoError } from '../../../shared/errors';
import type { ImportReport } from '../../../shared/import-types';
import type { Archive } from '../archive/archive';
import { importPaths, type ImportOptions } from './import-paths';

/** A file whose bytes were sent rather than named: a browser's upload. */
export interface UploadedBytes {
  /** its name, or a relative path (folder/file.pdf) when a folder was chosen */
  name: string;
  bytes: Uint8Array;
}

/**
 * Imports uploaded files as importPaths imports files on disk: they are written to a private
 * temporary folder (mode 0700) under their own names, imported from there, and the folder is
 * removed afterwards. The report and progress name each file as it was sent, never by its
 * temporary path. `tempRoot` is where the folder is made (the system's temporary folder).
 */
export async function importUploads(
  archive: Archive,
  uploads: readonly UploadedBytes[],
  options: ImportOptions & { tempRoot?: string } = {},
): Promise<ImportReport> {
  const relativePaths = uploads.map((upload) => safeRelativePath(upload.name));
  const folder = await mkdtemp(join(options.tempRoot ?? tmpdir(), 'jianbao-upload-'));
  const prefix = folder + sep;
  const shown = (text: string) => text.split(prefix).join('');
  try {
    const taken = new Set<string>();
    const paths: string[] = [];
    for (const [index, upload] of uploads.entries()) {
      const relative = unique(relativePaths[index] as string, taken);
      const path = join(folder, ...relative.split('/'));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, upload.bytes, { mode: 0o600 });
      paths.push(path);
    }
    const { tempRoot: _unused, onProgress, ...rest } = options;
    const report = await importPaths(archive, paths, {
      ...rest,
      ...(onProgress ? { onProgress: (progress) => onProgress({ ...progress, currentFile: progress.currentFile === null ? null : shown(progress.currentFile) }) } : {}),
    });
    for (const file of report.files) {
      file.path = shown(file.path);
      if (file.error) file.error = { ...file.error, message: shown(file.error.message) };
      file.warnings = file.warnings.map(shown);
    }
    return report;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The name as a relative path of plain segments: no `..`, no absolute path, no control characters. */
export function safeRelativePath(name: string): string {
  const segments = name
    .replace(/\\/g, '/')
    .split('/')
    // eslint-disable-next-line no-control-regex
    .map((segment) => segment.replace(/[\u0000-\u001f\u007f]/g, '').trim())
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .map((segment) => segment.slice(0, 200));
  if (segments.length === 0) {
    throw new JianbaoError('INVALID_ARGUMENT', `无效的文件名 / Invalid file name: ${JSON.stringify(name.slice(0, 100))}`);
  }
  return segments.join('/');
}

/** `relative`, or with a number before its file name when another upload took that path already. */
function unique(relative: string, taken: Set<string>): string {
  let candidate = relative;
  for (let n = 2; taken.has(candidate); n += 1) {
    const cut = relative.lastIndexOf('/') + 1;
    candidate = `${relative.slice(0, cut)}(${n}) ${relative.slice(cut)}`;
  }
  taken.add(candidate);
  return candidate;
}
