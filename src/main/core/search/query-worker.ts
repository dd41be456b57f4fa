import { Worker } from 'node:worker_threads';

/**
 * A worker thread that runs read-only queries on the index, so that a search counts its
 * results by year and paper on one core while it ranks and builds snippets on another
 * (node:sqlite is synchronous: in one thread, the two would add up). The worker's code is
 * a string evaluated by Node, not a file, so that it works the same from the sources, from
 * the bundles of the app and the CLI, and inside an asar archive.
 */
const workerCode = `
const { parentPort } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
let open = null;
parentPort.on('message', ({ id, file, inode, steps }) => {
  try {
    if (open === null || open.file !== file || open.inode !== inode) {
      if (open !== null) open.db.close();
      open = null;
      const db = new DatabaseSync(file, { readOnly: true });
      db.exec('PRAGMA busy_timeout = 10000');
      open = { db, file, inode, statements: new Map() };
    }
    let rows = [];
    for (const { sql, params } of steps) {
      let statement = open.statements.get(sql);
      if (!statement) {
        statement = open.db.prepare(sql);
        open.statements.set(sql, statement);
      }
      rows = statement.all(...params);
    }
    parentPort.postMessage({ id, rows });
  } catch (error) {
    parentPort.postMessage({ id, error: { message: String(error && error.message), errcode: error && error.errcode } });
  }
});
`;

type Row = Record<string, unknown>;

/** One statement and its parameters. */
export interface QueryStep {
  sql: string;
  params: readonly (string | number)[];
}

interface Pending {
  resolve: (rows: Row[]) => void;
  reject: (error: Error) => void;
}

/** Runs read-only queries on a worker thread; started on first use, one query at a time. */
export class QueryWorker {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();

  /**
   * Runs `steps` in order on the index file `file`, whose inode is `inode` (the worker reopens
   * the file when the index was rebuilt under a new inode), and resolves to the rows of the
   * last. The connection is read-only but for its TEMP tables. An SQLite error keeps its
   * `errcode`.
   */
  all(file: string, inode: bigint, steps: readonly QueryStep[]): Promise<Row[]> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, file, inode: String(inode), steps });
    });
  }

  /** Stops the thread; queries still running fail. */
  close(): void {
    const worker = this.worker;
    this.worker = null;
    if (worker) void worker.terminate();
    this.failAll(new Error('search worker closed'));
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerCode, { eval: true });
    // Never keeps a command-line process alive on its own.
    worker.unref();
    worker.on('message', (message: { id: number; rows?: Row[]; error?: { message: string; errcode?: number } }) => {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.error) waiting.reject(Object.assign(new Error(message.error.message), { errcode: message.error.errcode }));
      else waiting.resolve(message.rows ?? []);
    });
    // A worker that was closed has failed its queries already; the next one has its own.
    worker.on('error', (error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.failAll(error);
    });
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.failAll(new Error('search worker stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
