/**
 * The dashboard's client for `/api/v1/admin/...`. Every answer is parsed with the contract's own schemas, so a
 * view never handles data the server did not promise; every failure becomes an `ApiError` with the status.
 */
import * as z from 'zod/mini';
import {
  AccountCreatedSchema,
  AccountListSchema,
  AccountSchema,
  type AdminSite,
  AdminSiteSchema,
  type ChangePasswordRequest,
  type CreateAccountRequest,
  type ExportQuery,
  FeedbackItemSchema,
  type FeedbackListQuery,
  FeedbackListSchema,
  type LoginRequest,
  LoginResponseSchema,
  MeSchema,
  type ModerationPatch,
  type PageDetailQuery,
  PageDetailSchema,
  type PagesQuery,
  PagesResponseSchema,
  type PublishResponseRequest,
  type ResponsivenessQuery,
  ResponsivenessResponseSchema,
  SiteListSchema,
  type UpdateAccountRequest,
  type UpdateSiteRequest,
  VotesOverTimeSchema,
  type VotesQuery,
} from '../../../../contract/admin.ts';
import { ErrorBodySchema, PublishedResponseSchema } from '../../../../contract/feedback.ts';

const BASE = '/api/v1/admin';

/** A request the collector refused or could not answer; `status` 0 means the network failed. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds to wait before trying again (from Retry-After on 429). */
    readonly retryAfterSeconds: number | undefined = undefined,
    readonly fields: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | undefined>;

/** Builds `path?query`, leaving out parameters that are not set. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function failure(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get('retry-after'));
  let body: z.infer<typeof ErrorBodySchema> | undefined;
  try {
    const parsed = z.safeParse(ErrorBodySchema, await response.json());
    if (parsed.success) body = parsed.data;
  } catch {
    // Not JSON (a proxy's error page, say): the status alone has to do.
  }
  return new ApiError(
    response.status,
    body?.error ?? `http_${response.status}`,
    body?.message ?? response.statusText,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    body?.fields ?? [],
  );
}

async function send(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      // The server requires JSON on every change: a cross-site form cannot send it, which stops CSRF.
      headers: method === 'GET' ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await failure(response);
  return response;
}

async function json<S extends z.ZodMiniType>(
  schema: S,
  method: string,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  const response = await send(method, path, body, signal);
  const parsed = z.safeParse(schema, await response.json());
  if (parsed.success) return parsed.data;
  // A dashboard built from another version of the contract than the server's: say so, not a zod dump.
  console.error(path, parsed.error.issues);
  throw new ApiError(
    response.status,
    UNEXPECTED_ANSWER,
    `${path} answered in a shape this dashboard does not know.`,
  );
}

/** The code of an `ApiError` for an answer that does not match the contract. */
export const UNEXPECTED_ANSWER = 'unexpected_answer';

type Range = Pick<PagesQuery, 'site' | 'from' | 'to' | 'language'>;
const range = (q: Range): Query => ({ site: q.site, from: q.from, to: q.to, language: q.language });

/** The admin API, one function per endpoint. */
export const api = {
  me: (signal?: AbortSignal) => json(MeSchema, 'GET', `${BASE}/me`, undefined, signal),
  login: (request: LoginRequest) => json(LoginResponseSchema, 'POST', `${BASE}/login`, request),
  logout: () => send('POST', `${BASE}/logout`, {}).then(() => undefined),
  changePassword: (request: ChangePasswordRequest) =>
    send('POST', `${BASE}/me/password`, request).then(() => undefined),

  sites: (signal?: AbortSignal) => json(SiteListSchema, 'GET', `${BASE}/sites`, undefined, signal),
  createSite: (site: AdminSite) => json(AdminSiteSchema, 'POST', `${BASE}/sites`, site),
  updateSite: (id: string, patch: UpdateSiteRequest) =>
    json(AdminSiteSchema, 'PATCH', `${BASE}/sites/${encodeURIComponent(id)}`, patch),

  pages: (q: Partial<PagesQuery> & Range, signal?: AbortSignal) =>
    json(
      PagesResponseSchema,
      'GET',
      withQuery(`${BASE}/pages`, {
        ...range(q),
        sort: q.sort,
        order: q.order,
        limit: q.limit,
        offset: q.offset,
      }),
      undefined,
      signal,
    ),
  votes: (q: VotesQuery, signal?: AbortSignal) =>
    json(
      VotesOverTimeSchema,
      'GET',
      withQuery(`${BASE}/votes`, { ...range(q), page: q.page }),
      undefined,
      signal,
    ),
  page: (q: PageDetailQuery, signal?: AbortSignal) =>
    json(
      PageDetailSchema,
      'GET',
      withQuery(`${BASE}/page`, { ...range(q), page: q.page }),
      undefined,
      signal,
    ),
  feedback: (
    q: Partial<FeedbackListQuery> & Pick<FeedbackListQuery, 'site' | 'page'>,
    signal?: AbortSignal,
  ) =>
    json(
      FeedbackListSchema,
      'GET',
      withQuery(`${BASE}/feedback`, {
        ...range(q),
        page: q.page,
        status: q.status,
        vote: q.vote,
        limit: q.limit,
        cursor: q.cursor,
      }),
      undefined,
      signal,
    ),
  moderate: (id: string, patch: ModerationPatch) =>
    json(FeedbackItemSchema, 'PATCH', `${BASE}/feedback/${encodeURIComponent(id)}`, patch),
  publishResponse: (request: PublishResponseRequest) =>
    json(PublishedResponseSchema, 'POST', `${BASE}/responses`, request),
  deleteResponse: (id: string) =>
    send('DELETE', `${BASE}/responses/${encodeURIComponent(id)}`).then(() => undefined),
  responsiveness: (q: Partial<ResponsivenessQuery> & Range, signal?: AbortSignal) =>
    json(
      ResponsivenessResponseSchema,
      'GET',
      withQuery(`${BASE}/responsiveness`, {
        ...range(q),
        sort: q.sort,
        limit: q.limit,
        offset: q.offset,
      }),
      undefined,
      signal,
    ),

  accounts: (signal?: AbortSignal) => json(AccountListSchema, 'GET', `${BASE}/accounts`, undefined, signal),
  createAccount: (request: CreateAccountRequest) =>
    json(AccountCreatedSchema, 'POST', `${BASE}/accounts`, request),
  updateAccount: (username: string, patch: Omit<UpdateAccountRequest, 'resetPassword'>) =>
    json(AccountSchema, 'PATCH', `${BASE}/accounts/${encodeURIComponent(username)}`, patch),
  resetPassword: (username: string) =>
    json(AccountCreatedSchema, 'PATCH', `${BASE}/accounts/${encodeURIComponent(username)}`, {
      resetPassword: true,
    } satisfies UpdateAccountRequest),
  deleteAccount: (username: string) =>
    send('DELETE', `${BASE}/accounts/${encodeURIComponent(username)}`).then(() => undefined),
};

/** The export download for a filter: a plain link, so the browser streams the file to disk. */
export function exportUrl(q: Partial<ExportQuery> & Range): string {
  return withQuery(`${BASE}/export`, {
    ...range(q),
    format: q.format,
    page: q.page,
    status: q.status,
    hiddenComments: q.hiddenComments === 'include' ? 'include' : undefined,
  });
}
