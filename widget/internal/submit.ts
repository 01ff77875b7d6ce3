// Loaded on the first vote (or when the page idles), so the script that shows the question stays small.
import type { PageSummary } from '../../contract/feedback.ts';
import type { WidgetConfig } from './config.ts';
import { Delivery } from './delivery.ts';
import { openOutbox } from './outbox.ts';
import type { PageReadability } from './reading-level.ts';

let delivery: Promise<Delivery> | undefined;

/** The page's one delivery loop over its outbox. */
function pageDelivery(): Promise<Delivery> {
  delivery ??= openOutbox().then((outbox) => new Delivery(outbox));
  return delivery;
}

/** Sends whatever earlier visits left in the outbox (a closed tab, a lost connection). */
export async function flushOutbox(): Promise<void> {
  await (await pageDelivery()).flush();
}

/** Queues a vote durably first, then tries to send it; a failure leaves it queued for a later retry. */
export async function submitVote(
  config: WidgetConfig,
  language: 'kk' | 'ru' | 'en',
  vote: 'yes' | 'no',
  readability?: PageReadability,
): Promise<void> {
  const outbox = await openOutbox();
  const submission = {
    id: crypto.randomUUID(),
    site: config.site,
    page: config.page,
    language,
    vote,
    createdAt: new Date().toISOString(),
  };
  await outbox.put({
    endpoint: config.endpoint,
    submission: readability ? { ...submission, readability } : submission,
  });
  await (await pageDelivery()).flush();
}

/** What the agency published for this page; undefined when the collector cannot be reached. */
export async function fetchSummary(config: WidgetConfig): Promise<PageSummary | undefined> {
  try {
    const url = `${config.endpoint}/api/v1/sites/${encodeURIComponent(config.site)}/summary?page=${encodeURIComponent(config.page)}`;
    const response = await fetch(url, { credentials: 'omit' });
    return response.ok ? ((await response.json()) as PageSummary) : undefined;
  } catch {
    return undefined;
  }
}
