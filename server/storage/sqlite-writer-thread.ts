import { Worker } from 'node:worker_threads';
import type { FeedbackRecord, StoreResult } from './store.ts';

/** What the main thread sends the writer thread: a batch, a write probe (see `writeProbeSql`), or close. */
export type WriterRequest =
  | { kind: 'commit'; seq: number; records: FeedbackRecord[] }
  | { kind: 'probe'; seq: number; at: string }
  | { kind: 'catch up'; seq: number }
  | { kind: 'close' };

/**
 * What the writer thread answers: the batch's results (none for a probe), or why its transaction failed
 * (rolled back).
 */
export type WriterReply =
  | { seq: number; results: StoreResult[] }
  | { seq: number; error: { message: string; code: unknown } };

/** The error of a batch the writer thread could not commit; `code` is SQLite's (e.g. SQLITE_FULL). */
export class WriterThreadError extends Error {
  override name = 'WriterThreadError';
  constructor(
    message: string,
    readonly code?: unknown,
  ) {
    super(message);
  }
}

/**
 * The worker is TypeScript like the rest of the server, and a worker does not inherit the loader of
 * whatever started this process (tsx, vitest): a tiny JavaScript entry imports it through tsx's API. Both
 * are resolved from here, so the working directory does not matter.
 */
const WORKER_ENTRY = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ tsImport }) =>
  tsImport(${JSON.stringify(new URL('./sqlite-writer-worker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;

/**
 * The main thread's side of the SQLite writer thread. Batches are committed there, one at a time in the
 * order sent; each promise settles after its transaction committed (or rolled back). The thread starts at
 * once (its start-up is not a first submission's wait) and again after it died; it keeps the process alive
 * only while batches are in flight.
 */
export class WriterThread {
  private worker: Worker | undefined;
  private seq = 0;
  private closed = false;
  private readonly waiting = new Map<
    number,
    { resolve: (results: StoreResult[]) => void; reject: (e: unknown) => void }
  >();

  /** `timeZone`: the zone whose local days the batches count on (the store's). */
  constructor(
    private readonly path: string,
    private readonly timeZone: string,
  ) {
    this.start();
  }

  commit(records: FeedbackRecord[]): Promise<StoreResult[]> {
    return this.send((seq) => ({ kind: 'commit', seq, records }));
  }

  /**
   * Commits the write probe at `at` on the thread's connection, the one that commits submissions, after the
   * batches sent before it.
   */
  async probe(at: string): Promise<void> {
    await this.send((seq) => ({ kind: 'probe', seq, at }));
  }

  /**
   * Resolves once every submission acknowledged before the call is in `feedback` and the counters (see
   * `SqliteInbox`), so a read that follows sees it; rejects with why a move failed.
   */
  async catchUp(): Promise<void> {
    await this.send((seq) => ({ kind: 'catch up', seq }));
  }

  private send(request: (seq: number) => WriterRequest): Promise<StoreResult[]> {
    if (this.closed)
      return Promise.reject(new WriterThreadError('The store is closed; nothing was written.'));
    const worker = this.worker ?? this.start();
    const seq = ++this.seq;
    return new Promise<StoreResult[]>((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      worker.ref();
      worker.postMessage(request(seq));
    });
  }

  private start(): Worker {
    const worker = new Worker(WORKER_ENTRY, {
      eval: true,
      workerData: { path: this.path, timeZone: this.timeZone },
    });
    worker.on('message', (reply: WriterReply) => {
      const waiter = this.waiting.get(reply.seq);
      this.waiting.delete(reply.seq);
      if (this.waiting.size === 0) worker.unref();
      if (!waiter) return;
      if ('results' in reply) waiter.resolve(reply.results);
      else waiter.reject(new WriterThreadError(reply.error.message, reply.error.code));
    });
    // A thread that died took its open transaction with it (rolled back): fail what it held, start afresh.
    const fail = (error: unknown) => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new WriterThreadError(`The SQLite writer thread exited (${code}).`)));
    // After the listeners: adding a 'message' listener refs the worker's port again.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Closes the thread's connection and waits until it has exited. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    // Held until it has closed its connection: otherwise an idle process exits first, the WAL left behind.
    worker.ref();
    worker.postMessage({ kind: 'close' } satisfies WriterRequest);
    await exited;
  }
}
