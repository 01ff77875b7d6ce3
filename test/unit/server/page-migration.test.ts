import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalPage } from '../../../server/canonical-page.ts';
import { counterQuery } from '../../../server/reports/pages-table.ts';
import { REASONS } from '../../../server/storage/counters.ts';
import type { FeedbackRecord, HeardStore, NewResponse } from '../../../server/storage/store.ts';
import { reopenableBackends } from './backends.ts';

// Releases before the current canonical form stored one page under several addresses: with a trailing
// slash, with path parameters, with the credentials of a link someone shared, with an e-mail in the path.
const SERVICES = 'https://gov.example.kz/ru/services';
const PROFILE = 'https://gov.example.kz/ru/profile/aigerim@mail.kz/edit';
const STORED_PAGES = [
  `${SERVICES}/`,
  SERVICES,
  `${SERVICES};jsessionid=0A1B2C3D`,
  'https://citizen:secret@gov.example.kz/ru/services/',
  'https://gov.example.kz/ru/other',
  PROFILE,
];
/** The schema version of the last release that did not move old page addresses. */
const BEFORE_PAGE_MIGRATION = 7;

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

/** Submissions over September and October as an older release stored them, in order of arrival. */
function submissions(): FeedbackRecord[] {
  const random = generator(11);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const start = Date.parse('2026-09-01T00:00:00.000Z');
  const records: FeedbackRecord[] = [];
  for (let i = 0; i < 240; i++) {
    const at = new Date(start + i * 5 * 3_600_000 + Math.floor(random() * 3_600_000)).toISOString();
    const earlier = records.length > 0 && random() < 0.1 ? pick(records) : undefined;
    records.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      site: 'ministry',
      // A replacement is sent from the page its original was sent from, spelled the same.
      page: earlier?.page ?? pick(STORED_PAGES),
      language: pick(['kk', 'ru', 'en'] as const),
      vote: random() < 0.6 ? 'yes' : 'no',
      ...(random() < 0.5 ? { clarity: 1 + Math.floor(random() * 5) } : {}),
      ...(random() < 0.4 ? { reasons: [pick(REASONS)] } : {}),
      ...(random() < 0.3 ? { comment: 'Комментарий' } : {}),
      ...(earlier && !records.some((r) => r.replaces === earlier.id) ? { replaces: earlier.id } : {}),
      createdAt: at,
      receivedAt: at,
      spam: random() < 0.05,
    });
  }
  return records;
}

const RECORDS = submissions();
const PROFILE_RESPONSE: NewResponse = {
  id: 'r-profile',
  site: 'ministry',
  page: PROFILE,
  language: 'ru',
  text: 'Исправили форму',
  publishedAt: '2026-10-05T12:00:00.000Z',
};

/** Stores the submissions with their pages as given, and a response on the page with an e-mail in it. */
async function fill(store: HeardStore, page: (stored: string) => string): Promise<void> {
  await store.upsertSite({ id: 'ministry', name: 'Ministry', origins: [], minVotes: 1, retentionDays: null });
  const before = RECORDS.filter((r) => r.receivedAt < PROFILE_RESPONSE.publishedAt);
  for (const r of before) await store.addFeedback({ ...r, page: page(r.page) });
  await store.publishResponse({ ...PROFILE_RESPONSE, page: page(PROFILE_RESPONSE.page) });
  for (const r of RECORDS.filter((r) => !before.includes(r)))
    await store.addFeedback({ ...r, page: page(r.page) });
}

