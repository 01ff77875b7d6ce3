import pg from 'pg';
import type { ExportRow, FeedbackStatus } from '../../contract/admin.ts';
import { LocalDays } from '../local-days.ts';
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
  zoneMismatch,
} from './counter-days.ts';
import {
  ALL_LANGUAGES,
  COUNTER_COLUMNS,
  type Contribution,
  type Countable,
  contribution,
  countableRecord,
  REASON_COLUMNS,
  REASONS,
} from './counters.ts';
import { feedbackWhere } from './feedback-filter.ts';
import { GroupCommit } from './group-commit.ts';
import { balancedGroups, querySegments, type Segment, toPageAggregate } from './page-aggregates.ts';
import {
  MOVE_RENAMED_PAGES_SQL,
  PAGE_RENAMES_COLUMNS,
  pageRenames,
  STORED_PAGES_SQL,
} from './page-renames.ts';
import {
  COUNTERS_LOCK,
  checkZoneSql,
  contributionArrays,
  countSql,
  FEEDBACK_COLUMNS,
  feedbackArrays,
  lockPagesSql,
  ONE_TRIP_BATCH_FUNCTION,
  pageLockKeys,
  storeInOneTrip,
  unnestFeedback,
  ZONE_MISMATCH,
} from './postgres-batch-sql.ts';
import type { FeedbackRecord, FeedbackStore, NewResponse, PageTotals, Site, StoreResult } from './store.ts';
import { WRITE_PROBE, writeProbeSql } from './write-probe.ts';

/** Moves rows stored under a page address that is no longer canonical to the address it has now. */
async function canonicalisePages(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ site: string; page: string }>(STORED_PAGES_SQL);
  const renames = pageRenames(rows);
  if (renames.length === 0) return;
  await client.query(`CREATE TEMP TABLE page_renames (${PAGE_RENAMES_COLUMNS}) ON COMMIT DROP`);
  await client.query(
    'INSERT INTO page_renames (site, from_page, to_page) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])',
    [renames.map((r) => r.site), renames.map((r) => r.from), renames.map((r) => r.to)],
  );
  for (const sql of MOVE_RENAMED_PAGES_SQL) await client.query(sql);
}

// Versioned like the SQLite migrations; applied under an advisory lock so several instances can start at once.
const MIGRATIONS: (string | ((client: pg.ClientBase) => Promise<void>))[] = [
  `CREATE TABLE sites (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     origins JSONB NOT NULL,
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
     reasons JSONB NOT NULL DEFAULT '[]',
     comment TEXT,
     readability JSONB,
     created_at TIMESTAMPTZ NOT NULL,
     received_at TIMESTAMPTZ NOT NULL,
     spam BOOLEAN NOT NULL DEFAULT FALSE,
     status TEXT NOT NULL DEFAULT 'new'
   );
   CREATE INDEX feedback_site_page ON feedback (site, page, received_at);
   CREATE TABLE page_day (
     site TEXT NOT NULL,
     page TEXT NOT NULL,
     day DATE NOT NULL,
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
     published_at TIMESTAMPTZ NOT NULL
   );
   CREATE INDEX responses_site_page ON responses (site, page, published_at);`,
  // A changed vote (or a vote followed by its details) replaces the browser's earlier submission.
  `ALTER TABLE feedback ADD COLUMN replaces TEXT;
   ALTER TABLE feedback ADD COLUMN replaced_by TEXT;
   CREATE INDEX feedback_replaces ON feedback (replaces) WHERE replaces IS NOT NULL;`,
  // The dashboard: counters gain grades and reasons (back-filled from the counted rows), moderation tags,
  // accounts, sessions, and per-page responsiveness state.
  `ALTER TABLE page_day ADD COLUMN grade_sum DOUBLE PRECISION NOT NULL DEFAULT 0,
     ADD COLUMN grade_count INTEGER NOT NULL DEFAULT 0,
     ${REASONS.map((r) => `ADD COLUMN ${REASON_COLUMNS[r]} INTEGER NOT NULL DEFAULT 0`).join(',\n     ')};
   UPDATE page_day d SET grade_sum = e.grade_sum, grade_count = e.grade_count,
     ${REASONS.map((r) => `${REASON_COLUMNS[r]} = e.${REASON_COLUMNS[r]}`).join(', ')}
   FROM (
     SELECT site, page, (received_at AT TIME ZONE 'UTC')::date AS day, language,
       COALESCE(SUM((readability->>'grade')::float8), 0) AS grade_sum,
       COUNT(readability->'grade')::int AS grade_count,
       ${REASONS.map((r) => `COUNT(*) FILTER (WHERE reasons ? '${r}')::int AS ${REASON_COLUMNS[r]}`).join(',\n       ')}
     FROM feedback WHERE NOT spam AND replaced_by IS NULL GROUP BY 1, 2, 3, 4
   ) e
   WHERE d.site = e.site AND d.page = e.page AND d.day = e.day AND d.language = e.language;
   ALTER TABLE feedback ADD COLUMN tags JSONB NOT NULL DEFAULT '[]';
   CREATE INDEX feedback_site_received ON feedback (site, received_at, id);
   CREATE TABLE accounts (
     username TEXT PRIMARY KEY,
     role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
     sites JSONB NOT NULL,
     password_hash TEXT NOT NULL,
     must_change_password BOOLEAN NOT NULL,
     created_at TIMESTAMPTZ NOT NULL,
     last_login_at TIMESTAMPTZ
   );
   CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY,
     username TEXT NOT NULL REFERENCES accounts (username) ON DELETE CASCADE,
     created_at TIMESTAMPTZ NOT NULL,
     last_seen_at TIMESTAMPTZ NOT NULL
   );
   CREATE INDEX sessions_username ON sessions (username);
   -- Set when a counted "no" arrives and none is pending; cleared when a response is published.
   CREATE TABLE page_state (
     site TEXT NOT NULL,
     page TEXT NOT NULL,
     pending_since TIMESTAMPTZ,
     PRIMARY KEY (site, page)
   );
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
  // Date ranges of a whole site: an index by day, and monthly counters for long ranges.
  `CREATE INDEX page_day_site_day ON page_day (site, day);
   CREATE TABLE page_month (
     site TEXT NOT NULL,
     month TEXT NOT NULL,
     page TEXT NOT NULL,
     language TEXT NOT NULL,
     ${COUNTER_COLUMNS.map((c) => `${c} ${c === 'grade_sum' ? 'DOUBLE PRECISION' : 'INTEGER'} NOT NULL DEFAULT 0`).join(',\n     ')},
     PRIMARY KEY (site, month, page, language)
   );
   INSERT INTO page_month (site, month, page, language, ${COUNTER_COLUMNS.join(', ')})
     SELECT site, to_char(day, 'YYYY-MM'), page, language, ${COUNTER_COLUMNS.map((c) => `SUM(${c})`).join(', ')}
     FROM page_day GROUP BY 1, 2, 3, 4;`,
  // Monthly rows over all languages too, keyed language first: a site's year without a language filter is
  // then one contiguous scan of a third of the rows.
  `CREATE TABLE page_month_v6 (
     site TEXT NOT NULL,
     language TEXT NOT NULL,
     month TEXT NOT NULL,
     page TEXT NOT NULL,
     ${COUNTER_COLUMNS.map((c) => `${c} ${c === 'grade_sum' ? 'DOUBLE PRECISION' : 'INTEGER'} NOT NULL DEFAULT 0`).join(',\n     ')},
     PRIMARY KEY (site, language, month, page)
   );
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
  // Page addresses stored before a path segment that is a vehicle's plate was scrubbed (canonicalPage).
  canonicalisePages,
];

