import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSubmissionId } from '../../../contract/submission-id.ts';
import { PostgresStore } from '../../../server/storage/postgres.ts';
import type { FeedbackRecord } from '../../../server/storage/store.ts';
import { scratchSchemaUrl } from '../../postgres-schema.ts';

const postgresUrl = process.env.HEARD_TEST_DATABASE_URL;

// Several stateless collectors share one PostgreSQL: what one instance commits must be seen by the other's
// replacement logic, whichever commits first.
describe.skipIf(!postgresUrl)('PostgreSQL: two collector instances on one database', () => {
  let first: PostgresStore;
  let second: PostgresStore;
  beforeAll(async () => {
    const scoped = await scratchSchemaUrl(postgresUrl ?? '', 'test');
    first = await PostgresStore.open(scoped);
    second = await PostgresStore.open(scoped);
    await first.upsertSite({ id: 'ministry', name: 'M', origins: [], minVotes: 1, retentionDays: null });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  const record = (page: string, overrides: Partial<FeedbackRecord>): FeedbackRecord => ({
    id: newSubmissionId(),
    site: 'ministry',
    page,
    language: 'ru',
    vote: 'no',
    createdAt: '2026-11-27T10:00:00.000Z',
    receivedAt: '2026-11-27T10:00:01.000Z',
    spam: false,
    ...overrides,
  });

  it('counts a vote and its replacement once when they commit at the same moment on different instances', async () => {
    const pages = Array.from({ length: 60 }, (_, i) => `https://gov.example.kz/ru/race-${i}`);
    await Promise.all(
      pages.map((page) => {
        const vote = record(page, { vote: 'no' });
        const details = record(page, { vote: 'yes', clarity: 4, replaces: vote.id });
        return Promise.all([first.addFeedback(vote), second.addFeedback(details)]);
      }),
    );
    const totals = await Promise.all(pages.map((page) => first.pageTotals('ministry', page)));
    expect(totals.map((t) => [t.votes, t.yes])).toEqual(pages.map(() => [1, 1]));
  });
});
