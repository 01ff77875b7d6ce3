import { type Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { FeedbackSubmissionSchema, fieldErrors, MIN_COMMENT_MILLISECONDS } from '../../contract/feedback.ts';
import { CONTROL_CHARACTERS } from '../../contract/patterns.ts';
import { redactPersonalData } from '../../contract/pii.ts';
import type { DailySaltedHasher } from '../abuse/client-key.ts';
import type { RateLimiter } from '../abuse/rate-limit.ts';
import { commentWords, type RepeatedComments } from '../abuse/repeated-comments.ts';
import { canonicalPage } from '../canonical-page.ts';
import type { ErrorLog } from '../error-log.ts';
import type { SiteCache } from '../sites-cache.ts';
import type { AdminStore } from '../storage/admin-store.ts';
import type { FeedbackStore, StoreResult } from '../storage/store.ts';
import { errorResponse } from './errors.ts';

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
  /** The client's address as the server saw it (or as a trusted proxy reported it). */
  clientAddress: (c: Context) => string;
  now: () => Date;
  /** Sites as the store has them, cached briefly: every submission needs its site. */
  sites: SiteCache;
  /** Where a submission that could not be stored is logged. */
  errors: ErrorLog;
}

/** Strict UTF-8: a body with invalid bytes is refused, not patched with U+FFFD. (Stateless between calls.) */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a request's body, but no more than `limit` bytes. A chunked body declares no length, so it is counted
 * as it arrives and abandoned past the limit instead of being buffered whole. A client that goes away before
 * the end (or is cut off while the collector stops) leaves the body 'cut off'.
 */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array | 'too large' | 'cut off'> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let read: ReadableStreamReadResult<Uint8Array>;
    try {
      read = await reader.read();
    } catch {
      return 'cut off';
    }
    const { done, value } = read;
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return 'too large';
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** A body whose length was declared (and is within the limit), or 'cut off' when the client went away. */
async function readDeclared(request: Request): Promise<Uint8Array | 'cut off'> {
  try {
    return new Uint8Array(await request.arrayBuffer());
  } catch {
    return 'cut off';
  }
}

/**
 * Whether a page on `origin` may read the collector's answers: it is registered for some site. Any answer,
 * errors included, so the widget can tell a refused submission (drop it) from a network failure (retry it).
 * An origin registered for no site gets no CORS headers: its preflight is refused too, and it learns nothing.
 */
async function readableBy(origin: string | undefined, sites: SiteCache): Promise<boolean> {
  if (!origin) return false;
  try {
    return (await sites.allOrigins()).has(origin);
  } catch {
    // The database is down: the answer is a 500 either way, and the widget retries it as a network failure.
    return false;
  }
}

/**
 * Whether a repeated comment is a citizen changing an answer that already carries it (a changed vote with the
 * same words): the submission it replaces is stored, counted, on the same site and page, with these words.
 * A made-up `replaces`, or one naming another page's row or a spam row, makes no repeat legitimate.
 */
async function changesOwnAnswer(
  store: FeedbackDeps['store'],
  replaces: string | undefined,
  site: string,
  page: string,
  comment: string,
): Promise<boolean> {
  if (replaces === undefined) return false;
  const replaced = await store.getFeedbackItem(replaces);
  return (
    replaced !== undefined &&
    replaced.site === site &&
    replaced.page === page &&
    replaced.status !== 'spam' &&
    replaced.comment !== null &&
    commentWords(replaced.comment) === commentWords(comment)
  );
}

