import pg from 'pg';
import { GroupCommit } from './group-commit.ts';
import type { FeedbackRecord, FeedbackStore, NewResponse, PageTotals, Site, StoreResult } from './store.ts';

// Versioned like the SQLite migrations; applied under an advisory lock so several instances can start at once.
const MIGRATIONS = [
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
];

/** One signed contribution to a page-day counter row. */
interface Contribution {
  site: string;
  page: string;
  day: string;
  language: string;
  sign: 1 | -1;
  vote: string;
  clarity: number | null;
  comment: string | null;
}

const MIGRATION_LOCK = 4_210_001;

/** PostgreSQL store for agencies that run several stateless collector instances against one database. */
export class PostgresStore implements FeedbackStore {
  readonly kind = 'postgres';
  private readonly pool: pg.Pool;
  private readonly writer: GroupCommit<FeedbackRecord, StoreResult>;

  private constructor(pool: pg.Pool) {
    this.pool = pool;
    this.writer = new GroupCommit((records) => this.commitBatch(records), 500);
  }

  /** Connects and brings the schema up to date. */
  static async open(connectionString: string): Promise<PostgresStore> {
    const store = new PostgresStore(new pg.Pool({ connectionString, max: 10 }));
    await store.migrate();
    return store;
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await client.query('CREATE TABLE IF NOT EXISTS heard_schema (version INTEGER NOT NULL)');
      const { rows } = await client.query<{ version: number }>('SELECT version FROM heard_schema');
      let version = rows[0]?.version ?? 0;
      if (rows.length === 0) await client.query('INSERT INTO heard_schema (version) VALUES (0)');
      for (const sql of MIGRATIONS.slice(version)) {
        await client.query('BEGIN');
        await client.query(sql);
        await client.query('UPDATE heard_schema SET version = $1', [++version]);
        await client.query('COMMIT');
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      client.release();
    }
  }

