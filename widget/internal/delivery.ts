import type { Outbox, OutboxItem } from './outbox.ts';

/** Queues a request that outlives the page; `navigator.sendBeacon` in browsers. */
export type Beacon = (url: string, body: string) => boolean;

const TIMEOUT_MS = 10_000;
const MAX_BACKOFF_MS = 5 * 60_000;

const feedbackUrl = (item: OutboxItem) => `${item.endpoint}/api/v1/feedback`;

/** Posts one submission; returns the HTTP status, or 0 when no answer came (offline, timeout). */
async function send(item: OutboxItem, fetchImpl: typeof fetch): Promise<number> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetchImpl(feedbackUrl(item), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(item.submission),
      keepalive: true,
      credentials: 'omit',
      signal: controller.signal,
    });
    return response.status;
  } catch {
    return 0;
  } finally {
    clearTimeout(timer);
  }
}

/** 4xx other than 408/429 will never succeed: such a submission is dropped rather than retried forever. */
const refused = (status: number) => status >= 400 && status < 500 && status !== 408 && status !== 429;

const browserBeacon: Beacon = (url, body) =>
  typeof navigator.sendBeacon === 'function' &&
  // text/plain keeps the beacon a simple request (no preflight); the collector reads the body as JSON.
  navigator.sendBeacon(url, new Blob([body], { type: 'text/plain;charset=UTF-8' }));

/**
 * Sends everything in the outbox and removes what the collector acknowledged. Failures stay and are tried
 * again with exponential backoff, and whenever the browser comes back online or the page loads again.
 * When the outbox holds items only in memory (private browsing, storage full), the page hands them to a
 * beacon as it goes away, the one chance they have left.
 */
export class Delivery {
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly outbox: Outbox,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
    private readonly beacon: Beacon = browserBeacon,
  ) {
    addEventListener('online', () => void this.flush());
    addEventListener('pagehide', () => void this.handOffToBeacon());
  }

  /** Tries every waiting submission once; a call during a run makes it go round once more. */
  flush(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.run();
      } while (this.again);
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Beacons what would otherwise die with the page; durable items wait for the next visit instead. */
  async handOffToBeacon(): Promise<void> {
    if (this.outbox.durable) return;
    for (const item of await this.outbox.all()) {
      if (this.beacon(feedbackUrl(item), JSON.stringify(item.submission)))
        await this.outbox.delete(item.submission.id);
    }
  }

  private async run(): Promise<void> {
    clearTimeout(this.timer);
    let pending = 0;
    for (const item of await this.outbox.all()) {
      const status = await send(item, this.fetchImpl);
      const delivered = status >= 200 && status < 300;
      if (!delivered && !refused(status)) {
        pending++;
        continue;
      }
      // The status and the address let a webmaster find the cause (an unregistered origin, a wrong endpoint).
      if (!delivered)
        console.warn(
          `Heard: ${feedbackUrl(item)} refused feedback ${item.submission.id} with HTTP ${status}; it is dropped.`,
        );
      await this.outbox.delete(item.submission.id);
    }
    this.failures = pending ? this.failures + 1 : 0;
    if (pending) {
      const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (this.failures - 1));
      this.timer = setTimeout(() => void this.flush(), delay);
    }
  }
}
