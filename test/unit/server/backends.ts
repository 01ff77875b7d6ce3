import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PostgresStore } from '../../../server/storage/postgres.ts';
import { SqliteStore } from '../../../server/storage/sqlite.ts';
import type { HeardStore } from '../../../server/storage/store.ts';

const postgresUrl = process.env.HEARD_TEST_DATABASE_URL;
if (process.env.CI && !postgresUrl)
  throw new Error('CI must run the storage tests on PostgreSQL: set HEARD_TEST_DATABASE_URL');

/** Opens an empty PostgreSQL store in a schema of its own, so suites never see each other's rows. */
async function freshPostgres(url: string): Promise<PostgresStore> {
  const schema = `test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return PostgresStore.open(scoped.toString());
}

/**
 * The stores every storage suite runs against. CI sets HEARD_TEST_DATABASE_URL after starting a real
 * PostgreSQL; without it only SQLite runs.
 */
export const backends: [string, () => Promise<HeardStore>][] = [
  ['sqlite', async () => new SqliteStore(join(mkdtempSync(join(tmpdir(), 'heard-store-')), 'heard.db'))],
];
if (postgresUrl) backends.push(['postgres', () => freshPostgres(postgresUrl)]);
