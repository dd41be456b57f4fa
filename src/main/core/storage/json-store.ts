import { copyFile, readFile, stat } from 'node:fs/promises';
import { Low, type Adapter } from 'lowdb';
import { JianbaoError } from '../../../shared/errors';
import { moveAside, writeFileDurably } from './durable-file';
import { lockFile } from './file-lock';

/** Every JSON file of the archive carries its schema version. */
export interface Versioned {
  schemaVersion: number;
}

/** Turns data of schema version `n` into version `n + 1`. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

export interface JsonStoreOptions<T extends Versioned> {
  file: string;
  /** the version this code writes */
  schemaVersion: number;
  /** what a missing file reads as */
  defaults: () => T;
  /** keyed by the version they migrate from */
  migrations?: Readonly<Record<number, Migration>>;
  /** checks a parsed file's shape; throws (any error) when it is not a T */
  validate?: (data: unknown) => void;
  now?: () => Date;
  /**
   * Called when the file was found damaged and moved aside: may put a good copy (a backup) in
   * its place, checked with `isGood`, and resolve to true, and the store reads that instead.
   */
  recover?: (damage: FileDamage, isGood: (text: string) => boolean) => Promise<boolean>;
  /** Called once before a migrated file is first written (a backup of the archive, say). */
  beforeMigrate?: (fromVersion: number) => Promise<void>;
}

/** A file found damaged: where it was, where it was moved, what was wrong. */
export interface FileDamage {
  file: string;
  movedTo: string;
  problem: string;
}

/** A file failed to parse; it was moved aside and left intact. */
export class CorruptFileError extends JianbaoError {
  constructor(
    readonly file: string,
    readonly movedTo: string,
    detail: string,
  ) {
    super(
      'CORRUPT_FILE',
      `文件已损坏：${file}（已移至 ${movedTo}） / Damaged file: ${file} (${detail}); ` +
        `it was moved aside to ${movedTo} and nothing was overwritten. ` +
        'Restore it from a backup or move it back once repaired.',
    );
  }
}

/**
 * One JSON file of record, through lowdb with an adapter that writes durably (temporary file,
 * fsync, rename, fsync of the folder). Updates run under a lock file shared between processes
 * (the app, the CLI, a second window) and re-read the file under the lock, so no process
 * overwrites another's change. A file that does not parse is moved aside, never overwritten;
 * an older schema is migrated forward after a backup copy.
 */
export class JsonStore<T extends Versioned> {
  private readonly adapter: DurableJsonAdapter<T>;
  private readonly db: Low<T>;
  /** the last content read, with the identity of the file it came from */
  private cache: { stamp: string; data: T } | null = null;

  constructor(private readonly options: JsonStoreOptions<T>) {
    this.adapter = new DurableJsonAdapter(options);
    this.db = new Low<T>(this.adapter, options.defaults());
  }

  get file(): string {
    return this.options.file;
  }

  /**
   * The current content (the defaults when the file does not exist yet). Unchanged files are
   * not parsed again: every write renames a new file into place, so inode, size and mtime
   * tell whether another process wrote since. Treat the result as read-only.
   */
  async read(): Promise<T> {
    const stamp = await statStamp(this.options.file);
    if (stamp !== null && this.cache?.stamp === stamp) return this.cache.data;
    try {
      this.adapter.isLocked = false;
      await this.db.read();
    } catch (error) {
      if (!(error instanceof DamageFoundUnlocked)) throw error;
      // A damaged file is moved aside and recovered only under the lock, where no update of
      // another reader or process can write into the gap; by then it may be recovered already.
      await this.withLock(async () => {
        this.adapter.isLocked = true;
        await this.db.read();
      });
      const recovered = await statStamp(this.options.file);
      this.cache = recovered === null ? null : { stamp: recovered, data: this.db.data };
      return this.db.data;
    }
    if (this.adapter.migratedFrom !== null) {
      await this.update(() => undefined); // saves the migrated data, after a backup copy
      return this.db.data;
    }
    this.cache = stamp === null ? null : { stamp, data: this.db.data };
    return this.db.data;
  }

  /**
   * Changes the file under the lock: re-reads it, lets `change` edit the data in place, writes
   * it. Returns what `change` returns; when `change` throws, nothing is written.
   */
  async update<R>(change: (data: T) => R | Promise<R>): Promise<R> {
    return this.withLock(async () => {
      this.adapter.isLocked = true;
      await this.db.read();
      const { migratedFrom } = this.adapter;
      const result = await change(this.db.data);
      this.db.data.schemaVersion = this.options.schemaVersion;
      if (migratedFrom !== null) {
        await this.options.beforeMigrate?.(migratedFrom);
        await copyFile(this.options.file, `${this.options.file}.v${migratedFrom}.bak`);
      }
      await this.db.write();
      const stamp = await statStamp(this.options.file);
      this.cache = stamp === null ? null : { stamp, data: this.db.data };
      return result;
    });
  }