describe.each(reopenableBackends)('%s: pages stored by an older release, upgraded', (_, reopenable) => {
  // The upgraded store against one that stored every page in canonical form from the start.
  let upgraded: HeardStore;
  let canonical: HeardStore;
  const range = counterQuery('ministry', { from: '2026-08-01', to: '2026-11-30' }, {});
  const canonicalPages = [...new Set(STORED_PAGES.map(canonicalPage))];

  beforeAll(async () => {
    const old = await reopenable();
    const written = await old.open();
    await fill(written, (page) => page);
    await written.close();
    await old.setSchemaVersion(BEFORE_PAGE_MIGRATION);
    upgraded = await old.open();
    canonical = await (await reopenable()).open();
    await fill(canonical, canonicalPage);
  });
  afterAll(async () => {
    await upgraded.close();
    await canonical.close();
  });

  it('counts each page once, under its canonical address, in every figure', async () => {
    const byPage = <T extends { page: string }>(rows: T[]) => rows.sort((a, b) => (a.page < b.page ? -1 : 1));
    const upgradedRows = byPage(await upgraded.pageAggregates(range));
    expect(upgradedRows.map((r) => r.page)).toEqual(canonicalPages.sort());
    expect(upgradedRows).toEqual(byPage(await canonical.pageAggregates(range)));
    for (const language of ['kk', 'en'] as const) {
      const q = counterQuery('ministry', range, { language });
      expect(byPage(await upgraded.pageAggregates(q))).toEqual(byPage(await canonical.pageAggregates(q)));
    }
    const onePage = counterQuery('ministry', range, { page: SERVICES });
    expect(await upgraded.pageAggregates(onePage)).toEqual(await canonical.pageAggregates(onePage));
    expect(await upgraded.votesByDay(onePage)).toEqual(await canonical.votesByDay(onePage));
    const shown = { site: 'ministry', from: range.from, to: range.to, pages: canonicalPages };
    const byPageAndLanguage = (rows: { page: string; language: string }[]) =>
      rows.map((r) => JSON.stringify(r)).sort();
    expect(byPageAndLanguage(await upgraded.languageVotes(shown))).toEqual(
      byPageAndLanguage(await canonical.languageVotes(shown)),
    );
    const totals = await upgraded.pageTotals('ministry', SERVICES);
    expect(totals).toEqual(await canonical.pageTotals('ministry', SERVICES));
    expect(totals.votes).toBeGreaterThan(0);
  });

  it('keeps no old address, with its credentials or e-mail, in the feedback or the responses', async () => {
    const filter = { site: 'ministry', from: range.from, to: range.to, includeHidden: true };
    const pages = new Set(
      (await upgraded.exportBatch({ ...filter, status: 'spam' }, 1_000)).map((r) => r.page),
    );
    for (const r of await upgraded.exportBatch(filter, 1_000)) pages.add(r.page);
    expect([...pages].sort()).toEqual(canonicalPages.sort());
    const services = await upgraded.listFeedback({ ...filter, page: SERVICES }, 1_000);
    expect(services.map((r) => r.id).sort()).toEqual(
      (await canonical.listFeedback({ ...filter, page: SERVICES }, 1_000)).map((r) => r.id).sort(),
    );
    expect(await upgraded.listResponses('ministry', canonicalPage(PROFILE))).toEqual([
      { id: 'r-profile', publishedAt: PROFILE_RESPONSE.publishedAt, language: 'ru', text: 'Исправили форму' },
    ]);
    expect(await upgraded.responseSite('r-profile')).toEqual({
      site: 'ministry',
      page: 'https://gov.example.kz/ru/profile/[email]/edit',
    });
  });

  it('keeps each page waiting since its earliest unanswered "no", and a response answers them all', async () => {
    const sorted = async (store: HeardStore) =>
      (await store.responsiveness('ministry')).sort((a, b) => (a.page < b.page ? -1 : 1));
    expect(await sorted(upgraded)).toEqual(await sorted(canonical));
    const response = {
      ...PROFILE_RESPONSE,
      id: 'r-services',
      page: SERVICES,
      publishedAt: '2026-11-02T09:00:00.000Z',
    };
    await upgraded.publishResponse(response);
    await canonical.publishResponse(response);
    const upgradedPages = await sorted(upgraded);
    expect(upgradedPages).toEqual(await sorted(canonical));
    expect(upgradedPages.find((p) => p.page === SERVICES)).toMatchObject({ pendingSince: null });
  });
});

describe.each(reopenableBackends)(
  '%s: a plate in a page address, stored before plates were scrubbed',
  (_, reopenable) => {
    it('moves its rows to the address with [plate] at the upgrade that scrubs it, and counts them there', async () => {
      const PLATE_PAGE = 'https://gov.example.kz/ru/fines/777ABC02';
      const SCRUBBED = 'https://gov.example.kz/ru/fines/[plate]';
      expect(canonicalPage(PLATE_PAGE)).toBe(SCRUBBED);
      const reopened = await reopenable();
      const written = await reopened.open();
      await written.upsertSite({
        id: 'ministry',
        name: 'Ministry',
        origins: [],
        minVotes: 1,
        retentionDays: null,
      });
      const [first, second] = RECORDS.filter((r) => !r.replaces && !r.spam);
      if (!first || !second) throw new Error('the seeded submissions have no two plain ones');
      // As the release before stored them: one page address with the plate, one another plate's.
      await written.addFeedback({ ...first, page: PLATE_PAGE });
      await written.addFeedback({ ...second, page: 'https://gov.example.kz/ru/fines/123ABC01' });
      await written.close();
      await reopened.setSchemaVersion((await reopened.schemaVersion()) - 1);
      const upgraded = await reopened.open();
      try {
        const filter = { site: 'ministry', from: '2026-08-01', to: '2026-11-30', includeHidden: true };
        const pages = (await upgraded.exportBatch(filter, 1_000)).map((r) => r.page);
        expect(pages).toEqual([SCRUBBED, SCRUBBED]);
        const rows = await upgraded.pageAggregates(
          counterQuery('ministry', { from: '2026-08-01', to: '2026-11-30' }, {}),
        );
        expect(rows.map((r) => r.page)).toEqual([SCRUBBED]);
      } finally {
        await upgraded.close();
      }
    });
  },
);
