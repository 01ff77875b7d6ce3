/**
 * The wire contract of the agency dashboard's API, `/api/v1/admin/...`: zod/mini schemas the server validates
 * every body and query with, and the types the dashboard builds against. Errors answer with `ErrorBodySchema`
 * from `./feedback.ts` (400 lists field errors; 401 not signed in; 403 role or site not allowed; 429 see
 * Retry-After).
 *
 * Sessions are an `HttpOnly; SameSite=Strict` cookie set by `POST /login` and ended by `POST /logout` (no
 * body; answers 204); every mutating request must send `content-type: application/json` and, when the browser
 * sends an Origin header, the server's own origin. `ADMIN_ENDPOINTS` (at the end) lists every route with who
 * may call it and its shapes.
 * Dates in queries and answers are calendar days (`YYYY-MM-DD`, both ends included) in the collector's time
 * zone, which `GET /me` names; times in answers are ISO 8601 instants.
 */
import * as z from 'zod/mini';
import {
  LanguageSchema,
  PageUrlSchema,
  PublishedResponseSchema,
  ReasonSchema,
  SiteIdSchema,
  SubmissionIdSchema,
} from './feedback.ts';
import { hasNulCharacter } from './patterns.ts';

/** Text a person typed into the dashboard: refused with a field error if it holds U+0000 (see patterns.ts). */
const withoutNul = z.refine<string>((text) => !hasNulCharacter(text), 'text without NUL characters');

// ---------------------------------------------------------------------------------------------------------
// Accounts and sessions

/** Fewest characters a password may have. */
export const MIN_PASSWORD_LENGTH = 12;
/** Most characters a password may have (scrypt hashes any length, but unbounded input is a DoS lever). */
export const MAX_PASSWORD_LENGTH = 256;

/**
 * What an account may do. viewer: read; editor: also moderate and publish responses; admin: also change its
 * sites. Managing accounts and registering sites needs an admin whose site access is `"all"`.
 */
export const RoleSchema = z.enum(['viewer', 'editor', 'admin']);
/** An account's role. */
export type Role = z.infer<typeof RoleSchema>;

/** A sign-in name: lower-case letters, digits, dot, dash, underscore; 2–64 characters. */
export const UsernameSchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'lower-case letters, digits, ".", "-", "_"; 2–64 characters'),
  );

/** A new password: 12–256 characters. */
export const NewPasswordSchema = z
  .string()
  .check(z.minLength(MIN_PASSWORD_LENGTH), z.maxLength(MAX_PASSWORD_LENGTH));

/** The sites an account may see: every site (`"all"`, also future ones) or the listed ones. */
export const SiteAccessSchema = z.union([z.literal('all'), z.array(SiteIdSchema).check(z.maxLength(1000))]);
/** Site access of an account. */
export type SiteAccess = z.infer<typeof SiteAccessSchema>;

/** `POST /api/v1/admin/login`. Unknown user and wrong password get the same 401. */
export const LoginRequestSchema = z.strictObject({
  username: z.string().check(z.minLength(1), z.maxLength(64), withoutNul),
  password: z.string().check(z.minLength(1), z.maxLength(MAX_PASSWORD_LENGTH)),
});
/** A login request. */
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** The signed-in account: `GET /api/v1/admin/me`, and the answer to a successful login. */
export const MeSchema = z.strictObject({
  username: UsernameSchema,
  role: RoleSchema,
  sites: SiteAccessSchema,
  /** Set for a first or reset password: the dashboard must ask for a new one before anything else. */
  mustChangePassword: z.boolean(),
  /**
   * The IANA time zone (HEARD_TIME_ZONE, e.g. `Asia/Almaty`) whose calendar days every date in the API means,
   * and in which the dashboard shows times of day.
   */
  timeZone: z.string(),
});
/** The signed-in account. */
export type Me = z.infer<typeof MeSchema>;
/** What a successful login answers. */
export const LoginResponseSchema = MeSchema;
/** A login answer. */
export type LoginResponse = Me;

/** `POST /api/v1/admin/me/password`: answers 204; other sessions of the account are signed out. */
export const ChangePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().check(z.minLength(1), z.maxLength(MAX_PASSWORD_LENGTH)),
  newPassword: NewPasswordSchema,
});
/** A password change. */
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequestSchema>;

