import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { newSubmissionId } from '../../../contract/submission-id.ts';
import { createApp } from '../../../server/app.ts';
import { ensureFirstAdmin } from '../../../server/auth/first-admin.ts';
import { loadConfig } from '../../../server/config.ts';
import { counterQuery } from '../../../server/reports/pages-table.ts';
import { startServer } from '../../../server/start.ts';
import { PostgresStore } from '../../../server/storage/postgres.ts';
import type { FeedbackRecord, HeardStore } from '../../../server/storage/store.ts';
import { scratchSchemaUrl } from '../../postgres-schema.ts';
import { backends, reopenableBackends } from './backends.ts';

const PAGE = 'https://gov.example.kz/ru/passport';
const OTHER = 'https://gov.example.kz/kk/visa';

let sequence = 0;
const record = (receivedAt: string, overrides: Partial<FeedbackRecord> = {}): FeedbackRecord => ({
  // Time-ordered ids, so a keyset over ids reads them in order of arrival.
  id: `0190f0a0-0000-7000-8000-${String(++sequence).padStart(12, '0')}`,
  site: 'ministry',
  page: PAGE,
  language: 'ru',
  vote: 'yes',
  createdAt: receivedAt,
  receivedAt,
  spam: false,
  ...overrides,
});

const site = { id: 'ministry', name: 'Ministry', origins: [], minVotes: 1, retentionDays: null };
const days = (rows: { day: string; votes: number }[]) => rows.map((r) => [r.day, r.votes]);
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
const everything = { site: 'ministry', includeHidden: true } as const;

describe.each(backends)('%s: days in Asia/Almaty (UTC+5)', (_, open) => {
  let store: HeardStore;
  const lateEvening = record('2026-11-27T20:30:00.000Z', { vote: 'no' });
  const beforeMidnight = record('2026-11-27T18:59:59.999Z');
  const atMidnight = record('2026-11-27T19:00:00.000Z', { language: 'kk' });
  // 00:30 on 1 December in Almaty, still 30 November in UTC.
  const december = record('2026-11-30T19:30:00.000Z');
  beforeAll(async () => {
    store = await open({ timeZone: 'Asia/Almaty' });
    await store.upsertSite(site);
    for (const r of [lateEvening, beforeMidnight, atMidnight, december]) await store.addFeedback(r);
  });
  afterAll(async () => {
    await store.close();
  });

  it('counts a submission received at 20:30 UTC on the next local day', async () => {
    expect(store.days.zone).toBe('Asia/Almaty');
    const q = { site: 'ministry', from: '2026-11-26', to: '2026-12-02' };
    expect(days(await store.votesByDay(q))).toEqual([
      ['2026-11-27', 1],
      ['2026-11-28', 2],
      ['2026-12-01', 1],
    ]);
    const [day] = await store.pageAggregates(
      counterQuery('ministry', { from: '2026-11-28', to: '2026-11-28' }, {}),
    );
    expect(day).toMatchObject({ votes: 2, yes: 1, votesLast7: 3 });
    expect(await store.languageVotes({ ...q, from: '2026-11-28', to: '2026-11-28', pages: [PAGE] })).toEqual(
      expect.arrayContaining([
        { page: PAGE, language: 'kk', votes: 1 },
        { page: PAGE, language: 'ru', votes: 1 },
      ]),
    );
  });

  it('starts a month at local midnight on the 1st: whole months read from the month counters agree', async () => {
    const [december1] = await store.pageAggregates(
      counterQuery('ministry', { from: '2026-12-01', to: '2026-12-31' }, {}),
    );
    expect(december1?.votes).toBe(1);
    const [november] = await store.pageAggregates(
      counterQuery('ministry', { from: '2026-11-01', to: '2026-11-30' }, {}),
    );
    expect(november?.votes).toBe(3);
  });

  it('lists and exports a range of local days: from its first midnight to the midnight after it', async () => {
    const day = { ...everything, from: '2026-11-28', to: '2026-11-28' };
    expect(ids(await store.listFeedback(day, 100))).toEqual(ids([lateEvening, atMidnight]));
    expect(ids(await store.exportBatch(day, 100))).toEqual(ids([lateEvening, atMidnight]));
    // Keyset pages keep to the same bounds.
    const [newest] = await store.listFeedback(day, 1);
    expect(ids(await store.listFeedback(day, 100, newest))).toEqual(ids([atMidnight]));
    const [oldest] = await store.exportBatch(day, 1);
    expect(ids(await store.exportBatch(day, 100, oldest))).toEqual(ids([lateEvening]));
    const before = { ...everything, from: '2026-11-27', to: '2026-11-27' };
    expect(ids(await store.exportBatch(before, 100))).toEqual(ids([beforeMidnight]));
  });

  it('measures response times over the "no" votes of the local days asked for', async () => {
    await store.publishResponse({
      id: 'r1',
      site: 'ministry',
      page: PAGE,
      language: 'ru',
      text: 'Исправили',
      publishedAt: '2026-11-27T21:30:00.000Z',
    });
    const answered = (from: string, to: string) => store.responseTimes({ site: 'ministry', from, to });
    expect(await answered('2026-11-28', '2026-11-28')).toEqual({ answered: 1, medianSeconds: 3600 });
    expect(await answered('2026-11-27', '2026-11-27')).toEqual({ answered: 0, medianSeconds: null });
  });

  it('moves the counters of the local day when a moderator marks spam', async () => {
    await store.moderate(lateEvening.id, { status: 'spam' });
    const q = { site: 'ministry', from: '2026-11-28', to: '2026-11-28' };
    expect(days(await store.votesByDay(q))).toEqual([['2026-11-28', 1]]);
    await store.moderate(lateEvening.id, { status: 'new' });
    expect(days(await store.votesByDay(q))).toEqual([['2026-11-28', 2]]);
  });
});

