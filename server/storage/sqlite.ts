import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ExportRow, FeedbackStatus } from '../../contract/admin.ts';
import { LocalDays } from '../local-days.ts';
import { medianInPlace } from '../reports/median.ts';
import type {
  AccountChanges,
  AccountRecord,
  AdminStore,
  CounterQuery,
  FeedbackFilter,
  Keyset,
  Moderation,
  PageAggregate,
  PageResponsiveness,
  ResponseTimesQuery,
  SessionRecord,
  StoredFeedbackItem,
} from './admin-store.ts';
import {
  CLEAR_COUNTERS_SQL,
  COUNTERS_TIME_ZONE,
  REBUILD_BATCH,
  rebuildLog,
  recordedZoneSql,
  SETTINGS_TABLE_SQL,
} from './counter-days.ts';
import {
  ALL_LANGUAGES,
  COUNTER_COLUMNS,
  type Contribution,
  contribution,
  REASON_COLUMNS,
  REASONS,
  sumContributions,
} from './counters.ts';
import { feedbackWhere } from './feedback-filter.ts';
import { GroupCommit } from './group-commit.ts';
import { makeDirectory } from './make-directory.ts';
import { monthsOf, pageAggregates, rangeSegments, type SegmentRow } from './page-aggregates.ts';
import {
  MOVE_RENAMED_PAGES_SQL,
  PAGE_RENAMES_COLUMNS,
  pageRenames,
  STORED_PAGES_SQL,
} from './page-renames.ts';
import {
  COUNTED_COLUMNS,
  type CountedRow,
  countable,
  counterRowsWriter,
  feedbackWriter,
} from './sqlite-feedback-writer.ts';
import { INBOX_TABLE_SQL } from './sqlite-inbox.ts';
import { WriterThread } from './sqlite-writer-thread.ts';
import type { FeedbackRecord, FeedbackStore, NewResponse, PageTotals, Site, StoreResult } from './store.ts';
import { WRITE_PROBE, writeProbeSql } from './write-probe.ts';

export { SUPERSEDED_BY_SQL } from './sqlite-feedback-writer.ts';

/**
 * SQLite result codes (primary, before any `_` extension) that say the database cannot write at all — no
 * record of a batch causes them, so its records are not retried one by one.
 */
const DATABASE_FAILURES = new Set([
  'SQLITE_FULL',
  'SQLITE_IOERR',
  'SQLITE_READONLY',
  'SQLITE_CANTOPEN',
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
]);

