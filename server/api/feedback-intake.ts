import * as z from 'zod/mini';
import { FeedbackSubmissionSchema, fieldErrors, MIN_COMMENT_MILLISECONDS } from '../../contract/feedback.ts';
import { CONTROL_CHARACTERS } from '../../contract/patterns.ts';
import { redactPersonalData } from '../../contract/pii.ts';
import type { DailySaltedHasher } from '../abuse/client-key.ts';
import type { RateLimiter } from '../abuse/rate-limit.ts';
import { commentWords, type RepeatedComments } from '../abuse/repeated-comments.ts';
import type { ErrorLog } from '../error-log.ts';
import type { SiteCache } from '../sites-cache.ts';
import type { AdminStore } from '../storage/admin-store.ts';
import type { FeedbackStore, StoreResult } from '../storage/store.ts';
import { PageAddresses } from './page-addresses.ts';

/** Largest body accepted: a full submission with a 2,000-character comment is well under it. */
export const MAX_BODY_BYTES = 16 * 1024;

export interface FeedbackDeps {
  /** Where submissions go; a replaced submission is looked up to tell a changed answer from a repeat. */
  store: FeedbackStore & Pick<AdminStore, 'getFeedbackItem'>;
  clientKeys: DailySaltedHasher;
  perClient: RateLimiter;
  perSite: RateLimiter;
  /** The same words from the same client about the same page, sent again with a new id. */
  repeatedComments: RepeatedComments;
  now: () => Date;
  /** Sites as the store has them, cached briefly: every submission needs its site. */
  sites: SiteCache;
  /** Where a submission that could not be stored is logged. */
  errors: ErrorLog;
}

/** A submission as it arrived, whatever carried it: Hono's route and the collector's own HTTP listener. */
export interface IntakeRequest {
  /** The body's bytes, or why there are none: over the limit, or the client went away before the end. */
  body: Uint8Array | 'too large' | 'cut off';
  /** The Origin header, when the browser sent one. */
  origin: string | undefined;
  /** The client's address (see `clientAddressOf`): only its daily salted hash is kept, for rate limits. */
  clientAddress: string;
}

/** The answer to send: its status, its JSON body and any headers besides the content type. */
export interface IntakeAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** Strict UTF-8: a body with invalid bytes is refused, not patched with U+FFFD. (Stateless between calls.) */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The contract's error body: a machine-readable code, a sentence for people, field errors on 400. */
function refusal(
  status: number,
  error: string,
  message: string,
  fields?: { path: string; message: string }[],
  headers: Record<string, string> = {},
): IntakeAnswer {
  return { status, body: fields ? { error, message, fields } : { error, message }, headers };
}

/**
 * `POST /api/v1/feedback` without its transport: validates, scrubs, rate-limits and durably stores a
 * citizen's feedback, and says what to answer. Every answer — errors and a failed store's 500 included —
 * carries the CORS headers that let a registered origin read it, so the widget can tell a refused
 * submission (drop it) from a network failure (retry it).
 */
export class FeedbackIntake {
  private readonly pages = new PageAddresses();

  constructor(private readonly deps: FeedbackDeps) {}

  async submit(request: IntakeRequest): Promise<IntakeAnswer> {
    let answer: IntakeAnswer;
    try {
      answer = await this.answer(request);
    } catch (error) {
      this.deps.errors.report('POST /api/v1/feedback', error);
      answer = refusal(
        500,
        'internal_error',
        'Something went wrong on the server; the submission was not stored. Send it again later.',
      );
    }
    answer.headers.vary = 'Origin';
    const { origin } = request;
    if (origin && (await this.readableBy(origin))) answer.headers['access-control-allow-origin'] = origin;
    return answer;
  }

  /**
   * Whether a page on `origin` may read the collector's answers: it is registered for some site. An origin
   * registered for no site gets no CORS headers: its preflight is refused too, and it learns nothing.
   */
  async readableBy(origin: string | undefined): Promise<boolean> {
    if (!origin) return false;
    try {
      return (await this.deps.sites.allOrigins()).has(origin);
    } catch {
      // The database is down: the answer is a 500 either way, and the widget retries it as a network failure.
      return false;
    }
  }

