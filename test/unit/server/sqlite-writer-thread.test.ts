import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../../server/storage/sqlite.ts';
import { WriterThread } from '../../../server/storage/sqlite-writer-thread.ts';
import type { FeedbackRecord } from '../../../server/storage/store.ts';

const record = (id: string): FeedbackRecord => ({
  id,
  site: 'gov',
  page: 'https://gov.example.kz/ru/',
  language: 'ru',
  vote: 'yes',
  createdAt: '2026-11-27T10:00:00.000Z',
  receivedAt: '2026-11-27T10:00:00.000Z',
  spam: false,
});

const uuid = (n: number) => `0190f0a0-0000-7000-8000-${String(n).padStart(12, '0')}`;

describe('SQLite writer thread', () => {
  it('fails the batches a dead thread held, then starts a new one for the next', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'heard-writer-')), 'heard.db');
    await new SqliteStore(path).close();
    const thread = new WriterThread(path, 'UTC');
    expect(await thread.commit([record(uuid(1)), record(uuid(1))])).toEqual(['accepted', 'duplicate']);
    // A batch in flight when its thread dies is failed; but a warm thread may commit and answer it before the
    // kill lands, and then it must be stored. Killed again until a batch dies in flight (a restarted thread is
    // still starting when the kill comes, so the second try nearly always does).
    const answered: string[] = [];
    let failed: unknown;
    for (let attempt = 2; attempt < 8 && !failed; attempt++) {
      const held = thread.commit([record(uuid(attempt))]);
      await (thread as unknown as { worker: Worker }).worker.terminate();
      const outcome = await held.then(
        (results) => results,
        (error: unknown) => error,
      );
      if (Array.isArray(outcome)) {
        expect(outcome).toEqual(['accepted']);
        answered.push(uuid(attempt));
      } else failed = outcome;
    }
    expect(String(failed)).toMatch(/exited/);
    expect(await thread.commit([record(uuid(30))])).toEqual(['accepted']);
    await thread.close();
    // A closed store starts no thread again: what comes after shutdown is refused, not half-written.
    await expect(thread.commit([record(uuid(7))])).rejects.toThrow(/closed/);
    const store = new SqliteStore(path);
    expect(await store.hasFeedback(uuid(30))).toBe(true);
    for (const id of answered) expect(await store.hasFeedback(id)).toBe(true);
    await store.close();
  });

  it('answers a batch whose transaction failed with its error and keeps serving', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'heard-writer-')), 'heard.db');
    await new SqliteStore(path).close();
    const thread = new WriterThread(path, 'UTC');
    const invalid = { ...record(uuid(4)), vote: 'maybe' } as unknown as FeedbackRecord;
    await expect(thread.commit([record(uuid(5)), invalid])).rejects.toMatchObject({
      name: 'WriterThreadError',
      code: 'SQLITE_CONSTRAINT_CHECK',
    });
    expect(await thread.commit([record(uuid(6))])).toEqual(['accepted']);
    await thread.close();
    // The failed batch rolled back as a whole.
    const store = new SqliteStore(path);
    expect(await store.hasFeedback(uuid(5))).toBe(false);
    expect(await store.hasFeedback(uuid(6))).toBe(true);
    await store.close();
  });

  it('does not keep an idle process alive when a store is left open', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'heard-writer-')), 'heard.db');
    const store = new URL('../../../server/storage/sqlite.ts', import.meta.url).href;
    const script = `import { SqliteStore } from ${JSON.stringify(store)}; new SqliteStore(${JSON.stringify(path)});`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      timeout: 20_000,
    });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
  }, 30_000);
});