  /**
   * Runs `work` holding the file's lock. Updates of one file from this process queue up here
   * first, so that fifty saves at once wait their turn instead of racing for the lock folder
   * with backoff (and timing out under load); other processes meet them at the lock.
   */
  private async withLock<R>(work: () => Promise<R>): Promise<R> {
    const file = this.options.file;
    const previous = queues.get(file) ?? Promise.resolve();
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    const tail = previous.then(() => mine);
    queues.set(file, tail);
    await previous;
    try {
      const release = await lockFile(file);
      try {
        return await work();
      } finally {
        await release();
      }
    } finally {
      done();
      if (queues.get(file) === tail) queues.delete(file);
    }
  }
}

/** The last update queued on each file in this process. */
const queues = new Map<string, Promise<void>>();

/** Thrown by a read without the lock that found the file damaged: the store retries under the lock. */
class DamageFoundUnlocked extends Error {}

class DurableJsonAdapter<T extends Versioned> implements Adapter<T> {
  /** the schema version of the file last read, when it was older and migrated in memory */
  migratedFrom: number | null = null;
  /** whether the next read holds the file's lock, and so may move a damaged file aside */
  isLocked = false;

  constructor(private readonly options: JsonStoreOptions<T>) {}

  async read(): Promise<T | null> {
    this.migratedFrom = null;
    const raw = await parseOrMoveAside(this.options, this.isLocked);
    if (raw === null) return null;
    if (raw.schemaVersion === this.options.schemaVersion) return raw as T;
    this.migratedFrom = raw.schemaVersion;
    return migrate<T>(raw, this.options);
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.options.file, `${JSON.stringify(data, null, 2)}\n`);
  }
}

/**
 * Parses the text of a file of record as the store would read it (checked, migrated forward,
 * validated) without touching any file: for copies that come from elsewhere (a backup).
 * Throws CORRUPT_FILE naming `options.file` when the text is not a good copy.
 */
export function parseRecord<T extends Versioned>(text: string, options: Omit<JsonStoreOptions<T>, 'defaults'>): T {
  const { data, problem } = check(text, options);
  if (problem !== null) {
    throw new JianbaoError('CORRUPT_FILE', `文件已损坏：${options.file} / Damaged file: ${options.file} (${problem}).`);
  }
  return data.schemaVersion === options.schemaVersion ? (data as T) : migrate<T>(data, options);
}

async function statStamp(file: string): Promise<string | null> {
  try {
    const info = await stat(file);
    return `${info.ino}:${info.size}:${info.mtimeMs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function migrate<T extends Versioned>(raw: Versioned, options: Omit<JsonStoreOptions<T>, 'defaults'>): T {
  let data = raw as unknown as Record<string, unknown>;
  for (let version = raw.schemaVersion; version < options.schemaVersion; version += 1) {
    const step = options.migrations?.[version];
    if (!step) {
      throw new JianbaoError(
        'INTERNAL',
        `无法升级 ${options.file}（版本 ${version}） / No migration for ${options.file} from schema version ${version}.`,
      );
    }
    data = { ...step(data), schemaVersion: version + 1 };
  }
  options.validate?.(data);
  return data as unknown as T;
}

/**
 * Reads and parses the file; null when it does not exist. A damaged file is moved aside, and
 * replaced by a good copy when `recover` has one, only by a reader holding the file's lock;
 * one without it is told to take it first.
 */
async function parseOrMoveAside<T extends Versioned>(options: JsonStoreOptions<T>, isLocked: boolean): Promise<Versioned | null> {
  const text = await readOrNull(options.file);
  if (text === null) return null;
  const { data, problem } = check(text, options);
  if (problem === null) return data;
  if (!isLocked) throw new DamageFoundUnlocked(options.file);
  const movedTo = await moveAside(options.file, options.now?.());
  const damage = { file: options.file, movedTo, problem };
  const isGood = (candidate: string): boolean => {
    try {
      return check(candidate, options).problem === null;
    } catch {
      return false; // a newer schema's copy is no copy for this version
    }
  };
  if (await options.recover?.(damage, isGood)) {
    return parseOrMoveAside({ ...options, recover: undefined }, isLocked);
  }
  throw new CorruptFileError(options.file, movedTo, problem);
}

/** The parsed file, or what is wrong with it. A file of a newer schema throws: it is not damaged. */
function check<T extends Versioned>(text: string, options: Omit<JsonStoreOptions<T>, 'defaults'>): { data: Versioned; problem: string | null } {
  let data: unknown;
  let problem: string | null = null;
  try {
    data = JSON.parse(text);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) problem = 'not a JSON object';
    else if (typeof (data as Versioned).schemaVersion !== 'number') problem = 'no schemaVersion';
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  if (problem === null) {
    const version = (data as Versioned).schemaVersion;
    if (version > options.schemaVersion) {
      throw new JianbaoError(
        'NEWER_SCHEMA',
        `${options.file} 由更新版本的剪报写入 / ${options.file} was written by a newer Jianbao ` +
          `(schema ${version}, this one reads up to ${options.schemaVersion}); update Jianbao to open it.`,
      );
    }
    if (version === options.schemaVersion && options.validate) {
      try {
        options.validate(data);
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
    }
  }
  return { data: data as Versioned, problem };
}

async function readOrNull(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
