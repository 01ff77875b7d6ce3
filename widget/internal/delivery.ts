import type { Outbox, OutboxItem } from './outbox.ts';

/** What happened to one attempt. */
type Attempt = 'delivered' | 'rejected' | 'retry';

const TIMEOUT_MS = 10_000;
const MAX_BACKOFF_MS = 5 * 60_000;

async function send(item: OutboxItem, fetchImpl: typeof fetch): Promise<Attempt> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetchImpl(`${item.endpoint}/api/v1/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(item.submission),
      keepalive: true,
      credentials: 'omit',
      signal: controller.signal,
    });
    if (response.ok) return 'delivered';
    // 4xx other than 408/429 will never succeed: drop it rather than retry forever.
    if (
      response.status >= 400 &&
      response.status < 500 &&
      response.status !== 408 &&
      response.status !== 429
    ) {
      return 'rejected';
    }
    return 'retry';
  } catch {
    return 'retry';
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends everything in the outbox and removes what the collector acknowledged. Failures stay and are tried
 * again with exponential backoff, and whenever the browser comes back online or the page loads again.
 */
export class Delivery {
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly outbox: Outbox,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {
    addEventListener('online', () => void this.flush());
  }

  /** Tries every waiting submission once; concurrent calls share one run. */
  flush(): Promise<void> {
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async run(): Promise<void> {
    clearTimeout(this.timer);
    let pending = 0;
    for (const item of await this.outbox.all()) {
      const attempt = await send(item, this.fetchImpl);
      if (attempt === 'retry') {
        pending++;
        continue;
      }
      if (attempt === 'rejected')
        console.warn(`Heard: the collector refused feedback ${item.submission.id}; it is dropped.`);
      await this.outbox.delete(item.submission.id);
    }
    this.failures = pending ? this.failures + 1 : 0;
    if (pending) {
      const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (this.failures - 1));
      this.timer = setTimeout(() => void this.flush(), delay);
    }
  }
}
