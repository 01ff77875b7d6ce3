import type { FeedbackStore } from './storage/store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Applies each site's retention setting: comments older than `retentionDays` are deleted (votes and counts
 * stay). Returns how many comments were deleted per site.
 */
export async function applyRetention(
  store: FeedbackStore,
  now: Date = new Date(),
): Promise<Record<string, number>> {
  const deleted: Record<string, number> = {};
  for (const site of await store.listSites()) {
    if (site.retentionDays === null) continue;
    const before = new Date(now.getTime() - site.retentionDays * DAY_MS).toISOString();
    deleted[site.id] = await store.deleteCommentsBefore(site.id, before);
  }
  return deleted;
}

/** Runs retention at start and then every hour; the returned function stops it. */
export function scheduleRetention(store: FeedbackStore, everyMs = 60 * 60 * 1000): () => void {
  const run = () =>
    void applyRetention(store).catch((error: unknown) => console.error('heard: retention failed:', error));
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
