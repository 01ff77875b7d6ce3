import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountRecord, CounterQuery } from '../../../server/storage/admin-store.ts';
import type { FeedbackRecord, HeardStore } from '../../../server/storage/store.ts';
import { backends } from './backends.ts';

const PAGE = 'https://gov.example.kz/ru/passport';

const record = (overrides: Partial<FeedbackRecord> = {}): FeedbackRecord => ({
  id: randomUUID(),
  site: 'ministry',
  page: PAGE,
  language: 'ru',
  vote: 'yes',
  createdAt: '2026-11-20T10:00:00.000Z',
  receivedAt: '2026-11-20T10:00:01.000Z',
  spam: false,
  ...overrides,
});

const account = (overrides: Partial<AccountRecord> = {}): AccountRecord => ({
  username: 'aigerim',
  role: 'editor',
  sites: ['ministry'],
  passwordHash: 'scrypt$placeholder',
  mustChangePassword: true,
  createdAt: '2026-11-01T08:00:00.000Z',
  lastLoginAt: null,
  ...overrides,
});

const range = (overrides: Partial<CounterQuery> = {}): CounterQuery => ({
  site: 'ministry',
  from: '2026-11-01',
  to: '2026-11-27',
  last7From: '2026-11-21',
  previous7From: '2026-11-14',
  ...overrides,
});

