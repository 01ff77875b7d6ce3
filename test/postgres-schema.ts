// A PostgreSQL schema of its own for a test suite or a benchmark run, so none sees another's rows.
import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** Creates an empty schema and returns the URL that puts it first on the search path. */
export async function scratchSchemaUrl(url: string, prefix: string): Promise<string> {
  const schema = `${prefix}_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return scoped.toString();
}
