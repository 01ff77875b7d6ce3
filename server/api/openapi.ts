import { Hono } from 'hono';
import * as z from 'zod/mini';
import {
  ErrorBodySchema,
  FeedbackAckSchema,
  FeedbackSubmissionSchema,
  PageSummarySchema,
} from '../../contract/feedback.ts';

/** JSON Schema of a contract schema, as OpenAPI 3.1 embeds it (2020-12 dialect, no `$schema` per schema). */
function schema(type: z.ZodMiniType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(type) as Record<string, unknown>;
  return rest;
}

const json = (ref: string) => ({
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } },
});
const error = (description: string) => ({ description, ...json('Error') });

/** The OpenAPI document of the public API, generated from the same zod schemas the server validates with. */
export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Heard collector API', version },
    paths: {
      '/api/v1/feedback': {
        post: {
          summary: "Store a citizen's feedback on a page (idempotent on id)",
          requestBody: { required: true, ...json('FeedbackSubmission') },
          responses: {
            '201': { description: 'Stored durably', ...json('FeedbackAck') },
            '200': { description: 'Already stored under this id', ...json('FeedbackAck') },
            '400': error('Invalid JSON or fields; `fields` lists each problem'),
            '403': error('Unknown site, or an origin the site did not register'),
            '413': error('Body over 16 KB'),
            '429': error('Too many submissions; see Retry-After'),
          },
        },
      },
      '/api/v1/sites/{site}/summary': {
        get: {
          summary: 'What citizens see on a page: share of useful votes and published responses',
          parameters: [
            { name: 'site', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'page', in: 'query', required: true, schema: { type: 'string', format: 'uri' } },
          ],
          responses: {
            '200': { description: 'Summary (cacheable, with ETag)', ...json('PageSummary') },
            '304': { description: 'Not modified since the ETag in If-None-Match' },
            '400': error('Missing or invalid page'),
            '404': error('Unknown site'),
          },
        },
      },
    },
    components: {
      schemas: {
        FeedbackSubmission: schema(FeedbackSubmissionSchema),
        FeedbackAck: schema(FeedbackAckSchema),
        PageSummary: schema(PageSummarySchema),
        Error: schema(ErrorBodySchema),
      },
    },
  };
}

/** `GET /api/openapi.json`. */
export function openApiRoutes(version: string) {
  const document = openApiDocument(version);
  return new Hono().get('/openapi.json', (c) => c.json(document));
}
