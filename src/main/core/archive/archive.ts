import { access, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { JianbaoError } from '../../../shared/errors';
import type { DocumentRecord, PageText } from '../../../shared/import-types';
import type { Article, Issue, Paper } from '../../../shared/model';
import type { RecoveredFile } from '../../../shared/recovery';
import { BackupShelf } from '../backup/backup-shelf';
import { writeFileDurably } from '../storage/durable-file';
import { JsonStore, type FileDamage, type JsonStoreOptions, type Versioned } from '../storage/json-store';
import {
  annotationsSchemaVersion,
  articlesSchemaVersion,
  defaultSettings,
  documentSchemaVersion,
  librarySchemaVersion,
  pageTextsSchemaVersion,
  settingsSchemaVersion,
  validateAnnotations,
  validateArticles,
  validateDocument,
  validateLibrary,
  validatePageTexts,
  validateSettings,
  type AnnotationsFile,
  type ArticlesFile,
  type DocumentFile,
  type LibraryFile,
  type PageTextsFile,
  type SettingsFile,
} from './archive-files';
import { sha256Hex } from './ids';
import { annotationsMigrations, articlesMigrations, libraryMigrations, settingsMigrations } from './migrations';
import { recoverFromBackups } from './recovery';

/** What an importer hands to the archive for one issue. */
export interface IssueBundle {
  paper: Paper;
  issue: Issue;
  articles: Article[];
}

export interface ArchiveOptions {
  now?: () => Date;
}

const safeId = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
const originalExt = /^[a-z0-9]{1,8}$/;

/**
 * The archive folder (DESIGN.md, "On disk"): the JSON files of record and the originals.
 * Holds no state of its own beyond file handles' paths, so several Archive objects (or
 * processes) on one folder stay consistent through the stores' locks.
 */
export class Archive {
  readonly library: JsonStore<LibraryFile>;
  readonly settings: JsonStore<SettingsFile>;
  /** rotating copies of library.json, settings and annotations (backups/) */
  readonly backups: BackupShelf;
  /** the damaged files this Archive found, moved aside and (where a backup had a copy) restored */
  readonly recoveries: RecoveredFile[] = [];
  private readonly recoveryListeners = new Set<(entry: RecoveredFile) => void>();
  private readonly recover: (damage: FileDamage, isGood: (text: string) => boolean) => Promise<boolean>;
  private readonly articleStores = new Map<string, JsonStore<ArticlesFile>>();
  private readonly annotationStores = new Map<string, JsonStore<AnnotationsFile>>();
  private readonly pageTextStores = new Map<string, JsonStore<PageTextsFile>>();
  private readonly documentStores = new Map<string, JsonStore<DocumentFile>>();

  private constructor(
    readonly dir: string,
    private readonly options: ArchiveOptions,
  ) {
    const now = options.now ?? (() => new Date());
    this.backups = new BackupShelf(dir, now);
    this.recover = recoverFromBackups(dir, this.backups, (entry) => {
      this.recoveries.push(entry);
      for (const listener of this.recoveryListeners) listener(entry);
    }, now);
    this.library = new JsonStore<LibraryFile>({
      file: join(dir, 'library.json'),
      schemaVersion: librarySchemaVersion,
      defaults: () => ({ schemaVersion: librarySchemaVersion, papers: [], issues: [], articles: [], documents: [] }),
      validate: validateLibrary,
      migrations: libraryMigrations,
      ...this.storeHooks(),
    });
    this.settings = new JsonStore<SettingsFile>({
      file: join(dir, 'settings.json'),
      schemaVersion: settingsSchemaVersion,
      defaults: () => ({ schemaVersion: settingsSchemaVersion, ...defaultSettings }),
      validate: validateSettings,
      migrations: settingsMigrations,
      ...this.storeHooks(),
    });
  }

  /**
   * Opens (and creates, when missing) the archive folder, reads library.json and
   * settings.json so a damaged file is found (and restored from a backup) at once, and takes
   * the day's backup when it has not been taken yet.
   */
  static async open(dir: string, options: ArchiveOptions = {}): Promise<Archive> {
    for (const sub of ['', 'articles', 'annotations', 'originals', 'index', 'pages', 'documents', 'corrections']) {
      try {
        await mkdir(join(dir, sub), { recursive: true });
      } catch (error) {
        throw new JianbaoError(
          'WRITE_FAILED',
          `无法创建档案文件夹 ${dir} / Cannot create the archive folder ${dir}: ${(error as Error).message}`,
          { cause: error },
        );
      }
    }
    const archive = new Archive(dir, options);
    await archive.library.read();
    await archive.settings.read();
    await archive.backups.dailyIfDue();
    return archive;
  }

  /** Calls `listener` for each damaged file found from now on; returns the function that stops it. */
  onDidRecover(listener: (entry: RecoveredFile) => void): () => void {
    this.recoveryListeners.add(listener);
    return () => this.recoveryListeners.delete(listener);
  }

  /** The blocks and text of one issue's articles. */
  articles(issueId: string): JsonStore<ArticlesFile> {
    return this.storeFor(this.articleStores, issueId, (file) => new JsonStore<ArticlesFile>({
      file,
      schemaVersion: articlesSchemaVersion,
      defaults: () => ({ schemaVersion: articlesSchemaVersion, issueId, articles: [] }),
      validate: validateArticles,
      migrations: articlesMigrations,
      ...this.storeHooks(),
    }), 'articles');
  }

  /** The annotations on one issue. */
  annotations(issueId: string): JsonStore<AnnotationsFile> {
    return this.storeFor(this.annotationStores, issueId, (file) => new JsonStore<AnnotationsFile>({
      file,
      schemaVersion: annotationsSchemaVersion,
      defaults: () => ({ schemaVersion: annotationsSchemaVersion, issueId, annotations: [] }),
      validate: validateAnnotations,
      migrations: annotationsMigrations,
      ...this.storeHooks(),
    }), 'annotations');
  }

  /** The text layer of the page replicas of one issue or document (pages/<id>.json). */
  pageTexts(ownerId: string): JsonStore<PageTextsFile> {
    return this.storeFor(this.pageTextStores, ownerId, (file) => new JsonStore<PageTextsFile>({
      file,
      schemaVersion: pageTextsSchemaVersion,
      defaults: () => ({ schemaVersion: pageTextsSchemaVersion, ownerId, pages: [] }),
      validate: validatePageTexts,
      ...this.storeHooks(),
    }), 'pages');
  }

  /** The blocks and text of one document (documents/<id>.json). */
  documentBody(documentId: string): JsonStore<DocumentFile> {
    return this.storeFor(this.documentStores, documentId, (file) => new JsonStore<DocumentFile>({
      file,
      schemaVersion: documentSchemaVersion,
      defaults: () => ({ schemaVersion: documentSchemaVersion, documentId, document: null }),
      validate: validateDocument,
      ...this.storeHooks(),
    }), 'documents');
  }

  /**
   * Saves one document: its body and page texts first, then its library entry, replacing
   * what the library held under its id.
   */
  async saveDocument(document: DocumentRecord, pages: PageText[]): Promise<void> {
    if (pages.length > 0) {
      await this.pageTexts(document.id).update((file) => {
        file.pages = pages;
      });
    }
    await this.documentBody(document.id).update((file) => {
      file.document = document;
    });
    const { blocks: _blocks, text: _text, ...meta } = document;
    await this.library.update((library) => {
      library.documents = library.documents.filter((d) => d.id !== document.id);
      library.documents.push(meta);
    });
  }

  /** Keeps an imported file as it came, content-addressed; returns its sha256. */
  async putOriginal(bytes: Uint8Array, ext: string): Promise<string> {
    const sha = sha256Hex(bytes);
    const file = this.originalPath(sha, ext);
    try {
      await access(file);
    } catch {
      await writeFileDurably(file, bytes);
    }
    return sha;
  }

  /** Where an original lives; refuses anything but a sha256 and a short lowercase extension. */
  originalPath(sha: string, ext: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha) || !originalExt.test(ext)) {
      throw new JianbaoError('INVALID_ARGUMENT', `无效的原始文件名 / Invalid original file name: ${sha}.${ext}`);
    }
    return join(this.dir, 'originals', `${sha}.${ext}`);
  }

  /**
   * Saves one issue: its articles file first, then the library entry (paper, issue, article
   * metadata) in one locked update, replacing what the library held for that issue.
   */
  async saveIssue({ paper, issue, articles }: IssueBundle): Promise<void> {
    await this.articles(issue.id).update((file) => {
      file.articles = articles;
    });
    await this.library.update((library) => {
      const paperIndex = library.papers.findIndex((p) => p.id === paper.id);
      if (paperIndex === -1) library.papers.push(paper);
      else library.papers[paperIndex] = paper;
      library.issues = library.issues.filter((i) => i.id !== issue.id);
      library.issues.push(issue);
      library.articles = library.articles.filter((a) => a.issueId !== issue.id);
      for (const { blocks: _blocks, text: _text, ...meta } of articles) library.articles.push(meta);
    });
  }

  /**
   * True for a folder that has never held an archive: no library, no annotations, nothing
   * moved aside. Only such a folder gets the demo installed on its own.
   */
  async isPristine(): Promise<boolean> {
    const top = await readdir(this.dir);
    if (top.some((name) => name === 'library.json' || name.includes('.damaged-'))) return false;
    return (await this.annotationFiles()).length === 0;
  }

  /** How many annotations the archive holds, across every issue's file. */
  async countAnnotations(): Promise<number> {
    let count = 0;
    for (const name of await this.annotationFiles()) {
      const file = await this.annotations(name.slice(0, -'.json'.length)).read();
      count += file.annotations.length;
    }
    return count;
  }

  private async annotationFiles(): Promise<string[]> {
    const names = await readdir(join(this.dir, 'annotations'));
    return names.filter((name) => name.endsWith('.json') && safeId.test(name.slice(0, -5)));
  }

  private storeFor<T>(cache: Map<string, T>, issueId: string, make: (file: string) => T, folder: string): T {
    if (!safeId.test(issueId)) {
      throw new JianbaoError('INVALID_ARGUMENT', `无效的期号标识 / Invalid issue id: ${issueId}`);
    }
    let store = cache.get(issueId);
    if (!store) {
      store = make(join(this.dir, folder, `${issueId}.json`));
      cache.set(issueId, store);
    }
    return store;
  }

  /**
   * What every store of the archive's files shares: the clock, recovery of a damaged file from
   * the backups, a backup before a migration. For stores kept elsewhere (reading.json).
   */
  /** the migration snapshot of this opening of the archive, once taken (or being taken) */
  private migrationSnapshot: Promise<void> | null = null;

  storeHooks(): Pick<JsonStoreOptions<Versioned>, 'now' | 'recover' | 'beforeMigrate'> {
    return {
      ...(this.options.now ? { now: this.options.now } : {}),
      recover: this.recover,
      // One snapshot before the first file migrates, taken while the rest are still as they
      // were: not one per migrated file, which would copy every file once per file and push
      // the oldest, most pristine snapshot out of the seven kept.
      beforeMigrate: async () => {
        this.migrationSnapshot ??= this.backups.snapshot('migration').then(
          () => undefined,
          (error: unknown) => {
            this.migrationSnapshot = null; // the next migrating file tries again
            throw error;
          },
        );
        await this.migrationSnapshot;
      },
    };
  }
}