describe.each(backends)('%s: days in zones that change their clocks', (_, open) => {
  let berlin: HeardStore;
  let newYork: HeardStore;
  beforeAll(async () => {
    berlin = await open({ timeZone: 'Europe/Berlin' });
    newYork = await open({ timeZone: 'America/New_York' });
    for (const store of [berlin, newYork]) await store.upsertSite(site);
  });
  afterAll(async () => {
    await berlin.close();
    await newYork.close();
  });

  it('Europe/Berlin: a 23-hour day in March, its midnights an hour apart on either side', async () => {
    // 2026-03-29: CET (UTC+1) until 01:00 UTC, then CEST (UTC+2).
    const rows = [
      record('2026-03-28T22:59:59.999Z'),
      record('2026-03-28T23:00:00.000Z'),
      record('2026-03-29T00:59:59.999Z'),
      record('2026-03-29T01:00:00.000Z'),
      record('2026-03-29T21:59:59.999Z'),
      record('2026-03-29T22:00:00.000Z'),
    ];
    for (const r of rows) await berlin.addFeedback(r);
    expect(days(await berlin.votesByDay({ site: 'ministry', from: '2026-03-28', to: '2026-03-30' }))).toEqual(
      [
        ['2026-03-28', 1],
        ['2026-03-29', 4],
        ['2026-03-30', 1],
      ],
    );
    const day = { ...everything, from: '2026-03-29', to: '2026-03-29' };
    expect(ids(await berlin.exportBatch(day, 100))).toEqual(ids(rows.slice(1, 5)));
  });

  it('America/New_York: a 25-hour day in November', async () => {
    // 2026-11-01: EDT (UTC−4) until 06:00 UTC, then EST (UTC−5).
    const rows = [
      record('2026-11-01T03:59:59.999Z'),
      record('2026-11-01T04:00:00.000Z'),
      record('2026-11-01T05:30:00.000Z'),
      record('2026-11-01T06:30:00.000Z'),
      record('2026-11-02T04:59:59.999Z'),
      record('2026-11-02T05:00:00.000Z'),
    ];
    for (const r of rows) await newYork.addFeedback(r);
    const q = { site: 'ministry', from: '2026-10-31', to: '2026-11-02' };
    expect(days(await newYork.votesByDay(q))).toEqual([
      ['2026-10-31', 1],
      ['2026-11-01', 4],
      ['2026-11-02', 1],
    ]);
    const day = { ...everything, from: '2026-11-01', to: '2026-11-01' };
    expect(ids(await newYork.listFeedback(day, 100))).toEqual(ids(rows.slice(1, 5)));
  });
});