/** An account as admins see it: `GET /api/v1/admin/accounts` lists them (admins of all sites). */
export const AccountSchema = z.strictObject({
  username: UsernameSchema,
  role: RoleSchema,
  sites: SiteAccessSchema,
  mustChangePassword: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  lastLoginAt: z.nullable(z.iso.datetime({ offset: true })),
});
/** An account. */
export type Account = z.infer<typeof AccountSchema>;

/** `GET /api/v1/admin/accounts`. */
export const AccountListSchema = z.strictObject({ accounts: z.array(AccountSchema) });

/**
 * `POST /api/v1/admin/accounts` (admins of all sites). The server makes a one-time password and returns it once; the
 * new user must change it at first sign-in. 409 when the username is taken.
 */
export const CreateAccountRequestSchema = z.strictObject({
  username: UsernameSchema,
  role: RoleSchema,
  sites: SiteAccessSchema,
});
/** A new account. */
export type CreateAccountRequest = z.infer<typeof CreateAccountRequestSchema>;

/** What creating an account (or resetting its password) answers: the one-time password, shown once. */
export const AccountCreatedSchema = z.strictObject({
  account: AccountSchema,
  oneTimePassword: z.string(),
});
/** A created account with its one-time password. */
export type AccountCreated = z.infer<typeof AccountCreatedSchema>;

/**
 * `PATCH /api/v1/admin/accounts/{username}` (admins of all sites): change role or sites, or reset the password
 * (answers `AccountCreatedSchema` with a new one-time password and signs the account out everywhere).
 * `DELETE /api/v1/admin/accounts/{username}` removes it (204). Admins cannot demote or delete themselves.
 */
export const UpdateAccountRequestSchema = z.strictObject({
  role: z.optional(RoleSchema),
  sites: z.optional(SiteAccessSchema),
  resetPassword: z.optional(z.literal(true)),
});
/** An account update. */
export type UpdateAccountRequest = z.infer<typeof UpdateAccountRequestSchema>;

// ---------------------------------------------------------------------------------------------------------
// Sites

const ORIGIN_PATTERN = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i;

/** The origin a browser sends for a page at `value` (its `Origin` header), or undefined when there is none. */
function browserOrigin(value: string): string | undefined {
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}

/**
 * An origin a site's pages are served from: scheme, host and optional port, no path. Stored as browsers send
 * it (lower case, no default port), since feedback is matched against the `Origin` header exactly; a value a
 * browser would send in any other way (`http://127.1`, port `0443`) is refused rather than silently never
 * matched.
 */
export const OriginSchema = z.string().check(
  z.maxLength(255),
  z.regex(
    ORIGIN_PATTERN,
    'an origin like https://www.gov.kz: scheme, host and optional port (no path, query, user name or wildcard)',
  ),
  z.superRefine((value, ctx) => {
    if (!ORIGIN_PATTERN.test(value)) return;
    const sent = browserOrigin(value);
    const written = value.toLowerCase().replace(/^(https:\/\/[^:]+):443$|^(http:\/\/[^:]+):80$/, '$1$2');
    if (sent === undefined) ctx.addIssue('an origin with a valid host and a port of 1–65535');
    else if (sent !== written) ctx.addIssue(`browsers send this origin as ${sent}; register that`);
  }),
  z.overwrite((value) => (ORIGIN_PATTERN.test(value) ? (browserOrigin(value) ?? value) : value)),
);

/**
 * A site as the dashboard shows and edits it (`GET /api/v1/admin/sites` lists those the account may see).
 * `POST /api/v1/admin/sites` creates one (admins of all sites; 409 when the id is taken). The embed snippet is built by the
 * dashboard from the id and the collector's address.
 */
export const AdminSiteSchema = z.strictObject({
  id: SiteIdSchema,
  name: z.string().check(z.minLength(1), z.maxLength(200), withoutNul),
  origins: z.array(OriginSchema).check(z.maxLength(50)),
  /** Fewest votes before a page's share of useful votes is shown publicly. */
  minVotes: z.int().check(z.gte(1), z.lte(100_000)),
  /** Days after which comments are deleted (votes stay); null keeps them. */
  retentionDays: z.nullable(z.int().check(z.gte(1), z.lte(36_500))),
});
/** A site. */
export type AdminSite = z.infer<typeof AdminSiteSchema>;

