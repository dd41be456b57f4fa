import { access, mkdir, readFile, stat } from 'node:fs/promises';
import { JianbaoError } from '../../../shared/errors';
import {
  annotationsSchemaVersion,
  articlesSchemaVersion,
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
} from '../archive/archive-files';
import type { Archive } from '../archive/archive';
import { annotationsMigrations, articlesMigrations, libraryMigrations, settingsMigrations } from '../archive/migrations';
import { mergeById, type MergeCounts } from '../annotations/merge-by-id';
import { parseRecord, type Migration, type Versioned } from '../storage/json-store';
import { correctionStores, correctionsSchemaVersion, mergeCorrections, validateCorrections, type CorrectionsFile } from '../corrections/corrections-file';
import { maxBackupBytes, openBackup } from './backup-format';
import { collectionsSchemaVersion, openCollectionsStore, validateCollections, type CollectionsFile } from '../collections/collections-file';
import { isNewer } from '../annotations/merge-by-id';
import { openProposalStore, proposalSchemaVersion, validateProposal, type ProposalFile } from '../proposals/proposal-book';
import { join } from 'node:path';

/** What a restore added to the archive and what it kept as the archive had it. */
export interface RestoreReport {
  /** the backup of the archive taken just before (backups/<name>), to undo the restore by hand */
  safetyBackup: string | null;
  issues: { added: string[]; kept: number };
  documents: { added: string[]; kept: number };
  annotations: MergeCounts;
  originals: { added: number; kept: number };
  /** the archive's own settings stay; the backup's are used only where the archive has none */
  settings: 'kept' | 'restored' | 'none';
  /** collections (专题) and proposals merged by id, the later `modified` winning */
  collections: MergeCounts;
  proposals: MergeCounts;
}

interface Kind {
  schemaVersion: number;
  validate: (data: unknown) => void;
  migrations?: Readonly<Record<number, Migration>>;
}

const kinds: Record<string, Kind> = {
  'library.json': { schemaVersion: librarySchemaVersion, validate: validateLibrary, migrations: libraryMigrations },
  'settings.json': { schemaVersion: settingsSchemaVersion, validate: validateSettings, migrations: settingsMigrations },
  annotations: { schemaVersion: annotationsSchemaVersion, validate: validateAnnotations, migrations: annotationsMigrations },
  articles: { schemaVersion: articlesSchemaVersion, validate: validateArticles, migrations: articlesMigrations },
  pages: { schemaVersion: pageTextsSchemaVersion, validate: validatePageTexts },
  documents: { schemaVersion: documentSchemaVersion, validate: validateDocument },
  corrections: { schemaVersion: correctionsSchemaVersion, validate: validateCorrections },
  'collections.json': { schemaVersion: collectionsSchemaVersion, validate: validateCollections },
  proposals: { schemaVersion: proposalSchemaVersion, validate: validateProposal },
};

/**
 * Merges a backup file (see backup-format.ts) into the archive. The whole file is read and
 * checked first (a zip of ours, every JSON file whole and of a schema this version reads,
 * migrated when older), so a bad file changes nothing. Then, after a backup of the archive as
 * it is: issues and documents the archive lacks are added with their texts and originals;
 * annotations are merged by id, the later `modified` winning; nothing the archive holds is
 * removed, and its settings stay.
 */
export async function restoreBackup(archive: Archive, file: string): Promise<RestoreReport> {
  let bytes: Uint8Array;
  try {
    if ((await stat(file)).size > maxBackupBytes) {
      throw new JianbaoError('UNSAFE_ARCHIVE', `已拒绝 ${file}：文件过大 / Refused ${file}: it is larger than any backup this version reads; nothing was changed.`);
    }
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    if (error instanceof JianbaoError) throw error;
    throw new JianbaoError('UNREADABLE_FILE', `无法读取 ${file} / Cannot read ${file}: ${(error as Error).message}. Check the path.`, { cause: error });
  }
  const { files } = openBackup(file, bytes);
  const records = new Map<string, Versioned>();
  const originals: [string, Uint8Array][] = [];
  for (const [path, content] of files) {
    if (path.startsWith('originals/')) {
      originals.push([path, content]);
      continue;
    }
    const kind = kinds[path.includes('/') ? path.split('/')[0]! : path]!;
    try {
      records.set(path, parseRecord(new TextDecoder().decode(content), { file: `${file}: ${path}`, ...kind }));
    } catch (error) {
      if (!(error instanceof JianbaoError)) throw error;
      throw new JianbaoError(error.code, `${error.message} 档案未作任何改动 / Nothing in the archive was changed.`, { cause: error });
    }
  }

  const safety = await archive.backups.snapshot('restore');
  const report: RestoreReport = {
    safetyBackup: safety ? `backups/${safety.name}` : null,
    issues: { added: [], kept: 0 },
    documents: { added: [], kept: 0 },
    annotations: { added: 0, updated: 0, kept: 0 },
    originals: { added: 0, kept: 0 },
    settings: 'none',
    collections: { added: 0, updated: 0, kept: 0 },
    proposals: { added: 0, updated: 0, kept: 0 },
  };
  for (const [path, content] of originals) {
    const [sha, ext] = path.slice('originals/'.length).split('.') as [string, string];
    if (await access(archive.originalPath(sha, ext)).then(() => true, () => false)) report.originals.kept += 1;
    else {
      await archive.putOriginal(content, ext);
      report.originals.added += 1;
    }
  }

  const incoming = records.get('library.json') as LibraryFile | undefined;
  if (incoming) await addMissing(archive, incoming, records, report);

  for (const [path, record] of records) {
    if (!path.startsWith('annotations/')) continue;
    const counts = await archive.annotations(idOf(path)).update((local) => mergeById(local.annotations, (record as AnnotationsFile).annotations));
    report.annotations.added += counts.added;
    report.annotations.updated += counts.updated;
    report.annotations.kept += counts.kept;
  }

  await mergeReadersWork(archive, records, report);

  const settings = records.get('settings.json') as SettingsFile | undefined;
  if (settings) {
    const hasOwn = await access(archive.settings.file).then(() => true, () => false);
    report.settings = hasOwn ? 'kept' : 'restored';
    if (!hasOwn) await archive.settings.update((local) => Object.assign(local, settings));
  }
  return report;
}