/** Submissions over two months with evening arrivals (the next day in Almaty), replacements, spam and "no" votes. */
function history(): FeedbackRecord[] {
  const records: FeedbackRecord[] = [];
  const start = Date.parse('2026-10-20T00:00:00.000Z');
  for (let i = 0; i < 240; i++) {
    const at = new Date(start + i * 5.5 * 3_600_000).toISOString();
    const earlier = i % 9 === 8 ? records[i - 3] : undefined;
    records.push(
      record(at, {
        page: earlier?.page ?? (i % 3 === 0 ? OTHER : PAGE),
        language: (['kk', 'ru', 'en'] as const)[i % 3] ?? 'ru',
        vote: i % 4 === 0 ? 'no' : 'yes',
        ...(i % 5 === 0
          ? { clarity: 1 + (i % 5), comment: 'Түсініксіз', reasons: ['hard-to-understand' as const] }
          : {}),
        ...(earlier ? { replaces: earlier.id } : {}),
        spam: i % 17 === 0,
      }),
    );
  }
  return records;
}

describe.each(reopenableBackends)('%s: a new HEARD_TIME_ZONE rebuilds the day counters', (_, reopenable) => {
  const records = history();
  const range = counterQuery('ministry', { from: '2026-10-01', to: '2026-12-31' }, {});
  /** Every figure that depends on the counters' days, to compare stores by. */
  async function figures(store: HeardStore) {
    const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
    return {
      pages: sorted(await store.pageAggregates(range)),
      november: sorted(
        await store.pageAggregates(counterQuery('ministry', { from: '2026-11-01', to: '2026-11-30' }, {})),
      ),
      kazakh: sorted(await store.pageAggregates(counterQuery('ministry', range, { language: 'kk' }))),
      onePage: sorted(await store.pageAggregates(counterQuery('ministry', range, { page: PAGE }))),
      byDay: await store.votesByDay(range),
      languages: sorted(await store.languageVotes({ ...range, pages: [PAGE, OTHER] })),
      totals: await store.pageTotals('ministry', PAGE),
      waiting: sorted(await store.responsiveness('ministry')),
    };
  }
  async function filled(store: HeardStore) {
    await store.upsertSite(site);
    for (let i = 0; i < records.length; i += 40)
      await Promise.all(records.slice(i, i + 40).map((r) => store.addFeedback(r)));
    return store;
  }

  let reopened: Awaited<ReturnType<typeof reopenable>>;
  let utc: Awaited<ReturnType<typeof figures>>;
  let almaty: Awaited<ReturnType<typeof figures>>;
  beforeAll(async () => {
    reopened = await reopenable();
    const written = await filled(await reopened.open());
    utc = await figures(written);
    await written.close();
    // A store that counted in Almaty from the start: what the rebuilt counters must equal.
    const fresh = await filled(await (await reopenable()).open({ timeZone: 'Asia/Almaty' }));
    almaty = await figures(fresh);
    await fresh.close();
  });

  it('counts every stored submission again on the new zone’s days, as if counted so from the start', async () => {
    expect(almaty.byDay).not.toEqual(utc.byDay);
    const log: string[] = [];
    const store = await reopened.open({ timeZone: 'Asia/Almaty', log: (line) => log.push(line) });
    try {
      expect(await figures(store)).toEqual(almaty);
      expect(log).toEqual([
        'heard: HEARD_TIME_ZONE=Asia/Almaty, but the day counters were kept in UTC: counting the stored submissions again on Asia/Almaty days',
        expect.stringMatching(
          /^heard: day counters rebuilt in Asia\/Almaty from \d+ submissions in \d+\.\d s$/,
        ),
      ]);
      // And new submissions count on the same days.
      await store.addFeedback(record('2026-11-27T20:30:00.000Z'));
      expect(await store.votesByDay({ site: 'ministry', from: '2026-11-28', to: '2026-11-28' })).toEqual([
        expect.objectContaining({ day: '2026-11-28' }),
      ]);
    } finally {
      await store.close();
    }
  });

  it('keeps the recorded zone when opened without one (a tool), and rebuilds back to UTC when asked', async () => {
    const log: string[] = [];
    const tool = await reopened.open({ log: (line) => log.push(line) });
    expect(tool.days.zone).toBe('Asia/Almaty');
    await tool.close();
    expect(log).toEqual([]);
    const store = await reopened.open({ timeZone: 'UTC', log: (line) => log.push(line) });
    try {
      const { byDay, ...rest } = await figures(store);
      // The submission the previous test added counts too.
      expect(rest.totals.votes).toBe(utc.totals.votes + 1);
      expect(byDay.filter((d) => d.day !== '2026-11-27')).toEqual(
        utc.byDay.filter((d) => d.day !== '2026-11-27'),
      );
      expect(log).toHaveLength(2);
    } finally {
      await store.close();
    }
  });
});

