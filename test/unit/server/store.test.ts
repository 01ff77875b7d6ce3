import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRetention } from '../../../server/retention.ts';
import type { FeedbackRecord, HeardStore } from '../../../server/storage/store.ts';
import { backends } from './backends.ts';

const record = (overrides: Partial<FeedbackRecord> = {}): FeedbackRecord => ({
  id: randomUUID(),
  site: 'ministry',
  page: 'https://gov.example.kz/ru/id-card',
  language: 'ru',
  vote: 'yes',
  createdAt: '2026-11-27T10:00:00.000Z',
  receivedAt: '2026-11-27T10:00:01.000Z',
  spam: false,
  ...overrides,
});

describe.each(backends)('%s store', (_, open) => {
  let store: HeardStore;
  beforeAll(async () => {
    store = await open();
    await store.upsertSite({
      id: 'ministry',
      name: 'Ministry',
      origins: ['https://gov.example.kz'],
      minVotes: 10,
      retentionDays: null,
    });
  });
  afterAll(async () => {
    await store.close();
  });

  it('stores sites and updates them in place', async () => {
    await store.upsertSite({
      id: 'akimat',
      name: 'Akimat',
      origins: ['https://a.kz'],
      minVotes: 5,
      retentionDays: 30,
    });
    await store.upsertSite({
      id: 'akimat',
      name: 'Akimat of Almaty',
      origins: ['https://a.kz', 'https://b.kz'],
      minVotes: 5,
      retentionDays: 30,
    });
    expect(await store.getSite('akimat')).toEqual({
      id: 'akimat',
      name: 'Akimat of Almaty',
      origins: ['https://a.kz', 'https://b.kz'],
      minVotes: 5,
      retentionDays: 30,
    });
    expect((await store.listSites()).map((s) => s.id)).toEqual(['akimat', 'ministry']);
    expect(await store.getSite('nope')).toBeUndefined();
  });

  it('accepts a submission once and treats its id as an idempotency key', async () => {
    const first = record({ comment: 'Спасибо', clarity: 4 });
    expect(await store.addFeedback(first)).toBe('accepted');
    expect(await store.addFeedback({ ...first, vote: 'no' })).toBe('duplicate');
    expect(await store.hasFeedback(first.id)).toBe(true);
  });

  it('commits a burst of concurrent submissions, each answered after commit, duplicates within the burst included', async () => {
    const burst = Array.from({ length: 300 }, (_, i) =>
      record({ page: 'https://gov.example.kz/ru/burst', vote: i % 3 === 0 ? 'no' : 'yes' }),
    );
    const repeated = burst[0] as FeedbackRecord;
    const results = await Promise.all([...burst, repeated].map((r) => store.addFeedback(r)));
    expect(results.filter((r) => r === 'accepted')).toHaveLength(300);
    expect(results.filter((r) => r === 'duplicate')).toHaveLength(1);
    const totals = await store.pageTotals('ministry', 'https://gov.example.kz/ru/burst');
    expect(totals).toMatchObject({ votes: 300, yes: 200 });
  });

  it('stores the rest of a batch when the database refuses one record of it', async () => {
    const page = 'https://gov.example.kz/ru/one-bad-apple';
    // PostgreSQL has no year 0 and no U+0000 in text; SQLite keeps both as text.
    const odd = [record({ page, createdAt: '0000-01-01T00:00:00Z' }), record({ page, comment: 'a\u0000b' })];
    const good = Array.from({ length: 5 }, () => record({ page }));
    const results = await Promise.allSettled([...good, ...odd].map((r) => store.addFeedback(r)));
    expect(results.slice(0, 5)).toEqual(good.map(() => ({ status: 'fulfilled', value: 'accepted' })));
    const stored = results.filter((r) => r.status === 'fulfilled').length;
    expect((await store.pageTotals('ministry', page)).votes).toBe(stored);
  });

  it('keeps spam out of the counters but stores it for moderation', async () => {
    const page = 'https://gov.example.kz/ru/spam';
    await store.addFeedback(record({ page, spam: true }));
    expect((await store.pageTotals('ministry', page)).votes).toBe(0);
    expect(await store.countFeedback('ministry')).toBeGreaterThan(300);
  });

  it('counts a replaced submission no more: a changed vote moves the counters', async () => {
    const page = 'https://gov.example.kz/ru/changed';
    const vote = record({ page, vote: 'no' });
    await store.addFeedback(vote);
    const details = record({ page, vote: 'yes', clarity: 4, comment: 'понятно', replaces: vote.id });
    expect(await store.addFeedback(details)).toBe('accepted');
    expect(await store.pageTotals('ministry', page)).toMatchObject({ votes: 1, yes: 1 });
    // Replaying the replacement changes nothing.
    expect(await store.addFeedback(details)).toBe('duplicate');
    expect(await store.pageTotals('ministry', page)).toMatchObject({ votes: 1, yes: 1 });
    // A chain: the details are replaced in turn.
    await store.addFeedback(record({ page, vote: 'no', replaces: details.id }));
    expect(await store.pageTotals('ministry', page)).toMatchObject({ votes: 1, yes: 0 });
  });

  it('handles a replacement that arrives before what it replaces, alone or in one batch', async () => {
    const page = 'https://gov.example.kz/ru/out-of-order';
    const first = record({ page, vote: 'no' });
    const second = record({ page, vote: 'yes', replaces: first.id });
    await store.addFeedback(second);
    await store.addFeedback(first);
    expect(await store.pageTotals('ministry', page)).toMatchObject({ votes: 1, yes: 1 });

    const batchPage = 'https://gov.example.kz/ru/same-batch';
    const a = record({ page: batchPage, vote: 'no' });
    const b = record({ page: batchPage, vote: 'yes', replaces: a.id });
    const c = record({ page: batchPage, vote: 'yes', replaces: b.id });
    await Promise.all([c, a, b].map((r) => store.addFeedback(r)));
    expect(await store.pageTotals('ministry', batchPage)).toMatchObject({ votes: 1, yes: 1 });
  });

  it('counts a mixed burst over several pages as a recount of its rows would, and leaves "no" pages waiting', async () => {
    const site = 'mixed';
    await store.upsertSite({ id: site, name: 'Mixed', origins: [], minVotes: 1, retentionDays: null });
    // A quote and a backslash in an address: page keys travel as escaped SQL literals on PostgreSQL.
    const pages = [
      'https://gov.example.kz/ru/a',
      "https://gov.example.kz/ru/o'b\\c",
      'https://gov.example.kz/ru/c',
    ];
    const [a, b, c] = pages as [string, string, string];
    const changed = record({ site, page: a, vote: 'no' });
    const burst = [
      changed,
      changed, // a retry racing its original
      record({ site, page: a, vote: 'yes', clarity: 5, replaces: changed.id }),
      record({ site, page: b, vote: 'no', spam: true }),
      record({ site, page: b, vote: 'yes', comment: 'ok' }),
      record({ site, page: b, vote: 'no' }),
      ...Array.from({ length: 20 }, (_, i) => record({ site, page: c, vote: i % 4 === 0 ? 'no' : 'yes' })),
    ];
    const results = await Promise.all(burst.map((r) => store.addFeedback(r)));
    expect(results.filter((r) => r === 'duplicate')).toHaveLength(1);
    expect(await store.pageTotals(site, a)).toMatchObject({ votes: 1, yes: 1 });
    expect(await store.pageTotals(site, b)).toMatchObject({ votes: 2, yes: 1 });
    expect(await store.pageTotals(site, c)).toMatchObject({ votes: 20, yes: 15 });
    // The replaced "no" never counted, so its page waits for nothing; the others wait since the burst.
    const waiting = (await store.responsiveness(site))
      .filter((p) => p.pendingSince !== null)
      .map((p) => p.page);
    expect(waiting.sort()).toEqual([b, c].sort());
  });

  it('never lets a submission replace one of another page, and never lets spam replace a vote', async () => {
    const page = 'https://gov.example.kz/ru/guarded';
    const vote = record({ page, vote: 'yes' });
    await store.addFeedback(vote);
    await store.addFeedback(
      record({ page: 'https://gov.example.kz/ru/other', vote: 'no', replaces: vote.id }),
    );
    await store.addFeedback(record({ page, vote: 'no', spam: true, replaces: vote.id }));
    expect(await store.pageTotals('ministry', page)).toMatchObject({ votes: 1, yes: 1 });
  });

  it('returns published responses newest first', async () => {
    const page = 'https://gov.example.kz/ru/responses';
    await store.publishResponse({
      id: randomUUID(),
      site: 'ministry',
      page,
      language: 'ru',
      text: 'Упростили форму',
      publishedAt: '2026-11-01T09:00:00.000Z',
    });
    await store.publishResponse({
      id: randomUUID(),
      site: 'ministry',
      page,
      language: 'ru',
      text: 'Добавили пример',
      publishedAt: '2026-11-20T09:00:00.000Z',
    });
    const { responses } = await store.pageTotals('ministry', page);
    expect(responses.map((r) => [r.text, r.publishedAt])).toEqual([
      ['Добавили пример', '2026-11-20T09:00:00.000Z'],
      ['Упростили форму', '2026-11-01T09:00:00.000Z'],
    ]);
  });

  it('applies retention: comments older than the site keeps them are deleted, votes stay', async () => {
    await store.upsertSite({
      id: 'retention',
      name: 'Retention',
      origins: [],
      minVotes: 1,
      retentionDays: 30,
    });
    const old = record({
      site: 'retention',
      comment: 'старый отзыв',
      receivedAt: '2026-09-01T10:00:00.000Z',
    });
    const recent = record({
      site: 'retention',
      comment: 'новый отзыв',
      receivedAt: '2026-11-20T10:00:00.000Z',
    });
    await store.addFeedback(old);
    await store.addFeedback(recent);
    const deleted = await applyRetention(store, new Date('2026-11-27T00:00:00.000Z'));
    expect(deleted.retention).toBe(1);
    expect(await store.commentOf(old.id)).toBeNull();
    expect(await store.commentOf(recent.id)).toBe('новый отзыв');
    expect(await store.hasFeedback(old.id)).toBe(true);
  });
});
