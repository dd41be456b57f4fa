import { randomUUID } from 'node:crypto';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ApiHandlers } from '../../shared/api';
import { JianbaoError } from '../../shared/errors';
import type { ApiEvents } from '../../shared/events';
import type { ImportReport } from '../../shared/import-types';
import type { ArticleMeta, ContinueReading, Issue, IssueSummary, Paper, Settings } from '../../shared/model';
import { defaultSettings, type LibraryFile, type SettingsFile } from './archive/archive-files';
import type { Archive } from './archive/archive';
import { importPaths, type ImportOptions } from './import/import-paths';
import { importUploads } from './import/import-uploads';
import { demoPaper } from './demo/demo-content';
import { applyReading, openReadingStore, type ReadingFile } from './reading/reading-file';
import type { SearchIndex } from './search/search-index';
import { AnnotationBook } from './annotations/annotation-book';
import { createAnnotationHandlers } from './annotations/annotation-handlers';
import { PageAnnotationBook } from './annotations/page-annotation-book';
import { createPageAnnotationHandlers } from './annotations/page-annotation-handlers';
import { createAnnotationListHandlers } from './annotations/archive-annotation-list';
import { CorrectionBook } from './corrections/correction-book';
import { createCorrectionHandlers } from './corrections/correction-handlers';
import { CollectionBook } from './collections/collection-book';
import { openCollectionsStore } from './collections/collections-file';
import { createExportHandlers } from './export/export-handlers';
import { ProposalBook } from './proposals/proposal-book';
import { createProposalHandlers } from './proposals/proposal-handlers';

interface LibraryIndex {
  papers: Map<string, Paper>;
  issues: Map<string, Issue>;
  articles: Map<string, ArticleMeta>;
  /** each issue's articles in reading order: page by page, as each page lists them */
  readingOrder: Map<string, ArticleMeta[]>;
}

/** Lookups built once per version of library.json (the store hands out a new object per read). */
const indexes = new WeakMap<LibraryFile, LibraryIndex>();

function indexOf(library: LibraryFile): LibraryIndex {
  let index = indexes.get(library);
  if (index) return index;
  const articles = new Map(library.articles.map((a) => [a.id, a]));
  const readingOrder = new Map<string, ArticleMeta[]>();
  for (const issue of library.issues) {
    const pages = [...issue.pages].sort((a, b) => a.number - b.number);
    readingOrder.set(
      issue.id,
      pages.flatMap((page) => page.articleIds.flatMap((id) => articles.get(id) ?? [])),
    );
  }
  index = {
    papers: new Map(library.papers.map((p) => [p.id, p])),
    issues: new Map(library.issues.map((i) => [i.id, i])),
    articles,
    readingOrder,
  };
  indexes.set(library, index);
  return index;
}

/**
 * The core's implementation of the API contract, over one archive. Every door (Electron IPC,
 * `jianbao serve`, the CLI, the in-memory transport of the tests) serves this one object.
 */
