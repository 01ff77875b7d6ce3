import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresStore } from '../../../server/storage/postgres.ts';
import { SqliteStore } from '../../../server/storage/sqlite.ts';
import type { HeardStore } from '../../../server/storage/store.ts';
import { scratchSchemaUrl } from '../../postgres-schema.ts';

const postgresUrl = process.env.HEARD_TEST_DATABASE_URL;
if (process.env.CI && !postgresUrl)
  throw new Error('CI must run the storage tests on PostgreSQL: set HEARD_TEST_DATABASE_URL');

/** Opens an empty PostgreSQL store in a schema of its own, so suites never see each other's rows. */
const freshPostgres = async (url: string) => PostgresStore.open(await scratchSchemaUrl(url, 'test'));

/**
 * The stores every storage suite runs against. CI sets HEARD_TEST_DATABASE_URL after starting a real
 * PostgreSQL; without it only SQLite runs.
 */
export const backends: [string, () => Promise<HeardStore>][] = [
  ['sqlite', async () => new SqliteStore(join(mkdtempSync(join(tmpdir(), 'heard-store-')), 'heard.db'))],
];
if (postgresUrl) backends.push(['postgres', () => freshPostgres(postgresUrl)]);
