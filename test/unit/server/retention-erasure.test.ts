import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyRetention } from '../../../server/retention.ts';
import { SqliteStore } from '../../../server/storage/sqlite.ts';
import type { FeedbackRecord } from '../../../server/storage/store.ts';

const submission = (n: number, receivedAt: string, comment?: string): FeedbackRecord => ({
  id: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
  site: 'ministry',
  page: 'https://gov.example.kz/ru/services',
  language: 'ru',
  vote: 'no',
  ...(comment ? { comment } : {}),
  createdAt: receivedAt,
  receivedAt,
  spam: false,
});

describe('SQLite retention', () => {
  it('leaves no trace of a deleted comment in the database file, also after later writes', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'heard-retention-')), 'heard.db');
    const store = new SqliteStore(path);
    await store.upsertSite({ id: 'ministry', name: 'M', origins: [], minVotes: 10, retentionDays: 30 });
    const old = Array.from({ length: 1_000 }, (_, n) =>
      submission(n, '2026-01-10T09:00:00.000Z', `Private story ${n} of a neighbour ${'.'.repeat(n % 40)}`),
    );
    await Promise.all(old.map((r) => store.addFeedback(r)));
    expect(await applyRetention(store, new Date('2026-11-27T00:00:00.000Z'))).toEqual({ ministry: 1_000 });
    // Later submissions reuse the freed space: page splits and moves must not copy the old bytes along.
    await Promise.all(
      Array.from({ length: 2_000 }, (_, n) =>
        store.addFeedback(submission(10_000 + n, '2026-11-26T09:00:00.000Z')),
      ),
    );
    await store.close();
    const file = readFileSync(path).toString('latin1');
    expect(file.match(/Private story \d+/g) ?? []).toEqual([]);
    expect(await reopenedVotes(path)).toBe(3_000);
  });
});

describe('SQLite retention of years of comments', () => {
  it('lets other requests run between its batches instead of holding the event loop to the end', async () => {
    const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'heard-retention-')), 'heard.db'));
    await store.upsertSite({ id: 'ministry', name: 'M', origins: [], minVotes: 10, retentionDays: 30 });
    await Promise.all(
      Array.from({ length: 5_000 }, (_, n) =>
        store.addFeedback(submission(n, '2025-06-01T09:00:00.000Z', `отзыв ${n}`)),
      ),
    );
    const order: string[] = [];
    const retention = applyRetention(store, new Date('2026-11-27T00:00:00.000Z')).then((deleted) => {
      order.push('retention done');
      return deleted;
    });
    setImmediate(() => order.push('another request'));
    expect(await retention).toEqual({ ministry: 5_000 });
    expect(order).toEqual(['another request', 'retention done']);
    expect(await store.commentOf(submission(4_999, '').id)).toBeNull();
    // The counters, comment count included, are the submissions'; only the texts are gone.
    expect(await store.pageTotals('ministry', 'https://gov.example.kz/ru/services')).toMatchObject({
      votes: 5_000,
    });
    await store.close();
  });
});

/** The page's votes as a new store on the same file counts them: retention keeps every vote. */
async function reopenedVotes(path: string): Promise<number> {
  const store = new SqliteStore(path);
  const { votes } = await store.pageTotals('ministry', 'https://gov.example.kz/ru/services');
  await store.close();
  return votes;
}