/** ISO 8601 text of a timestamptz column, the same form SQLite stores. */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A stored row's counted facts, as `COUNTED_COLUMNS` selects them. */
interface CountedRow extends Omit<Countable, 'reasons'> {
  reasons: string[];
  spam: boolean;
  replacedBy: string | null;
}

const COUNTED_COLUMNS = (t: string) =>
  `${t}.site, ${t}.page, ${t}.language, ${t}.vote, ${t}.clarity, ${t}.comment, ${iso(`${t}.received_at`)} AS "receivedAt",
   (${t}.readability->>'grade')::float8 AS grade, ${t}.reasons, ${t}.spam, ${t}.replaced_by AS "replacedBy"`;

const countable = (row: CountedRow): Countable => row;

interface ItemRow extends Omit<StoredFeedbackItem, 'status'> {
  spam: boolean;
  status: Exclude<FeedbackStatus, 'spam'>;
  grade: number | null;
}

const ITEM_COLUMNS = `id, site, page, ${iso('received_at')} AS "receivedAt", language, vote, clarity, reasons, comment,
  (readability->>'grade')::float8 AS grade, spam, status, tags`;

const toItem = ({ spam, status, grade: _grade, ...row }: ItemRow): StoredFeedbackItem => ({
  ...row,
  status: spam ? 'spam' : status,
});

const ACCOUNT_COLUMNS = `username, role, sites, password_hash AS "passwordHash",
  must_change_password AS "mustChangePassword", ${iso('created_at')} AS "createdAt",
  CASE WHEN last_login_at IS NULL THEN NULL ELSE ${iso('last_login_at')} END AS "lastLoginAt"`;

/** Pages-table statements run at once, each on its own connection: one per core of a small database. */
const STATEMENTS_AT_ONCE = 2;

const MIGRATION_LOCK = 4_210_001;

/** A statement that checks, under the counters' lock, that they are kept in `zone` (see `checkZoneSql`). */
const checkZone = (client: pg.ClientBase, zone: string) =>
  `DO $do$ DECLARE kept text; BEGIN ${checkZoneSql(client.escapeLiteral(zone))} END $do$`;

/**
 * Begins a batch's transaction, checks the counters' zone and locks the pages it writes, in one round trip
 * (so the statement is plain text, its values escaped). Replacements read other rows of the same page, so
 * batches of several instances that touch one page take turns and each sees what the other committed.
 */
function beginAndLockPages(client: pg.PoolClient, zone: string, records: readonly FeedbackRecord[]): string {
  const keys = pageLockKeys(records).map((k) => client.escapeLiteral(k));
  return `BEGIN; ${checkZone(client, zone)}; SELECT ${lockPagesSql(`ARRAY[${keys.join(', ')}]`)}`;
}

/** Each submission's answer: accepted if its row was inserted (once per id), else a duplicate. */
function answers(records: readonly FeedbackRecord[], inserted: ReadonlySet<string>): StoreResult[] {
  const answered = new Set<string>();
  return records.map((r) =>
    inserted.has(r.id) && !answered.has(r.id) && answered.add(r.id) ? 'accepted' : 'duplicate',
  );
}

/**
 * Runs a statement prepared once per connection under `name`: the insert path's statements are long CTEs
 * whose parsing and planning cost about as much as running them for a small batch.
 */
function prepared<R extends pg.QueryResultRow = pg.QueryResultRow>(
  client: pg.PoolClient,
  name: string,
  text: string,
  values: unknown[],
): Promise<pg.QueryResult<R>> {
  return client.query<R>({ name, text, values });
}

/** Comments deleted per statement by retention. */
const RETENTION_BATCH = 10_000;