  /** One transaction per batch: a multi-row insert from arrays, then the day counters for the new rows. */
  private async commitBatch(records: FeedbackRecord[]): Promise<StoreResult[]> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const column = <K extends keyof FeedbackRecord>(key: K) => records.map((r) => r[key]);
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO feedback (id, site, page, language, vote, clarity, reasons, comment, readability, created_at, received_at, spam, replaces)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::jsonb[],
                              $8::text[], $9::jsonb[], $10::timestamptz[], $11::timestamptz[], $12::boolean[], $13::text[])
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [
          column('id'),
          column('site'),
          column('page'),
          column('language'),
          column('vote'),
          records.map((r) => r.clarity ?? null),
          records.map((r) => JSON.stringify(r.reasons ?? [])),
          records.map((r) => r.comment ?? null),
          records.map((r) => (r.readability ? JSON.stringify(r.readability) : null)),
          column('createdAt'),
          column('receivedAt'),
          column('spam'),
          records.map((r) => r.replaces ?? null),
        ],
      );
      const inserted = new Set(rows.map((r) => r.id));
      // A batch may hold the same id twice (a retry racing its original): count it once.
      const counted = new Set<string>();
      const fresh = records.filter(
        (r) => inserted.has(r.id) && !counted.has(r.id) && counted.add(r.id) && !r.spam,
      );
      const contributions = await this.replace(client, fresh);
      if (contributions.length > 0) {
        await client.query(
          `INSERT INTO page_day AS d (site, page, day, language, votes, yes, clarity_sum, clarity_count, comments)
           SELECT site, page, day, language, SUM(votes), SUM(yes), SUM(clarity), SUM(has_clarity), SUM(has_comment)
           FROM unnest($1::text[], $2::text[], $3::date[], $4::text[], $5::int[], $6::int[], $7::int[], $8::int[], $9::int[])
             AS t(site, page, day, language, votes, yes, clarity, has_clarity, has_comment)
           GROUP BY site, page, day, language
           ON CONFLICT (site, page, day, language) DO UPDATE SET
             votes = d.votes + excluded.votes, yes = d.yes + excluded.yes,
             clarity_sum = d.clarity_sum + excluded.clarity_sum, clarity_count = d.clarity_count + excluded.clarity_count,
             comments = d.comments + excluded.comments`,
          [
            contributions.map((c) => c.site),
            contributions.map((c) => c.page),
            contributions.map((c) => c.day),
            contributions.map((c) => c.language),
            contributions.map((c) => c.sign),
            contributions.map((c) => (c.vote === 'yes' ? c.sign : 0)),
            contributions.map((c) => (c.clarity ?? 0) * c.sign),
            contributions.map((c) => (c.clarity === null ? 0 : c.sign)),
            contributions.map((c) => (c.comment ? c.sign : 0)),
          ],
        );
      }
      await client.query('COMMIT');
      const answered = new Set<string>();
      return records.map((r) =>
        inserted.has(r.id) && !answered.has(r.id) && answered.add(r.id) ? 'accepted' : 'duplicate',
      );
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * Applies replacements for freshly stored (non-spam) rows and returns the counter changes: +1 for each fresh
   * row that no earlier-arrived replacement supersedes, −1 for each counted row a fresh one replaces.
   */
  private async replace(client: pg.PoolClient, fresh: FeedbackRecord[]): Promise<Contribution[]> {
    if (fresh.length === 0) return [];
    // Replacements that arrived before what they replace (two queued sends delivered out of order).
    const { rows: superseded } = await client.query<{ id: string }>(
      `UPDATE feedback o SET replaced_by = r.id FROM feedback r
       WHERE o.id = ANY($1::text[]) AND r.replaces = o.id AND r.site = o.site AND r.page = o.page
         AND NOT r.spam AND o.replaced_by IS NULL
       RETURNING o.id`,
      [fresh.map((r) => r.id)],
    );
    const replacedNow = new Set(superseded.map((r) => r.id));
    const contributions: Contribution[] = fresh
      .filter((r) => !replacedNow.has(r.id))
      .map((r) => ({
        site: r.site,
        page: r.page,
        day: r.receivedAt.slice(0, 10),
        language: r.language,
        sign: 1,
        vote: r.vote,
        clarity: r.clarity ?? null,
        comment: r.comment ?? null,
      }));
    const replacing = fresh.filter((r) => r.replaces);
    if (replacing.length === 0) return contributions;
    const { rows: earlier } = await client.query<Omit<Contribution, 'sign'> & { spam: boolean }>(
      `UPDATE feedback o SET replaced_by = t.by
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(by, target, site, page)
       WHERE o.id = t.target AND o.site = t.site AND o.page = t.page AND o.replaced_by IS NULL
       RETURNING o.site, o.page, to_char(o.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, o.language,
                 o.vote, o.clarity, o.comment, o.spam`,
      [
        replacing.map((r) => r.id),
        replacing.map((r) => r.replaces),
        replacing.map((r) => r.site),
        replacing.map((r) => r.page),
      ],
    );
    for (const row of earlier) if (!row.spam) contributions.push({ ...row, sign: -1 });
    return contributions;
  }

  addFeedback(record: FeedbackRecord): Promise<StoreResult> {
    return this.writer.add(record);
  }

  async countFeedback(site?: string): Promise<number> {
    const { rows } = site
      ? await this.pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM feedback WHERE site = $1', [
          site,
        ])
      : await this.pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM feedback');
    return rows[0]?.n ?? 0;
  }

  async commentOf(id: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ comment: string | null }>(
      'SELECT comment FROM feedback WHERE id = $1',
      [id],
    );
    return rows[0]?.comment ?? null;
  }

  async deleteCommentsBefore(site: string, before: string): Promise<number> {
    const { rowCount } = await this.pool.query(
      'UPDATE feedback SET comment = NULL WHERE site = $1 AND received_at < $2 AND comment IS NOT NULL',
      [site, before],
    );
    return rowCount ?? 0;
  }

  async hasFeedback(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM feedback WHERE id = $1', [id]);
    return (rowCount ?? 0) > 0;
  }

  async upsertSite(site: Site): Promise<void> {
    await this.pool.query(
      `INSERT INTO sites (id, name, origins, min_votes, retention_days) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, origins = excluded.origins,
         min_votes = excluded.min_votes, retention_days = excluded.retention_days`,
      [site.id, site.name, JSON.stringify(site.origins), site.minVotes, site.retentionDays],
    );
  }

  async getSite(id: string): Promise<Site | undefined> {
    const { rows } = await this.pool.query<Site>(
      'SELECT id, name, origins, min_votes AS "minVotes", retention_days AS "retentionDays" FROM sites WHERE id = $1',
      [id],
    );
    return rows[0];
  }

  async listSites(): Promise<Site[]> {
    const { rows } = await this.pool.query<Site>(
      'SELECT id, name, origins, min_votes AS "minVotes", retention_days AS "retentionDays" FROM sites ORDER BY id',
    );
    return rows;
  }

  async pageTotals(site: string, page: string): Promise<PageTotals> {
    const totals = await this.pool.query<{ votes: number; yes: number }>(
      'SELECT COALESCE(SUM(votes), 0)::int AS votes, COALESCE(SUM(yes), 0)::int AS yes FROM page_day WHERE site = $1 AND page = $2',
      [site, page],
    );
    const responses = await this.pool.query<PageTotals['responses'][number]>(
      `SELECT id, to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt", language, text
       FROM responses WHERE site = $1 AND page = $2 ORDER BY published_at DESC LIMIT 20`,
      [site, page],
    );
    return { votes: totals.rows[0]?.votes ?? 0, yes: totals.rows[0]?.yes ?? 0, responses: responses.rows };
  }

  async publishResponse(r: NewResponse): Promise<void> {
    await this.pool.query(
      'INSERT INTO responses (id, site, page, language, text, published_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [r.id, r.site, r.page, r.language, r.text, r.publishedAt],
    );
  }

  async close(): Promise<void> {
    await this.writer.drain();
    await this.pool.end();
  }
}