/** `GET /api/v1/admin/sites`. */
export const SiteListSchema = z.strictObject({ sites: z.array(AdminSiteSchema) });

/** `PATCH /api/v1/admin/sites/{id}` (admin): the fields to change; answers the updated site. */
export const UpdateSiteRequestSchema = z.strictObject({
  name: z.optional(AdminSiteSchema.shape.name),
  origins: z.optional(AdminSiteSchema.shape.origins),
  minVotes: z.optional(AdminSiteSchema.shape.minVotes),
  retentionDays: z.optional(AdminSiteSchema.shape.retentionDays),
});
/** A site update. */
export type UpdateSiteRequest = z.infer<typeof UpdateSiteRequestSchema>;

// ---------------------------------------------------------------------------------------------------------
// Queries shared by the read endpoints (query strings: numbers arrive as text)

/** A calendar day (in the collector's time zone), `YYYY-MM-DD`, between 2000 and 2999 (a day past 9999 would not sort as text). */
export const DaySchema = z.string().check(
  z.regex(/^2\d{3}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD, from 2000 to 2999'),
  z.refine(
    (v) =>
      !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'a real calendar date',
  ),
);

/** The longest range a report or export takes, in days: ten years, so one request cannot hold the server. */
export const MAX_RANGE_DAYS = 3_660;

/** Which feedback counts: a site, a range of days (default: the last 30 days up to today), a language. */
export const RangeQuerySchema = z.strictObject({
  site: SiteIdSchema,
  from: z.optional(DaySchema),
  to: z.optional(DaySchema),
  language: z.optional(LanguageSchema),
});
/** A site, range and language filter. */
export type RangeQuery = z.infer<typeof RangeQuerySchema>;

const limit = (max: number, fallback: number) =>
  z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(max)), fallback);
const offset = z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(1_000_000)), 0);

/** Columns the pages table sorts by. `priority` puts pages that citizens and the engine both find hard first. */
export const PageSortSchema = z.enum([
  'priority',
  'votes',
  'usefulShare',
  'averageClarity',
  'readabilityGrade',
  'comments',
  'trend',
  'page',
]);
/** A pages-table sort key. */
export type PageSort = z.infer<typeof PageSortSchema>;

/** Sort direction; by default the rows needing attention come first (priority, votes, comments, readabilityGrade: desc; others: asc, so the least useful, least clear and most declining pages lead). */
export const OrderSchema = z.enum(['asc', 'desc']);

/** `GET /api/v1/admin/pages`: the pages table. */
export const PagesQuerySchema = z.strictObject({
  ...RangeQuerySchema.shape,
  sort: z._default(PageSortSchema, 'priority'),
  order: z.optional(OrderSchema),
  limit: limit(500, 50),
  offset,
});
/** A pages-table query (after defaults). */
export type PagesQuery = z.infer<typeof PagesQuerySchema>;

/** How a page is doing recently: the 7 days ending at the range's end against the 7 days before them. */
export const TrendSchema = z.strictObject({
  votesLast7: z.int(),
  votesPrevious7: z.int(),
  usefulShareLast7: z.nullable(z.number()),
  usefulSharePrevious7: z.nullable(z.number()),
  /** usefulShareLast7 − usefulSharePrevious7; null when either is. */
  usefulShareChange: z.nullable(z.number()),
});
/** A page's trend. */
export type Trend = z.infer<typeof TrendSchema>;

/** Votes in one language. */
export const LanguageVotesSchema = z.strictObject({ language: LanguageSchema, votes: z.int() });
/** Votes in one language. */
export type LanguageVotes = z.infer<typeof LanguageVotesSchema>;

