import { Hono } from 'hono';
import * as z from 'zod/mini';
import * as admin from '../../contract/admin.ts';
import {
  ErrorBodySchema,
  FeedbackAckSchema,
  FeedbackSubmissionSchema,
  PageSummarySchema,
  PublishedResponseSchema,
} from '../../contract/feedback.ts';

/** JSON Schema of a contract schema, as OpenAPI 3.1 embeds it (2020-12 dialect, no `$schema` per schema). */
function schema(type: z.ZodMiniType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(type) as Record<string, unknown>;
  return rest;
}

/** A query schema as OpenAPI parameters: one per property, required as the schema says. */
function queryParameters(type: z.ZodMiniType): Record<string, unknown>[] {
  const { properties = {}, required = [] } = z.toJSONSchema(type, { io: 'input' }) as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    schema: property,
  }));
}

/** The schemas the document names, each once; endpoints refer to them by identity. */
const COMPONENTS: [string, z.ZodMiniType][] = [
  ['FeedbackSubmission', FeedbackSubmissionSchema],
  ['FeedbackAck', FeedbackAckSchema],
  ['PageSummary', PageSummarySchema],
  ['Error', ErrorBodySchema],
  ['PublishedResponse', PublishedResponseSchema],
  ['LoginRequest', admin.LoginRequestSchema],
  ['Me', admin.MeSchema],
  ['ChangePasswordRequest', admin.ChangePasswordRequestSchema],
  ['Account', admin.AccountSchema],
  ['AccountList', admin.AccountListSchema],
  ['CreateAccountRequest', admin.CreateAccountRequestSchema],
  ['AccountCreated', admin.AccountCreatedSchema],
  ['UpdateAccountRequest', admin.UpdateAccountRequestSchema],
  ['AdminSite', admin.AdminSiteSchema],
  ['SiteList', admin.SiteListSchema],
  ['UpdateSiteRequest', admin.UpdateSiteRequestSchema],
  ['PagesResponse', admin.PagesResponseSchema],
  ['VotesOverTime', admin.VotesOverTimeSchema],
  ['PageDetail', admin.PageDetailSchema],
  ['FeedbackList', admin.FeedbackListSchema],
  ['FeedbackItem', admin.FeedbackItemSchema],
  ['ModerationPatch', admin.ModerationPatchSchema],
  ['PublishResponseRequest', admin.PublishResponseRequestSchema],
  ['ResponsivenessResponse', admin.ResponsivenessResponseSchema],
  ['ExportRow', admin.ExportRowSchema],
];

/** The component name of a contract schema: every schema an endpoint uses must be listed above. */
function componentName(type: z.ZodMiniType): string {
  const found = COMPONENTS.find(([, t]) => t === type);
  if (!found)
    throw new Error('An admin endpoint uses a schema missing from COMPONENTS in server/api/openapi.ts');
  return found[0];
}

/** The admin API's paths: every operation with its parameters, body, answer and the errors it may give. */
function adminPaths(): Record<string, Record<string, unknown>> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of admin.ADMIN_ENDPOINTS) {
    const path = `/api/v1/admin${op.path}`;
    const parameters = [
      ...[...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
        name: m[1],
        in: 'path',
        required: true,
        schema: { type: 'string' },
      })),
      ...(op.query ? queryParameters(op.query) : []),
    ];
    const answer = op.response.schema ? componentName(op.response.schema) : undefined;
    const responses: Record<string, unknown> = {
      [op.response.status]: answer
        ? { description: op.response.description, ...json(answer) }
        : { description: op.response.description },
      '400': error('Invalid JSON, fields or query parameters; `fields` lists each problem'),
    };
    if (op.access !== 'public') {
      responses['401'] = error('Not signed in');
      responses['403'] = error(
        op.access === 'any'
          ? 'A change sent from another origin'
          : `A role below ${op.access}, a site the account may not see, a change from another origin, or a one-time password still to change`,
      );
    } else responses['429'] = error('Too many failed sign-ins; see Retry-After');
    if (op.method !== 'get') responses['415'] = error('Changes must be sent as application/json');
    paths[path] = {
      ...paths[path],
      [op.method]: {
        summary: op.summary,
        'x-heard-role': op.access,
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(op.body ? { requestBody: { required: true, ...json(componentName(op.body)) } } : {}),
        responses,
      },
    };
  }
  return paths;
}

const json = (ref: string) => ({
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } },
});
const error = (description: string) => ({ description, ...json('Error') });

/** The OpenAPI document of the public and admin APIs, generated from the same zod schemas the server validates with. */
export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Heard collector API', version },
    paths: {
      ...adminPaths(),
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
    components: { schemas: Object.fromEntries(COMPONENTS.map(([name, type]) => [name, schema(type)])) },
  };
}

/** `GET /api/openapi.json`. */
export function openApiRoutes(version: string) {
  const document = openApiDocument(version);
  return new Hono().get('/openapi.json', (c) => c.json(document));
}
