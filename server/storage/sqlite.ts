import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { GroupCommit } from './group-commit.ts';
import type { FeedbackRecord, FeedbackStore, NewResponse, PageTotals, Site, StoreResult } from './store.ts';

// Each entry upgrades the schema by one version (PRAGMA user_version); never edit a shipped entry.
const MIGRATIONS = [
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
];

interface SiteRow {
  id: string;
  name: string;
  origins: string;
  min_votes: number;
  retention_days: number | null;
}

/** The columns of a feedback row that feed the page-day counters. */
interface CountedRow {
  site: string;
  page: string;
  language: string;
  vote: string;
  clarity: number | null;
  comment: string | null;
  received_at: string;
  spam: number;
}

const toSite = (row: SiteRow): Site => ({
  id: row.id,
  name: row.name,
  origins: JSON.parse(row.origins) as string[],
  minVotes: row.min_votes,
  retentionDays: row.retention_days,
});

/**
 * The embedded store: one SQLite file in WAL mode with `synchronous=FULL`, so a commit is on disk before it
 * returns; inserts are group-committed.
 */
export class SqliteStore implements FeedbackStore {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly writer: GroupCommit<FeedbackRecord, StoreResult>;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    const insert = this.db.prepare(
      `INSERT INTO feedback (id, site, page, language, vote, clarity, reasons, comment, readability, created_at, received_at, spam, replaces)
       VALUES (@id, @site, @page, @language, @vote, @clarity, @reasons, @comment, @readability, @createdAt, @receivedAt, @spam, @replaces)
       ON CONFLICT (id) DO NOTHING`,
    );
    const count = this.db.prepare(
      `INSERT INTO page_day (site, page, day, language, votes, yes, clarity_sum, clarity_count, comments)
       VALUES (@site, @page, @day, @language, @votes, @yes, @clarity, @clarityCount, @comments)
       ON CONFLICT (site, page, day, language) DO UPDATE SET
         votes = votes + excluded.votes, yes = yes + excluded.yes, clarity_sum = clarity_sum + excluded.clarity_sum,
         clarity_count = clarity_count + excluded.clarity_count, comments = comments + excluded.comments`,
    );
    const countRow = (r: CountedRow, sign: 1 | -1) =>
      count.run({
        site: r.site,
        page: r.page,
        day: r.received_at.slice(0, 10),
        language: r.language,
        votes: sign,
        yes: r.vote === 'yes' ? sign : 0,
        clarity: (r.clarity ?? 0) * sign,
        clarityCount: r.clarity === null ? 0 : sign,
        comments: r.comment ? sign : 0,
      });
    // A replacement that arrived before the submission it replaces (two queued sends, out of order).
    const supersededBy = this.db.prepare(
      'SELECT id FROM feedback WHERE replaces = ? AND site = ? AND page = ? AND spam = 0 LIMIT 1',
    );
    const markReplaced = this.db.prepare('UPDATE feedback SET replaced_by = ? WHERE id = ?');
    const replaceable = this.db.prepare(
      `SELECT site, page, language, vote, clarity, comment, received_at, spam FROM feedback
       WHERE id = ? AND site = ? AND page = ? AND replaced_by IS NULL`,
    );
    const commitBatch = this.db.transaction((records: FeedbackRecord[]): StoreResult[] =>
      records.map((r) => {
        const row: CountedRow = {
          site: r.site,
          page: r.page,
          language: r.language,
          vote: r.vote,
          clarity: r.clarity ?? null,
          comment: r.comment ?? null,
          received_at: r.receivedAt,
          spam: r.spam ? 1 : 0,
        };
        const inserted = insert.run({
          id: r.id,
          site: r.site,
          page: r.page,
          language: r.language,
          vote: r.vote,
          clarity: row.clarity,
          reasons: JSON.stringify(r.reasons ?? []),
          comment: row.comment,
          readability: r.readability ? JSON.stringify(r.readability) : null,
          createdAt: r.createdAt,
          receivedAt: r.receivedAt,
          spam: row.spam,
          replaces: r.replaces ?? null,
        });
        if (inserted.changes === 0) return 'duplicate';
        // Spam never replaces a citizen's vote.
        if (r.spam) return 'accepted';
        const later = supersededBy.get(r.id, r.site, r.page) as { id: string } | undefined;
        if (later) markReplaced.run(later.id, r.id);
        else countRow(row, 1);
        if (r.replaces) {
          const earlier = replaceable.get(r.replaces, r.site, r.page) as CountedRow | undefined;
          if (earlier) {
            markReplaced.run(r.id, r.replaces);
            if (!earlier.spam) countRow(earlier, -1);
          }
        }
        return 'accepted';
      }),
    );
    this.writer = new GroupCommit((records) => commitBatch.immediate(records));
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
        this.db.exec(sql);
        this.db.pragma(`user_version = ${version + i + 1}`);
      })();
    });
  }

  addFeedback(record: FeedbackRecord): Promise<StoreResult> {
    return this.writer.add(record);
  }

  async countFeedback(site?: string): Promise<number> {
    const row = site
      ? (this.statement('SELECT COUNT(*) AS n FROM feedback WHERE site = ?').get(site) as { n: number })
      : (this.statement('SELECT COUNT(*) AS n FROM feedback').get() as { n: number });
    return row.n;
  }

  async commentOf(id: string): Promise<string | null> {
    const row = this.statement('SELECT comment FROM feedback WHERE id = ?').get(id) as
      | { comment: string | null }
      | undefined;
    return row?.comment ?? null;
  }

  async deleteCommentsBefore(site: string, before: string): Promise<number> {
    return this.statement(
      'UPDATE feedback SET comment = NULL WHERE site = ? AND received_at < ? AND comment IS NOT NULL',
    ).run(site, before).changes;
  }

  async hasFeedback(id: string): Promise<boolean> {
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
    const totals = this.statement(
      'SELECT COALESCE(SUM(votes), 0) AS votes, COALESCE(SUM(yes), 0) AS yes FROM page_day WHERE site = ? AND page = ?',
    ).get(site, page) as { votes: number; yes: number };
    const responses = this.statement(
      `SELECT id, published_at AS publishedAt, language, text FROM responses
         WHERE site = ? AND page = ? ORDER BY published_at DESC LIMIT 20`,
    ).all(site, page) as PageTotals['responses'];
    return { votes: totals.votes, yes: totals.yes, responses };
  }

  async publishResponse(r: NewResponse): Promise<void> {
    this.statement(
      'INSERT INTO responses (id, site, page, language, text, published_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(r.id, r.site, r.page, r.language, r.text, r.publishedAt);
  }

  async close(): Promise<void> {
    await this.writer.drain();
    this.db.close();
  }
}