export function createCoreService(archive: Archive, events: ApiEvents, search: SearchIndex): ApiHandlers {
  const reading = openReadingStore(archive.dir, archive.storeHooks());
  /** the imports running now, for cancelImport */
  const imports = new Set<AbortController>();
  const bookOptions = {
    now: () => new Date(),
    newId: () => randomUUID(),
    creatorName: async () => (await archive.settings.read()).profileName,
  };
  const annotations = new AnnotationBook(archive, bookOptions);
  /** Runs one import, cancellable by cancelImport, its progress and its outcome announced. */
  const runImport = async (
    hints: { paper?: string | undefined; date?: string | undefined },
    run: (options: ImportOptions) => Promise<ImportReport>,
  ): Promise<ImportReport> => {
    const controller = new AbortController();
    imports.add(controller);
    try {
      const report = await run({
        ...(hints.paper === undefined ? {} : { paper: hints.paper }),
        ...(hints.date === undefined ? {} : { date: hints.date }),
        signal: controller.signal,
        onProgress: (progress) => events.emit('onDidImportProgress', progress),
      });
      if (report.issues.length > 0 || report.documents.length > 0) events.emit('onDidChangeLibrary', { reason: 'import' });
      return report;
    } finally {
      imports.delete(controller);
    }
  };
  return {
    ...createAnnotationHandlers(annotations, events),
    ...createPageAnnotationHandlers(new PageAnnotationBook(archive, bookOptions), events),
    ...createAnnotationListHandlers(archive),
    ...createCorrectionHandlers(new CorrectionBook(archive, bookOptions), events),
    ...createExportHandlers(archive, collectionBookOf(archive, search), events, bookOptions.now),
    ...createProposalHandlers(archive, new ProposalBook(archive, bookOptions)),
    async getInfo() {
      const library = await archive.library.read();
      return {
        archiveDir: archive.dir,
        counts: {
          papers: library.papers.length,
          issues: library.issues.length,
          pages: library.issues.reduce((sum, issue) => sum + issue.pages.length, 0),
          articles: library.articles.length,
          documents: library.documents.length,
          annotations: await archive.countAnnotations(),
        },
        isDemoOnly: library.papers.length > 0 && library.papers.every((paper) => paper.id === demoPaper.id) && library.documents.length === 0,
      };
    },

    async listPapers() {
      return (await archive.library.read()).papers;
    },

    async listIssues({ paperId }) {
      const library = await archive.library.read();
      const index = indexOf(library);
      return library.issues
        .filter((issue) => paperId === undefined || issue.paperId === paperId)
        .sort((a, b) => b.date.localeCompare(a.date) || a.paperId.localeCompare(b.paperId))
        .map((issue): IssueSummary => {
          const lead = index.readingOrder.get(issue.id)?.[0];
          // An imported page list names page 1's lead headline even when its article is not in the archive.
          const leadTitle = issue.pages.find((page) => page.number === 1)?.leadTitle ?? lead?.title;
          return {
            id: issue.id,
            paperId: issue.paperId,
            paperName: index.papers.get(issue.paperId)?.name ?? issue.paperId,
            date: issue.date,
            ...(issue.number === undefined ? {} : { number: issue.number }),
            pageCount: issue.pages.length,
            articleCount: index.readingOrder.get(issue.id)?.length ?? 0,
            ...(leadTitle ? { leadTitle } : {}),
          };
        });
    },

    async getIssue({ issueId }) {
      const index = indexOf(await archive.library.read());
      const issue = index.issues.get(issueId);
      const paper = issue && index.papers.get(issue.paperId);
      if (!issue || !paper) return null;
      return { issue, paper, articles: index.readingOrder.get(issueId) ?? [] };
    },

    async getArticle({ articleId }) {
      const index = indexOf(await archive.library.read());
      const meta = index.articles.get(articleId);
      const issue = meta && index.issues.get(meta.issueId);
      const paper = issue && index.papers.get(issue.paperId);
      if (!meta || !issue || !paper) return null;
      const article = (await archive.articles(issue.id).read()).articles.find((a) => a.id === articleId);
      if (!article) return null;
      const order = index.readingOrder.get(issue.id) ?? [];
      const at = order.findIndex((a) => a.id === articleId);
      const page = issue.pages.find((p) => p.number === meta.pageNumber);
      return {
        article,
        paper,
        issue: { id: issue.id, date: issue.date, ...(issue.number === undefined ? {} : { number: issue.number }) },
        page: { number: meta.pageNumber, section: page?.section ?? '' },
        previousArticleId: order[at - 1]?.id ?? null,
        nextArticleId: at === -1 ? null : (order[at + 1]?.id ?? null),
      };
    },

    async getSettings() {
      return settingsOf(await archive.settings.read());
    },

    async updateSettings(changes) {
      const saved = await archive.settings.update((file) => {
        Object.assign(file, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
        return settingsOf(file);
      });
      events.emit('onDidChangeSettings', saved);
      return saved;
    },

    async listDocuments() {
      return (await archive.library.read()).documents;
    },

    async getDocument({ documentId }) {
      if (!(await archive.library.read()).documents.some((d) => d.id === documentId)) return null;
      return (await archive.documentBody(documentId).read()).document;
    },

    async getReadingState() {
      const { last } = await reading.read();
      const index = indexOf(await archive.library.read());
      return { continueReading: last ? continueReadingOf(index, last) : null };
    },

    async recordReading({ place, position }) {
      const at = new Date().toISOString();
      await reading.update((file) => applyReading(file, place, at, position));
      return null;
    },

    async getReadingPosition({ articleId }) {
      return (await reading.read()).positions[articleId]?.fraction ?? null;
    },

    importFiles({ paths, paper, date }) {
      // ~/ is the user's home, as in a shell (the desktop app's typed paths).
      const expanded = paths.map((path) => (path === '~' ? homedir() : path.startsWith('~/') ? join(homedir(), path.slice(2)) : path));
      return runImport({ paper, date }, (options) => importPaths(archive, expanded, options));
    },

    importUploads({ files, paper, date }) {
      const uploads = files.map((file) => ({ name: file.name, bytes: new Uint8Array(Buffer.from(file.data, 'base64')) }));
      return runImport({ paper, date }, (options) => importUploads(archive, uploads, options));
    },

    async cancelImport() {
      for (const controller of imports) controller.abort();
      return imports.size;
    },

    async correctIssue({ issueId, number, sections, paperName, paperShortName }) {
      await archive.library.update((library) => {
        const issue = library.issues.find((i) => i.id === issueId);
        if (!issue) throw new JianbaoError('NOT_FOUND', `找不到这一期 ${issueId} / No issue ${issueId} in this archive.`);
        const unknownPage = sections?.find((s) => !issue.pages.some((page) => page.number === s.pageNumber));
        if (unknownPage) {
          throw new JianbaoError(
            'INVALID_ARGUMENT',
            `这一期没有第 ${unknownPage.pageNumber} 版 / Issue ${issueId} has no page ${unknownPage.pageNumber}.`,
          );
        }
        if (number === null) delete issue.number;
        else if (number !== undefined) issue.number = number;
        for (const { pageNumber, section } of sections ?? []) {
          const page = issue.pages.find((p) => p.number === pageNumber);
          if (page) page.section = section;
        }
        const paper = library.papers.find((p) => p.id === issue.paperId);
        if (paper && paperName !== undefined) paper.name = paperName;
        if (paper && paperShortName !== undefined) paper.shortName = paperShortName;
      });
      events.emit('onDidChangeLibrary', { reason: 'metadata' });
      const index = indexOf(await archive.library.read());
      const issue = index.issues.get(issueId);
      const paper = issue && index.papers.get(issue.paperId);
      if (!issue || !paper) throw new JianbaoError('NOT_FOUND', `找不到这一期 ${issueId} / No issue ${issueId} in this archive.`);
      return { issue, paper, articles: index.readingOrder.get(issueId) ?? [] };
    },

    async search(request) {
      return search.search(request);
    },

    async rebuildSearchIndex() {
      return search.rebuild();
    },

    async getRecoveryReport() {
      return [...archive.recoveries];
    },
  };
}

/** The settings a file holds, with defaults for what an older file lacks. */
function settingsOf(file: SettingsFile): Settings {
  const { schemaVersion: _version, ...settings } = file;
  return { ...defaultSettings, ...settings };
}

/** What the library shows of the last place opened; null when it has left the archive. */
function continueReadingOf(index: LibraryIndex, last: NonNullable<ReadingFile['last']>): ContinueReading | null {
  const { place, openedAt } = last;
  const article = place.kind === 'article' ? index.articles.get(place.articleId) : undefined;
  const issue = index.issues.get(place.kind === 'article' ? (article?.issueId ?? '') : place.issueId);
  if (!issue || (place.kind === 'article' && !article)) return null;
  const pageNumber = place.kind === 'article' ? (article?.pageNumber ?? 1) : place.pageNumber;
  const page = issue.pages.find((p) => p.number === pageNumber);
  if (!page) return null;
  return {
    place,
    openedAt,
    issueId: issue.id,
    paperName: index.papers.get(issue.paperId)?.name ?? issue.paperId,
    date: issue.date,
    pageNumber,
    section: page.section,
    ...(article ? { title: article.title } : {}),
  };
}

/** The archive's collections (collections.json), saved searches answered by the search index. */
export function collectionBookOf(archive: Archive, search: SearchIndex): CollectionBook {
  const store = openCollectionsStore(archive.dir, archive.storeHooks());
  return new CollectionBook(archive, store, search, { now: () => new Date(), newId: () => randomUUID() });
}
