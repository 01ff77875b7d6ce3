import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newSubmissionId } from '../../../contract/submission-id.ts';
import { createApp } from '../../../server/app.ts';
import { PostgresStore } from '../../../server/storage/postgres.ts';
import { scratchSchemaUrl } from '../../postgres-schema.ts';

const postgresUrl = process.env.HEARD_TEST_DATABASE_URL;
const ORIGIN = 'https://gov.example.kz';

// A PostgreSQL restart, a failover or a firewall dropping idle connections: the collector must survive it,
// fail only the requests whose query was cut off (not acknowledged, so the widget retries) and then recover.
describe.skipIf(!postgresUrl)('PostgreSQL: a lost connection', () => {
  // Only this suite's connections are cut: other suites share the cluster.
  const application = `heard-lost-${newSubmissionId().slice(-12)}`;
  let schemaUrl: string;
  let store: PostgresStore;
  let admin: pg.Client;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const url = new URL(await scratchSchemaUrl(postgresUrl ?? '', 'test'));
    url.searchParams.set('application_name', application);
    schemaUrl = url.toString();
    store = await PostgresStore.open(schemaUrl);
    await store.upsertSite({
      id: 'ministry',
      name: 'M',
      origins: [ORIGIN],
      minVotes: 1,
      retentionDays: null,
    });
    admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    app = createApp({ store, siteCacheMs: 0 });
  });
  afterAll(async () => {
    await store?.close();
    await admin?.end();
  });

  const cutConnections = () =>
    admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()',
      [application],
    );
  const post = () =>
    app.request('/api/v1/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({
        id: newSubmissionId(),
        site: 'ministry',
        page: 'https://gov.example.kz/ru/lost',
        language: 'ru',
        vote: 'yes',
        createdAt: '2026-11-27T10:00:00.000Z',
      }),
    });

  it('logs a lost idle connection without crashing, and the next request is served', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect((await post()).status).toBe(201);
      const { rowCount } = await cutConnections();
      expect(rowCount).toBeGreaterThan(0);
      // Every cut connection was idle in the pool: each is reported and dropped.
      await vi.waitFor(() => expect(logged).toHaveBeenCalledTimes(rowCount ?? 0));
      const message = String(logged.mock.calls[0]?.[0]);
      expect(message).toContain('lost an idle PostgreSQL connection');
      expect(message).not.toContain('postgres://');
      expect((await post()).status).toBe(201);
    } finally {
      logged.mockRestore();
    }
  });

  it('fails only the request whose query was cut off, then recovers', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const blocker = new pg.Client({ connectionString: schemaUrl });
    await blocker.connect();
    try {
      // Hold the table so the submission's insert waits, then cut the connection it waits on.
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE feedback IN ACCESS EXCLUSIVE MODE');
      const blocked = post();
      await vi.waitFor(
        async () => {
          const { rows } = await admin.query(
            "SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock' AND pid <> $2",
            [application, (blocker as unknown as { processID: number }).processID],
          );
          expect(rows.length).toBeGreaterThan(0);
        },
        { timeout: 5_000, interval: 20 },
      );
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'",
        [application],
      );
      const refused = await blocked;
      expect(refused.status).toBe(500);
      await blocker.query('ROLLBACK');
      expect((await post()).status).toBe(201);
    } finally {
      await blocker.end();
      logged.mockRestore();
    }
  });
});