describe.each(backends)('%s dashboard store', (_, open) => {
  let store: HeardStore;
  beforeAll(async () => {
    store = await open();
    await store.upsertSite({
      id: 'ministry',
      name: 'Ministry',
      origins: [],
      minVotes: 1,
      retentionDays: null,
    });
  });
  afterAll(async () => {
    await store.close();
  });

  it('keeps accounts: unique usernames, updates, and deleting one ends its sessions', async () => {
    expect(await store.countAccounts()).toBe(0);
    expect(await store.createAccount(account())).toBe(true);
    expect(await store.createAccount(account({ role: 'admin' }))).toBe(false);
    expect(await store.createAccount(account({ username: 'admin', role: 'admin', sites: 'all' }))).toBe(true);
    expect(await store.getAccount('aigerim')).toEqual(account());
    expect(
      await store.updateAccount('aigerim', { role: 'viewer', sites: 'all', mustChangePassword: false }),
    ).toBe(true);
    expect(await store.getAccount('aigerim')).toMatchObject({
      role: 'viewer',
      sites: 'all',
      mustChangePassword: false,
    });
    expect(await store.updateAccount('nobody', { role: 'viewer' })).toBe(false);
    await store.recordLogin('aigerim', '2026-11-27T09:00:00.000Z');
    expect((await store.listAccounts()).map((a) => [a.username, a.lastLoginAt])).toEqual([
      ['admin', null],
      ['aigerim', '2026-11-27T09:00:00.000Z'],
    ]);

    await store.createSession({
      tokenHash: 'h1',
      username: 'aigerim',
      createdAt: '2026-11-27T09:00:00.000Z',
      lastSeenAt: '2026-11-27T09:00:00.000Z',
    });
    expect(await store.deleteAccount('aigerim')).toBe(true);
    expect(await store.getSession('h1')).toBeUndefined();
    expect(await store.deleteAccount('aigerim')).toBe(false);
  });

  it('keeps sessions by token hash, touches them, and deletes expired or all but one', async () => {
    const at = '2026-11-27T09:00:00.000Z';
    for (const tokenHash of ['a', 'b', 'c'])
      await store.createSession({ tokenHash, username: 'admin', createdAt: at, lastSeenAt: at });
    await store.touchSession('a', '2026-11-27T20:00:00.000Z');
    expect(await store.getSession('a')).toEqual({
      tokenHash: 'a',
      username: 'admin',
      createdAt: at,
      lastSeenAt: '2026-11-27T20:00:00.000Z',
    });
    // Idle since 09:00 is expired at a cut-off of 10:00; "a" was seen at 20:00.
    expect(await store.deleteExpiredSessions('2026-11-27T10:00:00.000Z', '2026-11-20T00:00:00.000Z')).toBe(2);
    await store.createSession({ tokenHash: 'd', username: 'admin', createdAt: at, lastSeenAt: at });
    await store.deleteSessionsOf('admin', 'd');
    expect(await store.getSession('a')).toBeUndefined();
    expect(await store.getSession('d')).toBeDefined();
    await store.deleteSession('d');
    expect(await store.getSession('d')).toBeUndefined();
  });

  it('sums page counters over a range with grades, reasons and trend windows; replaced and spam rows do not count', async () => {
    const day = (d: string) => ({ createdAt: `${d}T10:00:00.000Z`, receivedAt: `${d}T10:00:01.000Z` });
    const readability = (grade: number) => ({
      language: 'ru' as const,
      grade,
      score: 50,
      words: 300,
      averageSentenceLength: 14,
    });
    await store.addFeedback(
      record({
        ...day('2026-11-25'),
        vote: 'yes',
        clarity: 5,
        readability: readability(8),
        reasons: ['clear', 'clear'],
      }),
    );
    await store.addFeedback(
      record({
        ...day('2026-11-24'),
        vote: 'no',
        clarity: 2,
        readability: readability(12),
        reasons: ['hard-to-understand'],
        comment: 'сложно',
      }),
    );
    await store.addFeedback(
      record({ ...day('2026-11-15'), vote: 'no', clarity: 1, reasons: ['out-of-date'] }),
    );
    // Before the range: only in the previous-7 window when the range starts later.
    await store.addFeedback(record({ ...day('2026-10-30'), vote: 'yes' }));
    // Replaced: the first vote stops counting.
    const changed = record({ ...day('2026-11-26'), vote: 'no', clarity: 1, reasons: ['something-broken'] });
    await store.addFeedback(changed);
    await store.addFeedback(record({ ...day('2026-11-26'), vote: 'yes', replaces: changed.id }));
    await store.addFeedback(record({ ...day('2026-11-26'), vote: 'no', spam: true, clarity: 1 }));
    await store.addFeedback(record({ ...day('2026-11-26'), vote: 'no', language: 'kk', page: `${PAGE}/kk` }));

    const rows = await store.pageAggregates(range());
    const passport = rows.find((r) => r.page === PAGE);
    expect(passport).toEqual({
      page: PAGE,
      votes: 4,
      yes: 2,
      claritySum: 8,
      clarityCount: 3,
      gradeSum: 20,
      gradeCount: 2,
      comments: 1,
      votesLast7: 3,
      yesLast7: 2,
      votesPrevious7: 1,
      yesPrevious7: 0,
      // The pages table does not need reasons; one page's detail reads them (below).
      reasons: expect.any(Object),
    });
    expect((await store.pageAggregates(range({ page: PAGE })))[0]?.reasons).toEqual({
      'found-what-i-needed': 0,
      clear: 1,
      'hard-to-understand': 1,
      'out-of-date': 1,
      'missing-information': 0,
      'something-broken': 0,
      other: 0,
    });
    expect(rows.map((r) => r.page).sort()).toEqual([PAGE, `${PAGE}/kk`]);
    expect((await store.pageAggregates(range({ language: 'kk' }))).map((r) => r.page)).toEqual([
      `${PAGE}/kk`,
    ]);
    expect(await store.pageAggregates(range({ page: `${PAGE}/kk`, language: 'ru' }))).toEqual([]);
    // The trend windows reach before the range: 2026-10-30 is in "previous 7" of a range ending 2026-11-05.
    const early = await store.pageAggregates(
      range({ from: '2026-11-04', to: '2026-11-05', last7From: '2026-10-30', previous7From: '2026-10-23' }),
    );
    expect(early).toEqual([expect.objectContaining({ page: PAGE, votes: 0, votesLast7: 1, yesLast7: 1 })]);

    expect(
      await store.votesByDay({ site: 'ministry', from: '2026-11-24', to: '2026-11-26', page: PAGE }),
    ).toEqual([
      { day: '2026-11-24', yes: 0, votes: 1 },
      { day: '2026-11-25', yes: 1, votes: 1 },
      { day: '2026-11-26', yes: 1, votes: 1 },
    ]);
  });

  it('gives the same sums from monthly counters as from days, across month edges and after moderation', async () => {
    const page = `${PAGE}/months`;
    const days = [
      '2026-08-31',
      '2026-09-01',
      '2026-09-15',
      '2026-09-30',
      '2026-10-01',
      '2026-10-20',
      '2026-11-02',
    ];
    const stored: FeedbackRecord[] = [];
    for (const [i, d] of days.entries()) {
      const r = record({
        page,
        receivedAt: `${d}T23:59:59.000Z`,
        vote: i % 2 ? 'no' : 'yes',
        clarity: 1 + (i % 5),
      });
      stored.push(r);
      await store.addFeedback(r);
    }
    await store.moderate(stored[2]?.id as string, { status: 'spam' });
    const onlyThisPage = async (from: string, to: string) => {
      const rows = await store.pageAggregates(range({ from, to, last7From: to, previous7From: to }));
      const row = rows.find((r) => r.page === page);
      return row && { votes: row.votes, yes: row.yes, claritySum: row.claritySum };
    };
    // Whole September and October come from months; the edges from days; the spam row counts nowhere.
    expect(await onlyThisPage('2026-08-31', '2026-11-02')).toEqual({
      votes: 6,
      yes: 3,
      claritySum: 1 + 2 + 4 + 5 + 1 + 2,
    });
    expect(await onlyThisPage('2026-09-01', '2026-09-30')).toEqual({ votes: 2, yes: 0, claritySum: 2 + 4 });
    // Ranges ending late in a month read it whole minus the days after: a vote after the end stays out.
    expect(await onlyThisPage('2026-09-01', '2026-10-25')).toEqual({
      votes: 4,
      yes: 1,
      claritySum: 2 + 4 + 5 + 1,
    });
    expect(await onlyThisPage('2026-10-01', '2026-10-19')).toEqual({ votes: 1, yes: 1, claritySum: 5 });
    // Whole months per language and over all languages agree.
    const september = range({
      from: '2026-09-01',
      to: '2026-09-30',
      last7From: '2026-10-01',
      previous7From: '2026-10-01',
    });
    const ru = (await store.pageAggregates({ ...september, language: 'ru' })).find((r) => r.page === page);
    expect(ru).toMatchObject({ votes: 2, yes: 0, claritySum: 2 + 4 });
    expect(
      (await store.pageAggregates({ ...september, language: 'kk' })).find((r) => r.page === page),
    ).toBeUndefined();
    expect(await onlyThisPage('2026-09-02', '2026-10-01')).toEqual({ votes: 2, yes: 1, claritySum: 4 + 5 });
  });

  it('lists feedback newest first in keyset pages, never replaced rows, spam only on request', async () => {
    const page = `${PAGE}/list`;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = record({
        page,
        receivedAt: `2026-11-2${i}T10:00:00.000Z`,
        comment: `отзыв ${i}`,
        vote: 'no',
      });
      ids.push(r.id);
      await store.addFeedback(r);
    }
    const replacement = record({ page, receivedAt: '2026-11-26T10:00:00.000Z', replaces: ids[4] as string });
    await store.addFeedback(replacement);
    const spam = record({ page, receivedAt: '2026-11-26T11:00:00.000Z', spam: true, comment: 'buy now' });
    await store.addFeedback(spam);

    const filter = { site: 'ministry', page, from: '2026-11-01', to: '2026-11-30' };
    const first = await store.listFeedback(filter, 3);
    expect(first.map((i) => i.id)).toEqual([replacement.id, ids[3], ids[2]]);
    const last = first.at(-1);
    const second = await store.listFeedback(filter, 3, last && { receivedAt: last.receivedAt, id: last.id });
    expect(second.map((i) => i.id)).toEqual([ids[1], ids[0]]);
    expect(second[0]).toEqual({
      id: ids[1],
      site: 'ministry',
      page,
      receivedAt: '2026-11-21T10:00:00.000Z',
      language: 'ru',
      vote: 'no',
      clarity: null,
      reasons: [],
      comment: 'отзыв 1',
      status: 'new',
      tags: [],
    });
    expect((await store.listFeedback({ ...filter, status: 'spam' }, 10)).map((i) => i.id)).toEqual([spam.id]);
    expect((await store.listFeedback({ ...filter, to: '2026-11-21' }, 10)).map((i) => i.id)).toEqual([
      ids[1],
      ids[0],
    ]);

    const exported = await store.exportBatch(filter, 2);
    expect(exported.map((r) => r.id)).toEqual([ids[0], ids[1]]);
    const more = await store.exportBatch(filter, 10, {
      receivedAt: '2026-11-21T10:00:00.000Z',
      id: ids[1] as string,
    });
    expect(more.map((r) => r.id)).toEqual([ids[2], ids[3], replacement.id]);
  });

  it('moderates: spam stops counting and un-spamming counts again; tags and status are kept', async () => {
    const page = `${PAGE}/moderated`;
    const r = record({ page, vote: 'no', clarity: 2, comment: 'плохо' });
    await store.addFeedback(r);
    const totals = () => store.pageAggregates(range({ page }));
    expect((await totals())[0]).toMatchObject({ votes: 1, comments: 1 });
    expect(await store.moderate(r.id, { status: 'spam', tags: ['реклама'] })).toMatchObject({
      status: 'spam',
      tags: ['реклама'],
    });
    expect((await totals())[0]).toMatchObject({ votes: 0, comments: 0, claritySum: 0 });
    // Marking spam twice moves nothing.
    await store.moderate(r.id, { status: 'spam' });
    expect((await totals())[0]).toMatchObject({ votes: 0 });
    expect(await store.moderate(r.id, { status: 'reviewed' })).toMatchObject({
      status: 'reviewed',
      tags: ['реклама'],
    });
    expect((await totals())[0]).toMatchObject({ votes: 1, comments: 1, claritySum: 2 });
    expect(await store.moderate(randomUUID(), { status: 'hidden' })).toBeUndefined();
  });

  it('hides a comment: the row still counts, the list leaves it out unless asked, the export reads it', async () => {
    const page = `${PAGE}/hidden`;
    const hidden = record({ page, vote: 'no', comment: 'Скрытый текст' });
    const shown = record({ page, comment: 'Видимый текст', receivedAt: '2026-11-20T11:00:00.000Z' });
    await store.addFeedback(hidden);
    await store.addFeedback(shown);
    const sums = async () =>
      (await store.pageAggregates(range({ page }))).map((r) => ({ votes: r.votes, comments: r.comments }));
    const before = await sums();
    expect(await store.moderate(hidden.id, { status: 'hidden' })).toMatchObject({
      status: 'hidden',
      comment: 'Скрытый текст',
    });
    expect(await sums()).toEqual(before);
    expect(before).toEqual([{ votes: 2, comments: 2 }]);
    const filter = { site: 'ministry', page, from: '2026-11-01', to: '2026-11-27' };
    expect((await store.listFeedback(filter, 10)).map((i) => i.id)).toEqual([shown.id]);
    expect((await store.listFeedback({ ...filter, status: 'hidden' }, 10)).map((i) => i.id)).toEqual([
      hidden.id,
    ]);
    expect(
      (await store.exportBatch({ ...filter, includeHidden: true }, 10)).map((r) => [r.id, r.status]),
    ).toEqual([
      [hidden.id, 'hidden'],
      [shown.id, 'new'],
    ]);
    // Unhiding brings it back.
    await store.moderate(hidden.id, { status: 'reviewed' });
    expect((await store.listFeedback(filter, 10)).map((i) => i.id)).toEqual([shown.id, hidden.id]);
  });

  it('stops waiting when the only waiting "no" is changed to "yes" or marked spam, and waits again if un-spammed', async () => {
    const page = `${PAGE}/changed-mind`;
    const waiting = async () =>
      (await store.responsiveness('ministry')).find((p) => p.page === page)?.pendingSince ?? null;
    const no = record({ page, vote: 'no', receivedAt: '2026-11-05T10:00:00.000Z' });
    await store.addFeedback(no);
    expect(await waiting()).toBe('2026-11-05T10:00:00.000Z');
    await store.addFeedback(
      record({ page, vote: 'yes', replaces: no.id, receivedAt: '2026-11-05T10:01:00.000Z' }),
    );
    expect(await waiting()).toBeNull();

    // A "no" followed by its details (another "no") keeps waiting since the first.
    const second = record({ page, vote: 'no', receivedAt: '2026-11-06T10:00:00.000Z' });
    await store.addFeedback(second);
    const details = record({ page, vote: 'no', replaces: second.id, receivedAt: '2026-11-06T10:02:00.000Z' });
    await store.addFeedback(details);
    expect(await waiting()).toBe('2026-11-06T10:00:00.000Z');
    await store.moderate(details.id, { status: 'spam' });
    expect(await waiting()).toBeNull();
    await store.moderate(details.id, { status: 'new' });
    expect(await waiting()).toBe('2026-11-06T10:02:00.000Z');
  });

  it('tracks responsiveness: the oldest waiting "no" until a response, and each wait for the median', async () => {
    const page = `${PAGE}/waiting`;
    await store.addFeedback(record({ page, vote: 'yes', receivedAt: '2026-11-01T08:00:00.000Z' }));
    expect((await store.responsiveness('ministry')).find((p) => p.page === page)).toBeUndefined();
    await store.addFeedback(record({ page, vote: 'no', receivedAt: '2026-11-01T10:00:00.000Z' }));
    await store.addFeedback(record({ page, vote: 'no', receivedAt: '2026-11-01T12:00:00.000Z' }));
    await store.addFeedback(record({ page, vote: 'no', spam: true, receivedAt: '2026-11-01T09:00:00.000Z' }));
    expect((await store.responsiveness('ministry')).find((p) => p.page === page)).toEqual({
      page,
      pendingSince: '2026-11-01T10:00:00.000Z',
      waits: [],
    });
    const response = { site: 'ministry', page, language: 'ru' as const, text: 'Исправили' };
    await store.publishResponse({ ...response, id: 'r1', publishedAt: '2026-11-02T10:00:00.000Z' });
    // A second response answers nothing: no wait is recorded.
    await store.publishResponse({ ...response, id: 'r2', publishedAt: '2026-11-02T11:00:00.000Z' });
    await store.addFeedback(record({ page, vote: 'no', receivedAt: '2026-11-03T10:00:00.000Z' }));
    expect((await store.responsiveness('ministry')).find((p) => p.page === page)).toEqual({
      page,
      pendingSince: '2026-11-03T10:00:00.000Z',
      waits: [86_400],
    });
    await store.publishResponse({ ...response, id: 'r3', publishedAt: '2026-11-03T10:30:00.000Z' });
    const state = (await store.responsiveness('ministry')).find((p) => p.page === page);
    expect(state?.pendingSince).toBeNull();
    expect(state?.waits.sort((a, b) => a - b)).toEqual([1_800, 86_400]);

    expect((await store.listResponses('ministry', page)).map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
    expect(await store.responseSite('r3')).toEqual({ site: 'ministry', page });
    expect(await store.deleteResponse('r3')).toBe(true);
    expect(await store.deleteResponse('r3')).toBe(false);
    expect((await store.responsiveness('ministry')).find((p) => p.page === page)?.waits).toEqual([86_400]);
  });

  it('measures the site-wide time from each counted "no" to the first response on its page after it', async () => {
    const site = 'response-times';
    const page = `${PAGE}/answered`;
    const at = (time: string, overrides: Partial<FeedbackRecord> = {}) =>
      record({ site, page, vote: 'no', receivedAt: time, createdAt: time, ...overrides });
    const hidden = at('2026-11-02T10:00:00.000Z');
    const changed = at('2026-11-02T11:00:00.000Z');
    for (const r of [
      at('2026-10-31T23:00:00.000Z'), // answered, but before the range
      at('2026-11-01T09:00:00.000Z', { vote: 'yes' }),
      at('2026-11-01T10:00:00.000Z'), // 4 h
      at('2026-11-01T11:00:00.000Z', { spam: true }),
      at('2026-11-01T12:00:00.000Z', { language: 'kk' }), // 2 h
      hidden, // 24 h: hidden feedback counts
      changed,
      at('2026-11-02T11:05:00.000Z', { vote: 'yes', replaces: changed.id }),
      at('2026-11-04T10:00:00.000Z'), // after the last response: still waiting
      at('2026-11-01T10:00:00.000Z', { page: `${PAGE}/never-answered` }),
    ])
      await store.addFeedback(r);
    await store.moderate(hidden.id, { status: 'hidden' });
    const respond = (id: string, publishedAt: string) =>
      store.publishResponse({ id, site, page, language: 'ru', text: 'Ответ', publishedAt });
    await respond('t1', '2026-11-01T14:00:00.000Z');
    await respond('t2', '2026-11-03T10:00:00.000Z');
    const times = (from: string, to: string, language?: 'kk') =>
      store.responseTimes({ site, from, to, language });
    expect(await times('2026-11-01', '2026-11-30')).toEqual({ answered: 3, medianSeconds: 14_400 });
    // An even count: the mean of the two middle waits.
    expect(await times('2026-11-01', '2026-11-01')).toEqual({ answered: 2, medianSeconds: 10_800 });
    expect(await times('2026-11-01', '2026-11-30', 'kk')).toEqual({ answered: 1, medianSeconds: 7_200 });
    expect(await times('2026-11-02', '2026-11-30')).toEqual({ answered: 1, medianSeconds: 86_400 });
    expect(await times('2026-11-05', '2026-11-30')).toEqual({ answered: 0, medianSeconds: null });
    expect(await store.responseTimes({ site: 'nobody', from: '2026-11-01', to: '2026-11-30' })).toEqual({
      answered: 0,
      medianSeconds: null,
    });
  });
});
