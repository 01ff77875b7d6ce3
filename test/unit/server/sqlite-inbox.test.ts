import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../../server/storage/sqlite.ts';
import { WriterThread } from '../../../server/storage/sqlite-writer-thread.ts';
import type { FeedbackRecord } from '../../../server/storage/store.ts';

const PAGE = 'https://gov.example.kz/ru/id-card';
const record = (n: number, changes: Partial<FeedbackRecord> = {}): FeedbackRecord => ({
  id: `0190f0a0-0000-7000-8000-${String(n).padStart(12, '0')}`,
  site: 'gov',
  page: PAGE,
  language: 'ru',
  vote: 'no',
  createdAt: '2026-11-27T10:00:00.000Z',
  receivedAt: '2026-11-27T10:00:00.000Z',
  spam: false,
  ...changes,
});

/** A new database file with the current schema, and a raw connection to look into it. */
async function freshFile(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'heard-inbox-')), 'heard.db');
  await new SqliteStore(path).close();
  return path;
}

const rowsIn = (path: string, table: string) => {
  const db = new Database(path, { readonly: true });
  const n = db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  db.close();
  return n;
};

describe('SQLite inbox (acknowledged, then moved into feedback and the counters)', () => {
  it('lets a read that follows an acknowledgement see it, counted, before the move would have run', async () => {
    const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'heard-inbox-')), 'heard.db'));
    expect(await store.addFeedback(record(1))).toBe('accepted');
    expect(await store.hasFeedback(record(1).id)).toBe(true);
    expect(await store.pageTotals('gov', PAGE)).toMatchObject({ votes: 1, yes: 0 });
    expect(await store.addFeedback(record(2, { vote: 'yes' }))).toBe('accepted');
    expect(await store.pageTotals('gov', PAGE)).toMatchObject({ votes: 2, yes: 1 });
    await store.close();
  });

  it('answers a repeated id as a duplicate, in one batch, waiting in the inbox or already moved', async () => {
    const thread = new WriterThread(await freshFile(), 'UTC');
    expect(await thread.commit([record(1), record(1)])).toEqual(['accepted', 'duplicate']);
    expect(await thread.commit([record(1)])).toEqual(['duplicate']);
    await thread.catchUp();
    expect(await thread.commit([record(1), record(2)])).toEqual(['duplicate', 'accepted']);
    await thread.close();
  });

  it('moves what a crash left in the inbox when the store opens again, and counts it once', async () => {
    const path = await freshFile();
    // What a writer thread killed after acknowledging, before its move, leaves behind.
    const db = new Database(path);
    const leave = db.prepare(
      `INSERT INTO feedback_inbox (id, site, page, language, vote, created_at, received_at, record)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const r of [record(1), record(2, { vote: 'yes' })])
      leave.run(r.id, r.site, r.page, r.language, r.vote, r.createdAt, r.receivedAt, JSON.stringify(r));
    db.close();
    const store = new SqliteStore(path);
    expect(await store.hasFeedback(record(1).id)).toBe(true);
    expect(await store.pageTotals('gov', PAGE)).toMatchObject({ votes: 2, yes: 1 });
    expect(await store.addFeedback(record(2))).toBe('duplicate');
    await store.close();
    expect(rowsIn(path, 'feedback_inbox')).toBe(0);
    expect(rowsIn(path, 'feedback')).toBe(2);
  });

  it('moves everything before it closes', async () => {
    const path = await freshFile();
    const store = new SqliteStore(path);
    await Promise.all([1, 2, 3].map((n) => store.addFeedback(record(n))));
    await store.close();
    expect(rowsIn(path, 'feedback_inbox')).toBe(0);
    expect(rowsIn(path, 'feedback')).toBe(3);
  });

  it('moves on its own, without a reader asking', async () => {
    const path = await freshFile();
    const thread = new WriterThread(path, 'UTC');
    await thread.commit([record(1)]);
    await expect.poll(() => rowsIn(path, 'feedback'), { timeout: 5_000 }).toBe(1);
    expect(rowsIn(path, 'feedback_inbox')).toBe(0);
    await thread.close();
  });

  it('keeps the inbox short when batches arrive faster than moves would take them', async () => {
    const path = await freshFile();
    const thread = new WriterThread(path, 'UTC');
    const batches = Array.from({ length: 50 }, (_, b) =>
      Array.from({ length: 200 }, (_, i) => record(1 + b * 200 + i)),
    );
    await Promise.all(batches.map((batch) => thread.commit(batch)));
    // Fifty batches sent together are handled before any move could be scheduled: without a bound all
    // 10,000 rows would wait. At most 2,000 are left after a move, and the last batch behind it.
    expect(rowsIn(path, 'feedback_inbox')).toBeLessThanOrEqual(2_200);
    await thread.catchUp();
    expect(rowsIn(path, 'feedback')).toBe(10_000);
    await thread.close();
  });

  it('writes a batch as large as a move straight into feedback, after what waits, keeping ids unique', async () => {
    const path = await freshFile();
    const thread = new WriterThread(path, 'UTC');
    expect(await thread.commit([record(1)])).toEqual(['accepted']);
    const large = Array.from({ length: 300 }, (_, i) => record(1 + i));
    const results = await thread.commit(large);
    expect(results[0]).toBe('duplicate');
    expect(results.slice(1).every((r) => r === 'accepted')).toBe(true);
    expect(rowsIn(path, 'feedback_inbox')).toBe(0);
    expect(rowsIn(path, 'feedback')).toBe(300);
    await thread.close();
  });

  it('refuses, with the batch it is in, a record the move would refuse', async () => {
    const path = await freshFile();
    const thread = new WriterThread(path, 'UTC');
    const invalid = record(2, { vote: 'maybe' as 'yes' });
    await expect(thread.commit([record(1), invalid])).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT_CHECK',
    });
    const noSite = { ...record(3), site: null } as unknown as FeedbackRecord;
    await expect(thread.commit([noSite])).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_NOTNULL' });
    expect(await thread.commit([record(4)])).toEqual(['accepted']);
    await thread.catchUp();
    await thread.close();
    expect(rowsIn(path, 'feedback')).toBe(1);
  });
});
