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

interface AdminOperation {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  summary: string;
  /** Who may call it; every route also checks the account's site access. */
  role: 'public' | 'any' | admin.Role;
  query?: z.ZodMiniType;
  body?: string;
  response?: { status: string; ref?: string; description: string };
}

const ADMIN_OPERATIONS: AdminOperation[] = [
  {
    method: 'post',
    path: '/login',
    summary: 'Sign in; sets the session cookie',
    role: 'public',
    body: 'LoginRequest',
    response: { status: '200', ref: 'Me', description: 'Signed in' },
  },
  {
    method: 'post',
    path: '/logout',
    summary: 'Sign out; deletes the session',
    role: 'any',
    response: { status: '204', description: 'Signed out' },
  },
  {
    method: 'get',
    path: '/me',
    summary: 'The signed-in account',
    role: 'any',
    response: { status: '200', ref: 'Me', description: 'The account' },
  },
  {
    method: 'post',
    path: '/me/password',
    summary: 'Change the password; other sessions end',
    role: 'any',
    body: 'ChangePasswordRequest',
    response: { status: '204', description: 'Changed' },
  },
  {
    method: 'get',
    path: '/accounts',
    summary: 'List accounts',
    role: 'admin',
    response: { status: '200', ref: 'AccountList', description: 'Accounts' },
  },
  {
    method: 'post',
    path: '/accounts',
    summary: 'Create an account with a one-time password',
    role: 'admin',
    body: 'CreateAccountRequest',
    response: { status: '201', ref: 'AccountCreated', description: 'Created' },
  },
  {
    method: 'patch',
    path: '/accounts/{username}',
    summary: 'Change role or sites, or reset the password',
    role: 'admin',
    body: 'UpdateAccountRequest',
    response: { status: '200', ref: 'Account', description: 'Changed (AccountCreated after a reset)' },
  },
  {
    method: 'delete',
    path: '/accounts/{username}',
    summary: 'Delete an account',
    role: 'admin',
    response: { status: '204', description: 'Deleted' },
  },
  {
    method: 'get',
    path: '/sites',
    summary: 'Sites the account may see',
    role: 'viewer',
    response: { status: '200', ref: 'SiteList', description: 'Sites' },
  },
  {
    method: 'post',
    path: '/sites',
    summary: 'Register a site',
    role: 'admin',
    body: 'AdminSite',
    response: { status: '201', ref: 'AdminSite', description: 'Registered' },
  },
  {
    method: 'patch',
    path: '/sites/{id}',
    summary: "Change a site's settings",
    role: 'admin',
    body: 'UpdateSiteRequest',
    response: { status: '200', ref: 'AdminSite', description: 'Changed' },
  },
  {
    method: 'get',
    path: '/pages',
    summary: 'The pages table',
    role: 'viewer',
    query: admin.PagesQuerySchema,
    response: { status: '200', ref: 'PagesResponse', description: 'Pages' },
  },
  {
    method: 'get',
    path: '/votes',
    summary: 'Votes per day',
    role: 'viewer',
    query: admin.VotesQuerySchema,
    response: { status: '200', ref: 'VotesOverTime', description: 'Votes per day' },
  },
  {
    method: 'get',
    path: '/page',
    summary: 'One page in detail',
    role: 'viewer',
    query: admin.PageDetailQuerySchema,
    response: { status: '200', ref: 'PageDetail', description: 'The page' },
  },
  {
    method: 'get',
    path: '/feedback',
    summary: "A page's feedback, newest first",
    role: 'viewer',
    query: admin.FeedbackListQuerySchema,
    response: { status: '200', ref: 'FeedbackList', description: 'Feedback' },
  },
  {
    method: 'patch',
    path: '/feedback/{id}',
    summary: 'Moderate: status and tags',
    role: 'editor',
    body: 'ModerationPatch',
    response: { status: '200', ref: 'FeedbackItem', description: 'Moderated' },
  },
  {
    method: 'post',
    path: '/responses',
    summary: 'Publish a response on a page',
    role: 'editor',
    body: 'PublishResponseRequest',
    response: { status: '201', ref: 'PublishedResponse', description: 'Published' },
  },
  {
    method: 'delete',
    path: '/responses/{id}',
    summary: 'Delete a published response',
    role: 'editor',
    response: { status: '204', description: 'Deleted' },
  },
  {
    method: 'get',
    path: '/responsiveness',
    summary: 'How long negative feedback waits for an answer',
    role: 'viewer',
    query: admin.ResponsivenessQuerySchema,
    response: { status: '200', ref: 'ResponsivenessResponse', description: 'Pages' },
  },
  {
    method: 'get',
    path: '/export',
    summary: 'Export feedback as CSV or a JSON array, streamed',
    role: 'viewer',
    query: admin.ExportQuerySchema,
    response: { status: '200', description: 'text/csv or application/json (an array of ExportRow)' },
  },
];

