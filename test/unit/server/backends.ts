import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { PostgresStore } from '../../../server/storage/postgres.ts';
import { SqliteStore } from '../../../server/storage/sqlite.ts';
import type { HeardStore } from '../../../server/storage/store.ts';
import { scratchSchemaUrl } from '../../postgres-schema.ts';

const postgresUrl = process.env.HEARD_TEST_DATABASE_URL;
if (process.env.CI && !postgresUrl)
  throw new Error('CI must run the storage tests on PostgreSQL: set HEARD_TEST_DATABASE_URL');

/** How a test opens a store: the time zone it counts in (default: the recorded one) and where it logs. */
export interface StoreOptions {
  timeZone?: string;
  log?: (line: string) => void;
}

/** Opens an empty PostgreSQL store in a schema of its own, so suites never see each other's rows. */
const freshPostgres = async (url: string, options?: StoreOptions) =>
  PostgresStore.open(await scratchSchemaUrl(url, 'test'), options);

/**
 * The stores every storage suite runs against. CI sets HEARD_TEST_DATABASE_URL after starting a real
 * PostgreSQL; without it only SQLite runs.
 */
export const backends: [string, (options?: StoreOptions) => Promise<HeardStore>][] = [
  [
    'sqlite',
    async (options) =>
      new SqliteStore(join(mkdtempSync(join(tmpdir(), 'heard-store-')), 'heard.db'), options),
  ],
];
if (postgresUrl) backends.push(['postgres', (options) => freshPostgres(postgresUrl, options)]);

/** A store that can be closed and opened again, and told it is at an older schema version in between. */
export interface ReopenableStore {
  open(options?: StoreOptions): Promise<HeardStore>;
  /** Sets the schema version, as a database an older release left behind has it (the store must be closed). */
  setSchemaVersion(version: number): Promise<void>;
  /** The schema version the database is at (the store must be closed). */
  schemaVersion(): Promise<number>;
}

/** The same stores as `backends`, for suites that reopen a database (upgrades). */
export const reopenableBackends: [string, () => Promise<ReopenableStore>][] = [
  [
    'sqlite',
    async () => {
      const path = join(mkdtempSync(join(tmpdir(), 'heard-store-')), 'heard.db');
      return {
        open: async (options) => new SqliteStore(path, options),
        setSchemaVersion: async (version) => {
          const db = new Database(path);
          db.pragma(`user_version = ${version}`);
          db.close();
        },
        schemaVersion: async () => {
          const db = new Database(path, { readonly: true });
          const version = db.pragma('user_version', { simple: true }) as number;
          db.close();
          return version;
        },
      };
    },
  ],
];
if (postgresUrl)
  reopenableBackends.push([
    'postgres',
    async () => {
      const url = await scratchSchemaUrl(postgresUrl, 'test');
      return {
        open: (options) => PostgresStore.open(url, options),
        setSchemaVersion: async (version) => {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          await client.query('UPDATE heard_schema SET version = $1', [version]);
          await client.end();
        },
        schemaVersion: async () => {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          const { rows } = await client.query<{ version: number }>('SELECT version FROM heard_schema');
          await client.end();
          return rows[0]?.version ?? 0;
        },
      };
    },
  ]);
