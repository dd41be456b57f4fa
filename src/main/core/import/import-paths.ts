import { access, readFile, rm } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { JianbaoError } from '../../../shared/errors';
import { joinIssueContinuations } from '../layout/continuations';
import type { ImportFileResult, ImportProgress, ImportReport } from '../../../shared/import-types';
import type { Paper } from '../../../shared/model';
import type { Archive } from '../archive/archive';
import { issueIdOf, sha256Hex } from '../archive/ids';
import type { DocumentDraft, ImportHints, IssueDraft, SourceFile } from './drafts';
import { detectFormat, importableExtensions, readDraft, type SourceFormat } from './formats';
import { dateFromFolders, failure, isZipArchive, listBatches, prefixed, unreadable } from './source-files';
import { unzipSources } from './zip-source';
import { applyLayouts, type ReadEntry } from './layouts';
import { buildIssue, type BuiltIssue } from './issue-builder';
import { withStoredCorrections } from '../corrections/import-corrections';
import { dateFromFileName, isValidIsoDate, localDate, paperIdOf } from './metadata';
import { buildDocument, reportDocument, reportIssue, type BuiltDocument } from './records';

/** How an import is run: what the user said, progress, cancellation, the clock. */
export interface ImportOptions extends ImportHints {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  now?: () => Date;
}

/** The name an issue's paper gets when neither the files nor the user name it. */
export const unnamedPaperName = '未署名报纸';

/** The paper the user or the file names: one already in the archive (by id, name or short name), else a new one. */
function resolvePaper(papers: readonly Paper[], name: string): Paper {
  const wanted = name.trim();
  const known = papers.find((p) => p.id === wanted || p.name === wanted || p.shortName === wanted);
  return known ?? { id: paperIdOf(wanted), name: wanted, shortName: wanted };
}

type ReadFile = ReadEntry;

/** What every batch of one import shares. */
interface ImportRun {
  options: ImportOptions;
  report: ImportReport;
  /** files done (read, failed or found unchanged) before the current batch */
  doneBefore: number;
  progress: (done: number, currentFile: string | null, page?: { done: number; total: number }) => void;
  /** content read earlier in this import, so that a copy of a file changes nothing either */
  shasRead: Set<string>;
  now: () => Date;
  /** backs the archive up before this import's first write (once) */
  backUp: () => Promise<void>;
}

/**
 * Imports files and folders into the archive (issue 3), a batch at a time (source-files.ts:
 * an issue's folder, or the files named). Each file of a batch is read and turned into records
 * in memory first; a file that fails gets a bilingual message and leaves nothing behind.
 * Files whose content the archive already holds (by sha256) change nothing. Then, issue by
 * issue, the originals and records are written, the library entry last, so an issue is in the
 * archive whole or not at all. Cancelling stops before the next write; what was written by
 * then stays, and the report says which files were cancelled.
 */
export async function importPaths(archive: Archive, paths: readonly string[], options: ImportOptions = {}): Promise<ImportReport> {
  if (options.date !== undefined && !isValidIsoDate(options.date)) {
    throw new JianbaoError('INVALID_ARGUMENT', `无效的日期 ${options.date}，应为 YYYY-MM-DD / Invalid date ${options.date}: use YYYY-MM-DD.`);
  }
  const report: ImportReport = { files: [], issues: [], documents: [], changedArticleIds: [], cancelled: false };
  const batches = await listBatches(paths, report.files);
  const total = batches.reduce((sum, batch) => sum + batch.length, 0);
  const run: ImportRun = {
    options,
    report,
    doneBefore: 0,
    progress: (done, currentFile, page) => options.onProgress?.({ done, total, currentFile, ...(page ? { page } : {}) }),
    shasRead: new Set(),
    now: options.now ?? (() => new Date()),
    backUp: once(async () => {
      await archive.backups.snapshot('import');
    }),
  };
  for (const [index, batch] of batches.entries()) {
    if (options.signal?.aborted || (await importBatch(archive, batch, run)) === 'cancelled') {
      return cancel(report, batches.slice(index).flat());
    }
    run.doneBefore += batch.length;
  }
  run.progress(total, null);
  return report;
}

