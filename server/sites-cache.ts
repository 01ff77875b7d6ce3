import type { FeedbackStore, Site } from './storage/store.ts';

/**
 * Sites change rarely and every submission needs one: keep them for a few seconds instead of asking the
 * database each time. A site registered on another instance is seen after at most `ttlMs`.
 */
export class SiteCache {
  private readonly entries = new Map<string, { site: Site | undefined; expires: number }>();

  constructor(
    private readonly store: FeedbackStore,
    private readonly ttlMs = 5_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  async get(id: string): Promise<Site | undefined> {
    const cached = this.entries.get(id);
    if (cached && cached.expires > this.now()) return cached.site;
    const site = await this.store.getSite(id);
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(id, { site, expires: this.now() + this.ttlMs });
    return site;
  }

  /** Drops a site's cached copy (after the dashboard changed it on this instance). */
  forget(id: string): void {
    this.entries.delete(id);
  }
}