/** How long to wait for a new connection before the request needing it fails (a database that is down). */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * How long one query may take before its request fails (a submission is then not acknowledged) and its
 * connection is dropped. A database that vanished without closing the connection (a failed-over primary, a
 * firewall that forgot the connection) never answers: without a bound, the batch in flight would wait for
 * ever and every later submission behind it, while new connections (and /healthz) work. The slowest
 * statement measured (a year's response times) takes half a second.
 */
const QUERY_TIMEOUT_MS = 30_000;

/**
 * A restarted PostgreSQL, a failover or a firewall that drops idle connections makes a connection's socket
 * fail. pg reports that as an 'error' event on the pool (idle connection) or on the client (checked out), and
 * an 'error' event nobody listens to crashes the process. Here an idle connection's loss is logged (the pool
 * discards it and opens a new one when needed); a checked-out connection's loss also rejects the query in
 * flight, which fails that one request (its submission is not acknowledged, so the widget retries), and the
 * pool discards the connection when it is released. The message is pg's own: it never holds the URL.
 */
function survivesLostConnections(pool: pg.Pool): void {
  pool.on('error', (error) => {
    console.error(
      `heard: lost an idle PostgreSQL connection (${error.message}); a new one is opened when needed`,
    );
  });
  pool.on('connect', (client) => {
    client.on('error', () => {
      // Reported through the query that fails with it, and by the pool's listener above once idle.
    });
  });
}

/** SQLSTATE of a write refused because the server is read-only (a standby, or a primary set read-only). */
const READ_ONLY_SQL_TRANSACTION = '25006';

/**
 * Whether a connection may go back to the pool after `error`. An ordinary statement error leaves it usable.
 * Anything else (a FATAL from a terminated session, a cut socket) may arrive before the socket closes, so the
 * pool would still think the connection alive and hand it to the next request, which would fail too. So
 * would a connection to a server that refuses writes: after a failover the old primary can come back as a
 * standby at the address the pool connected to, and only a new connection reaches the new primary.
 */
function reusableAfter(error: unknown): boolean {
  return (
    error instanceof pg.DatabaseError &&
    error.severity === 'ERROR' &&
    error.code !== READ_ONLY_SQL_TRANSACTION
  );
}

/**
 * SQLSTATE classes of failures that are the database's, never a record's: connection exceptions,
 * insufficient resources (53100 disk_full, out of memory), operator intervention (a shutdown, a cancelled
 * statement), system and I/O errors, internal errors.
 */
const DATABASE_FAILURE_CLASSES = new Set(['08', '53', '57', '58', 'XX']);

/**
 * Whether a failed batch may have failed because of one of its records. A lost, refused or read-only
 * connection fails every record alike, and so do a full disk and counters kept in another zone.
 */
function itemMayCause(error: unknown): boolean {
  if (!reusableAfter(error)) return false;
  const code = (error as pg.DatabaseError).code ?? '';
  return code !== ZONE_MISMATCH && !DATABASE_FAILURE_CLASSES.has(code.slice(0, 2));
}

/**
 * The calendar the day counters are kept in: `zone` (HEARD_TIME_ZONE), after counting every stored
 * submission again on its days when they were kept in another zone — in batches, in one transaction (an
 * interrupted rebuild leaves the old counters and their zone), holding the counters' lock so no instance
 * counts meanwhile; instances still running with the old zone then refuse to count (see `checkZoneSql`).
 * Without `zone` (a tool that counts nothing, such as the sites command), the recorded one.
 */
async function counterDays(
  client: pg.ClientBase,
  zone: string | undefined,
  log: (line: string) => void,
): Promise<LocalDays> {
  const { rows: settings } = await client.query<{ value: string }>(recordedZoneSql('$1'), [
    COUNTERS_TIME_ZONE,
  ]);
  const recorded = settings[0]?.value ?? 'UTC';
  const days = new LocalDays(zone ?? recorded);
  if (days.zone === recorded) return days;
  const started = performance.now();
  const stored = ((await client.query('SELECT 1 FROM feedback LIMIT 1')).rowCount ?? 0) > 0;
  if (stored) log(rebuildLog.start(recorded, days.zone));
  let counted = 0;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [COUNTERS_LOCK]);
    for (const sql of CLEAR_COUNTERS_SQL) await client.query(sql);
    for (let after = ''; ; ) {
      const { rows } = await client.query<CountedRow & { id: string }>(
        `SELECT f.id, ${COUNTED_COLUMNS('f')} FROM feedback f
         WHERE f.id > $1 AND NOT f.spam AND f.replaced_by IS NULL ORDER BY f.id LIMIT ${REBUILD_BATCH}`,
        [after],
      );
      const arrays = contributionArrays(
        rows.map((row) => contribution(countable(row), 1, days)),
        false,
      );
      await client.query(
        countSql(
          arrays.map((_, i) => `$${i + 1}`),
          'true',
        ),
        arrays,
      );
      counted += rows.length;
      const last = rows.at(-1);
      if (!last || rows.length < REBUILD_BATCH) break;
      after = last.id;
    }
    await client.query('UPDATE heard_settings SET value = $1 WHERE name = $2', [
      days.zone,
      COUNTERS_TIME_ZONE,
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  if (stored) log(rebuildLog.done(days.zone, counted, performance.now() - started));
  return days;
}

/**
 * Applies the migrations this database lacks, on a connection of its own: without the pool's query timeout,
 * because an upgrade of a large table may take minutes, and so may waiting for another instance's upgrade.
 * Returns the calendar of the counters (see `counterDays`).
 */
async function migrate(
  connectionString: string,
  zone: string | undefined,
  log: (line: string) => void,
): Promise<LocalDays> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // A lost connection rejects the query in flight, which fails the start; the event must not crash it.
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS heard_schema (version INTEGER NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM heard_schema');
    let version = rows[0]?.version ?? 0;
    if (rows.length === 0) await client.query('INSERT INTO heard_schema (version) VALUES (0)');
    for (const sql of MIGRATIONS.slice(version)) {
      await client.query('BEGIN');
      if (typeof sql === 'string') await client.query(sql);
      else await sql(client);
      await client.query('UPDATE heard_schema SET version = $1', [++version]);
      await client.query('COMMIT');
    }
    await client.query(ONE_TRIP_BATCH_FUNCTION);
    // Foreign keys hold here, but a restore with triggers disabled can leave sessions without an account;
    // an account created again under the same name would inherit them (as on SQLite).
    await client.query('DELETE FROM sessions WHERE username NOT IN (SELECT username FROM accounts)');
    return await counterDays(client, zone, log);
  } finally {
    // Ending the session also releases the advisory lock, after a failure too.
    await client.end().catch(() => undefined);
  }
}

/** PostgreSQL store for agencies that run several stateless collector instances against one database. */
export class PostgresStore implements FeedbackStore, AdminStore {
  readonly kind = 'postgres';
  readonly days: LocalDays;
  private readonly pool: pg.Pool;
  private readonly writer: GroupCommit<FeedbackRecord, StoreResult>;

  /**
   * Raised whenever a connection fails in a way that is not its statement's own (cut off, timed out): the
   * idle connections opened before may have lost the database the same way, without a word, and each would
   * otherwise fail one more batch after a whole query timeout.
   */
  private generation = 0;
  private readonly generations = new WeakMap<pg.ClientBase, number>();

  private constructor(pool: pg.Pool, days: LocalDays) {
    this.pool = pool;
    this.days = days;
    pool.on('connect', (client) => this.generations.set(client, this.generation));
    this.writer = new GroupCommit((records) => this.commitBatch(records), 500, itemMayCause);
  }

  /** A pool connection opened since the last connection failure; older idle ones are closed unused. */
  private async connect(): Promise<pg.PoolClient> {
    for (;;) {
      const client = await this.pool.connect();
      if (this.generations.get(client) === this.generation) return client;
      client.release(true);
    }
  }

  /** One statement on a trusted connection (see `connect`). */
  private async query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<pg.QueryResult<R>> {
    const client = await this.connect();
    let failure: unknown;
    try {
      return await client.query<R>(text, values);
    } catch (error) {
      failure = error;
      throw error;
    } finally {
      this.release(client, failure);
    }
  }

  /** Gives a connection back; after `error` that is not a statement's own, closes it and distrusts the rest. */
  private release(client: pg.PoolClient, error?: unknown): void {
    const broken = error !== undefined && !reusableAfter(error);
    if (broken) this.generation++;
    client.release(broken);
  }

  /**
   * Brings the schema up to date (and the counters to `timeZone`, see `counterDays`), then connects.
   * `queryTimeoutMs` bounds every query after that (tests shorten it).
   */
  static async open(
    connectionString: string,
    options: {
      queryTimeoutMs?: number;
      /** HEARD_TIME_ZONE: the zone whose local days submissions count on (default: the recorded one). */
      timeZone?: string | undefined;
      /** Where a rebuild of the counters for a new zone says so (default: standard output). */
      log?: (line: string) => void;
    } = {},
  ): Promise<PostgresStore> {
    const days = await migrate(
      connectionString,
      options.timeZone,
      options.log ?? ((line) => console.log(line)),
    );
    const pool = new pg.Pool({
      connectionString,
      max: 10,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: options.queryTimeoutMs ?? QUERY_TIMEOUT_MS,
      keepAlive: true,
    });
    survivesLostConnections(pool);
    return new PostgresStore(pool, days);
  }

  /** One transaction per batch: a multi-row insert from arrays, then the day counters for the new rows. */
  private async commitBatch(records: FeedbackRecord[]): Promise<StoreResult[]> {
    if (!records.some((r) => r.replaces)) {
      const inserted = await this.commitInOneTrip(records);
      if (inserted) return answers(records, inserted);
    }
    const client = await this.connect();
    let failure: unknown;
    try {
      await client.query(beginAndLockPages(client, this.days.zone, records));
      // One round trip stores the batch and finds earlier-arrived replacements of its rows (two queued sends
      // delivered out of order): rare, so the common batch needs no UPDATE for them.
      const arrays = feedbackArrays(records);
      const { rows } = await prepared<{ id: string; by: string | null; site: string; page: string }>(
        client,
        'heard_insert_batch',
        `WITH ins AS (
           INSERT INTO feedback (${FEEDBACK_COLUMNS})
           SELECT * FROM ${unnestFeedback(arrays.map((_, i) => `$${i + 1}`))}
           ON CONFLICT (id) DO NOTHING RETURNING id, site, page
         )
         SELECT id, NULL AS by, site, page FROM ins
         UNION ALL
         SELECT replaces, id, site, page FROM feedback
         WHERE replaces = ANY($1::text[]) AND replaces IS NOT NULL AND NOT spam`,
        arrays,
      );
      const inserted = new Set(rows.filter((r) => r.by === null).map((r) => r.id));
      // A batch may hold the same id twice (a retry racing its original): count it once.
      const counted = new Set<string>();
      const fresh = records.filter(
        (r) => inserted.has(r.id) && !counted.has(r.id) && counted.add(r.id) && !r.spam,
      );
      // Who replaces a fresh row: a stored row (found above) or another fresh row of this batch, same page.
      const replacers = [
        ...rows
          .filter((r) => r.by !== null)
          .map((r) => ({ target: r.id, by: r.by as string, site: r.site, page: r.page })),
        ...fresh
          .filter((r) => r.replaces)
          .map((r) => ({ target: r.replaces as string, by: r.id, site: r.site, page: r.page })),
      ];
      const supersededBy = new Map<string, string>();
      for (const r of fresh) {
        const replacer = replacers.find((x) => x.target === r.id && x.site === r.site && x.page === r.page);
        if (replacer) supersededBy.set(r.id, replacer.by);
      }
      const contributions = await this.replace(client, fresh, supersededBy);
      await this.count(client, contributions);
      await client.query('COMMIT');
      return answers(records, inserted);
    } catch (error) {
      failure = error;
      if (reusableAfter(error)) await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      this.release(client, failure);
    }
  }

  /**
   * A batch without replacements in one round trip (the common case; see `ONE_TRIP_BATCH_FUNCTION`): each
   * submission's contribution is computed here and counted there if its row was inserted. Undefined when an
   * earlier-arrived replacement names a row of the batch: then nothing was stored.
   */
  private async commitInOneTrip(records: FeedbackRecord[]): Promise<Set<string> | undefined> {
    // A batch may hold the same id twice (a retry racing its original): its first copy is the one counted.
    const seen = new Set<string>();
    const contributions = records
      .filter((r) => !seen.has(r.id) && seen.add(r.id) && !r.spam)
      .map((r) => ({ ...contribution(countableRecord(r), 1, this.days), id: r.id }));
    const client = await this.connect();
    let failure: unknown;
    try {
      return await storeInOneTrip(client, this.days.zone, records, contributions);
    } catch (error) {
      failure = error;
      throw error;
    } finally {
      this.release(client, failure);
    }
  }

  /**
   * Adds contributions to their page-day and page-month rows, and leaves the pages of counted "no" votes
   * waiting for an answer: one statement (one round trip) for the whole batch. A "no" that stops counting
   * (replaced, marked spam) waits no more; that rarer change follows, so a "no" replacing a "no" keeps the
   * page waiting since the first.
   */
  private async count(client: pg.PoolClient, contributions: Contribution[]): Promise<void> {
    if (contributions.length === 0) return;
    const arrays = contributionArrays(contributions);
    await prepared(
      client,
      'heard_count',
      countSql(
        arrays.map((_, i) => `$${i + 1}`),
        'true',
      ),
      arrays,
    );
    await this.stopWaiting(client, contributions);
  }

  /** Counted "no" votes that stop counting leave their pages waiting for fewer (or no) answers. */
  private async stopWaiting(client: pg.PoolClient, contributions: Contribution[]): Promise<void> {
    const noes = contributions.filter((c) => !c.yes);
    const removed = noes.filter((c) => c.sign < 0);
    if (removed.length > 0) {
      await prepared(
        client,
        'heard_stop_waiting',
        `UPDATE page_state s SET pending_count = GREATEST(0, s.pending_count - t.n),
           pending_since = CASE WHEN s.pending_count - t.n <= 0 THEN NULL ELSE s.pending_since END
         FROM (SELECT site, page, COUNT(*)::int AS n FROM unnest($1::text[], $2::text[]) AS u(site, page)
               GROUP BY site, page) t
         WHERE s.site = t.site AND s.page = t.page`,
        [removed.map((c) => c.site), removed.map((c) => c.page)],
      );
    }
  }

  /**
   * Applies replacements for freshly stored (non-spam) rows and returns the counter changes: +1 for each fresh
   * row that no earlier-arrived replacement supersedes, −1 for each counted row a fresh one replaces; and the
   * counted "no" votes, which leave negative feedback waiting for an answer.
   */
  private async replace(
    client: pg.PoolClient,
    fresh: FeedbackRecord[],
    supersededBy: ReadonlyMap<string, string>,
  ): Promise<Contribution[]> {
    if (fresh.length === 0) return [];
    let replacedNow = new Set<string>();
    if (supersededBy.size > 0) {
      const { rows } = await prepared<{ id: string }>(
        client,
        'heard_superseded',
        `UPDATE feedback o SET replaced_by = t.by FROM unnest($1::text[], $2::text[]) AS t(id, by)
         WHERE o.id = t.id AND o.replaced_by IS NULL RETURNING o.id`,
        [[...supersededBy.keys()], [...supersededBy.values()]],
      );
      replacedNow = new Set(rows.map((r) => r.id));
    }
    const counted = fresh.filter((r) => !replacedNow.has(r.id));
    const contributions = counted.map((r) => contribution(countableRecord(r), 1, this.days));
    const replacing = fresh.filter((r) => r.replaces);
    if (replacing.length === 0) return contributions;
    const { rows: earlier } = await prepared<CountedRow>(
      client,
      'heard_replace_earlier',
      `UPDATE feedback o SET replaced_by = t.by
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(by, target, site, page)
       WHERE o.id = t.target AND o.site = t.site AND o.page = t.page AND o.replaced_by IS NULL
       RETURNING ${COUNTED_COLUMNS('o')}`,
      [
        replacing.map((r) => r.id),
        replacing.map((r) => r.replaces),
        replacing.map((r) => r.site),
        replacing.map((r) => r.page),
      ],
    );
    for (const row of earlier) if (!row.spam) contributions.push(contribution(countable(row), -1, this.days));
    return contributions;
  }

  addFeedback(record: FeedbackRecord): Promise<StoreResult> {
    return this.writer.add(record);
  }

  /** Also fails while the counters are kept in another zone (another instance's HEARD_TIME_ZONE). */
  async ping(): Promise<void> {
    const { rows } = await this.query<{ value: string }>(recordedZoneSql('$1'), [COUNTERS_TIME_ZONE]);
    const kept = rows[0]?.value;
    if (kept !== this.days.zone) throw new Error(zoneMismatch(kept, this.days.zone));
  }

  get writesFailing(): boolean {
    return this.writer.failing;
  }

  /**
   * One committed statement on a trusted connection: a read-only server refuses it, and a full disk fails
   * it when the row's page or the commit's WAL record is written.
   */
  async probeWrite(): Promise<void> {
    await this.query(writeProbeSql('$1', '$2'), [WRITE_PROBE, new Date().toISOString()]);
    this.writer.writeSucceeded();
  }

  async countFeedback(site?: string): Promise<number> {
    const { rows } = site
      ? await this.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM feedback WHERE site = $1', [site])
      : await this.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM feedback');
    return rows[0]?.n ?? 0;
  }

  async commentOf(id: string): Promise<string | null> {
    const { rows } = await this.query<{ comment: string | null }>(
      'SELECT comment FROM feedback WHERE id = $1',
      [id],
    );
    return rows[0]?.comment ?? null;
  }

  /**
   * In batches, each its own short transaction: the first run after retention is turned on may delete a
   * site's comments of years, which in one statement could outlast the query timeout and hold row locks on
   * all of them.
   */
  async deleteCommentsBefore(site: string, before: string): Promise<number> {
    let deleted = 0;
    for (;;) {
      const { rowCount } = await this.query(
        `UPDATE feedback SET comment = NULL WHERE id IN (
           SELECT id FROM feedback WHERE site = $1 AND received_at < $2 AND comment IS NOT NULL
           LIMIT ${RETENTION_BATCH} FOR UPDATE SKIP LOCKED)`,
        [site, before],
      );
      deleted += rowCount ?? 0;
      if ((rowCount ?? 0) < RETENTION_BATCH) return deleted;
    }
  }

  async hasFeedback(id: string): Promise<boolean> {
    const { rowCount } = await this.query('SELECT 1 FROM feedback WHERE id = $1', [id]);
    return (rowCount ?? 0) > 0;
  }

  async upsertSite(site: Site): Promise<void> {
    await this.query(
      `INSERT INTO sites (id, name, origins, min_votes, retention_days) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, origins = excluded.origins,
         min_votes = excluded.min_votes, retention_days = excluded.retention_days`,
      [site.id, site.name, JSON.stringify(site.origins), site.minVotes, site.retentionDays],
    );
  }

  async getSite(id: string): Promise<Site | undefined> {
    const { rows } = await this.query<Site>(
      'SELECT id, name, origins, min_votes AS "minVotes", retention_days AS "retentionDays" FROM sites WHERE id = $1',
      [id],
    );
    return rows[0];
  }

  async listSites(): Promise<Site[]> {
    const { rows } = await this.query<Site>(
      'SELECT id, name, origins, min_votes AS "minVotes", retention_days AS "retentionDays" FROM sites ORDER BY id',
    );
    return rows;
  }

  async pageTotals(site: string, page: string): Promise<PageTotals> {
    const totals = await this.query<{ votes: number; yes: number }>(
      'SELECT COALESCE(SUM(votes), 0)::int AS votes, COALESCE(SUM(yes), 0)::int AS yes FROM page_day WHERE site = $1 AND page = $2',
      [site, page],
    );
    const responses = await this.query<PageTotals['responses'][number]>(
      `SELECT id, to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt", language, text
       FROM responses WHERE site = $1 AND page = $2 ORDER BY published_at DESC LIMIT 20`,
      [site, page],
    );
    return { votes: totals.rows[0]?.votes ?? 0, yes: totals.rows[0]?.yes ?? 0, responses: responses.rows };
  }

  /** Publishes a response; if negative feedback was waiting on the page, records how long and clears it. */
  async publishResponse(r: NewResponse): Promise<void> {
    await this.transaction(async (client) => {
      await client.query(
        'INSERT INTO responses (id, site, page, language, text, published_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [r.id, r.site, r.page, r.language, r.text, r.publishedAt],
      );
      // FOR UPDATE: an insert batch marking the page pending at the same moment waits for this answer.
      const { rows } = await client.query<{ waited: number }>(
        `SELECT GREATEST(0, round(EXTRACT(EPOCH FROM ($3::timestamptz - pending_since))))::int AS waited
         FROM page_state WHERE site = $1 AND page = $2 AND pending_since IS NOT NULL FOR UPDATE`,
        [r.site, r.page, r.publishedAt],
      );
      const waited = rows[0]?.waited;
      if (waited === undefined) return;
      await client.query(
        'INSERT INTO response_waits (response_id, site, page, waited_seconds) VALUES ($1, $2, $3, $4)',
        [r.id, r.site, r.page, waited],
      );
      await client.query(
        'UPDATE page_state SET pending_since = NULL, pending_count = 0 WHERE site = $1 AND page = $2',
        [r.site, r.page],
      );
    });
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.connect();
    let failure: unknown;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      failure = error;
      if (reusableAfter(error)) await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      this.release(client, failure);
    }
  }

  // --- Accounts and sessions -------------------------------------------------------------------------

  async countAccounts(): Promise<number> {
    const { rows } = await this.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM accounts');
    return rows[0]?.n ?? 0;
  }

  async createAccount(a: AccountRecord): Promise<boolean> {
    const { rowCount } = await this.query(
      `INSERT INTO accounts (username, role, sites, password_hash, must_change_password, created_at, last_login_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (username) DO NOTHING`,
      [
        a.username,
        a.role,
        JSON.stringify(a.sites),
        a.passwordHash,
        a.mustChangePassword,
        a.createdAt,
        a.lastLoginAt,
      ],
    );
    return rowCount === 1;
  }

  async getAccount(username: string): Promise<AccountRecord | undefined> {
    const { rows } = await this.query<AccountRecord>(
      `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE username = $1`,
      [username],
    );
    return rows[0];
  }

  async listAccounts(): Promise<AccountRecord[]> {
    const { rows } = await this.query<AccountRecord>(
      `SELECT ${ACCOUNT_COLUMNS} FROM accounts ORDER BY username`,
    );
    return rows;
  }

  async updateAccount(username: string, changes: AccountChanges): Promise<boolean> {
    const { rowCount } = await this.query(
      `UPDATE accounts SET role = COALESCE($1, role), sites = COALESCE($2::jsonb, sites),
         password_hash = COALESCE($3, password_hash), must_change_password = COALESCE($4, must_change_password)
       WHERE username = $5`,
      [
        changes.role ?? null,
        changes.sites === undefined ? null : JSON.stringify(changes.sites),
        changes.passwordHash ?? null,
        changes.mustChangePassword ?? null,
        username,
      ],
    );
    return rowCount === 1;
  }

  async deleteAccount(username: string): Promise<boolean> {
    const { rowCount } = await this.query('DELETE FROM accounts WHERE username = $1', [username]);
    return rowCount === 1;
  }

  async recordLogin(username: string, at: string): Promise<void> {
    await this.query('UPDATE accounts SET last_login_at = $1 WHERE username = $2', [at, username]);
  }

  async createSession(s: SessionRecord): Promise<void> {
    await this.query(
      'INSERT INTO sessions (token_hash, username, created_at, last_seen_at) VALUES ($1, $2, $3, $4)',
      [s.tokenHash, s.username, s.createdAt, s.lastSeenAt],
    );
  }

  async getSession(tokenHash: string): Promise<SessionRecord | undefined> {
    const { rows } = await this.query<SessionRecord>(
      `SELECT token_hash AS "tokenHash", username, ${iso('created_at')} AS "createdAt",
         ${iso('last_seen_at')} AS "lastSeenAt" FROM sessions WHERE token_hash = $1`,
      [tokenHash],
    );
    return rows[0];
  }

  async touchSession(tokenHash: string, at: string): Promise<void> {
    await this.query('UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2', [at, tokenHash]);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  }

  async deleteSessionsOf(username: string, except?: string): Promise<void> {
    await this.query('DELETE FROM sessions WHERE username = $1 AND token_hash <> $2', [
      username,
      except ?? '',
    ]);
  }

  async deleteExpiredSessions(idleBefore: string, createdBefore: string): Promise<number> {
    const { rowCount } = await this.query('DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2', [
      idleBefore,
      createdBefore,
    ]);
    return rowCount ?? 0;
  }

  // --- Dashboard reads ---------------------------------------------------------------------------------

  /**
   * Every piece's counter rows (UNION ALL of day and month pieces), each weighted by what it adds to the
   * range's sums and to each trend window, then one GROUP BY page: Node gets one row per page instead of a
   * row per page and piece. The pieces are split into two such statements of about equal cost that run at
   * once on two connections (the database's cores), each without parallel workers: PostgreSQL's own
   * parallel plan for this shape cost three to four times more on a 2-core machine.
   */
  async pageAggregates(q: CounterQuery): Promise<PageAggregate[]> {
    const { segments, columns } = querySegments(q);
    const results = await Promise.all(
      balancedGroups(segments, STATEMENTS_AT_ONCE).map((group) => this.sumPieces(q, group, columns)),
    );
    if (results.length === 1) return (results[0] ?? []).map(({ page, ...t }) => toPageAggregate(page, t));
    const totals = new Map<string, Record<string, number>>();
    for (const rows of results)
      for (const { page, ...row } of rows) {
        const total = totals.get(page);
        if (!total) totals.set(page, row);
        else for (const [key, value] of Object.entries(row)) total[key] = (total[key] ?? 0) + value;
      }
    return [...totals].map(([page, t]) => toPageAggregate(page, t));
  }

  /** One statement summing some pieces per page (see `pageAggregates`). */
  private async sumPieces(
    q: CounterQuery,
    segments: readonly Segment[],
    columns: readonly (typeof COUNTER_COLUMNS)[number][],
  ): Promise<({ page: string } & Record<string, number>)[]> {
    const params: unknown[] = [q.site];
    const bind = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    // Each bound once, when a piece first names it: PostgreSQL refuses a parameter that no piece names.
    const bindOnce = (value: unknown) => {
      let placeholder: string | undefined;
      return () => {
        placeholder ??= bind(value);
        return placeholder;
      };
    };
    const dayLanguage = q.language ? bindOnce(q.language) : undefined;
    // Month rows are read for one language or for all ('*'), never summed over languages.
    const monthLanguage = bindOnce(q.language ?? ALL_LANGUAGES);
    const page = q.page ? bindOnce(q.page) : undefined;
    const pieces = segments.map((segment) => {
      const bounds =
        segment.column === 'day'
          ? `day >= ${bind(segment.from)}::date AND day <= ${bind(segment.to)}::date`
          : `month >= ${bind(segment.from)} AND month <= ${bind(segment.to)}`;
      const language = segment.table === 'page_month' ? monthLanguage() : dayLanguage?.();
      // Weights are small integers from our own segments, never input: safe to write into the SQL.
      const inRange = segment.inRange ? segment.sign : 0;
      const last7 = segment.trend === 'last7' ? 1 : 0;
      const previous7 = segment.trend === 'previous7' ? 1 : 0;
      return `SELECT page, ${columns.join(', ')}, ${inRange} AS w, ${last7} AS l7, ${previous7} AS p7
        FROM ${segment.table} WHERE site = $1 AND ${bounds}${language ? ` AND language = ${language}` : ''}${page ? ` AND page = ${page()}` : ''}`;
    });
    const sums = columns.map((c) => `SUM(${c} * w)::${c === 'grade_sum' ? 'float8' : 'int'} AS ${c}`);
    return this.transaction(async (client) => {
      await client.query('SET LOCAL max_parallel_workers_per_gather = 0');
      const { rows } = await client.query<{ page: string } & Record<string, number>>(
        `SELECT page, ${sums.join(', ')},
           SUM(votes * l7)::int AS "votesLast7", SUM(yes * l7)::int AS "yesLast7",
           SUM(votes * p7)::int AS "votesPrevious7", SUM(yes * p7)::int AS "yesPrevious7"
         FROM (${pieces.join('\n UNION ALL\n')}) pieces GROUP BY page`,
        params,
      );
      return rows;
    });
  }

  async languageVotes(q: Parameters<AdminStore['languageVotes']>[0]) {
    if (q.pages.length === 0) return [];
    // The primary key (site, page, day, language) answers it: a few hundred day rows per shown page.
    const { rows } = await this.query<{ page: string; language: 'kk' | 'ru' | 'en'; votes: number }>(
      `SELECT page, language, SUM(votes)::int AS votes FROM page_day
       WHERE site = $1 AND page = ANY($2::text[]) AND day >= $3::date AND day <= $4::date
         AND ($5::text IS NULL OR language = $5)
       GROUP BY page, language HAVING SUM(votes) > 0`,
      [q.site, q.pages, q.from, q.to, q.language ?? null],
    );
    return rows;
  }

  async votesByDay(q: Omit<CounterQuery, 'last7From' | 'previous7From'>) {
    const params: unknown[] = [q.site, q.from, q.to];
    let filters = '';
    if (q.language) {
      params.push(q.language);
      filters += ` AND language = $${params.length}`;
    }
    if (q.page) {
      params.push(q.page);
      filters += ` AND page = $${params.length}`;
    }
    const { rows } = await this.query<{ day: string; yes: number; votes: number }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, SUM(yes)::int AS yes, SUM(votes)::int AS votes FROM page_day
       WHERE site = $1 AND day >= $2::date AND day <= $3::date${filters} GROUP BY day ORDER BY day`,
      params,
    );
    return rows;
  }

  async listFeedback(filter: FeedbackFilter, limit: number, after?: Keyset): Promise<StoredFeedbackItem[]> {
    const { where, params } = feedbackWhere(filter, after, 'desc', (n) => `$${n}`, 'TRUE', this.days);
    const { rows } = await this.query<ItemRow>(
      `SELECT ${ITEM_COLUMNS} FROM feedback WHERE ${where} ORDER BY received_at DESC, id DESC LIMIT ${limit}`,
      params,
    );
    return rows.map(toItem);
  }

  async getFeedbackItem(id: string): Promise<StoredFeedbackItem | undefined> {
    const { rows } = await this.query<ItemRow>(`SELECT ${ITEM_COLUMNS} FROM feedback WHERE id = $1`, [id]);
    return rows[0] && toItem(rows[0]);
  }

  async moderate(id: string, change: Moderation): Promise<StoredFeedbackItem | undefined> {
    const found = await this.transaction(async (client) => {
      await client.query(checkZone(client, this.days.zone));
      const { rows } = await client.query<CountedRow>(
        `SELECT ${COUNTED_COLUMNS('f')} FROM feedback f WHERE id = $1 FOR UPDATE`,
        [id],
      );
      const row = rows[0];
      if (!row) return false;
      if (change.status !== undefined) {
        const spam = change.status === 'spam';
        // Spam does not count: marking moves the counters, unless the row was replaced (not counted anyway).
        if (spam !== row.spam && row.replacedBy === null)
          await this.count(client, [contribution(countable(row), spam ? -1 : 1, this.days)]);
        if (spam) await client.query('UPDATE feedback SET spam = TRUE WHERE id = $1', [id]);
        else
          await client.query('UPDATE feedback SET spam = FALSE, status = $2 WHERE id = $1', [
            id,
            change.status,
          ]);
      }
      if (change.tags !== undefined)
        await client.query('UPDATE feedback SET tags = $2 WHERE id = $1', [id, JSON.stringify(change.tags)]);
      return true;
    });
    return found ? this.getFeedbackItem(id) : undefined;
  }

  async exportBatch(filter: FeedbackFilter, limit: number, after?: Keyset): Promise<ExportRow[]> {
    const { where, params } = feedbackWhere(filter, after, 'asc', (n) => `$${n}`, 'TRUE', this.days);
    const { rows } = await this.query<ItemRow>(
      `SELECT ${ITEM_COLUMNS} FROM feedback WHERE ${where} ORDER BY received_at, id LIMIT ${limit}`,
      params,
    );
    return rows.map((row) => ({
      id: row.id,
      receivedAt: row.receivedAt,
      site: row.site,
      page: row.page,
      language: row.language,
      vote: row.vote,
      clarity: row.clarity,
      reasons: row.reasons,
      comment: row.comment,
      readabilityGrade: row.grade,
      status: row.spam ? 'spam' : row.status,
      tags: row.tags,
    }));
  }

  async listResponses(site: string, page: string) {
    const { rows } = await this.query<PageTotals['responses'][number]>(
      `SELECT id, ${iso('published_at')} AS "publishedAt", language, text
       FROM responses WHERE site = $1 AND page = $2 ORDER BY published_at DESC`,
      [site, page],
    );
    return rows;
  }

  async responseSite(id: string): Promise<{ site: string; page: string } | undefined> {
    const { rows } = await this.query<{ site: string; page: string }>(
      'SELECT site, page FROM responses WHERE id = $1',
      [id],
    );
    return rows[0];
  }

  async deleteResponse(id: string): Promise<boolean> {
    return this.transaction(async (client) => {
      await client.query('DELETE FROM response_waits WHERE response_id = $1', [id]);
      const { rowCount } = await client.query('DELETE FROM responses WHERE id = $1', [id]);
      return rowCount === 1;
    });
  }

  async responsiveness(site: string): Promise<PageResponsiveness[]> {
    const { rows } = await this.query<PageResponsiveness>(
      `SELECT page, MAX(pending) AS "pendingSince", COALESCE(json_agg(waited) FILTER (WHERE waited IS NOT NULL), '[]') AS waits
       FROM (
         SELECT page, ${iso('pending_since')} AS pending, NULL::int AS waited FROM page_state
           WHERE site = $1 AND pending_since IS NOT NULL
         UNION ALL
         SELECT page, NULL, waited_seconds FROM response_waits WHERE site = $1
       ) t GROUP BY page`,
      [site],
    );
    return rows;
  }

  /**
   * One statement, off the event loop: each response answers its page's feedback that arrived after the
   * previous response and no later than it. Windows outside the range are dropped first, so a range no
   * response answered reads no feedback at all; otherwise the range's negative feedback is hash-joined to
   * the windows, and percentile_cont takes the median of the waits. Nested loops are off for it: the planner
   * underestimates a window's rows tenfold and picks one index range per response, which read a year of
   * 1,000,000 submissions in 2.5 s where one scan of the range and a hash join took well under one.
   */
  async responseTimes(q: ResponseTimesQuery): Promise<{ answered: number; medianSeconds: number | null }> {
    const { start, end } = this.days.range(q.from, q.to);
    const rows = await this.transaction(async (client) => {
      await client.query('SET LOCAL enable_nestloop = off');
      return (
        await client.query<{ answered: number; median: number | null }>(
          `WITH windows AS (
         SELECT page, published_at,
           COALESCE(LAG(published_at) OVER (PARTITION BY page ORDER BY published_at), '-infinity') AS previous
         FROM responses WHERE site = $1
       ), answers AS (
         SELECT * FROM windows WHERE published_at >= $2::timestamptz AND previous < $3::timestamptz
       )
       SELECT COUNT(*)::int AS answered,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM a.published_at - f.received_at))::float8 AS median
       FROM answers a
       JOIN feedback f ON f.site = $1 AND f.page = a.page
         AND f.received_at > a.previous AND f.received_at <= a.published_at
       WHERE f.received_at >= $2::timestamptz AND f.received_at < $3::timestamptz
         AND f.vote = 'no' AND NOT f.spam AND f.replaced_by IS NULL
         AND ($4::text IS NULL OR f.language = $4)`,
          [q.site, start, end, q.language ?? null],
        )
      ).rows;
    });
    return { answered: rows[0]?.answered ?? 0, medianSeconds: rows[0]?.median ?? null };
  }

  async close(): Promise<void> {
    await this.writer.drain();
    await this.pool.end();
  }
}