/** Reads, builds and writes one batch; 'cancelled' when the signal stopped it. */
async function importBatch(archive: Archive, files: readonly string[], run: ImportRun): Promise<'done' | 'cancelled'> {
  const { options, report, progress } = run;
  const results = report.files;
  const library = await archive.library.read();
  const known = new Map<string, { issueId?: string; documentId?: string }>();
  for (const issue of library.issues) for (const sha of issue.sources) known.set(sha, { issueId: issue.id });
  for (const doc of library.documents) for (const sha of doc.sources) known.set(sha, { documentId: doc.id });

  const read: ReadFile[] = [];
  /** which of the batch's files is being read: its pages' progress counts from there */
  let fileIndex = 0;
  /** Reads one file (or zip entry) into a draft, unless its content is known; failures are reported. */
  const consider = async (file: SourceFile): Promise<void> => {
    const { path } = file;
    const seen = known.get(file.sha256) ?? (run.shasRead.has(file.sha256) ? {} : undefined);
    if (seen) {
      results.push({ path, status: 'unchanged', ...seen, warnings: [] });
      return;
    }
    run.shasRead.add(file.sha256);
    let format: SourceFormat | undefined;
    try {
      format = detectFormat(file);
      if (format === 'pdf' || format === 'docx' || format === 'ofd') file.ext = format;
      else if (!/^[a-z0-9]{1,8}$/.test(file.ext)) file.ext = format === 'html' ? 'html' : 'txt';
      const folderDate = dateFromFolders(path);
      const done = run.doneBefore + fileIndex;
      const draft = await readDraft(file, format, {
        // a PDF of hundreds of pages takes a while: say how far it is, every few pages
        onPage: (page, pages) => (page === pages || page % 4 === 0) && progress(done, path, { done: page, total: pages }),
        ...(options.paper ? { paper: options.paper } : {}),
        ...(options.date ? { date: options.date } : {}),
        ...(folderDate ? { folderDate } : {}),
      });
      const result: ImportFileResult = { path, status: 'imported', format: draft.format, warnings: [...draft.warnings] };
      results.push(result);
      read.push({ file, result, draft });
    } catch (error) {
      results.push(failure(path, prefixed(path, error), format === 'zip' ? undefined : format));
    }
  };
  for (const [index, path] of files.entries()) {
    if (options.signal?.aborted) return 'cancelled';
    fileIndex = index;
    progress(run.doneBefore + index, path);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (error) {
      results.push(failure(path, unreadable(path, error)));
      continue;
    }
    const name = basename(path);
    const file: SourceFile = { path, name, bytes, sha256: sha256Hex(bytes), ext: extname(name).slice(1).toLowerCase() };
    if (isZipArchive(file)) {
      let entries: SourceFile[];
      try {
        entries = unzipSources(file, (entry) => importableExtensions.has(extname(entry).slice(1).toLowerCase()));
      } catch (error) {
        results.push(failure(path, error));
        continue;
      }
      for (const entry of entries) await consider(entry);
    } else await consider(file);
  }
  if (options.signal?.aborted) return 'cancelled';

  // Build every issue and document in memory; a failure drops that issue's files only.
  const issues = new Map<string, { paper: Paper; date: string; files: ReadFile[] }>();
  const documents: { built: BuiltDocument; entry: ReadFile }[] = [];
  const papers = [...library.papers];
  applyLayouts(read);
  shareFolderPaperNames(read);
  for (const entry of read) {
    const { draft, file, result } = entry;
    if (draft.kind === 'layout') continue; // applyLayouts made every layout an issue draft
    if (draft.kind === 'document') {
      documents.push({ built: buildDocument(draft, file), entry });
      continue;
    }
    const paperName = options.paper ?? draft.paperName;
    if (paperName === undefined) {
      result.warnings.push(`未注明报纸名称，记为“${unnamedPaperName}”，可用 --paper 指定 / No paper named; filed under “${unnamedPaperName}” (use --paper NAME).`);
    }
    const paper = resolvePaper(papers, paperName ?? unnamedPaperName);
    if (!papers.some((p) => p.id === paper.id)) papers.push(paper);
    let date = options.date ?? draft.date ?? dateFromFileName(file.name) ?? dateFromFolders(file.path) ?? undefined;
    if (date === undefined) {
      date = localDate(run.now());
      result.warnings.push(`未找到出版日期，记为导入当天 ${date}，可用 --date 指定 / No issue date found; filed under today, ${date} (use --date YYYY-MM-DD).`);
    }
    const key = `${paper.id}\u0000${date}`;
    const group = issues.get(key) ?? { paper, date, files: [] };
    group.files.push(entry);
    issues.set(key, group);
  }
  // An article continued on another page of its issue (下转第X版) becomes one, wherever its pages came from.
  for (const { files: group } of issues.values()) joinIssueContinuations(group.map(({ draft }) => draft as IssueDraft));
  const built: { built: BuiltIssue; files: ReadFile[] }[] = [];
  for (const { paper, date, files: group } of issues.values()) {
    try {
      const issueId = issueIdOf(paper.id, date);
      const existingIssue = library.issues.find((i) => i.id === issueId) ?? null;
      const existing = {
        issue: existingIssue,
        articles: existingIssue ? (await archive.articles(issueId).read()).articles : [],
        pageTexts: existingIssue ? (await archive.pageTexts(issueId).read()).pages : [],
      };
      const drafted = buildIssue(paper, date, group.map(({ draft, file }) => ({ draft: draft as IssueDraft, file })), existing);
      const result = await withStoredCorrections(archive, drafted, existing.articles);
      built.push({ built: result, files: group });
    } catch (error) {
      for (const entry of group) Object.assign(entry.result, failure(entry.file.path, prefixed(entry.file.path, error)));
    }
  }

  // Write, issue by issue.
  if (built.length > 0 || documents.length > 0) await run.backUp();
  const doneReading = run.doneBefore + files.length;
  for (const { built: issue, files: group } of built) {
    if (options.signal?.aborted) return 'cancelled';
    progress(doneReading, group[0]?.file.path ?? null);
    try {
      await writeAll(archive, group.map((g) => g.file), async () => {
        if (issue.pageTexts.length > 0) {
          await archive.pageTexts(issue.bundle.issue.id).update((file) => {
            file.pages = issue.pageTexts;
          });
        }
        await archive.saveIssue(issue.bundle);
      });
    } catch (error) {
      for (const entry of group) Object.assign(entry.result, failure(entry.file.path, error));
      continue;
    }
    for (const entry of group) entry.result.issueId = issue.bundle.issue.id;
    report.issues.push(reportIssue(issue));
    report.changedArticleIds.push(...issue.changedArticleIds);
  }
  for (const { built: doc, entry } of documents) {
    if (options.signal?.aborted) return 'cancelled';
    progress(doneReading, entry.file.path);
    try {
      const draft = entry.draft as DocumentDraft;
      await writeAll(archive, draft.replica ? [entry.file, draft.replica] : [entry.file], () => archive.saveDocument(doc.document, doc.pageTexts));
    } catch (error) {
      Object.assign(entry.result, failure(entry.file.path, error));
      continue;
    }
    entry.result.documentId = doc.document.id;
    report.documents.push(reportDocument(doc.document));
  }
  return 'done';
}

