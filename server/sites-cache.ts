import type { FeedbackStore, Site } from './storage/store.ts';

/**
 * Sites change rarely and every submission needs one: keep them for a few seconds instead of asking the
 * database each time. A site registered on another instance is seen after at most `ttlMs`.
 */
export class SiteCache {
  private readonly entries = new Map<string, { site: Promise<Site | undefined>; expires: number }>();
  private origins: { all: Promise<ReadonlySet<string>>; expires: number } | undefined;

  constructor(
    private readonly store: FeedbackStore,
    private readonly ttlMs = 5_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The site, from the cache while it is fresh: a cached answer is the same settled promise each time. */
  get(id: string): Promise<Site | undefined> {
    const cached = this.entries.get(id);
    if (cached && cached.expires > this.now()) return cached.site;
    const site = this.store.getSite(id);
    if (this.entries.size > 10_000) this.entries.clear();
    const entry = { site, expires: this.now() + this.ttlMs };
    this.entries.set(id, entry);
    // A failed query is not remembered: the next request asks again.
    site.catch(() => {
      if (this.entries.get(id) === entry) this.entries.delete(id);
    });
    return site;
  }

  /**
   * Every origin registered for any site. A preflight and an answer that never reached its site (a body too
   * large or invalid) know no site, so they go by this union. Requests arriving together share one query.
   */
  allOrigins(): Promise<ReadonlySet<string>> {
    if (this.origins && this.origins.expires > this.now()) return this.origins.all;
    const all = this.store.listSites().then((sites) => new Set(sites.flatMap((s) => s.origins)));
    const entry = { all, expires: this.now() + this.ttlMs };
    this.origins = entry;
    // A failed query is not remembered: the next request asks again.
    all.catch(() => {
      if (this.origins === entry) this.origins = undefined;
    });
    return all;
  }

  /** Drops a site's cached copy and the origins' union (after the dashboard changed it on this instance). */
  forget(id: string): void {
    this.entries.delete(id);
    this.origins = undefined;
  }
}
