// Loaded on the first vote (or when the page idles), so the script that shows the question stays small.
import type { FeedbackSubmission, PageSummary } from '../../contract/feedback.ts';
import { newSubmissionId } from '../../contract/submission-id.ts';
import type { WidgetConfig } from './config.ts';
import { Delivery } from './delivery.ts';
import { openOutbox } from './outbox.ts';

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

/** What the element fills in; the rest (id, site, page, time) is added here. */
export type SubmissionFields = Omit<FeedbackSubmission, 'id' | 'site' | 'page' | 'createdAt'>;

/**
 * Queues a submission durably, starts sending it, and returns its id as soon as it is queued: the citizen
 * never waits for the network, and a failure leaves it queued for a later retry.
 */
export async function queueSubmission(config: WidgetConfig, fields: SubmissionFields): Promise<string> {
  const submission: FeedbackSubmission = {
    ...fields,
    id: newSubmissionId(),
    site: config.site,
    page: config.page,
    createdAt: new Date().toISOString(),
  };
  const outbox = await openOutbox();
  await outbox.put({ endpoint: config.endpoint, submission });
  void (await pageDelivery()).flush();
  return submission.id;
}

/**
 * What the agency published for this page; undefined when the collector cannot be reached. `afterVote`
 * revalidates with the collector: the summary is cacheable for a minute, and a citizen who just voted
 * should not see counts without their vote.
 */
export async function fetchSummary(
  config: WidgetConfig,
  { afterVote = false } = {},
): Promise<PageSummary | undefined> {
  try {
    const url = `${config.endpoint}/api/v1/sites/${encodeURIComponent(config.site)}/summary?page=${encodeURIComponent(config.page)}`;
    const response = await fetch(url, { credentials: 'omit', ...(afterVote ? { cache: 'no-cache' } : {}) });
    return response.ok ? ((await response.json()) as PageSummary) : undefined;
  } catch {
    return undefined;
  }
}