/** One row of the pages table. Replaced and spam submissions are not counted. */
export const PageRowSchema = z.strictObject({
  site: SiteIdSchema,
  page: z.string(),
  /**
   * The languages citizens gave feedback in on this page in the range, most votes first (ties in the order
   * kk, ru, en); only the filtered language when `language` is set. The first is the page's language: the
   * dashboard publishes responses in it by default.
   */
  languages: z.array(LanguageVotesSchema),
  votes: z.int(),
  yes: z.int(),
  /** Share of "yes" votes, 0–1; null without votes. */
  usefulShare: z.nullable(z.number()),
  /** Mean clarity rating (1–5) of the submissions that rated it; null when none did. */
  averageClarity: z.nullable(z.number()),
  /** Mean reading grade the engine measured in citizens' browsers; null when none was sent. */
  readabilityGrade: z.nullable(z.number()),
  /** Submissions with a comment. */
  comments: z.int(),
  /** Votes per day over the range. */
  votesPerDay: z.number(),
  trend: TrendSchema,
  /**
   * 0–1, higher means fix first: how hard citizens find the page (1 − mean of useful share and normalised
   * clarity) times how hard the engine grades it (grade / 16, capped at 1; 0.5 when unknown), damped for pages
   * with few votes (× votes / (votes + 10)).
   */
  priority: z.number(),
});
/** A pages-table row. */
export type PageRow = z.infer<typeof PageRowSchema>;

/** The pages table's answer. */
export const PagesResponseSchema = z.strictObject({
  from: DaySchema,
  to: DaySchema,
  /** Pages with at least one counted vote in the range. */
  total: z.int(),
  rows: z.array(PageRowSchema),
});
/** The pages table's answer. */
export type PagesResponse = z.infer<typeof PagesResponseSchema>;

/** `GET /api/v1/admin/votes`: votes per day of a site, or of one page when `page` is given. */
export const VotesQuerySchema = z.strictObject({
  ...RangeQuerySchema.shape,
  page: z.optional(PageUrlSchema),
});
/** A votes-over-time query. */
export type VotesQuery = z.infer<typeof VotesQuerySchema>;

/** Votes per day; every day of the range is present, zero when nobody voted. */
export const VotesOverTimeSchema = z.strictObject({
  from: DaySchema,
  to: DaySchema,
  days: z.array(z.strictObject({ day: DaySchema, yes: z.int(), no: z.int() })),
});
/** Votes per day. */
export type VotesOverTime = z.infer<typeof VotesOverTimeSchema>;

/** `GET /api/v1/admin/page`: one page in detail. */
export const PageDetailQuerySchema = z.strictObject({
  ...RangeQuerySchema.shape,
  page: PageUrlSchema,
});
/** A page-detail query. */
export type PageDetailQuery = z.infer<typeof PageDetailQuerySchema>;

/** A page in detail. */
export const PageDetailSchema = z.strictObject({
  from: DaySchema,
  to: DaySchema,
  row: PageRowSchema,
  /** How many counted submissions gave each reason (a submission may give several). */
  reasons: z.record(ReasonSchema, z.int()),
  /** Grade measurements received (the mean is `row.readabilityGrade`). */
  readabilityMeasurements: z.int(),
  /** Responses published on the page, newest first (all languages). */
  responses: z.array(PublishedResponseSchema),
});
/** A page in detail. */
export type PageDetail = z.infer<typeof PageDetailSchema>;

// ---------------------------------------------------------------------------------------------------------
// Feedback and moderation

/**
 * Moderation state. `spam` feedback is kept but not counted. `hidden` counts (its vote, clarity and reasons
 * are in every number) but its comment is not shown: never in anything public (the public summary carries
 * only counts and published responses), not in the feedback list unless `status=hidden` asks for it, and
 * exported with an empty comment unless `hiddenComments=include` asks for the text. Only editors and admins
 * ever receive a hidden comment's text; viewers get `comment: null` for it. A spam comment is withheld the
 * same way (a hidden comment later marked as spam is reported as spam).
 */
export const FeedbackStatusSchema = z.enum(['new', 'reviewed', 'spam', 'hidden']);
/** A moderation state. */
export type FeedbackStatus = z.infer<typeof FeedbackStatusSchema>;

/** Whether a comment in this status is withheld from viewers and from exports that do not ask for it. */
export const isConcealed = (status: FeedbackStatus) => status === 'hidden' || status === 'spam';

/** A moderator's label, e.g. `forms` or `typo`. */
export const TagSchema = z
  .string()
  .check(
    z.regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]{0,39}$/u, 'letters, digits, space, "-", "_"; 1–40 characters'),
  );

/**
 * `GET /api/v1/admin/feedback`: a page's feedback, newest first, in pages of `limit` (follow `nextCursor`).
 * Replaced submissions never appear; spam only with `status=spam`, hidden only with `status=hidden`.
 */
