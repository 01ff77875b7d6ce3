import type { FeedbackStore, Site } from './storage/store.ts';

/**
 * A value loaded at most once per `ttlMs`: while fresh, every caller gets the same promise, so requests that
 * arrive together share one query. A failed load is not remembered: the next caller asks again.
 */
class Expiring<T> {
  private entry: { value: Promise<T>; expires: number } | undefined;

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  get(load: () => Promise<T>): Promise<T> {
    if (this.entry && this.entry.expires > this.now()) return this.entry.value;
    const entry = { value: load(), expires: this.now() + this.ttlMs };
    this.entry = entry;
    entry.value.catch(() => {
      if (this.entry === entry) this.entry = undefined;
    });
    return entry.value;
  }
}

/** Sites cached at most; past it the cache starts again (a flood of made-up ids must not grow it). */
const MAX_SITES = 10_000;

/**
 * Sites change rarely and every submission needs one: keep them for a few seconds instead of asking the
 * database each time. A site registered on another instance is seen after at most `ttlMs`.
 */
export class SiteCache {
  private readonly sites = new Map<string, Expiring<Site | undefined>>();
  private origins: Expiring<ReadonlySet<string>>;

  constructor(
    private readonly store: FeedbackStore,
    private readonly ttlMs = 5_000,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.origins = new Expiring(ttlMs, now);
  }

  /** The site, from the cache while it is fresh: a cached answer is the same settled promise each time. */
  get(id: string): Promise<Site | undefined> {
    let site = this.sites.get(id);
    if (!site) {
      if (this.sites.size >= MAX_SITES) this.sites.clear();
      site = new Expiring(this.ttlMs, this.now);
      this.sites.set(id, site);
    }
    return site.get(() => this.store.getSite(id));
  }

  /**
   * Every origin registered for any site. A preflight and an answer that never reached its site (a body too
   * large or invalid) know no site, so they go by this union.
   */
  allOrigins(): Promise<ReadonlySet<string>> {
    return this.origins.get(() =>
      this.store.listSites().then((sites) => new Set(sites.flatMap((s) => s.origins))),
    );
  }

  /** Drops a site's cached copy and the origins' union (after the dashboard changed it on this instance). */
  forget(id: string): void {
    this.sites.delete(id);
    this.origins = new Expiring(this.ttlMs, this.now);
  }
}
