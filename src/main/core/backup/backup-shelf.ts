import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { JianbaoError } from '../../../shared/errors';
import { safeJsonName } from '../storage/processes';

/** Why a backup was taken; each kind keeps its own newest {@link keepPerReason}. */
export type BackupReason = 'daily' | 'import' | 'migration' | 'restore';

export const keepPerReason = 7;

/** One backup on the shelf: `backups/<time>-<reason>/`. */
export interface Snapshot {
  name: string;
  reason: BackupReason;
  /** ISO 8601 */
  takenAt: string;
}

const snapshotName = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(daily|import|migration|restore)(?:-\d+)?$/;

/**
 * Rotating copies of the files a reader cannot get back by importing again: library.json,
 * settings.json, reading.json, collections.json, annotations/, corrections/ and proposals/,
 * under `<archive>/backups/`. One a day, and
 * one before every migration, import and restore; each kind keeps its newest seven. A copy is
 * made in a hidden folder and renamed into place, so a backup is whole or absent. A damaged
 * file is restored from the newest copy that passes its store's checks.
 */
export class BackupShelf {
  constructor(
    private readonly archiveDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get dir(): string {
    return join(this.archiveDir, 'backups');
  }

  /** Copies the files of record into a new backup; null when there is nothing to copy yet. */
  async snapshot(reason: BackupReason): Promise<Snapshot | null> {
    const files = await this.filesOfRecord();
    if (files.length === 0) return null;
    const partial = join(this.dir, `.partial-${randomBytes(6).toString('hex')}`);
    const at = this.now();
    try {
      for (const file of files) {
        await mkdir(dirname(join(partial, file)), { recursive: true });
        await copyFile(join(this.archiveDir, file), join(partial, file)).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error; // removed meanwhile: not part of this backup
        });
      }
      const stamp = at.toISOString().replace(/[:.]/g, '-');
      for (let attempt = 0; ; attempt += 1) {
        const name = `${stamp}-${reason}${attempt === 0 ? '' : `-${attempt}`}`;
        try {
          await rename(partial, join(this.dir, name));
          await this.prune(reason);
          return { name, reason, takenAt: at.toISOString() };
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if ((code !== 'ENOTEMPTY' && code !== 'EEXIST') || attempt > 50) throw error;
        }
      }
    } catch (error) {
      await rm(partial, { recursive: true, force: true }).catch(() => undefined);
      throw new JianbaoError(
        'WRITE_FAILED',
        `无法备份档案 / Could not back up the archive into ${this.dir}: ${(error as Error).message}. ` +
          'Check that the disk has space and the folder is writable.',
        { cause: error },
      );
    }
  }

  /** Takes today's daily backup unless there is one (dates in UTC). */
  async dailyIfDue(): Promise<Snapshot | null> {
    const today = this.now().toISOString().slice(0, 10);
    if ((await this.list()).some((s) => s.reason === 'daily' && s.takenAt.startsWith(today))) return null;
    return this.snapshot('daily');
  }

  /** The backups on the shelf, newest first. */
  async list(): Promise<Snapshot[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const snapshots: Snapshot[] = [];
    for (const name of names) {
      const match = snapshotName.exec(name);
      if (!match) continue;
      const [, day, hh, mm, ss, ms, reason] = match;
      snapshots.push({ name, reason: reason as BackupReason, takenAt: `${day}T${hh}:${mm}:${ss}.${ms}Z` });
    }
    return snapshots.sort((a, b) => b.name.localeCompare(a.name));
  }

  /**
   * The newest copy of `file` (relative to the archive: `annotations/<issue>.json`) that
   * `isGood` accepts, with the backup it came from; null when no backup holds one.
   */
  async lastGood(file: string, isGood: (text: string) => boolean): Promise<{ text: string; snapshot: Snapshot } | null> {
    for (const snapshot of await this.list()) {
      let text: string;
      try {
        text = await readFile(join(this.dir, snapshot.name, file), 'utf8');
      } catch {
        continue;
      }
      if (isGood(text)) return { text, snapshot };
    }
    return null;
  }

  private async prune(reason: BackupReason): Promise<void> {
    const old = (await this.list()).filter((s) => s.reason === reason).slice(keepPerReason);
    for (const snapshot of old) await rm(join(this.dir, snapshot.name), { recursive: true, force: true });
  }

  /** The files a backup copies, relative to the archive folder. */
  private async filesOfRecord(): Promise<string[]> {
    const top = new Set(await readdir(this.archiveDir).catch(() => [] as string[]));
    const files = ['library.json', 'settings.json', 'reading.json', 'collections.json'].filter((name) => top.has(name));
    // The reader's own work: annotations, corrections of the layout analysis (issue 13),
    // collections and proposals (issue 18).
    for (const folder of ['annotations', 'corrections', 'proposals']) {
      const names = await readdir(join(this.archiveDir, folder)).catch(() => [] as string[]);
      files.push(...names.filter((name) => safeJsonName.test(name)).sort().map((name) => `${folder}/${name}`));
    }
    return files;
  }
}
