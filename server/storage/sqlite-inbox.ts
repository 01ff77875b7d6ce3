import type Database from 'better-sqlite3';
import type { FeedbackWriter } from './sqlite-feedback-writer.ts';
import type { FeedbackRecord, StoreResult } from './store.ts';

/**
 * The table of acknowledged submissions not yet moved into `feedback` and the counters: the record as JSON,
 * beside the columns `feedback` constrains, under the same constraints — a row the move would refuse is
 * refused here, while its batch is acknowledged, instead of blocking every move after it.
 */
export const INBOX_TABLE_SQL = `CREATE TABLE IF NOT EXISTS feedback_inbox (
   seq INTEGER PRIMARY KEY,
   id TEXT NOT NULL UNIQUE,
   site TEXT NOT NULL,
   page TEXT NOT NULL,
   language TEXT NOT NULL,
   vote TEXT NOT NULL CHECK (vote IN ('yes', 'no')),
   created_at TEXT NOT NULL,
   received_at TEXT NOT NULL,
   record TEXT NOT NULL
 )`;

/**
 * Acknowledging a submission needs only that it is durable, not that it is indexed and counted. Writing a
 * batch into `feedback` with its indexes and counters dirties a page or two per row — a leaf of the page
 * index and counter rows per page the batch touches — and every commit writes and syncs all of them while
 * the citizens wait. So a batch is acknowledged once it is committed here, in one small append-only table
 * (a few pages a batch), and moved into `feedback` and the counters later, in larger batches that touch each
 * page once for many rows. A move is one transaction that inserts and deletes, so a crash leaves every row
 * in exactly one of the two tables, and the next move finishes the job. Readers first wait for the inbox to
 * be moved (see `WriterThread.catchUp`), so no read misses an acknowledged submission.
 */
export class SqliteInbox {
  private readonly known: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly oldest: Database.Statement;
  private readonly remove: Database.Statement;
  private readonly acceptBatch: Database.Transaction<(records: FeedbackRecord[]) => StoreResult[]>;
  private readonly moveBatch: Database.Transaction<(limit: number) => number>;
  /** Rows in the inbox: counted at open (left by a crash) and kept up to date after. */
  private rows: number;

  constructor(db: Database.Database, writer: FeedbackWriter) {
    this.known = db.prepare('SELECT 1 FROM feedback WHERE id = ?').pluck();
    // ON CONFLICT, not OR IGNORE: only a repeated id is ignored, a constraint fails the batch.
    this.insert = db.prepare(
      `INSERT INTO feedback_inbox (id, site, page, language, vote, created_at, received_at, record)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    );
    this.oldest = db.prepare('SELECT seq, record FROM feedback_inbox ORDER BY seq LIMIT ?');
    this.remove = db.prepare('DELETE FROM feedback_inbox WHERE seq <= ?');
    this.rows = db.prepare('SELECT COUNT(*) FROM feedback_inbox').pluck().get() as number;
    this.acceptBatch = db.transaction((records: FeedbackRecord[]) =>
      records.map((r): StoreResult => {
        if (this.known.get(r.id) !== undefined) return 'duplicate';
        const { changes } = this.insert.run(
          r.id,
          r.site,
          r.page,
          r.language,
          r.vote,
          r.createdAt,
          r.receivedAt,
          JSON.stringify(r),
        );
        return changes === 0 ? 'duplicate' : 'accepted';
      }),
    );
    this.moveBatch = db.transaction((limit: number) => {
      const rows = this.oldest.all(limit) as { seq: number; record: string }[];
      const last = rows.at(-1);
      if (!last) return 0;
      // In arrival order, as they were acknowledged: a replacement finds the submission it replaces.
      writer.write(rows.map((row) => JSON.parse(row.record) as FeedbackRecord));
      this.remove.run(last.seq);
      return rows.length;
    });
  }

  /** How many acknowledged submissions wait to be moved. */
  get waiting(): number {
    return this.rows;
  }

  /**
   * Stores a batch in one durable transaction; one result per record, in order: 'duplicate' for an id already
   * stored or waiting here (in this batch too).
   */
  accept(records: FeedbackRecord[]): StoreResult[] {
    const results = this.acceptBatch.immediate(records);
    for (const result of results) if (result === 'accepted') this.rows++;
    return results;
  }

  /** Moves up to `limit` of the oldest rows into `feedback` and the counters; returns how many it moved. */
  move(limit: number): number {
    const moved = this.moveBatch.immediate(limit);
    // Nothing left to move is an empty inbox, whatever the count said: no caller loops on a stale count.
    this.rows = moved === 0 ? 0 : Math.max(0, this.rows - moved);
    return moved;
  }
}
