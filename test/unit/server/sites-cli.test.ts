import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSitesCommand } from '../../../server/sites-cli.ts';
import { provisionSites } from '../../../server/sites-file.ts';
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

  it('changes only what `add` is given on a site that exists; defaults apply to a new site only', async () => {
    await store.upsertSite({
      id: 'mod',
      name: 'Ministry',
      origins: ['https://www.gov.kz'],
      minVotes: 25,
      retentionDays: 365,
    });
    expect(await run(['add', 'mod', 'Ministry of Digital Development'])).toBe(0);
    expect(out.at(-1)).toMatch(/^updated mod/);
    expect(await store.getSite('mod')).toEqual({
      id: 'mod',
      name: 'Ministry of Digital Development',
      origins: ['https://www.gov.kz'],
      minVotes: 25,
      retentionDays: 365,
    });
    expect(await run(['add', 'mod', 'M', 'https://egov.kz', '--retention-days', 'off'])).toBe(0);
    expect(await store.getSite('mod')).toMatchObject({
      origins: ['https://egov.kz'],
      minVotes: 25,
      retentionDays: null,
    });
    expect(await run(['add', 'new', 'New'])).toBe(0);
    expect(await store.getSite('new')).toEqual({
      id: 'new',
      name: 'New',
      origins: [],
      minVotes: 10,
      retentionDays: null,
    });
  });

  it('keeps the settings a sites file leaves out when it is applied again at start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'heard-sites-'));
    const file = join(dir, 'sites.json');
    writeFileSync(file, JSON.stringify([{ id: 'mod', name: 'Ministry', origins: ['https://www.gov.kz'] }]));
    await provisionSites(file, store);
    expect(await store.getSite('mod')).toMatchObject({ minVotes: 10, retentionDays: null });
    // An admin turns retention on in the dashboard; the next start applies the same file.
    await store.upsertSite({
      id: 'mod',
      name: 'Ministry',
      origins: ['https://www.gov.kz'],
      minVotes: 5,
      retentionDays: 90,
    });
    await provisionSites(file, store);
    expect(await store.getSite('mod')).toMatchObject({
      origins: ['https://www.gov.kz'],
      minVotes: 5,
      retentionDays: 90,
    });
  });

  it('stores origins as browsers send them and refuses forms they never send', async () => {
    expect(await run(['add', 'mod', 'M', 'https://WWW.GOV.KZ:443'])).toBe(0);
    expect((await store.getSite('mod'))?.origins).toEqual(['https://www.gov.kz']);
    for (const origin of ['https://*.gov.kz', 'https://www.gov.kz?x', 'https://user@www.gov.kz']) {
      expect(await run(['add', 'mod', 'M', origin])).toBe(2);
      expect(err.at(-1)).toContain('origins.0: an origin like https://www.gov.kz');
    }
    expect((await store.getSite('mod'))?.origins).toEqual(['https://www.gov.kz']);
  });

  it('rejects a bad site id or origin with one line and exit code 2', async () => {
    expect(await run(['add', 'Ministry', 'M', 'https://www.gov.kz'])).toBe(2);
    expect(err.at(-1)).toContain('id');
    expect(await run(['add', 'mod', 'M', 'https://www.gov.kz/path'])).toBe(2);
    expect(err.at(-1)).toContain('origins.0');
    expect(await run(['remove'])).toBe(2);
    expect(await store.listSites()).toEqual([]);
  });

  it('names the option of a bad number, and says the usage for an unknown option', async () => {
    expect(await run(['add', 'mod', 'M', 'https://www.gov.kz', '--retention-days', 'abc'])).toBe(2);
    expect(err.at(-1)).toBe('sites: --retention-days: a whole number of days, or off, not "abc"');
    expect(await run(['add', 'mod', 'M', 'https://www.gov.kz', '--min-votes', '2.5'])).toBe(2);
    expect(err.at(-1)).toBe('sites: --min-votes: a whole number, not "2.5"');
    expect(await run(['add', 'mod', 'M', 'https://www.gov.kz', '--min-votes', '0'])).toBe(2);
    expect(err.at(-1)).toMatch(/^sites: --min-votes: /u);
    expect(await run(['add', '--id', 'mod'])).toBe(2);
    expect(err.slice(-2)).toEqual(["sites: Unknown option '--id'", expect.stringMatching(/^usage: /u)]);
    expect(await store.listSites()).toEqual([]);
    expect(await run(['--help'])).toBe(0);
    expect(out.at(-1)).toMatch(/^usage: npm run sites -- add /u);
  });
});
