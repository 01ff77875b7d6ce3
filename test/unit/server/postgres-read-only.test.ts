import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newSubmissionId } from '../../../contract/submission-id.ts';
import { createApp } from '../../../server/app.ts';
import { PostgresStore } from '../../../server/storage/postgres.ts';
import { scratchSchemaUrl } from '../../postgres-schema.ts';

const postgresUrl = process.env.HEARD_TEST_DATABASE_URL;
const ORIGIN = 'https://gov.example.kz';

// After a failover the old primary may come back as a read-only standby at the address the pool's
// connections still point to: every write on them fails with 25006 read_only_sql_transaction, while a
// new connection (DNS updated) would reach the new primary. Here a role's sessions are made read-only,
// which is what such a connection is.
describe.skipIf(!postgresUrl)('PostgreSQL: connections left on a read-only server', () => {
  const role = `heard_ro_${newSubmissionId().slice(-12)}`;
  let admin: pg.Client;
  let store: PostgresStore;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`CREATE ROLE ${role} LOGIN SUPERUSER`);
    const url = new URL(await scratchSchemaUrl(postgresUrl ?? '', 'test'));
    url.username = role;
    store = await PostgresStore.open(url.toString());
    await store.upsertSite({
      id: 'ministry',
      name: 'M',
      origins: [ORIGIN],
      minVotes: 1,
      retentionDays: null,
    });
    app = createApp({ store, siteCacheMs: 60_000 });
  });
  afterAll(async () => {
    await store?.close();
    await admin?.query(`DROP OWNED BY ${role} CASCADE`).catch(() => undefined);
    await admin?.query(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
    await admin?.end();
  });

  const post = async () =>
    (
      await app.request('/api/v1/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ORIGIN },
        body: JSON.stringify({
          id: newSubmissionId(),
          site: 'ministry',
          page: 'https://gov.example.kz/ru/failover',
          language: 'ru',
          vote: 'yes',
          createdAt: '2026-11-27T10:00:00.000Z',
        }),
      })
    ).status;

  it('drops a connection that refuses writes as read-only, so the next submission is stored elsewhere', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await post()).toBe(201);
      // The server the pool's connections reach turns read-only: sessions from now on are.
      await admin.query(`ALTER ROLE ${role} SET default_transaction_read_only = on`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1', [role]);
      await vi.waitFor(async () => expect(await post()).toBe(500), { timeout: 5_000, interval: 50 });
      // A writable primary is reachable again for new connections; the read-only ones must not be reused.
      await admin.query(`ALTER ROLE ${role} RESET default_transaction_read_only`);
      expect(await post()).toBe(201);
    } finally {
      logged.mockRestore();
    }
  });
});
