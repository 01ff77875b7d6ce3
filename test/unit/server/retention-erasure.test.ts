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

/** The page's votes as a new store on the same file counts them: retention keeps every vote. */
async function reopenedVotes(path: string): Promise<number> {
  const store = new SqliteStore(path);
  const { votes } = await store.pageTotals('ministry', 'https://gov.example.kz/ru/services');
  await store.close();
  return votes;
}