export const FeedbackListQuerySchema = z.strictObject({
  ...RangeQuerySchema.shape,
  page: PageUrlSchema,
  status: z.optional(FeedbackStatusSchema),
  vote: z.optional(z.enum(['yes', 'no'])),
  limit: limit(200, 50),
  /** Opaque; from the previous answer's `nextCursor`. */
  cursor: z.optional(z.string().check(z.maxLength(200))),
});
/** A feedback-list query. */
export type FeedbackListQuery = z.infer<typeof FeedbackListQuerySchema>;

/** One submission as moderators see it (never the IP address: it is not stored). */
export const FeedbackItemSchema = z.strictObject({
  id: SubmissionIdSchema,
  receivedAt: z.iso.datetime({ offset: true }),
  language: LanguageSchema,
  vote: z.enum(['yes', 'no']),
  clarity: z.nullable(z.int()),
  reasons: z.array(ReasonSchema),
  /**
   * The comment after personal data was scrubbed; null when none was written, retention deleted it, or it is
   * hidden and the account is a viewer.
   */
  comment: z.nullable(z.string()),
  status: FeedbackStatusSchema,
  tags: z.array(TagSchema),
});
/** A submission as moderators see it. */
export type FeedbackItem = z.infer<typeof FeedbackItemSchema>;

/** A page of feedback. */
export const FeedbackListSchema = z.strictObject({
  items: z.array(FeedbackItemSchema),
  /** Pass as `cursor` for the next page; null at the end. */
  nextCursor: z.nullable(z.string()),
});
/** A page of feedback. */
export type FeedbackList = z.infer<typeof FeedbackListSchema>;

/** `PATCH /api/v1/admin/feedback/{id}` (editor): answers the updated item. Marking spam stops it counting. */
export const ModerationPatchSchema = z.strictObject({
  status: z.optional(FeedbackStatusSchema),
  tags: z.optional(z.array(TagSchema).check(z.maxLength(10))),
});
/** A moderation change. */
export type ModerationPatch = z.infer<typeof ModerationPatchSchema>;

// ---------------------------------------------------------------------------------------------------------
// Responses ("you said, we did")

/** Most characters a published response may have. */
export const MAX_RESPONSE_LENGTH = 2000;

/**
 * `POST /api/v1/admin/responses` (editor): answers 201 with `PublishedResponseSchema`; shown to citizens in
 * the page's public summary. `DELETE /api/v1/admin/responses/{id}` removes it (204).
 */
export const PublishResponseRequestSchema = z.strictObject({
  site: SiteIdSchema,
  page: PageUrlSchema,
  language: LanguageSchema,
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_RESPONSE_LENGTH), withoutNul),
});
/** A response to publish. */
export type PublishResponseRequest = z.infer<typeof PublishResponseRequestSchema>;

// ---------------------------------------------------------------------------------------------------------
// Responsiveness

/**
 * `GET /api/v1/admin/responsiveness`: pages with negative feedback and how fast the agency answers. The rows
 * are each page's state now; the range and language filter only the site-wide `overall` figures.
 */
export const ResponsivenessQuerySchema = z.strictObject({
  ...RangeQuerySchema.shape,
  /** `waiting`: longest-waiting unanswered page first; `median`: slowest median answer first. */
  sort: z._default(z.enum(['waiting', 'median']), 'waiting'),
  limit: limit(500, 50),
  offset,
});
/** A responsiveness query. */
export type ResponsivenessQuery = z.infer<typeof ResponsivenessQuerySchema>;

/** How responsive the agency is on one page. */
export const ResponsivenessRowSchema = z.strictObject({
  site: SiteIdSchema,
  page: z.string(),
  /**
   * When the oldest counted "no" not yet followed by a published response arrived; null if none waits. A "no"
   * changed to "yes" or marked spam stops waiting (the time stays while other votes of that wait still count).
   */
  oldestUnansweredAt: z.nullable(z.iso.datetime({ offset: true })),
  /** Seconds that feedback has waited; null if none waits. */
  waitingSeconds: z.nullable(z.int()),
  /**
   * Median over the page's answering responses of the seconds from the oldest negative feedback then
   * waiting to that response; null before the first answer.
   */
  medianResponseSeconds: z.nullable(z.int()),
  /** Responses that answered waiting negative feedback. */
  answered: z.int(),
});
/** A responsiveness row. */
export type ResponsivenessRow = z.infer<typeof ResponsivenessRowSchema>;

