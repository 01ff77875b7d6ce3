import type Database from 'better-sqlite3';
import type { LocalDays } from '../local-days.ts';
import {
  COUNTER_COLUMNS,
  type Contribution,
  type Countable,
  type CounterRow,
  contribution,
  countableRecord,
  sumContributions,
} from './counters.ts';
import type { FeedbackRecord, StoreResult } from './store.ts';

/**
 * A replacement that already names a submission (it arrived first). INDEXED BY: left to itself the planner
 * scans the page's rows through (site, page), which made every insert cost O(rows of its page).
 */
export const SUPERSEDED_BY_SQL =
  'SELECT id FROM feedback INDEXED BY feedback_replaces WHERE replaces = ? AND site = ? AND page = ? AND spam = 0 LIMIT 1';

/** The columns of a stored feedback row that feed the counters. */
export interface CountedRow {
  site: string;
  page: string;
  language: string;
  vote: string;
  clarity: number | null;
  comment: string | null;
  received_at: string;
  spam: number;
  reasons: string;
  readability: string | null;
  replaced_by: string | null;
}

export const COUNTED_COLUMNS =
  'site, page, language, vote, clarity, comment, received_at, spam, reasons, readability, replaced_by';

/** A stored row's counted facts. */
export const countable = (row: CountedRow): Countable => ({
  site: row.site,
  page: row.page,
  language: row.language,
  vote: row.vote,
  clarity: row.clarity,
  comment: row.comment,
  receivedAt: row.received_at,
  grade: row.readability ? ((JSON.parse(row.readability) as { grade?: number }).grade ?? null) : null,
  reasons: JSON.parse(row.reasons) as string[],
});

/** Writes feedback and its counters on one SQLite connection. */
export interface FeedbackWriter {
  /** Stores a batch in one durable transaction; one result per record, in order. */
  commit(records: FeedbackRecord[]): StoreResult[];
  /** Stores a batch as `commit` does, inside the caller's transaction. */
  write(records: FeedbackRecord[]): StoreResult[];
  /** Adds contributions to their counter rows; call inside a transaction. */
  count(contributions: Contribution[]): void;
}

/** Adds summed counter rows to `page_day` and `page_month`, prepared once on a connection. */
export function counterRowsWriter(db: Database.Database) {
  const upsert = (table: string, key: string) =>
    db.prepare(
      `INSERT INTO ${table} (site, ${key}, page, language, ${COUNTER_COLUMNS.join(', ')})
       VALUES (?, ?, ?, ?, ${COUNTER_COLUMNS.map(() => '?').join(', ')})
       ON CONFLICT (site, ${key}, page, language) DO UPDATE SET
         ${COUNTER_COLUMNS.map((column) => `${column} = ${column} + excluded.${column}`).join(', ')}`,
    );
  const upsertDay = upsert('page_day', 'day');
  const upsertMonth = upsert('page_month', 'month');
  return (sums: { days: readonly CounterRow[]; months: readonly CounterRow[] }) => {
    for (const d of sums.days) upsertDay.run(d.site, d.period, d.page, d.language, ...d.values);
    for (const m of sums.months) upsertMonth.run(m.site, m.period, m.page, m.language, ...m.values);
  };
}

/**
 * The insert path of the SQLite store, prepared once on a connection. It runs on the writer thread (so the
 * commit's fsync never holds up the event loop) and on the main thread for in-memory databases; the main
 * thread also uses `count` when a moderator marks spam. Submissions count on their local day in `days`.
 */
export function feedbackWriter(db: Database.Database, days: LocalDays): FeedbackWriter {
  const insert = db.prepare(
    `INSERT INTO feedback (id, site, page, language, vote, clarity, reasons, comment, readability, created_at, received_at, spam, replaces)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO NOTHING`,
  );
  // The same contribution goes to the day's row and the month's row.
  const addCounters = counterRowsWriter(db);
  // A counted "no" waits for an answer; one that stops counting (replaced, marked spam) waits no more.
  // (In an UPDATE, every expression reads the row as it was.)
  const changeWaiting = db.prepare(
    `INSERT INTO page_state (site, page, pending_since, pending_count)
     VALUES (@site, @page, CASE WHEN @delta > 0 THEN @since END, MAX(0, @delta))
     ON CONFLICT (site, page) DO UPDATE SET
       pending_since = CASE WHEN pending_count + @delta <= 0 THEN NULL
                            ELSE COALESCE(pending_since, excluded.pending_since) END,
       pending_count = MAX(0, pending_count + @delta)`,
  );
  const count = (contributions: Contribution[]) => {
    const sums = sumContributions(contributions);
    addCounters(sums);
    for (const w of sums.waiting) if (w.delta !== 0 || w.since) changeWaiting.run(w);
  };
  // A replacement that arrived before the submission it replaces (two queued sends, out of order).
  const supersededBy = db.prepare(SUPERSEDED_BY_SQL).pluck();
  const markReplaced = db.prepare('UPDATE feedback SET replaced_by = ? WHERE id = ?');
  const replaceable = db.prepare(
    `SELECT ${COUNTED_COLUMNS} FROM feedback WHERE id = ? AND site = ? AND page = ? AND replaced_by IS NULL`,
  );
  const write = (records: FeedbackRecord[]): StoreResult[] => {
    // Counted once for the whole batch, after every row is in (see sumContributions).
    const counted: Contribution[] = [];
    const results = records.map((r): StoreResult => {
      const inserted = insert.run(
        r.id,
        r.site,
        r.page,
        r.language,
        r.vote,
        r.clarity ?? null,
        JSON.stringify(r.reasons ?? []),
        r.comment ?? null,
        r.readability ? JSON.stringify(r.readability) : null,
        r.createdAt,
        r.receivedAt,
        r.spam ? 1 : 0,
        r.replaces ?? null,
      );
      if (inserted.changes === 0) return 'duplicate';
      // Spam never replaces a citizen's vote.
      if (r.spam) return 'accepted';
      const later = supersededBy.get(r.id, r.site, r.page) as string | undefined;
      if (later) markReplaced.run(later, r.id);
      else {
        counted.push(contribution(countableRecord(r), 1, days));
      }
      if (r.replaces) {
        const earlier = replaceable.get(r.replaces, r.site, r.page) as CountedRow | undefined;
        if (earlier) {
          markReplaced.run(r.id, r.replaces);
          if (!earlier.spam) counted.push(contribution(countable(earlier), -1, days));
        }
      }
      return 'accepted';
    });
    count(counted);
    return results;
  };
  const commitBatch = db.transaction(write);
  return { commit: (records) => commitBatch.immediate(records), write, count };
}
