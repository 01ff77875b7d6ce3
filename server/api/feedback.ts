import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type FeedbackIntake, MAX_BODY_BYTES } from './feedback-intake.ts';

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
 * `POST /api/v1/feedback` and its preflight as a Hono route: what tests and an embedding application call.
 * The collector's own HTTP server answers the POST through `feedbackListener` instead, without building web
 * Requests and Responses; both hand the same `FeedbackIntake` the same request and send what it answers.
 */
export function feedbackRoutes(intake: FeedbackIntake, clientAddress: (c: Context) => string) {
  const app = new Hono();

  // A preflight carries no body, so no site: an origin registered for any site passes it; the POST that
  // follows is then checked against its own site's origins.
  app.options('/', async (c) => {
    const origin = c.req.header('origin');
    c.header('vary', 'Origin');
    if (!origin || !(await intake.readableBy(origin))) return c.body(null, 403);
    return c.body(null, 204, {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type',
      'access-control-max-age': '86400',
    });
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
    const answer = await intake.submit({
      body,
      origin: c.req.header('origin'),
      clientAddress: clientAddress(c),
    });
    return c.json(answer.body, answer.status as ContentfulStatusCode, answer.headers);
  });

  return app;
}