describe.each(backends)('%s: dashboard API days', (_, open) => {
  let store: HeardStore;
  let app: ReturnType<typeof createApp>;
  let cookie: string;
  beforeEach(async () => {
    store = await open({ timeZone: 'Asia/Almaty' });
    await store.upsertSite(site);
    await ensureFirstAdmin(store, 'correct horse battery', () => undefined);
    // 01:30 on 28 November in Almaty.
    app = createApp({ store, now: () => new Date('2026-11-27T20:30:00.000Z'), siteCacheMs: 0 });
    const login = await app.request('/api/v1/admin/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'correct horse battery' }),
    });
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  });
  afterEach(async () => {
    await store.close();
  });
  const get = async (path: string) =>
    (await (await app.request(`/api/v1/admin${path}`, { headers: { cookie } })).json()) as Record<
      string,
      unknown
    >;

  it('names its time zone and ends the default range on the local today', async () => {
    expect(await get('/me')).toMatchObject({ timeZone: 'Asia/Almaty' });
    await store.addFeedback(record('2026-11-27T20:00:00.000Z', { id: newSubmissionId() }));
    expect(await get('/pages?site=ministry')).toMatchObject({
      from: '2026-10-30',
      to: '2026-11-28',
      total: 1,
    });
    const votes = (await get('/votes?site=ministry')) as { days: { day: string; yes: number }[] };
    expect(votes.days.at(-1)).toEqual({ day: '2026-11-28', yes: 1, no: 0 });
    expect(await get('/responsiveness?site=ministry')).toMatchObject({
      overall: { from: '2026-10-30', to: '2026-11-28' },
    });
  });
});

const postgresUrl = process.env.HEARD_TEST_DATABASE_URL;

