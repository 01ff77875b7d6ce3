/**
 * Group commit: submissions are written in one durable transaction per batch, and each caller is answered
 * only after that transaction commits. One fsync then serves many requests, which is what makes
 * "acknowledged means durable" affordable.
 *
 * One batch is in flight at a time. While it commits, new submissions wait and form the next batch: with an
 * asynchronous database (PostgreSQL) the batch grows with the load instead of the queue splitting into a
 * chain of tiny transactions, one per event-loop turn. (A synchronous SQLite commit blocks the loop, so there
 * the next batch forms during the commit anyway.)
 */
export class GroupCommit<T, R> {
  private pending: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  private scheduled = false;
  private inFlight: Promise<void> | undefined;
  private databaseFailing = false;

  /**
   * `itemMayCause` tells whether a failed batch may have failed because of one of its items (a value the
   * database refuses); only then is each item tried on its own. A database that is down, full or unreachable
   * fails every item the same way, and trying them one by one would hold the queue for the batch's length
   * times the failure's (ten seconds each for a connection that cannot be made).
   */
  constructor(
    private readonly commit: (items: T[]) => Promise<R[]> | R[],
    private readonly maxBatch = 1000,
    private readonly itemMayCause: (error: unknown) => boolean = () => true,
  ) {}

  /**
   * Whether the last attempt to commit failed as a whole — `itemMayCause` says no item caused it (a database
   * that is full, read-only or unreachable) — and nothing has committed since. A batch that failed because of
   * an item it holds says nothing either way and leaves this as it was.
   */
  get failing(): boolean {
    return this.databaseFailing;
  }

  /** Records that a write outside the queue committed (a health check's write probe): the database writes. */
  writeSucceeded(): void {
    this.databaseFailing = false;
  }

  /** Queues an item; resolves with its result after the batch holding it is committed. */
  add(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Flushes on the next turn (so a turn's arrivals share a batch), unless a batch is committing. */
  private schedule(): void {
    if (this.scheduled || this.inFlight || this.pending.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    const batch = this.pending.splice(0, this.maxBatch);
    if (batch.length === 0) return;
    const done = this.commitBatch(batch);
    this.inFlight = done;
    // Settles on a later microtask even when `commit` throws synchronously, so `inFlight` is always cleared.
    void done.finally(() => {
      this.inFlight = undefined;
      this.schedule();
    });
  }

  private async commitBatch(batch: typeof this.pending): Promise<void> {
    try {
      const results = await this.commit(batch.map((b) => b.item));
      this.databaseFailing = false;
      batch.forEach((b, i) => {
        b.resolve(results[i] as R);
      });
    } catch (error) {
      const itemMayCause = this.itemMayCause(error);
      if (!itemMayCause) this.databaseFailing = true;
      if (batch.length === 1 || !itemMayCause) {
        for (const b of batch) b.reject(error);
        return;
      }
      // A failed transaction stored nothing. One item the database refuses (a value it cannot hold) must not
      // fail everyone else's, so each is tried on its own; items are idempotent, so a retry is safe.
      for (const b of batch) await this.commitBatch([b]);
    }
  }

  /** Waits until everything queued so far is committed. */
  async drain(): Promise<void> {
    while (this.pending.length > 0 || this.scheduled || this.inFlight) {
      if (this.inFlight) await this.inFlight;
      else await new Promise((resolve) => setImmediate(resolve));
    }
  }
}
