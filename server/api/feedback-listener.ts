import type { IncomingMessage, ServerResponse } from 'node:http';
import { type FeedbackIntake, type IntakeRequest, MAX_BODY_BYTES } from './feedback-intake.ts';

/** Where the widget posts; the only route the collector serves without Hono. */
export const FEEDBACK_PATH = '/api/v1/feedback';

/** The request's path: its target without the query string. */
function pathOf(url: string | undefined): string {
  if (!url) return '';
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

/**
 * Reads the body, but no more than `limit` bytes: a declared length over it is refused before a byte is read,
 * and a chunked body (no declared length) is abandoned once it passes it. A client that goes away before the
 * end leaves it 'cut off'.
 */
function readBody(request: IncomingMessage, limit: number): Promise<IntakeRequest['body']> {
  if (Number(request.headers['content-length'] ?? 0) > limit) return Promise.resolve('too large');
  // The listeners stay: the request is dropped after its answer, and a settled promise ignores them.
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= limit) chunks.push(chunk);
      else {
        // Stop reading: the answer closes the connection, and the rest of the body is never read.
        request.pause();
        resolve('too large');
      }
    });
    request.on('end', () =>
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size)),
    );
    // 'close' before 'end': the client went away (or was cut off while the collector stops).
    request.on('close', () => resolve('cut off'));
  });
}

/**
 * The collector's HTTP listener for `POST /api/v1/feedback`, the one route every citizen's submission takes.
 * Hono's adapter builds a web Request and Response around each request, which measured at about a third of
 * the event loop's time per submission; this serves the same `FeedbackIntake` straight from node:http.
 * Returns false for any other request, which the caller hands on to the Hono application.
 */
export function feedbackListener(
  intake: FeedbackIntake,
  clientAddress: (request: IncomingMessage) => string,
  draining: () => boolean,
): (request: IncomingMessage, response: ServerResponse) => boolean {
  return (request, response) => {
    if (request.method !== 'POST' || pathOf(request.url) !== FEEDBACK_PATH) return false;
    void (async () => {
      const body = await readBody(request, MAX_BODY_BYTES);
      const origin = request.headers.origin;
      const answer = await intake.submit({ body, origin, clientAddress: clientAddress(request) });
      const json = JSON.stringify(answer.body);
      // While the collector stops, a keep-alive client gets this answer and must then reconnect elsewhere.
      if (draining()) answer.headers.connection = 'close';
      if (response.destroyed) return;
      response.writeHead(answer.status, {
        ...answer.headers,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(json),
      });
      response.end(json);
    })().catch((error: unknown) => {
      // `submit` answers its own failures; this is a socket that broke while the answer was written.
      if (!response.headersSent) response.writeHead(500);
      response.destroy(error instanceof Error ? error : undefined);
    });
    return true;
  };
}