/** The admin API's paths: every operation with its parameters, body, answer and the errors it may give. */
function adminPaths(): Record<string, Record<string, unknown>> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ADMIN_OPERATIONS) {
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
    const responses: Record<string, unknown> = {
      [op.response?.status ?? '200']: op.response?.ref
        ? { description: op.response.description, ...json(op.response.ref) }
        : { description: op.response?.description ?? 'OK' },
      '400': error('Invalid JSON, fields or query parameters; `fields` lists each problem'),
    };
    if (op.role !== 'public') {
      responses['401'] = error('Not signed in');
      responses['403'] = error(
        op.role === 'any'
          ? 'A change sent from another origin'
          : `A role below ${op.role}, a site the account may not see, a change from another origin, or a one-time password still to change`,
      );
    } else responses['429'] = error('Too many failed sign-ins; see Retry-After');
    if (op.method !== 'get') responses['415'] = error('Changes must be sent as application/json');
    paths[path] = {
      ...paths[path],
      [op.method]: {
        summary: op.summary,
        'x-heard-role': op.role,
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(op.body ? { requestBody: { required: true, ...json(op.body) } } : {}),
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
    components: {
      schemas: {
        FeedbackSubmission: schema(FeedbackSubmissionSchema),
        FeedbackAck: schema(FeedbackAckSchema),
        PageSummary: schema(PageSummarySchema),
        Error: schema(ErrorBodySchema),
        PublishedResponse: schema(PublishedResponseSchema),
        LoginRequest: schema(admin.LoginRequestSchema),
        Me: schema(admin.MeSchema),
        ChangePasswordRequest: schema(admin.ChangePasswordRequestSchema),
        Account: schema(admin.AccountSchema),
        AccountList: schema(admin.AccountListSchema),
        CreateAccountRequest: schema(admin.CreateAccountRequestSchema),
        AccountCreated: schema(admin.AccountCreatedSchema),
        UpdateAccountRequest: schema(admin.UpdateAccountRequestSchema),
        AdminSite: schema(admin.AdminSiteSchema),
        SiteList: schema(admin.SiteListSchema),
        UpdateSiteRequest: schema(admin.UpdateSiteRequestSchema),
        PagesResponse: schema(admin.PagesResponseSchema),
        VotesOverTime: schema(admin.VotesOverTimeSchema),
        PageDetail: schema(admin.PageDetailSchema),
        FeedbackList: schema(admin.FeedbackListSchema),
        FeedbackItem: schema(admin.FeedbackItemSchema),
        ModerationPatch: schema(admin.ModerationPatchSchema),
        PublishResponseRequest: schema(admin.PublishResponseRequestSchema),
        ResponsivenessResponse: schema(admin.ResponsivenessResponseSchema),
        ExportRow: schema(admin.ExportRowSchema),
      },
    },
  };
}

/** `GET /api/openapi.json`. */
export function openApiRoutes(version: string) {
  const document = openApiDocument(version);
  return new Hono().get('/openapi.json', (c) => c.json(document));
}
