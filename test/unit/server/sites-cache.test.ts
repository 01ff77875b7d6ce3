import { describe, expect, it, vi } from 'vitest';
import { SiteCache } from '../../../server/sites-cache.ts';
import { SqliteStore } from '../../../server/storage/sqlite.ts';

const site = (id: string, origins: string[]) => ({
  id,
  name: id,
  origins,
  minVotes: 10,
  retentionDays: null,
});

describe('SiteCache', () => {
  it('keeps the union of all sites’ origins until it expires or a site changes here', async () => {
    const store = new SqliteStore(':memory:');
    let now = 0;
    const cache = new SiteCache(store, 5_000, () => now);
    const listed = vi.spyOn(store, 'listSites');
    await store.upsertSite(site('a', ['https://a.gov.kz']));
    expect([...(await cache.allOrigins())]).toEqual(['https://a.gov.kz']);
    await store.upsertSite(site('b', ['https://b.gov.kz']));
    // Another instance's change is seen once the copy expires…
    expect((await cache.allOrigins()).has('https://b.gov.kz')).toBe(false);
    now = 5_001;
    expect((await cache.allOrigins()).has('https://b.gov.kz')).toBe(true);
    // …this instance's at once.
    await store.upsertSite(site('c', ['https://c.gov.kz']));
    cache.forget('c');
    expect((await cache.allOrigins()).has('https://c.gov.kz')).toBe(true);
    expect(listed).toHaveBeenCalledTimes(3);
    await store.close();
  });

  it('does not remember a failed query', async () => {
    const store = new SqliteStore(':memory:');
    const cache = new SiteCache(store);
    vi.spyOn(store, 'listSites').mockRejectedValueOnce(new Error('database down'));
    await expect(cache.allOrigins()).rejects.toThrow('database down');
    await store.upsertSite(site('a', ['https://a.gov.kz']));
    expect((await cache.allOrigins()).has('https://a.gov.kz')).toBe(true);
    await store.close();
  });
});