// Instances against one PostgreSQL must count on the same days: one started with another HEARD_TIME_ZONE
// rebuilds the counters, and from then on the others refuse to count rather than add days of their zone.
describe.skipIf(!postgresUrl)('PostgreSQL: instances started with different time zones', () => {
  let url: string;
  let utc: PostgresStore;
  let almaty: PostgresStore | undefined;
  beforeEach(async () => {
    url = await scratchSchemaUrl(postgresUrl ?? '', 'test');
    utc = await PostgresStore.open(url, { timeZone: 'UTC' });
    await utc.upsertSite(site);
  });
  afterEach(async () => {
    await utc.close();
    await almaty?.close();
  });

  it('refuses to count, and fails its health check, once another instance counts in another zone', async () => {
    const stored = record('2026-11-27T20:30:00.000Z', { vote: 'no' });
    await utc.addFeedback(stored);
    almaty = await PostgresStore.open(url, { timeZone: 'Asia/Almaty', log: () => undefined });
    const why =
      /the day counters are kept in Asia\/Almaty, not in UTC: start every instance with HEARD_TIME_ZONE=Asia\/Almaty/;
    const late = record('2026-11-27T21:00:00.000Z');
    await expect(utc.addFeedback(late)).rejects.toThrow(why);
    // The general path (a replacement) and moderation check too.
    await expect(
      utc.addFeedback(record('2026-11-27T21:00:00.000Z', { replaces: stored.id })),
    ).rejects.toThrow(why);
    await expect(utc.moderate(stored.id, { status: 'spam' })).rejects.toThrow(why);
    await expect(utc.ping()).rejects.toThrow(why);
    expect(await almaty.hasFeedback(late.id)).toBe(false);
    expect(await almaty.votesByDay({ site: 'ministry', from: '2026-11-27', to: '2026-11-28' })).toEqual([
      { day: '2026-11-28', yes: 0, votes: 1 },
    ]);
    await almaty.ping();
  });

  it('never adds one zone’s days to counters rebuilt in another while both write', async () => {
    // Rows of another site that make the rebuild last long enough for batches to arrive during it.
    const seed = new pg.Client({ connectionString: url });
    await seed.connect();
    await seed.query(
      `INSERT INTO feedback (id, site, page, language, vote, created_at, received_at)
       SELECT 'seed-' || g, 'other', 'https://other.example.kz/' || (g % 100), 'ru', 'yes', t, t
       FROM generate_series(1, 40000) g, LATERAL (SELECT timestamptz '2026-01-01' + g * interval '1 minute' AS t) at`,
    );
    await seed.end();
    const acknowledged: FeedbackRecord[] = [];
    let refused = 0;
    const start = Date.parse('2026-11-27T17:00:00.000Z');
    let n = 0;
    const writing = (async () => {
      // Bounded, so a store that never refuses fails the test instead of hanging it.
      while (refused === 0 && n < 4_000) {
        const batch = Array.from({ length: 20 }, () => record(new Date(start + ++n * 61_000).toISOString()));
        const results = await Promise.allSettled(batch.map((r) => utc.addFeedback(r)));
        results.forEach((result, i) => {
          if (result.status === 'fulfilled') acknowledged.push(batch[i] as FeedbackRecord);
          else refused++;
        });
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 100));
    almaty = await PostgresStore.open(url, { timeZone: 'Asia/Almaty', log: () => undefined });
    await writing;
    expect(refused).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(0);
    // The counters are a recount of the rows stored, on Almaty's days, and every acknowledged row is stored.
    expect(await almaty.countFeedback('ministry')).toBe(acknowledged.length);
    const expected = new Map<string, number>();
    for (const r of acknowledged) {
      const day = almaty.days.dayOf(r.receivedAt);
      expected.set(day, (expected.get(day) ?? 0) + 1);
    }
    expect(days(await almaty.votesByDay({ site: 'ministry', from: '2026-11-27', to: '2026-12-31' }))).toEqual(
      [...expected].sort(),
    );
  });
});

// A deployment whose HEARD_TIME_ZONE went missing (a new unit file, a container started by hand) must not
// recount everything in UTC: unset means the zone the counters are kept in.
describe('a collector started without HEARD_TIME_ZONE', () => {
  it('keeps counting in the zone its database was set to, without a rebuild', async () => {
    const env = {
      PORT: '0',
      HEARD_DATA_DIR: mkdtempSync(join(tmpdir(), 'heard-zone-')),
      HEARD_ADMIN_PASSWORD: 'zone-test-password',
    };
    const first = await startServer(loadConfig({ ...env, HEARD_TIME_ZONE: 'Asia/Almaty' }));
    await first.store.addFeedback(record('2026-11-27T20:30:00.000Z', { id: newSubmissionId() }));
    await first.stop();
    const printed = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const again = await startServer(loadConfig(env));
      expect(again.store.days.zone).toBe('Asia/Almaty');
      await again.stop();
      const lines = printed.mock.calls.map(([line]) => String(line));
      expect(lines.filter((line) => /time zone|counters/i.test(line))).toEqual([]);
    } finally {
      printed.mockRestore();
    }
  });
});