/** Whether a failed batch may have failed because of one of its records. */
function itemMayCause(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code !== 'string' || !DATABASE_FAILURES.has(code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1'));
}

/** Comments deleted per statement by retention; each batch is a few milliseconds. */
const RETENTION_BATCH = 2_000;

/** Feedback rows read per query of the site-wide response time; each batch is a few milliseconds. */
const RESPONSE_TIMES_BATCH = 2_000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const earliestIso = (a: string, b: string) => (a < b ? a : b);

/** Moves rows stored under a page address that is no longer canonical to the address it has now. */
function canonicalisePages(db: Database.Database): void {
  const renames = pageRenames(db.prepare(STORED_PAGES_SQL).all() as { site: string; page: string }[]);
  if (renames.length === 0) return;
  db.exec(`CREATE TEMP TABLE page_renames (${PAGE_RENAMES_COLUMNS})`);
  const insert = db.prepare('INSERT INTO page_renames (site, from_page, to_page) VALUES (?, ?, ?)');
  for (const r of renames) insert.run(r.site, r.from, r.to);
  for (const sql of MOVE_RENAMED_PAGES_SQL) db.exec(sql);
  db.exec('DROP TABLE temp.page_renames');
}

// Each entry upgrades the schema by one version (PRAGMA user_version); never edit a shipped entry.
const MIGRATIONS: (string | ((db: Database.Database) => void))[] = [
  `CREATE TABLE sites (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     origins TEXT NOT NULL,
     min_votes INTEGER NOT NULL DEFAULT 10,
     retention_days INTEGER
   );
   CREATE TABLE feedback (
     id TEXT PRIMARY KEY,
     site TEXT NOT NULL,
     page TEXT NOT NULL,
     language TEXT NOT NULL,
     vote TEXT NOT NULL CHECK (vote IN ('yes', 'no')),
     clarity INTEGER,
     reasons TEXT NOT NULL DEFAULT '[]',
     comment TEXT,
     readability TEXT,
     created_at TEXT NOT NULL,
     received_at TEXT NOT NULL,
     spam INTEGER NOT NULL DEFAULT 0,
     status TEXT NOT NULL DEFAULT 'new'
   );
   CREATE INDEX feedback_site_page ON feedback (site, page, received_at);
   -- Per page and day counters, updated in the insert's transaction, so the dashboard never scans feedback.
   CREATE TABLE page_day (
     site TEXT NOT NULL,
     page TEXT NOT NULL,
     day TEXT NOT NULL,
     language TEXT NOT NULL,
     votes INTEGER NOT NULL DEFAULT 0,
     yes INTEGER NOT NULL DEFAULT 0,
     clarity_sum INTEGER NOT NULL DEFAULT 0,
     clarity_count INTEGER NOT NULL DEFAULT 0,
     comments INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (site, page, day, language)
   );
   CREATE TABLE responses (
     id TEXT PRIMARY KEY,
     site TEXT NOT NULL,
     page TEXT NOT NULL,
     language TEXT NOT NULL,
     text TEXT NOT NULL,
     published_at TEXT NOT NULL
   );
   CREATE INDEX responses_site_page ON responses (site, page, published_at);`,
  // A changed vote (or a vote followed by its details) replaces the browser's earlier submission.
  `ALTER TABLE feedback ADD COLUMN replaces TEXT;
   ALTER TABLE feedback ADD COLUMN replaced_by TEXT;
   CREATE INDEX feedback_replaces ON feedback (replaces) WHERE replaces IS NOT NULL;`,
  // The dashboard: counters gain grades and reasons (rebuilt WITHOUT ROWID so the primary key covers the
  // pages-table scan), moderation tags, accounts, sessions, and per-page responsiveness state.
  `CREATE TEMP TABLE page_day_extra AS
     SELECT site, page, substr(received_at, 1, 10) AS day, language,
       COALESCE(SUM(json_extract(readability, '$.grade')), 0) AS grade_sum,
       COUNT(json_extract(readability, '$.grade')) AS grade_count,
       ${REASONS.map((r) => `SUM(EXISTS (SELECT 1 FROM json_each(f.reasons) WHERE value = '${r}')) AS ${REASON_COLUMNS[r]}`).join(',\n       ')}
     FROM feedback f WHERE spam = 0 AND replaced_by IS NULL GROUP BY 1, 2, 3, 4;
   CREATE TABLE page_day_v3 (
     site TEXT NOT NULL,
     page TEXT NOT NULL,
     day TEXT NOT NULL,
     language TEXT NOT NULL,
     votes INTEGER NOT NULL DEFAULT 0,
     yes INTEGER NOT NULL DEFAULT 0,
     clarity_sum INTEGER NOT NULL DEFAULT 0,
     clarity_count INTEGER NOT NULL DEFAULT 0,
     comments INTEGER NOT NULL DEFAULT 0,
     grade_sum REAL NOT NULL DEFAULT 0,
     grade_count INTEGER NOT NULL DEFAULT 0,
     ${REASONS.map((r) => `${REASON_COLUMNS[r]} INTEGER NOT NULL DEFAULT 0`).join(',\n     ')},
     PRIMARY KEY (site, page, day, language)
   ) WITHOUT ROWID;
   INSERT INTO page_day_v3
     SELECT d.site, d.page, d.day, d.language, d.votes, d.yes, d.clarity_sum, d.clarity_count, d.comments,
       COALESCE(e.grade_sum, 0), COALESCE(e.grade_count, 0),
       ${REASONS.map((r) => `COALESCE(e.${REASON_COLUMNS[r]}, 0)`).join(', ')}
     FROM page_day d LEFT JOIN page_day_extra e USING (site, page, day, language);
   DROP TABLE page_day_extra;
   DROP TABLE page_day;
   ALTER TABLE page_day_v3 RENAME TO page_day;
   ALTER TABLE feedback ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
   CREATE INDEX feedback_site_received ON feedback (site, received_at, id);
   CREATE TABLE accounts (
     username TEXT PRIMARY KEY,
     role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
     sites TEXT NOT NULL,
     password_hash TEXT NOT NULL,
     must_change_password INTEGER NOT NULL,
     created_at TEXT NOT NULL,
     last_login_at TEXT
   );
   CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY,
     username TEXT NOT NULL REFERENCES accounts (username) ON DELETE CASCADE,
     created_at TEXT NOT NULL,
     last_seen_at TEXT NOT NULL
   );
   CREATE INDEX sessions_username ON sessions (username);
   -- Set when a counted "no" arrives and none is pending; cleared when a response is published.
   CREATE TABLE page_state (
     site TEXT NOT NULL,
     page TEXT NOT NULL,
     pending_since TEXT,
     PRIMARY KEY (site, page)
   ) WITHOUT ROWID;
   CREATE TABLE response_waits (
     response_id TEXT PRIMARY KEY,
     site TEXT NOT NULL,
     page TEXT NOT NULL,
     waited_seconds INTEGER NOT NULL
   );
   CREATE INDEX response_waits_site ON response_waits (site, page);`,
  // A page's feedback is listed newest first by (received_at, id): with id in the index, no sort is needed.
  `DROP INDEX feedback_site_page;
   CREATE INDEX feedback_site_page ON feedback (site, page, received_at, id);`,
  // Date ranges of a whole site read counters day after day: key page_day by day first (a range is then one
  // contiguous scan; one page's days come from a second index), and add monthly counters for long ranges.
  `CREATE TABLE page_day_v5 (
     site TEXT NOT NULL,
     day TEXT NOT NULL,
     page TEXT NOT NULL,
     language TEXT NOT NULL,
     ${COUNTER_COLUMNS.map((c) => `${c} ${c === 'grade_sum' ? 'REAL' : 'INTEGER'} NOT NULL DEFAULT 0`).join(',\n     ')},
     PRIMARY KEY (site, day, page, language)
   ) WITHOUT ROWID;
   INSERT INTO page_day_v5 (site, day, page, language, ${COUNTER_COLUMNS.join(', ')})
     SELECT site, day, page, language, ${COUNTER_COLUMNS.join(', ')} FROM page_day;
   DROP TABLE page_day;
   ALTER TABLE page_day_v5 RENAME TO page_day;
   CREATE INDEX page_day_page ON page_day (site, page, day);
   CREATE TABLE page_month (
     site TEXT NOT NULL,
     month TEXT NOT NULL,
     page TEXT NOT NULL,
     language TEXT NOT NULL,
     ${COUNTER_COLUMNS.map((c) => `${c} ${c === 'grade_sum' ? 'REAL' : 'INTEGER'} NOT NULL DEFAULT 0`).join(',\n     ')},
     PRIMARY KEY (site, month, page, language)
   ) WITHOUT ROWID;
   INSERT INTO page_month (site, month, page, language, ${COUNTER_COLUMNS.join(', ')})
     SELECT site, substr(day, 1, 7), page, language, ${COUNTER_COLUMNS.map((c) => `SUM(${c})`).join(', ')}
     FROM page_day GROUP BY 1, 2, 3, 4;`,
  // Monthly rows over all languages too, keyed language first: a site's year without a language filter is
  // then one contiguous scan of a third of the rows.
  `CREATE TABLE page_month_v6 (
     site TEXT NOT NULL,
     language TEXT NOT NULL,
     month TEXT NOT NULL,
     page TEXT NOT NULL,
     ${COUNTER_COLUMNS.map((c) => `${c} ${c === 'grade_sum' ? 'REAL' : 'INTEGER'} NOT NULL DEFAULT 0`).join(',\n     ')},
     PRIMARY KEY (site, language, month, page)
   ) WITHOUT ROWID;
   INSERT INTO page_month_v6 (site, language, month, page, ${COUNTER_COLUMNS.join(', ')})
     SELECT site, language, month, page, ${COUNTER_COLUMNS.join(', ')} FROM page_month
     UNION ALL
     SELECT site, '${ALL_LANGUAGES}', month, page, ${COUNTER_COLUMNS.map((c) => `SUM(${c})`).join(', ')}
     FROM page_month GROUP BY site, month, page;
   DROP TABLE page_month;
   ALTER TABLE page_month_v6 RENAME TO page_month;`,
  // How many counted "no" votes wait: a lone "no" changed to "yes" or marked spam no longer waits.
  `ALTER TABLE page_state ADD COLUMN pending_count INTEGER NOT NULL DEFAULT 0;
   UPDATE page_state SET pending_count = 1 WHERE pending_since IS NOT NULL;`,
  // Page addresses stored before today's canonical form: one page's rows under one address.
  canonicalisePages,
  // Retention finds the comments left to delete without reading every older row, every hour.
  `CREATE INDEX IF NOT EXISTS feedback_comments ON feedback (site, received_at) WHERE comment IS NOT NULL;`,
  // The zone the day counters are kept in (see counterDays).
  SETTINGS_TABLE_SQL,
  // Acknowledged submissions waiting to be moved into feedback and the counters (see SqliteInbox).
  INBOX_TABLE_SQL,
  // Page addresses stored before a path segment that is a vehicle's plate was scrubbed (canonicalPage).
  canonicalisePages,
];

/**
 * The calendar the day counters are kept in: `zone` (HEARD_TIME_ZONE), after counting every stored
 * submission again on its days when they were kept in another zone — in batches, in one transaction, so an
 * interrupted rebuild leaves the old counters and their zone. Without `zone` (a tool that counts nothing,
 * such as the sites command), the recorded one.
 */
function counterDays(
  db: Database.Database,
  zone: string | undefined,
  log: (line: string) => void,
): LocalDays {
  const recorded = db.prepare(recordedZoneSql('?')).pluck().get(COUNTERS_TIME_ZONE) as string;
  const days = new LocalDays(zone ?? recorded);
  if (days.zone === recorded) return days;
  const started = performance.now();
  const stored = db.prepare('SELECT 1 FROM feedback LIMIT 1').get() !== undefined;
  if (stored) log(rebuildLog.start(recorded, days.zone));
  let counted = 0;
  db.transaction(() => {
    for (const sql of CLEAR_COUNTERS_SQL) db.exec(sql);
    const addCounters = counterRowsWriter(db);
    const batch = db.prepare(
      `SELECT rowid AS position, ${COUNTED_COLUMNS} FROM feedback
       WHERE rowid > ? AND spam = 0 AND replaced_by IS NULL ORDER BY rowid LIMIT ${REBUILD_BATCH}`,
    );
    for (let after = 0; ; ) {
      const rows = batch.all(after) as (CountedRow & { position: number })[];
      addCounters(sumContributions(rows.map((row) => contribution(countable(row), 1, days))));
      counted += rows.length;
      const last = rows.at(-1);
      if (!last || rows.length < REBUILD_BATCH) break;
      after = last.position;
    }
    db.prepare('UPDATE heard_settings SET value = ? WHERE name = ?').run(days.zone, COUNTERS_TIME_ZONE);
  }).immediate();
  if (stored) log(rebuildLog.done(days.zone, counted, performance.now() - started));
  return days;
}

/** How a SQLite store is opened. */
export interface SqliteStoreOptions {
  /** HEARD_TIME_ZONE: the zone whose local days submissions count on (default: the recorded one). */
  timeZone?: string | undefined;
  /** Where the rebuild of the counters for a new zone says so (default: standard output). */
  log?: (line: string) => void;
}

interface SiteRow {
  id: string;
  name: string;
  origins: string;
  min_votes: number;
  retention_days: number | null;
}

interface AccountRow {
  username: string;
  role: AccountRecord['role'];
  sites: string;
  password_hash: string;
  must_change_password: number;
  created_at: string;
  last_login_at: string | null;
}

const toAccount = (row: AccountRow): AccountRecord => ({
  username: row.username,
  role: row.role,
  sites: JSON.parse(row.sites) as AccountRecord['sites'],
  passwordHash: row.password_hash,
  mustChangePassword: row.must_change_password === 1,
  createdAt: row.created_at,
  lastLoginAt: row.last_login_at,
});

interface ItemRow {
  id: string;
  site: string;
  page: string;
  received_at: string;
  language: 'kk' | 'ru' | 'en';
  vote: 'yes' | 'no';
  clarity: number | null;
  reasons: string;
  comment: string | null;
  readability: string | null;
  spam: number;
  status: Exclude<FeedbackStatus, 'spam'>;
  tags: string;
}

const ITEM_COLUMNS =
  'id, site, page, received_at, language, vote, clarity, reasons, comment, readability, spam, status, tags';

const toItem = (row: ItemRow): StoredFeedbackItem => ({
  id: row.id,
  site: row.site,
  page: row.page,
  receivedAt: row.received_at,
  language: row.language,
  vote: row.vote,
  clarity: row.clarity,
  reasons: JSON.parse(row.reasons) as StoredFeedbackItem['reasons'],
  comment: row.comment,
  status: row.spam ? 'spam' : row.status,
  tags: JSON.parse(row.tags) as string[],
});

const toSite = (row: SiteRow): Site => ({
  id: row.id,
  name: row.name,
  origins: JSON.parse(row.origins) as string[],
  minVotes: row.min_votes,
  retentionDays: row.retention_days,
});

/**
 * The embedded store: one SQLite file in WAL mode with `synchronous=FULL`, so a commit is on disk before it
 * returns; inserts are group-committed on a writer thread with its own connection (see WriterThread), reads
 * and the dashboard's writes run on this thread's connection. A dashboard write waits (busy_timeout) while
 * a batch commits, a few milliseconds.
 */
/** Deletes sessions whose account no longer exists (run at open, before any account is created). */
const ORPHAN_SESSIONS_SQL = 'DELETE FROM sessions WHERE username NOT IN (SELECT username FROM accounts)';

export class SqliteStore implements FeedbackStore, AdminStore {
  readonly kind = 'sqlite';
  readonly days: LocalDays;
  private readonly db: Database.Database;
  private readonly writer: GroupCommit<FeedbackRecord, StoreResult>;
  /** Adds contributions to their counter rows (and marks negative feedback as waiting for an answer). */
  private readonly count: (contributions: Contribution[]) => void;
  /** Commits feedback batches off the event loop (absent for an in-memory database). */
  private readonly writerThread: WriterThread | undefined;
  /** Batches committed to the writer thread's inbox; see `caughtUp`. */
  private batchesAccepted = 0;
  /**
   * How many of them a finished catch-up had seen accepted: all of them means reads need not ask. None at
   * open (-1), where a crash may have left acknowledged rows in the inbox.
   */
  private batchesMoved = -1;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    if (path !== ':memory:') makeDirectory(dirname(path));
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    // A comment deleted by retention must be gone from the file, not only from the table: without this
    // SQLite leaves its bytes in the freed space of the page (and in every `.backup` copy of the file).
    this.db.pragma('secure_delete = ON');
    this.migrate();
    // A file this process may read but not write opens read-only: fail here, at start, rather than at
    // every submission. Setting user_version to its own value is a write that changes nothing.
    this.db.pragma(`user_version = ${this.db.pragma('user_version', { simple: true }) as number}`);
    // The sqlite3 shell runs with foreign keys off, so accounts deleted there (the lost-password recovery)
    // leave their sessions behind; an account created again under the same name would inherit them.
    this.db.prepare(ORPHAN_SESSIONS_SQL).run();
    this.days = counterDays(this.db, options.timeZone, options.log ?? ((line) => console.log(line)));
    const inline = feedbackWriter(this.db, this.days);
    this.count = inline.count;
    // A file's batches commit on the writer thread; an in-memory database exists on this connection only.
    if (path === ':memory:')
      this.writer = new GroupCommit((records) => inline.commit(records), 1000, itemMayCause);
    else {
      const thread = new WriterThread(path, this.days.zone);
      this.writerThread = thread;
      this.writer = new GroupCommit(
        async (records) => {
          const results = await thread.commit(records);
          this.batchesAccepted++;
          return results;
        },
        1000,
        itemMayCause,
      );
    }
  }

  /**
   * Waits until every acknowledged submission is in `feedback` and the counters: the writer thread
   * acknowledges a batch once it is durable in its inbox and moves it there shortly after (see
   * `SqliteInbox`). Every read of submissions or counters waits for it first; nothing to wait for (or an
   * in-memory database) costs nothing.
   */
  private async caughtUp(): Promise<void> {
    if (!this.writerThread || this.batchesMoved === this.batchesAccepted) return;
    const before = this.batchesAccepted;
    await this.writerThread.catchUp();
    // A batch accepted meanwhile may not have been moved by this call: it leaves the counts apart.
    this.batchesMoved = Math.max(this.batchesMoved, before);
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** Prepared once per SQL text: preparing costs more than running these small queries. */
  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    MIGRATIONS.slice(version).forEach((sql, i) => {
      this.db.transaction(() => {
        if (typeof sql === 'string') this.db.exec(sql);
        else sql(this.db);
        this.db.pragma(`user_version = ${version + i + 1}`);
      })();
    });
  }

  addFeedback(record: FeedbackRecord): Promise<StoreResult> {
    return this.writer.add(record);
  }

  async ping(): Promise<void> {
    // Reads a page of the file, so a database the process can no longer read fails too.
    this.statement('SELECT 1 FROM sites LIMIT 1').get();
  }

  get writesFailing(): boolean {
    return this.writer.failing;
  }

  /** On the writer thread, whose connection commits the submissions (and whose fsync holds up no request). */
  async probeWrite(): Promise<void> {
    const at = new Date().toISOString();
    if (this.writerThread) await this.writerThread.probe(at);
    else this.statement(writeProbeSql('?', '?')).run(WRITE_PROBE, at);
    this.writer.writeSucceeded();
  }

  async countFeedback(site?: string): Promise<number> {
    await this.caughtUp();
    const row = site
      ? (this.statement('SELECT COUNT(*) AS n FROM feedback WHERE site = ?').get(site) as { n: number })
      : (this.statement('SELECT COUNT(*) AS n FROM feedback').get() as { n: number });
    return row.n;
  }

  async commentOf(id: string): Promise<string | null> {
    await this.caughtUp();
    const row = this.statement('SELECT comment FROM feedback WHERE id = ?').get(id) as
      | { comment: string | null }
      | undefined;
    return row?.comment ?? null;
  }

  /**
   * In batches with a pause between them: the first run after retention is turned on may delete a site's
   * comments of years, and one statement over them would hold every request (and the writer thread) for
   * seconds.
   */
  async deleteCommentsBefore(site: string, before: string): Promise<number> {
    await this.caughtUp();
    const batch = this.statement(
      `UPDATE feedback SET comment = NULL WHERE rowid IN (
         SELECT rowid FROM feedback INDEXED BY feedback_comments
         WHERE site = ? AND received_at < ? AND comment IS NOT NULL LIMIT ${RETENTION_BATCH})`,
    );
    let deleted = 0;
    for (;;) {
      const { changes } = batch.run(site, before);
      deleted += changes;
      if (changes < RETENTION_BATCH) return deleted;
      await yieldToEventLoop();
    }
  }

  async hasFeedback(id: string): Promise<boolean> {
    await this.caughtUp();
    return this.statement('SELECT 1 FROM feedback WHERE id = ?').get(id) !== undefined;
  }

  async upsertSite(site: Site): Promise<void> {
    this.statement(
      `INSERT INTO sites (id, name, origins, min_votes, retention_days) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, origins = excluded.origins,
           min_votes = excluded.min_votes, retention_days = excluded.retention_days`,
    ).run(site.id, site.name, JSON.stringify(site.origins), site.minVotes, site.retentionDays);
  }

  async getSite(id: string): Promise<Site | undefined> {
    const row = this.statement('SELECT * FROM sites WHERE id = ?').get(id) as SiteRow | undefined;
    return row && toSite(row);
  }

  async listSites(): Promise<Site[]> {
    return (this.statement('SELECT * FROM sites ORDER BY id').all() as SiteRow[]).map(toSite);
  }

  async pageTotals(site: string, page: string): Promise<PageTotals> {
    await this.caughtUp();
    const totals = this.statement(
      'SELECT COALESCE(SUM(votes), 0) AS votes, COALESCE(SUM(yes), 0) AS yes FROM page_day WHERE site = ? AND page = ?',
    ).get(site, page) as { votes: number; yes: number };
    const responses = this.statement(
      `SELECT id, published_at AS publishedAt, language, text FROM responses
         WHERE site = ? AND page = ? ORDER BY published_at DESC LIMIT 20`,
    ).all(site, page) as PageTotals['responses'];
    return { votes: totals.votes, yes: totals.yes, responses };
  }

  /** Publishes a response; if negative feedback was waiting on the page, records how long and clears it. */
  async publishResponse(r: NewResponse): Promise<void> {
    await this.caughtUp();
    this.db
      .transaction(() => {
        this.statement(
          'INSERT INTO responses (id, site, page, language, text, published_at) VALUES (?, ?, ?, ?, ?, ?)',
        ).run(r.id, r.site, r.page, r.language, r.text, r.publishedAt);
        const state = this.statement('SELECT pending_since FROM page_state WHERE site = ? AND page = ?').get(
          r.site,
          r.page,
        ) as { pending_since: string | null } | undefined;
        if (!state?.pending_since) return;
        const waited = Math.max(
          0,
          Math.round((Date.parse(r.publishedAt) - Date.parse(state.pending_since)) / 1000),
        );
        this.statement(
          'INSERT INTO response_waits (response_id, site, page, waited_seconds) VALUES (?, ?, ?, ?)',
        ).run(r.id, r.site, r.page, waited);
        this.statement(
          'UPDATE page_state SET pending_since = NULL, pending_count = 0 WHERE site = ? AND page = ?',
        ).run(r.site, r.page);
      })
      .immediate();
  }

  // --- Accounts and sessions -------------------------------------------------------------------------

  async countAccounts(): Promise<number> {
    return (this.statement('SELECT COUNT(*) AS n FROM accounts').get() as { n: number }).n;
  }

  async createAccount(a: AccountRecord): Promise<boolean> {
    return (
      this.statement(
        `INSERT INTO accounts (username, role, sites, password_hash, must_change_password, created_at, last_login_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING`,
      ).run(
        a.username,
        a.role,
        JSON.stringify(a.sites),
        a.passwordHash,
        a.mustChangePassword ? 1 : 0,
        a.createdAt,
        a.lastLoginAt,
      ).changes === 1
    );
  }

  async getAccount(username: string): Promise<AccountRecord | undefined> {
    const row = this.statement('SELECT * FROM accounts WHERE username = ?').get(username) as
      | AccountRow
      | undefined;
    return row && toAccount(row);
  }

  async listAccounts(): Promise<AccountRecord[]> {
    return (this.statement('SELECT * FROM accounts ORDER BY username').all() as AccountRow[]).map(toAccount);
  }

  async updateAccount(username: string, changes: AccountChanges): Promise<boolean> {
    return (
      this.statement(
        `UPDATE accounts SET role = COALESCE(?, role), sites = COALESCE(?, sites),
           password_hash = COALESCE(?, password_hash), must_change_password = COALESCE(?, must_change_password)
         WHERE username = ?`,
      ).run(
        changes.role ?? null,
        changes.sites === undefined ? null : JSON.stringify(changes.sites),
        changes.passwordHash ?? null,
        changes.mustChangePassword === undefined ? null : changes.mustChangePassword ? 1 : 0,
        username,
      ).changes === 1
    );
  }

  async deleteAccount(username: string): Promise<boolean> {
    return this.statement('DELETE FROM accounts WHERE username = ?').run(username).changes === 1;
  }

  async recordLogin(username: string, at: string): Promise<void> {
    this.statement('UPDATE accounts SET last_login_at = ? WHERE username = ?').run(at, username);
  }

  async createSession(s: SessionRecord): Promise<void> {
    this.statement(
      'INSERT INTO sessions (token_hash, username, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
    ).run(s.tokenHash, s.username, s.createdAt, s.lastSeenAt);
  }

  async getSession(tokenHash: string): Promise<SessionRecord | undefined> {
    return this.statement(
      'SELECT token_hash AS tokenHash, username, created_at AS createdAt, last_seen_at AS lastSeenAt FROM sessions WHERE token_hash = ?',
    ).get(tokenHash) as SessionRecord | undefined;
  }

  async touchSession(tokenHash: string, at: string): Promise<void> {
    this.statement('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(at, tokenHash);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.statement('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
  }

  async deleteSessionsOf(username: string, except?: string): Promise<void> {
    this.statement('DELETE FROM sessions WHERE username = ? AND token_hash <> ?').run(username, except ?? '');
  }

  async deleteExpiredSessions(idleBefore: string, createdBefore: string): Promise<number> {
    return this.statement('DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?').run(
      idleBefore,
      createdBefore,
    ).changes;
  }

  // --- Dashboard reads ---------------------------------------------------------------------------------

  async pageAggregates(q: CounterQuery): Promise<PageAggregate[]> {
    await this.caughtUp();
    const params = {
      site: q.site,
      ...(q.language ? { language: q.language } : {}),
      ...(q.page ? { page: q.page } : {}),
      monthLanguage: q.language ?? ALL_LANGUAGES,
    };
    return pageAggregates(q, (segment, columns) => {
      // Month rows are read for one language or for all ('*'), never summed over languages.
      const language =
        segment.table === 'page_month'
          ? 'AND language = @monthLanguage'
          : q.language
            ? 'AND language = @language'
            : '';
      return this.statement(
        `SELECT page, ${columns.map((c) => `SUM(${c}) AS ${c}`).join(', ')} FROM ${segment.table}
         WHERE site = @site AND ${segment.column} >= @from AND ${segment.column} <= @to ${language}
           ${q.page ? 'AND page = @page' : ''}
         GROUP BY page`,
      ).all({ ...params, from: segment.from, to: segment.to }) as SegmentRow[];
    });
  }

  /**
   * Whole months from the per-language monthly rows, the other days from the day rows; each through an
   * index by page, so a year of 50 shown pages is a few thousand seeks rather than a scan of the site.
   */
  async languageVotes(q: Parameters<AdminStore['languageVotes']>[0]) {
    await this.caughtUp();
    if (q.pages.length === 0) return [];
    const languages = q.language ? [q.language] : ['kk', 'ru', 'en'];
    const pages = JSON.stringify(q.pages);
    const votes = new Map<string, { page: string; language: 'kk' | 'ru' | 'en'; votes: number }>();
    const add = (rows: { page: string; language: 'kk' | 'ru' | 'en'; votes: number }[]) => {
      for (const row of rows) {
        const key = `${row.page}\u0000${row.language}`;
        const found = votes.get(key);
        if (found) found.votes += row.votes;
        else votes.set(key, { ...row });
      }
    };
    for (const segment of rangeSegments(q.from, q.to)) {
      if (segment.table === 'page_month') {
        // Every month named, so the primary key (site, language, month, page) is sought, never scanned.
        add(
          this.statement(
            `SELECT page, language, SUM(votes) AS votes FROM page_month
             WHERE site = ? AND language IN (SELECT value FROM json_each(?))
               AND month IN (SELECT value FROM json_each(?)) AND page IN (SELECT value FROM json_each(?))
             GROUP BY page, language`,
          ).all(q.site, JSON.stringify(languages), JSON.stringify(monthsOf(segment)), pages) as never[],
        );
      } else {
        add(
          this.statement(
            `SELECT page, language, SUM(votes) AS votes FROM page_day INDEXED BY page_day_page
             WHERE site = ? AND page IN (SELECT value FROM json_each(?)) AND day >= ? AND day <= ?
               AND language IN (SELECT value FROM json_each(?))
             GROUP BY page, language`,
          ).all(q.site, pages, segment.from, segment.to, JSON.stringify(languages)) as never[],
        );
      }
    }
    return [...votes.values()].filter((v) => v.votes > 0);
  }

  async votesByDay(q: Omit<CounterQuery, 'last7From' | 'previous7From'>) {
    await this.caughtUp();
    const sql = `SELECT day, SUM(yes) AS yes, SUM(votes) AS votes FROM page_day
      WHERE site = @site AND day >= @from AND day <= @to
        ${q.language ? 'AND language = @language' : ''} ${q.page ? 'AND page = @page' : ''}
      GROUP BY day ORDER BY day`;
    return this.statement(sql).all({
      site: q.site,
      from: q.from,
      to: q.to,
      ...(q.language ? { language: q.language } : {}),
      ...(q.page ? { page: q.page } : {}),
    }) as { day: string; yes: number; votes: number }[];
  }

  async listFeedback(filter: FeedbackFilter, limit: number, after?: Keyset): Promise<StoredFeedbackItem[]> {
    await this.caughtUp();
    const { where, params } = feedbackWhere(filter, after, 'desc', () => '?', '1', this.days);
    return (
      this.statement(
        `SELECT ${ITEM_COLUMNS} FROM feedback WHERE ${where} ORDER BY received_at DESC, id DESC LIMIT ${limit}`,
      ).all(...params) as ItemRow[]
    ).map(toItem);
  }

  async getFeedbackItem(id: string): Promise<StoredFeedbackItem | undefined> {
    await this.caughtUp();
    const row = this.statement(`SELECT ${ITEM_COLUMNS} FROM feedback WHERE id = ?`).get(id) as
      | ItemRow
      | undefined;
    return row && toItem(row);
  }

  async moderate(id: string, change: Moderation): Promise<StoredFeedbackItem | undefined> {
    await this.caughtUp();
    const found = this.db
      .transaction((): boolean => {
        const row = this.statement(`SELECT ${COUNTED_COLUMNS} FROM feedback WHERE id = ?`).get(id) as
          | CountedRow
          | undefined;
        if (!row) return false;
        if (change.status !== undefined) {
          const spam = change.status === 'spam';
          // Spam does not count: marking moves the counters, unless the row was replaced (not counted anyway).
          if (spam !== Boolean(row.spam) && row.replaced_by === null)
            this.count([contribution(countable(row), spam ? -1 : 1, this.days)]);
          if (spam) this.statement('UPDATE feedback SET spam = 1 WHERE id = ?').run(id);
          else this.statement('UPDATE feedback SET spam = 0, status = ? WHERE id = ?').run(change.status, id);
        }
        if (change.tags !== undefined)
          this.statement('UPDATE feedback SET tags = ? WHERE id = ?').run(JSON.stringify(change.tags), id);
        return true;
      })
      .immediate();
    return found ? this.getFeedbackItem(id) : undefined;
  }

  async exportBatch(filter: FeedbackFilter, limit: number, after?: Keyset): Promise<ExportRow[]> {
    await this.caughtUp();
    const { where, params } = feedbackWhere(filter, after, 'asc', () => '?', '1', this.days);
    return (
      this.statement(
        `SELECT ${ITEM_COLUMNS} FROM feedback WHERE ${where} ORDER BY received_at, id LIMIT ${limit}`,
      ).all(...params) as ItemRow[]
    ).map((row) => {
      const { site, page, ...item } = toItem(row);
      const grade = row.readability
        ? ((JSON.parse(row.readability) as { grade?: number }).grade ?? null)
        : null;
      return {
        id: item.id,
        receivedAt: item.receivedAt,
        site,
        page,
        language: item.language,
        vote: item.vote,
        clarity: item.clarity,
        reasons: item.reasons,
        comment: item.comment,
        readabilityGrade: grade,
        status: item.status,
        tags: item.tags,
      };
    });
  }

  async listResponses(site: string, page: string) {
    return this.statement(
      `SELECT id, published_at AS publishedAt, language, text FROM responses
         WHERE site = ? AND page = ? ORDER BY published_at DESC`,
    ).all(site, page) as PageTotals['responses'];
  }

  async responseSite(id: string): Promise<{ site: string; page: string } | undefined> {
    return this.statement('SELECT site, page FROM responses WHERE id = ?').get(id) as
      | { site: string; page: string }
      | undefined;
  }

  async deleteResponse(id: string): Promise<boolean> {
    return this.db
      .transaction(() => {
        this.statement('DELETE FROM response_waits WHERE response_id = ?').run(id);
        return this.statement('DELETE FROM responses WHERE id = ?').run(id).changes === 1;
      })
      .immediate();
  }

  async responsiveness(site: string): Promise<PageResponsiveness[]> {
    await this.caughtUp();
    const pages = new Map<string, PageResponsiveness>();
    const states = this.statement(
      'SELECT page, pending_since AS pendingSince FROM page_state WHERE site = ? AND pending_since IS NOT NULL',
    ).all(site) as { page: string; pendingSince: string }[];
    for (const s of states) pages.set(s.page, { page: s.page, pendingSince: s.pendingSince, waits: [] });
    const waits = this.statement(
      'SELECT page, waited_seconds AS waited FROM response_waits WHERE site = ?',
    ).all(site) as {
      page: string;
      waited: number;
    }[];
    for (const w of waits) {
      const entry = pages.get(w.page) ?? { page: w.page, pendingSince: null, waits: [] };
      entry.waits.push(w.waited);
      pages.set(w.page, entry);
    }
    return [...pages.values()];
  }

  /**
   * Read in short keyset batches with a pause between them, like the export: a year of negative feedback
   * can be hundreds of thousands of rows, and one synchronous query over them would hold every other
   * request. Each response answers the feedback of its page that arrived after the previous response and
   * no later than it, so each window is one index range of the page's feedback (no per-row lookup of the
   * next response); the median is then found in memory by selection (8 bytes per answered row).
   */
  async responseTimes(q: ResponseTimesQuery): Promise<{ answered: number; medianSeconds: number | null }> {
    await this.caughtUp();
    const responses = this.statement(
      'SELECT page, published_at AS publishedAt FROM responses WHERE site = ? ORDER BY page, published_at',
    ).all(q.site) as { page: string; publishedAt: string }[];
    const { start: rangeStart, end: rangeEnd } = this.days.range(q.from, q.to);
    const batch = this.statement(
      // Every row of the window is returned, flagged, rather than only the negative ones: a batch then
      // reads at most RESPONSE_TIMES_BATCH rows even on a page where almost every vote is "yes".
      `SELECT id, received_at AS receivedAt,
         vote = 'no' AND spam = 0 AND replaced_by IS NULL AND (@language IS NULL OR language = @language) AS negative
       FROM feedback INDEXED BY feedback_site_page
       WHERE site = @site AND page = @page AND (received_at, id) > (@afterTime, @afterId) AND received_at < @before
       ORDER BY received_at, id LIMIT ${RESPONSE_TIMES_BATCH}`,
    );
    let waits = new Float64Array(1024);
    let answered = 0;
    let previous: { page: string; publishedAt: string } | undefined;
    for (const response of responses) {
      // The window (previous response, this one], within the range; keyset positions are exclusive.
      const since = previous?.page === response.page ? previous.publishedAt : '';
      previous = response;
      // After the previous response (feedback at its very instant was its), else from the range's start.
      const exclusive = since !== '' && since >= rangeStart;
      let after = exclusive
        ? { afterTime: since, afterId: '\uffff' }
        : { afterTime: rangeStart, afterId: '' };
      if (after.afterTime >= response.publishedAt || after.afterTime >= rangeEnd) continue;
      const answeredAt = Date.parse(response.publishedAt);
      for (;;) {
        const rows = batch.all({
          site: q.site,
          page: response.page,
          ...after,
          // One upper bound, so it bounds the index range (with two, SQLite uses one and filters on the
          // other, scanning the rest of the range). Times are ISO with milliseconds: ≤ t is < t + 1 ms.
          before: earliestIso(rangeEnd, new Date(answeredAt + 1).toISOString()),
          language: q.language ?? null,
        }) as { id: string; receivedAt: string; negative: 0 | 1 }[];
        for (const row of rows) {
          if (!row.negative) continue;
          if (answered === waits.length) {
            const grown = new Float64Array(waits.length * 2);
            grown.set(waits);
            waits = grown;
          }
          waits[answered++] = (answeredAt - Date.parse(row.receivedAt)) / 1000;
        }
        const last = rows.at(-1);
        if (!last || rows.length < RESPONSE_TIMES_BATCH) break;
        after = { afterTime: last.receivedAt, afterId: last.id };
        await yieldToEventLoop();
      }
      await yieldToEventLoop();
    }
    return { answered, medianSeconds: medianInPlace(waits.subarray(0, answered)) };
  }

  async close(): Promise<void> {
    await this.writer.drain();
    await this.writerThread?.close();
    this.db.close();
  }
}
