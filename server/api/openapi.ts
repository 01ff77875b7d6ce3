import { Hono } from 'hono';
import * as z from 'zod/mini';
import * as admin from '../../contract/admin.ts';
import {
  ErrorBodySchema,
  FeedbackAckSchema,
  FeedbackSubmissionSchema,
  PageSummarySchema,
  PageUrlSchema,
  PublishedResponseSchema,
  SiteIdSchema,
} from '../../contract/feedback.ts';
import { HealthSchema } from './health.ts';

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
  ['Health', HealthSchema],
];

/** The component name of a contract schema: every schema an endpoint uses must be listed above. */
function componentName(type: z.ZodMiniType): string {
  const found = COMPONENTS.find(([, t]) => t === type);
  if (!found)
    throw new Error('An admin endpoint uses a schema missing from COMPONENTS in server/api/openapi.ts');
  return found[0];
}

/**
 * The admin routes' answers besides the ones every route may give, keyed `METHOD /path` as in
 * `ADMIN_ENDPOINTS` (a test checks each key names a route).
 */
export const ADMIN_ROUTE_ERRORS: Record<string, Record<string, string>> = {
  'POST /login': { '401': 'Wrong username or password (the same answer for an unknown username)' },
  'POST /accounts': { '409': 'The username is taken' },
  'PATCH /accounts/{username}': {
    '404': 'No such account',
    '409': 'Your own account: not your own role, site access or password reset (ask another admin)',
  },
  'DELETE /accounts/{username}': { '404': 'No such account', '409': 'Your own account (ask another admin)' },
  'POST /sites': { '409': 'A site with this id exists; change it with PATCH' },
  'PATCH /sites/{id}': { '404': 'No such site' },
  'GET /page': { '404': 'No such site' },
  'PATCH /feedback/{id}': { '404': 'No such submission' },
  'POST /responses': { '404': 'No such site' },
  'DELETE /responses/{id}': { '404': 'No such response' },
};

/** Answers with `Cache-Control: no-store`, as every admin answer is. */
const NO_STORE = { 'Cache-Control': header('no-store: answers hold data of the signed-in account') };

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
        ? { description: op.response.description, headers: NO_STORE, ...json(answer) }
        : { description: op.response.description, headers: NO_STORE },
      '400': error('Invalid JSON, fields or query parameters; `fields` lists each problem'),
    };
    if (op.access !== 'public') {
      responses['401'] = error('Not signed in');
      responses['403'] = error(
        op.access === 'any'
          ? 'A change sent from another origin'
          : `A role below ${op.access}, a site the account may not see, a change from another origin, or a one-time password still to change`,
      );
    } else responses['429'] = { ...error('Too many failed sign-ins'), headers: RETRY_AFTER };
    if (op.method !== 'get') responses['415'] = error('Changes must be sent as application/json');
    for (const [status, description] of Object.entries(
      ADMIN_ROUTE_ERRORS[`${op.method.toUpperCase()} ${op.path}`] ?? {},
    ))
      responses[status] = error(description);
    responses['500'] = SERVER_ERROR;
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
function header(description: string, type: 'string' | 'integer' = 'string') {
  return { description, schema: { type } };
}
const RETRY_AFTER = { 'Retry-After': header('Seconds to wait before trying again', 'integer') };
const SERVER_ERROR = error('Something went wrong on the server (the database is down, …); try again later');
const SUMMARY_CACHING = {
  ETag: header('Changes when the summary does; send it back in If-None-Match'),
  'Cache-Control': header('public, max-age=60'),
  'Access-Control-Allow-Origin': header('*: any page may read a summary'),
};
const FEEDBACK_CORS = {
  'Access-Control-Allow-Origin': header(
    "The request's Origin when it is registered for any site, on every answer (errors too); absent otherwise",
  ),
  Vary: header('Origin'),
};

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
          description:
            "The page is stored in canonical form: no user name, password, query, fragment or path parameters, personal data in the path replaced, no trailing slash but the root's. The id is compared in lower case.",
          requestBody: {
            required: true,
            description:
              'At most 16 KB. JSON; `text/plain` is taken too, as navigator.sendBeacon sends it (no preflight).',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/FeedbackSubmission' } },
              'text/plain': { schema: { $ref: '#/components/schemas/FeedbackSubmission' } },
            },
          },
          responses: {
            '201': { description: 'Stored durably', headers: FEEDBACK_CORS, ...json('FeedbackAck') },
            '200': {
              description: 'Already stored under this id',
              headers: FEEDBACK_CORS,
              ...json('FeedbackAck'),
            },
            '400': {
              ...error('Invalid JSON or fields (`fields` lists each problem), or a body cut off'),
              headers: FEEDBACK_CORS,
            },
            '403': {
              ...error(
                'Unknown site (unknown_site), an origin the site did not register (origin_not_allowed), or a page on another origin (page_not_allowed)',
              ),
              headers: FEEDBACK_CORS,
            },
            '413': { ...error('Body over 16 KB; the connection is closed'), headers: FEEDBACK_CORS },
            '429': { ...error('Too many submissions'), headers: { ...RETRY_AFTER, ...FEEDBACK_CORS } },
            '500': { ...error('Not stored; send it again later'), headers: FEEDBACK_CORS },
          },
        },
        options: {
          summary: 'CORS preflight. It carries no site: an origin registered for any site passes',
          responses: {
            '204': {
              description: 'Allowed',
              headers: {
                'Access-Control-Allow-Origin': header("The request's Origin"),
                'Access-Control-Allow-Methods': header('POST'),
                'Access-Control-Allow-Headers': header('content-type'),
                'Access-Control-Max-Age': header('86400', 'integer'),
              },
            },
            '403': { description: 'An origin registered for no site (no CORS headers)' },
          },
        },
      },
      '/api/v1/sites/{site}/summary': {
        get: {
          summary: 'What citizens see on a page: share of useful votes and published responses',
          parameters: [
            { name: 'site', in: 'path', required: true, schema: schema(SiteIdSchema) },
            {
              name: 'page',
              in: 'query',
              required: true,
              description: 'Canonicalised as submissions are, so any form of a page finds its votes',
              schema: schema(PageUrlSchema),
            },
            {
              name: 'If-None-Match',
              in: 'header',
              required: false,
              description: 'ETags (weak ones too) or *: answered 304 when one matches',
              schema: { type: 'string' },
            },
          ],
          responses: {
            '200': { description: 'Summary', headers: SUMMARY_CACHING, ...json('PageSummary') },
            '304': { description: 'Not modified since an ETag in If-None-Match', headers: SUMMARY_CACHING },
            '400': error('Missing or invalid page'),
            '404': error('Unknown site'),
            '500': SERVER_ERROR,
          },
        },
      },
      '/healthz': {
        get: {
          summary: 'For load balancers: whether this instance can store submissions',
          responses: {
            '200': {
              description:
                'The database answered within 2 s (and, after submissions failed to be stored, took a test write)',
              headers: { 'Cache-Control': header('no-store') },
              ...json('Health'),
            },
            '503': {
              description:
                'The database did not answer or refuses writes (unavailable), or the collector is stopping (draining)',
              headers: { 'Cache-Control': header('no-store') },
              ...json('Health'),
            },
          },
        },
      },
      '/api/openapi.json': {
        get: {
          summary: 'This document',
          responses: {
            '200': {
              description: 'OpenAPI 3.1',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
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