/**
 * Keeps the originals, then runs `save`. When anything fails, the originals this call added
 * are removed again, so a failed write leaves no file of the import behind.
 */
async function writeAll(archive: Archive, files: readonly SourceFile[], save: () => Promise<void>): Promise<void> {
  const added: string[] = [];
  try {
    for (const file of files) {
      const path = archive.originalPath(file.sha256, file.ext);
      const existed = await access(path).then(() => true, () => false);
      await archive.putOriginal(file.bytes, file.ext);
      if (!existed) added.push(path);
    }
    await save();
  } catch (error) {
    await Promise.all(added.map((path) => rm(path, { force: true })));
    throw error;
  }
}

/**
 * Files of one folder are one issue's: where only some of them name their paper (an article
 * page does, a page PDF does not) and they agree, the others take that name.
 */
function shareFolderPaperNames(read: readonly ReadFile[]): void {
  const names = new Map<string, Set<string>>();
  for (const { draft, file } of read) {
    if (draft.kind !== 'issue' || draft.paperName === undefined) continue;
    const set = names.get(dirname(file.path)) ?? new Set();
    set.add(draft.paperName);
    names.set(dirname(file.path), set);
  }
  for (const { draft, file } of read) {
    const found = names.get(dirname(file.path));
    if (draft.kind === 'issue' && draft.paperName === undefined && found?.size === 1) draft.paperName = [...found][0]!;
  }
}

function once(work: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () => (running ??= work());
}

/** Marks what was not imported as cancelled; the report says so. */
function cancel(report: ImportReport, pending: readonly string[]): ImportReport {
  for (const result of report.files) {
    if (result.status === 'imported' && result.issueId === undefined && result.documentId === undefined) result.status = 'cancelled';
  }
  for (const path of pending) {
    if (!report.files.some((r) => r.path === path)) report.files.push({ path, status: 'cancelled', warnings: [] });
  }
  report.cancelled = true;
  return report;
}