/** `POST /api/v1/feedback`: validates, scrubs, rate-limits and durably stores a citizen's feedback. */
export function feedbackRoutes(deps: FeedbackDeps) {
  const app = new Hono();

  // Set after the handler (or the app's error handler) answered, so every answer carries them.
  app.use('/', async (c, next) => {
    await next();
    const origin = c.req.header('origin');
    c.res.headers.set('vary', 'Origin');
    if (origin && (await readableBy(origin, deps.sites)))
      c.res.headers.set('access-control-allow-origin', origin);
  });

  // A preflight carries no body, so no site: an origin registered for any site passes it; the POST that
  // follows is then checked against its own site's origins.
  app.options('/', async (c) => {
    if (!(await readableBy(c.req.header('origin'), deps.sites))) return c.body(null, 403);
    return c.body(null, 204, {
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type',
      'access-control-max-age': '86400',
    });
  });

  // Said only here: a 500 elsewhere (a summary, the dashboard) has no submission to speak of.
  app.onError((error, c) => {
    deps.errors.report(`${c.req.method} /api/v1/feedback`, error);
    return errorResponse(
      c,
      500,
      'internal_error',
      'Something went wrong on the server; the submission was not stored. Send it again later.',
    );
  });

  app.post('/', async (c) => {
    const length = c.req.header('content-length');
    const declared = Number(length ?? 0);
    // A declared length bounds the body (Node's parser reads no further), and reading it whole is the fast
    // path: a Web Streams reader over the socket costs several times the whole request's CPU. Only a chunked
    // body, whose length nobody declared, is read piece by piece and stopped past the limit.
    const body =
      declared > MAX_BODY_BYTES
        ? 'too large'
        : length !== undefined
          ? await readDeclared(c.req.raw)
          : await readAtMost(c.req.raw, MAX_BODY_BYTES);
    if (body === 'too large') {
      // The rest of the body is never read: the connection is closed after the answer.
      c.header('connection', 'close');
      return errorResponse(c, 413, 'payload_too_large', `The body is over ${MAX_BODY_BYTES} bytes.`);
    }
    // Nobody is left to read the answer; it only keeps a client's disconnection out of the error log.
    if (body === 'cut off')
      return errorResponse(c, 400, 'incomplete_body', 'The body ended before it was complete.');

    let json: unknown;
    try {
      json = JSON.parse(UTF8.decode(body));
    } catch {
      return errorResponse(c, 400, 'invalid_json', 'The body must be JSON in UTF-8.');
    }
    const parsed = z.safeParse(FeedbackSubmissionSchema, json);
    if (!parsed.success) {
      return errorResponse(
        c,
        400,
        'invalid_request',
        'Some fields are missing or invalid.',
        fieldErrors(parsed.error),
      );
    }
    const submission = parsed.data;
    const origin = c.req.header('origin');
    const site = await deps.sites.get(submission.site);
    if (!site) return errorResponse(c, 403, 'unknown_site', `No site is registered as "${submission.site}".`);
    if (origin && !site.origins.includes(origin)) {
      return errorResponse(
        c,
        403,
        'origin_not_allowed',
        `${origin} is not an allowed origin of site "${site.id}".`,
      );
    }

    // A page of another origin is not this site's: somebody else's page, or a made-up one.
    const pageOrigin = new URL(submission.page).origin;
    if (site.origins.length > 0 && !site.origins.includes(pageOrigin)) {
      return errorResponse(
        c,
        403,
        'page_not_allowed',
        `Pages on ${pageOrigin} are not part of site "${site.id}"; register the origin for the site if they are.`,
      );
    }

    const clientKey = deps.clientKeys.key(deps.clientAddress(c));
    const wait = Math.max(deps.perClient.take(clientKey), deps.perSite.take(site.id));
    if (wait > 0) {
      c.header('retry-after', String(wait));
      return errorResponse(c, 429, 'rate_limited', `Too many submissions; retry after ${wait} s.`);
    }

    // Control characters mean nothing in a comment, and U+0000 would fail the PostgreSQL batch it lands in.
    const words = submission.comment?.replace(CONTROL_CHARACTERS, '').trim();
    const comment = words ? redactPersonalData(words).text : undefined;
    const page = canonicalPage(submission.page);
    // Bots fill the hidden field or post a comment faster than anyone types; a repeated comment is counted
    // once. All are stored as spam and the sender is told nothing, so they learn nothing.
    const claim =
      comment === undefined
        ? undefined
        : deps.repeatedComments.claim(clientKey, site.id, page, comment, deps.now().getTime());
    const spam =
      Boolean(submission.website) ||
      (comment !== undefined && (submission.elapsedMs ?? 0) < MIN_COMMENT_MILLISECONDS) ||
      (comment !== undefined &&
        claim?.repeat === true &&
        !(await changesOwnAnswer(deps.store, submission.replaces, site.id, page, comment)));
    const { website: _honeypot, comment: _raw, ...rest } = submission;
    let result: StoreResult;
    try {
      result = await deps.store.addFeedback({
        ...rest,
        ...(comment === undefined ? {} : { comment }),
        page,
        receivedAt: deps.now().toISOString(),
        spam,
      });
    } catch (error) {
      // Not stored, not acknowledged: the widget's retry is no repeat.
      claim?.release();
      throw error;
    }
    return c.json({ id: submission.id, status: result }, result === 'accepted' ? 201 : 200);
  });

  return app;
}
