import { SqliteStore } from '../../../server/storage/sqlite.ts';

/** The origin the API tests' site is registered for. */
export const MINISTRY_ORIGIN = 'https://gov.example.kz';

/** An in-memory store with the API tests' one site, «ministry» on `MINISTRY_ORIGIN`, public from 3 votes. */
export async function ministryStore(): Promise<SqliteStore> {
  const store = new SqliteStore(':memory:');
  await store.upsertSite({
    id: 'ministry',
    name: 'Ministry',
    origins: [MINISTRY_ORIGIN],
    minVotes: 3,
    retentionDays: null,
  });
  return store;
}
