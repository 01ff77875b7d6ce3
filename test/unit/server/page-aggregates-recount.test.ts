import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterQuery } from '../../../server/reports/pages-table.ts';
import type { CounterQuery, PageAggregate } from '../../../server/storage/admin-store.ts';
import { REASONS } from '../../../server/storage/counters.ts';
import { emptyPageAggregate } from '../../../server/storage/page-aggregates.ts';
import type { FeedbackRecord, HeardStore } from '../../../server/storage/store.ts';
import { backends } from './backends.ts';

// Seeded, so a failure names a reproducible data set (mulberry32).
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const PAGES = ['a', 'b', 'c', 'd', 'e'].map((p) => `https://gov.example.kz/ru/${p}`);
const LANGUAGES = ['kk', 'ru', 'en'] as const;
const START = Date.parse('2026-08-25T00:00:00.000Z');
const DAYS = 100;

/** Submissions over August–November, with spam, replaced ones and a spread of pages, languages and days. */
function submissions(): FeedbackRecord[] {
  const random = generator(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const records: FeedbackRecord[] = [];
  for (let i = 0; i < 600; i++) {
    const at = new Date(START + Math.floor(random() * DAYS * 86_400_000)).toISOString();
    const earlier = records.length > 0 && random() < 0.1 ? pick(records) : undefined;
    records.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      site: 'ministry',
      // A replacement is on the same page as the submission it replaces, and arrives after it.
      page: earlier?.page ?? pick(PAGES),
      language: pick(LANGUAGES),
      vote: random() < 0.6 ? 'yes' : 'no',
      ...(random() < 0.5 ? { clarity: 1 + Math.floor(random() * 5) } : {}),
      ...(random() < 0.4 ? { reasons: [pick(REASONS), pick(REASONS)] } : {}),
      ...(random() < 0.3 ? { comment: 'Комментарий' } : {}),
      ...(random() < 0.6
        ? {
            readability: {
              language: 'ru' as const,
              grade: Math.floor(random() * 32) / 2,
              score: 50,
              words: 100,
              averageSentenceLength: 12,
            },
          }
        : {}),
      ...(earlier && earlier.receivedAt < at && !records.some((r) => r.replaces === earlier.id)
        ? { replaces: earlier.id }
        : {}),
      createdAt: at,
      receivedAt: at,
      spam: random() < 0.05,
    });
  }
  return records;
}

/** The aggregates counted again from the submissions themselves: what the counters must equal. */
function recount(records: readonly FeedbackRecord[], spam: ReadonlySet<string>, q: CounterQuery) {
  const replaced = new Set(records.flatMap((r) => (r.replaces && !r.spam ? [r.replaces] : [])));
  const totals = new Map<string, PageAggregate>();
  for (const r of records) {
    if (r.spam || spam.has(r.id) || replaced.has(r.id)) continue;
    if (q.language && r.language !== q.language) continue;
    if (q.page && r.page !== q.page) continue;
    const day = r.receivedAt.slice(0, 10);
    const t = totals.get(r.page) ?? emptyPageAggregate(r.page);
    const yes = r.vote === 'yes' ? 1 : 0;
    if (day >= q.from && day <= q.to) {
      t.votes += 1;
      t.yes += yes;
      t.claritySum += r.clarity ?? 0;
      t.clarityCount += r.clarity === undefined ? 0 : 1;
      t.gradeSum += r.readability?.grade ?? 0;
      t.gradeCount += r.readability ? 1 : 0;
      t.comments += r.comment ? 1 : 0;
      for (const reason of new Set(r.reasons ?? [])) t.reasons[reason] += 1;
    }
    if (day >= q.last7From && day <= q.to) {
      t.votesLast7 += 1;
      t.yesLast7 += yes;
    } else if (day >= q.previous7From && day < q.last7From) {
      t.votesPrevious7 += 1;
      t.yesPrevious7 += yes;
    }
    totals.set(r.page, t);
  }
  return [...totals.values()];
}

/** Rows that say something (a piece may name a page whose sums cancel out), by page; reasons only for one page. */
const comparable = (rows: PageAggregate[], withReasons: boolean) =>
  rows
    .filter((r) => r.votes !== 0 || r.votesLast7 !== 0 || r.votesPrevious7 !== 0)
    .map(({ reasons, ...r }) => (withReasons ? { ...r, reasons } : r))
    .sort((a, b) => (a.page < b.page ? -1 : 1));

describe.each(backends)('%s page aggregates against a recount of the submissions', (_, open) => {
  let store: HeardStore;
  const records = submissions();
  const spam = new Set<string>();
  beforeAll(async () => {
    store = await open();
    await store.upsertSite({
      id: 'ministry',
      name: 'Ministry',
      origins: [],
      minVotes: 1,
      retentionDays: null,
    });
    // In order of arrival, in batches like live traffic.
    const ordered = [...records].sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : 1));
    for (let i = 0; i < ordered.length; i += 50)
      await Promise.all(ordered.slice(i, i + 50).map((r) => store.addFeedback(r)));
    // Moderation moves counters too.
    for (const r of records.filter((_, i) => i % 37 === 0)) {
      await store.moderate(r.id, { status: 'spam' });
      spam.add(r.id);
    }
  });
  afterAll(async () => {
    await store.close();
  });

  const ranges: [string, string, string][] = [
    ['partial months at both ends', '2026-08-27', '2026-11-20'],
    ['ending late in a month (read whole, minus the days after)', '2026-09-03', '2026-10-29'],
    ['ending early in a month', '2026-08-31', '2026-11-02'],
    ['whole months', '2026-09-01', '2026-10-31'],
    ['one month, first to last day', '2026-10-01', '2026-10-31'],
    ['inside one month', '2026-10-05', '2026-10-24'],
    ['one day', '2026-10-01', '2026-10-01'],
    ['the last day of a month to the first of the next', '2026-09-30', '2026-10-01'],
    ['beyond the data at both ends', '2026-07-15', '2026-12-31'],
  ];

  it.each(ranges)('gives the recount for %s', async (_, from, to) => {
    for (const language of [undefined, 'kk'] as const) {
      const q = counterQuery('ministry', { from, to }, { language });
      expect(comparable(await store.pageAggregates(q), false)).toEqual(
        comparable(recount(records, spam, q), false),
      );
    }
  });

  it.each(ranges)('gives the recount for one page, reasons included, for %s', async (_, from, to) => {
    const q = counterQuery('ministry', { from, to }, { page: PAGES[1] });
    expect(comparable(await store.pageAggregates(q), true)).toEqual(
      comparable(recount(records, spam, q), true),
    );
  });
});