/**
 * Merges the backup's collections and proposals by id, the later `modified` winning; a
 * proposal kept or replaced keeps every version either copy has.
 */
async function mergeReadersWork(archive: Archive, records: Map<string, Versioned>, report: RestoreReport): Promise<void> {
  const collections = records.get('collections.json') as CollectionsFile | undefined;
  if (collections) {
    await openCollectionsStore(archive.dir, archive.storeHooks()).update((local) => {
      for (const incoming of collections.collections) {
        const at = local.collections.findIndex((c) => c.id === incoming.id);
        const mine = local.collections[at];
        if (!mine) {
          // A name is unique: a restored collection whose name is taken here gets the backup's date after it.
          const name = local.collections.some((c) => c.name === incoming.name) ? `${incoming.name}（${incoming.modified.slice(0, 10)}）` : incoming.name;
          local.collections.push({ ...incoming, name });
          report.collections.added += 1;
        } else if (isNewer(incoming.modified, mine.modified)) {
          local.collections[at] = { ...incoming, name: mine.name === incoming.name || !local.collections.some((c) => c.name === incoming.name) ? incoming.name : mine.name };
          report.collections.updated += 1;
        } else report.collections.kept += 1;
      }
    });
  }
  for (const [path, record] of records) {
    if (!path.startsWith('proposals/')) continue;
    const incoming = record as ProposalFile;
    if (!incoming.proposal.id || incoming.proposal.id !== idOf(path)) continue;
    await mkdir(join(archive.dir, 'proposals'), { recursive: true });
    await openProposalStore(archive, incoming.proposal.id).update((local) => {
      const times = new Set(local.versions.map((v) => v.at));
      const versions = [...local.versions, ...incoming.versions.filter((v) => !times.has(v.at))].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      if (!local.proposal.id) {
        report.proposals.added += 1;
        local.proposal = incoming.proposal;
      } else if (isNewer(incoming.proposal.modified, local.proposal.modified)) {
        report.proposals.updated += 1;
        local.proposal = incoming.proposal;
      } else report.proposals.kept += 1;
      local.versions = versions;
    });
  }
}

/** Adds the issues and documents the archive lacks: their files first, then their library entries. */
async function addMissing(archive: Archive, incoming: LibraryFile, records: Map<string, Versioned>, report: RestoreReport): Promise<void> {
  const local = await archive.library.read();
  const newIssues = incoming.issues.filter((issue) => !local.issues.some((i) => i.id === issue.id));
  const newDocuments = incoming.documents.filter((doc) => !local.documents.some((d) => d.id === doc.id));
  report.issues.kept = incoming.issues.length - newIssues.length;
  report.documents.kept = incoming.documents.length - newDocuments.length;
  for (const { id } of newIssues) {
    const articles = records.get(`articles/${id}.json`) as ArticlesFile | undefined;
    if (articles) {
      await archive.articles(id).update((file) => {
        for (const article of articles.articles) if (!file.articles.some((a) => a.id === article.id)) file.articles.push(article);
      });
    }
    await addPages(archive, id, records);
    // The reader's corrections of its pages' analyses come with it: its articles are as corrected.
    const corrections = records.get(`corrections/${id}.json`) as CorrectionsFile | undefined;
    if (corrections) await correctionStores(archive)(id).update((local) => mergeCorrections(local, corrections));
  }
  for (const { id } of newDocuments) {
    const body = records.get(`documents/${id}.json`) as DocumentFile | undefined;
    if (body?.document) {
      await archive.documentBody(id).update((file) => {
        file.document ??= body.document;
      });
    }
    await addPages(archive, id, records);
  }
  await archive.library.update((library) => {
    for (const paper of incoming.papers) if (!library.papers.some((p) => p.id === paper.id)) library.papers.push(paper);
    for (const issue of newIssues) {
      if (library.issues.some((i) => i.id === issue.id)) continue; // added by another process meanwhile
      library.issues.push(issue);
      for (const meta of incoming.articles) {
        if (meta.issueId === issue.id && !library.articles.some((a) => a.id === meta.id)) library.articles.push(meta);
      }
      report.issues.added.push(issue.id);
    }
    for (const doc of newDocuments) {
      if (library.documents.some((d) => d.id === doc.id)) continue;
      library.documents.push(doc);
      report.documents.added.push(doc.id);
    }
  });
}

async function addPages(archive: Archive, ownerId: string, records: Map<string, Versioned>): Promise<void> {
  const pages = records.get(`pages/${ownerId}.json`) as PageTextsFile | undefined;
  if (!pages) return;
  await archive.pageTexts(ownerId).update((file) => {
    if (file.pages.length === 0) file.pages = pages.pages;
  });
}

function idOf(path: string): string {
  return path.slice(path.indexOf('/') + 1, -'.json'.length);
}
