import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Sends the contract's error body: a machine-readable code, a sentence for people, field errors on 400. */
export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  error: string,
  message: string,
  fields?: { path: string; message: string }[],
) {
  return c.json(fields ? { error, message, fields } : { error, message }, status);
}
