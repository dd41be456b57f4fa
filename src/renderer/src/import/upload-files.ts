import { maxUploadBytes, type ImportReport } from '../../../shared/import-types';

/** A file chosen in the browser: its bytes, and its name (a relative path when it came in a folder). */
export interface PickedFile {
  file: File;
  name: string;
}

/** The files of a file input; a chosen folder's files keep their paths inside it. */
export function pickedFromInput(files: Iterable<File>): PickedFile[] {
  return Array.from(files, (file) => ({ file, name: file.webkitRelativePath || file.name }));
}

/** The part of a dropped item's FileSystemEntry the walk uses (Chromium's webkitGetAsEntry). */
interface EntryLike {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?: (resolve: (file: File) => void, reject: (error: unknown) => void) => void;
  createReader?: () => { readEntries: (resolve: (entries: EntryLike[]) => void, reject: (error: unknown) => void) => void };
}

/** The files dropped on the window, the files of dropped folders among them, with their paths. */
export async function pickedFromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(data.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => (item as DataTransferItem & { webkitGetAsEntry?: () => EntryLike | null }).webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((entry) => entry === null)) return pickedFromInput(data.files);
  const picked: PickedFile[] = [];
  for (const entry of entries as EntryLike[]) await walk(entry, '', picked);
  return picked;
}

async function walk(entry: EntryLike, folder: string, into: PickedFile[]): Promise<void> {
  const name = folder ? `${folder}/${entry.name}` : entry.name;
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((resolve, reject) => entry.file?.(resolve, reject));
    into.push({ file, name });
  } else if (entry.isDirectory && entry.createReader) {
    const reader = entry.createReader();
    // readEntries answers a few at a time, then nothing once it has given them all.
    for (;;) {
      const batch = await new Promise<EntryLike[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, name, into);
    }
  }
}

/** The first file too large to upload at all, or null. */
export function tooLargeFile(files: readonly PickedFile[], limit = maxUploadBytes): PickedFile | null {
  return files.find((picked) => picked.file.size > limit) ?? null;
}

/** The files in calls of at most `limit` bytes each, in their order. */
export function uploadBatches(files: readonly PickedFile[], limit = maxUploadBytes): PickedFile[][] {
  const batches: PickedFile[][] = [];
  let current: PickedFile[] = [];
  let size = 0;
  for (const picked of files) {
    if (current.length > 0 && size + picked.file.size > limit) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(picked);
    size += picked.file.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** A file's bytes as base64, read by the browser itself. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(file);
  });
}

/** The reports of the calls of one upload as one report. */
export function mergeReports(reports: readonly ImportReport[]): ImportReport {
  const issues = new Map<string, ImportReport['issues'][number]>();
  for (const report of reports) for (const issue of report.issues) issues.set(issue.id, issue);
  return {
    files: reports.flatMap((r) => r.files),
    issues: [...issues.values()],
    documents: reports.flatMap((r) => r.documents),
    changedArticleIds: [...new Set(reports.flatMap((r) => r.changedArticleIds))],
    cancelled: reports.some((r) => r.cancelled),
  };
}

/** A size for people: 1.2 MB, 340 KB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