/**
 * How responsive the agency is across the site, over the negative feedback received in the range: each
 * counted "no" (not spam, not replaced; hidden ones count) is answered by the first response published on
 * its page at or after it arrived.
 */
export const OverallResponsivenessSchema = z.strictObject({
  from: DaySchema,
  to: DaySchema,
  /** Counted "no" votes received in the range. */
  negative: z.int(),
  /** Of those, how many a response has answered since. */
  answered: z.int(),
  /**
   * Median seconds from a "no" to the response that answered it, over the answered ones; null when none is.
   * Read it with `answered` / `negative`: feedback still waiting is not in the median.
   */
  medianResponseSeconds: z.nullable(z.int()),
});
/** Site-wide responsiveness over a range. */
export type OverallResponsiveness = z.infer<typeof OverallResponsivenessSchema>;

/** The responsiveness answer. */
export const ResponsivenessResponseSchema = z.strictObject({
  overall: OverallResponsivenessSchema,
  total: z.int(),
  rows: z.array(ResponsivenessRowSchema),
});
/** The responsiveness answer. */
export type ResponsivenessResponse = z.infer<typeof ResponsivenessResponseSchema>;

// ---------------------------------------------------------------------------------------------------------
// Export

/**
 * `GET /api/v1/admin/export`: every counted submission of the site in the range (optionally one page or one
 * status; spam only when `status=spam`), streamed as CSV (header row, RFC 4180, cells starting with = + - @
 * prefixed with ') or as a JSON array of `ExportRowSchema`. Comments are the scrubbed text. Hidden
 * submissions are exported (they count) with an empty comment unless `hiddenComments=include` (editors and
 * admins; 403 for viewers).
 */
export const ExportQuerySchema = z.strictObject({
  ...RangeQuerySchema.shape,
  format: z._default(z.enum(['csv', 'json']), 'csv'),
  page: z.optional(PageUrlSchema),
  status: z.optional(FeedbackStatusSchema),
  hiddenComments: z._default(z.enum(['omit', 'include']), 'omit'),
});
/** An export query. */
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

/** One exported submission; CSV has these columns in this order (reasons and tags joined with `;`). */
export const ExportRowSchema = z.strictObject({
  id: SubmissionIdSchema,
  receivedAt: z.iso.datetime({ offset: true }),
  site: SiteIdSchema,
  page: z.string(),
  language: LanguageSchema,
  vote: z.enum(['yes', 'no']),
  clarity: z.nullable(z.int()),
  reasons: z.array(ReasonSchema),
  comment: z.nullable(z.string()),
  readabilityGrade: z.nullable(z.number()),
  status: FeedbackStatusSchema,
  tags: z.array(TagSchema),
});
/** An exported submission. */
export type ExportRow = z.infer<typeof ExportRowSchema>;

/** CSV column order of the export. */
export const EXPORT_COLUMNS = [
  'id',
  'receivedAt',
  'site',
  'page',
  'language',
  'vote',
  'clarity',
  'reasons',
  'comment',
  'readabilityGrade',
  'status',
  'tags',
] as const satisfies readonly (keyof ExportRow)[];

// ---------------------------------------------------------------------------------------------------------
// Endpoints: every route of the admin API, so the contract is complete (the OpenAPI document is built from
// this list, and a test checks it against the server's routes both ways)

/** Who may call an endpoint: `public` (no session), `any` signed-in account, or at least this role. */
export type EndpointAccess = 'public' | 'any' | Role;

/** One admin endpoint: method and path under `/api/v1/admin` (`{name}` for path parameters), and its shapes. */
export interface AdminEndpoint {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  summary: string;
  /** Every route also checks the account's site access. */
  access: EndpointAccess;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /** The success status and its body's schema (none for 204 and for streamed files). */
  response: { status: 200 | 201 | 204; schema?: z.ZodMiniType; description: string };
}