  private async answer({ body, origin, clientAddress }: IntakeRequest): Promise<IntakeAnswer> {
    const { deps } = this;
    if (body === 'too large') {
      // The rest of the body is never read: the connection is closed after the answer.
      return refusal(413, 'payload_too_large', `The body is over ${MAX_BODY_BYTES} bytes.`, undefined, {
        connection: 'close',
      });
    }
    // Nobody is left to read the answer; it only keeps a client's disconnection out of the error log.
    if (body === 'cut off') return refusal(400, 'incomplete_body', 'The body ended before it was complete.');

    let json: unknown;
    try {
      json = JSON.parse(UTF8.decode(body));
    } catch {
      return refusal(400, 'invalid_json', 'The body must be JSON in UTF-8.');
    }
    const parsed = z.safeParse(FeedbackSubmissionSchema, json);
    if (!parsed.success) {
      return refusal(
        400,
        'invalid_request',
        'Some fields are missing or invalid.',
        fieldErrors(parsed.error),
      );
    }
    const submission = parsed.data;
    const site = await deps.sites.get(submission.site);
    if (!site) return refusal(403, 'unknown_site', `No site is registered as "${submission.site}".`);
    if (origin && !site.origins.includes(origin)) {
      return refusal(403, 'origin_not_allowed', `${origin} is not an allowed origin of site "${site.id}".`);
    }

    // A page of another origin is not this site's: somebody else's page, or a made-up one.
    const { origin: pageOrigin, canonical: page } = this.pages.read(submission.page);
    if (site.origins.length > 0 && !site.origins.includes(pageOrigin)) {
      return refusal(
        403,
        'page_not_allowed',
        `Pages on ${pageOrigin} are not part of site "${site.id}"; register the origin for the site if they are.`,
      );
    }

    const clientKey = deps.clientKeys.key(clientAddress);
    const wait = Math.max(deps.perClient.take(clientKey), deps.perSite.take(site.id));
    if (wait > 0) {
      return refusal(429, 'rate_limited', `Too many submissions; retry after ${wait} s.`, undefined, {
        'retry-after': String(wait),
      });
    }

    const now = deps.now();
    // Control characters mean nothing in a comment, and U+0000 would fail the PostgreSQL batch it lands in.
    const words = submission.comment?.replace(CONTROL_CHARACTERS, '').trim();
    const comment = words ? redactPersonalData(words).text : undefined;
    // Bots fill the hidden field or post a comment faster than anyone types; a repeated comment is counted
    // once. All are stored as spam and the sender is told nothing, so they learn nothing.
    const claim =
      comment === undefined
        ? undefined
        : deps.repeatedComments.claim(clientKey, site.id, page, comment, now.getTime());
    const spam =
      Boolean(submission.website) ||
      (comment !== undefined && (submission.elapsedMs ?? 0) < MIN_COMMENT_MILLISECONDS) ||
      (comment !== undefined &&
        claim?.repeat === true &&
        !(await this.changesOwnAnswer(submission.replaces, site.id, page, comment)));
    const { website: _honeypot, comment: _raw, ...rest } = submission;
    let result: StoreResult;
    try {
      result = await deps.store.addFeedback({
        ...rest,
        ...(comment === undefined ? {} : { comment }),
        page,
        receivedAt: now.toISOString(),
        spam,
      });
    } catch (error) {
      // Not stored, not acknowledged: the widget's retry is no repeat.
      claim?.release();
      throw error;
    }
    return {
      status: result === 'accepted' ? 201 : 200,
      body: { id: submission.id, status: result },
      headers: {},
    };
  }

  /**
   * Whether a repeated comment is a citizen changing an answer that already carries it (a changed vote with
   * the same words): the submission it replaces is stored, counted, on the same site and page, with these
   * words. A made-up `replaces`, or one naming another page's row or a spam row, makes no repeat legitimate.
   */
  private async changesOwnAnswer(
    replaces: string | undefined,
    site: string,
    page: string,
    comment: string,
  ): Promise<boolean> {
    if (replaces === undefined) return false;
    const replaced = await this.deps.store.getFeedbackItem(replaces);
    return (
      replaced !== undefined &&
      replaced.site === site &&
      replaced.page === page &&
      replaced.status !== 'spam' &&
      replaced.comment !== null &&
      commentWords(replaced.comment) === commentWords(comment)
    );
  }
}
