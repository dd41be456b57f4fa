import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecoveredFile } from '../../../shared/recovery';
import type { Core } from '../open-core';
import { openReadingStore } from '../reading/reading-file';
import { CorruptFileError } from '../storage/json-store';
import { isProcessRunning, safeJsonName } from '../storage/processes';
import { inspectIndexFile } from '../search/index-health';
import { correctionStores } from '../corrections/corrections-file';

/** What `jianbao check` found and did. */
export interface CheckReport {
  /** how many JSON files of record were read */
  filesChecked: number;
  /** damaged files, moved aside and restored from a backup where one had a copy */
  recovered: RecoveredFile[];
  /** the search index: sound, missing (built now) or damaged (rebuilt) */
  searchIndex: 'ok' | 'built' | 'rebuilt';
  /** temporary files and broken locks left behind by writers that were killed, now removed */
  leftoversRemoved: string[];
}

const folders = ['annotations', 'articles', 'pages', 'documents', 'corrections'] as const;
/** durable-file.ts's temporary files: `.<name>.<pid>.<12 hex>.tmp` */
const tempName = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/**
 * Reads every JSON file of the archive through its store, so that a damaged one is moved
 * aside and restored from the newest good backup (the archive records each); checks the
 * search index and rebuilds it when damaged; removes what killed writers left behind.
 * The damaged files found as the archive opened (library.json, settings.json) are in the
 * report too.
 */
export async function checkArchive(core: Core): Promise<CheckReport> {
  const { archive } = core;
  let filesChecked = 0;
  const read = async (work: () => Promise<unknown>): Promise<void> => {
    filesChecked += 1;
    try {
      await work();
    } catch (error) {
      // recorded by the archive as it moved the file aside; go on with the others
      if (!(error instanceof CorruptFileError)) throw error;
    }
  };
  await read(() => archive.library.read());
  await read(() => archive.settings.read());
  await read(() => openReadingStore(archive.dir, archive.storeHooks()).read());
  const corrections = correctionStores(archive);
  const leftoversRemoved: string[] = [];
  for (const folder of ['', ...folders]) {
    const names = await readdir(join(archive.dir, folder)).catch(() => [] as string[]);
    for (const name of names) {
      const pid = tempName.exec(name)?.[1];
      // A temporary file names its writer's pid on its own machine; on a folder shared by two
      // machines that pid may be the other's, so only one left for minutes is taken as dead.
      const isLeftover = pid !== undefined && !isProcessRunning(Number(pid)) && (await ageMs(join(archive.dir, folder, name))) > leftoverAgeMs;
      if (isLeftover || name.includes('.lock.abandoned-')) {
        await rm(join(archive.dir, folder, name), { recursive: true, force: true });
        leftoversRemoved.push(folder ? `${folder}/${name}` : name);
      }
    }
    if (folder === '') continue;
    for (const name of names.filter((n) => safeJsonName.test(n)).sort()) {
      const id = name.slice(0, -'.json'.length);
      const store =
        folder === 'annotations' ? archive.annotations(id)
        : folder === 'articles' ? archive.articles(id)
        : folder === 'pages' ? archive.pageTexts(id)
        : folder === 'corrections' ? corrections(id)
        : archive.documentBody(id);
      await read(() => store.read());
    }
  }
  const state = inspectIndexFile(core.search.file);
  if (state === 'damaged') await core.search.rebuild();
  else await core.search.update();
  return {
    filesChecked,
    recovered: [...archive.recoveries],
    searchIndex: state === 'ok' ? 'ok' : state === 'missing' ? 'built' : 'rebuilt',
    leftoversRemoved,
  };
}

/** How long a temporary file of a writer that is gone must have stood before it is removed. */
const leftoverAgeMs = 10 * 60_000;

async function ageMs(file: string): Promise<number> {
  const info = await stat(file).catch(() => null);
  return info ? Date.now() - info.mtimeMs : 0;
}