/** Every endpoint of the admin API. */
export const ADMIN_ENDPOINTS: readonly AdminEndpoint[] = [
  {
    method: 'post',
    path: '/login',
    summary: 'Sign in; sets the session cookie',
    access: 'public',
    body: LoginRequestSchema,
    response: { status: 200, schema: LoginResponseSchema, description: 'Signed in' },
  },
  {
    method: 'post',
    path: '/logout',
    summary: 'Sign out: deletes the session and clears the cookie (no body)',
    access: 'any',
    response: { status: 204, description: 'Signed out' },
  },
  {
    method: 'get',
    path: '/me',
    summary: 'The signed-in account',
    access: 'any',
    response: { status: 200, schema: MeSchema, description: 'The account' },
  },
  {
    method: 'post',
    path: '/me/password',
    summary: 'Change the password; other sessions end',
    access: 'any',
    body: ChangePasswordRequestSchema,
    response: { status: 204, description: 'Changed' },
  },
  {
    method: 'get',
    path: '/accounts',
    summary: 'List accounts',
    access: 'admin',
    response: { status: 200, schema: AccountListSchema, description: 'Accounts' },
  },
  {
    method: 'post',
    path: '/accounts',
    summary: 'Create an account with a one-time password',
    access: 'admin',
    body: CreateAccountRequestSchema,
    response: { status: 201, schema: AccountCreatedSchema, description: 'Created' },
  },
  {
    method: 'patch',
    path: '/accounts/{username}',
    summary: 'Change role or sites, or reset the password',
    access: 'admin',
    body: UpdateAccountRequestSchema,
    response: { status: 200, schema: AccountSchema, description: 'Changed (AccountCreated after a reset)' },
  },
  {
    method: 'delete',
    path: '/accounts/{username}',
    summary: 'Delete an account',
    access: 'admin',
    response: { status: 204, description: 'Deleted' },
  },
  {
    method: 'get',
    path: '/sites',
    summary: 'Sites the account may see',
    access: 'viewer',
    response: { status: 200, schema: SiteListSchema, description: 'Sites' },
  },
  {
    method: 'post',
    path: '/sites',
    summary: 'Register a site',
    access: 'admin',
    body: AdminSiteSchema,
    response: { status: 201, schema: AdminSiteSchema, description: 'Registered' },
  },
  {
    method: 'patch',
    path: '/sites/{id}',
    summary: "Change a site's settings",
    access: 'admin',
    body: UpdateSiteRequestSchema,
    response: { status: 200, schema: AdminSiteSchema, description: 'Changed' },
  },
  {
    method: 'get',
    path: '/pages',
    summary: 'The pages table',
    access: 'viewer',
    query: PagesQuerySchema,
    response: { status: 200, schema: PagesResponseSchema, description: 'Pages' },
  },
  {
    method: 'get',
    path: '/votes',
    summary: 'Votes per day',
    access: 'viewer',
    query: VotesQuerySchema,
    response: { status: 200, schema: VotesOverTimeSchema, description: 'Votes per day' },
  },
  {
    method: 'get',
    path: '/page',
    summary: 'One page in detail',
    access: 'viewer',
    query: PageDetailQuerySchema,
    response: { status: 200, schema: PageDetailSchema, description: 'The page' },
  },
  {
    method: 'get',
    path: '/feedback',
    summary: "A page's feedback, newest first",
    access: 'viewer',
    query: FeedbackListQuerySchema,
    response: { status: 200, schema: FeedbackListSchema, description: 'Feedback' },
  },
  {
    method: 'patch',
    path: '/feedback/{id}',
    summary: 'Moderate: status and tags',
    access: 'editor',
    body: ModerationPatchSchema,
    response: { status: 200, schema: FeedbackItemSchema, description: 'Moderated' },
  },
  {
    method: 'post',
    path: '/responses',
    summary: 'Publish a response on a page',
    access: 'editor',
    body: PublishResponseRequestSchema,
    response: { status: 201, schema: PublishedResponseSchema, description: 'Published' },
  },
  {
    method: 'delete',
    path: '/responses/{id}',
    summary: 'Delete a published response',
    access: 'editor',
    response: { status: 204, description: 'Deleted' },
  },
  {
    method: 'get',
    path: '/responsiveness',
    summary: 'How long negative feedback waits for an answer',
    access: 'viewer',
    query: ResponsivenessQuerySchema,
    response: { status: 200, schema: ResponsivenessResponseSchema, description: 'Pages' },
  },
  {
    method: 'get',
    path: '/export',
    summary: 'Export feedback as CSV or a JSON array, streamed',
    access: 'viewer',
    query: ExportQuerySchema,
    response: { status: 200, description: 'text/csv or application/json (an array of ExportRow)' },
  },
];
