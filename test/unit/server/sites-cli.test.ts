import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSitesCommand } from '../../../server/sites-cli.ts';
import { SqliteStore } from '../../../server/storage/sqlite.ts';

let store: SqliteStore;
let out: string[];
let err: string[];
const run = (argv: string[]) =>
  runSitesCommand(
    argv,
    store,
    (l) => out.push(l),
    (l) => err.push(l),
  );

beforeEach(() => {
  store = new SqliteStore(':memory:');
  out = [];
  err = [];
});
afterEach(async () => {
  await store.close();
});

describe('npm run sites', () => {
  it('registers a site with its origins and lists it', async () => {
    expect(
      await run([
        'add',
        'mod',
        'Ministry of Digital',
        'https://www.gov.kz',
        'https://egov.kz',
        '--retention-days',
        '365',
      ]),
    ).toBe(0);
    expect(await store.getSite('mod')).toEqual({
      id: 'mod',
      name: 'Ministry of Digital',
      origins: ['https://www.gov.kz', 'https://egov.kz'],
      minVotes: 10,
      retentionDays: 365,
    });
    expect(await run(['list'])).toBe(0);
    expect(out.at(-1)).toContain('mod\tMinistry of Digital\thttps://www.gov.kz https://egov.kz');
  });

  it('rejects a bad site id or origin with one line and exit code 2', async () => {
    expect(await run(['add', 'Ministry', 'M', 'https://www.gov.kz'])).toBe(2);
    expect(err.at(-1)).toContain('id');
    expect(await run(['add', 'mod', 'M', 'https://www.gov.kz/path'])).toBe(2);
    expect(err.at(-1)).toContain('origins.0');
    expect(await run(['remove'])).toBe(2);
    expect(await store.listSites()).toEqual([]);
  });
});
