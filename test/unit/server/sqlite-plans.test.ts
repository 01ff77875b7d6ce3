import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SqliteStore, SUPERSEDED_BY_SQL } from '../../../server/storage/sqlite.ts';

// Query plans of the statements every submission runs: an insert must cost the same on an empty database
// and on one with a million rows, so no per-insert statement may scan a page's or a site's rows.
describe('SQLite: what every insert runs uses a point index', () => {
  it('finds an earlier-arrived replacement through the replaces index, not the page', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'heard-plan-')), 'heard.db');
    await new SqliteStore(path).close();
    const db = new Database(path);
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${SUPERSEDED_BY_SQL}`).all('id', 'site', 'page') as {
      detail: string;
    }[];
    db.close();
    expect(plan.map((p) => p.detail)).toEqual(['SEARCH feedback USING INDEX feedback_replaces (replaces=?)']);
  });
});
