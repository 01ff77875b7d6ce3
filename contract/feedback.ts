/**
 * The wire contract between the widget, the collector and the extension: one module of zod schemas.
 * `zod/mini` keeps what a citizen's page loads small; the server validates with the very same schemas.
 */
import * as z from 'zod/mini';
import { MAX_COMMENT_LENGTH, MIN_COMMENT_MILLISECONDS, REASONS_FOR } from './form-rules.ts';
import { SITE_ID_PATTERN } from './patterns.ts';

export { MAX_COMMENT_LENGTH, MIN_COMMENT_MILLISECONDS, REASONS_FOR, SITE_ID_PATTERN };

/** Languages citizens and agencies use with Heard. */
export const LanguageSchema = z.enum(['kk', 'ru', 'en']);

/** A site id as registered by the agency. */
export const SiteIdSchema = z
  .string()
  .check(z.regex(SITE_ID_PATTERN, 'lower-case letters, digits and dashes, 1–64 characters'));

/**
 * Whether an address parses as an http(s) URL. `new URL` rather than `URL.canParse`: the widget runs this
 * schema too, in browsers older than `canParse`.
 */
function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * No spaces or control characters: a browser percent-encodes them in a real address. A `regex` check rather
 * than inside the refinement, so the OpenAPI document carries it as the field's `pattern`.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const PAGE_URL_PATTERN = /^https?:\/\/[^\s\u0000-\u001F\u007F]+$/;

/** A page address: http(s), at most 2,048 characters, one the URL parser accepts (`https://[bad` is not). */
export const PageUrlSchema = z.string().check(
  z.maxLength(2048),
  z.regex(PAGE_URL_PATTERN, 'an absolute http(s) URL'),
  // Said once: an address the pattern refused already has its message.
  z.refine((value) => !PAGE_URL_PATTERN.test(value) || isHttpUrl(value), 'an absolute http(s) URL'),
);

/** Why a page did or did not help. Yes-reasons and no-reasons are offered separately by the widget. */
export const ReasonSchema = z.enum([
  'found-what-i-needed',
  'clear',
  'hard-to-understand',
  'out-of-date',
  'missing-information',
  'something-broken',
  'other',
]);

/** The engine's measurements of the page, sent with feedback so the dashboard can compare them. */
export const PageReadabilitySchema = z.strictObject({
  language: LanguageSchema,
  grade: z.number().check(z.gte(0), z.lte(20)),
  score: z.number().check(z.gte(0), z.lte(100)),
  words: z.int().check(z.gte(0)),
  averageSentenceLength: z.number().check(z.gte(0)),
});

/** A timestamp's check: ISO 8601 allows year 0000, which does not exist and PostgreSQL refuses. */
export const inYearOneOrLater = z.refine<string>(
  (value) => !value.startsWith('0000'),
  'a date in year 1 or later',
);

/**
 * A client-generated UUID, in lower case after parsing: a UUID's letters are hexadecimal digits, so
 * `0B8F…` and `0b8f…` are one submission and must be one idempotency key. (The pattern spells out both cases
 * rather than use the `i` flag, which JSON Schema's `pattern` cannot carry.)
 */
export const SubmissionIdSchema = z
  .string()
  .check(
    z.regex(
      /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/,
      'a UUID',
    ),
    z.toLowerCase(),
  );

/** A citizen's feedback on one page: what `POST /api/v1/feedback` accepts. */
export const FeedbackSubmissionSchema = z.strictObject({
  /** Client-generated UUID; the server treats it as an idempotency key. */
  id: SubmissionIdSchema,
  /**
   * The id of this browser's earlier submission for the same page (a changed vote, or the vote followed by
   * its details). The earlier one stops counting; the same site and page are required, so nothing else can
   * be replaced.
   */
  replaces: z.optional(SubmissionIdSchema),
  site: SiteIdSchema,
  page: PageUrlSchema,
  language: LanguageSchema,
  vote: z.enum(['yes', 'no']),
  clarity: z.optional(z.int().check(z.gte(1), z.lte(5))),
  reasons: z.optional(z.array(ReasonSchema).check(z.maxLength(7))),
  comment: z.optional(z.string().check(z.maxLength(MAX_COMMENT_LENGTH))),
  readability: z.optional(PageReadabilitySchema),
  /** When the citizen voted (client clock, ISO 8601). */
  createdAt: z.iso.datetime({ offset: true }).check(inYearOneOrLater),
  /** Milliseconds the citizen spent on the form: too fast means a bot. */
  elapsedMs: z.optional(z.int().check(z.gte(0))),
  /**
   * Hidden field people never fill in; anything here marks a bot. Any length is taken (and cut to 200
   * characters): a limit a bot could run into would tell it which field gave it away.
   */
  website: z.optional(z.string().check(z.overwrite((value) => value.slice(0, 200)))),
});

/** A feedback submission. */
export type FeedbackSubmission = z.infer<typeof FeedbackSubmissionSchema>;

/** The server's answer to an accepted (or already accepted) submission. */
export const FeedbackAckSchema = z.strictObject({
  id: z.string(),
  status: z.enum(['accepted', 'duplicate']),
});

/** One field error of a 400 answer. */
export const FieldErrorSchema = z.strictObject({ path: z.string(), message: z.string() });

/** The body of every error answer. */
export const ErrorBodySchema = z.strictObject({
  error: z.string(),
  message: z.string(),
  fields: z.optional(z.array(FieldErrorSchema)),
});

/** A response the agency published for a page: "You said, we did". */
export const PublishedResponseSchema = z.strictObject({
  id: z.string(),
  publishedAt: z.iso.datetime({ offset: true }),
  language: LanguageSchema,
  text: z.string(),
});

/** What `GET /api/v1/sites/{site}/summary?page=URL` returns: public and cacheable. */
export const PageSummarySchema = z.strictObject({
  site: SiteIdSchema,
  page: z.string(),
  /** Votes counted; null below the site's minimum, so no single person's vote shows. */
  votes: z.nullable(z.int()),
  /** Share of "yes" votes (0–1); null below the minimum. */
  usefulShare: z.nullable(z.number()),
  responses: z.array(PublishedResponseSchema),
});

/** A page summary. */
export type PageSummary = z.infer<typeof PageSummarySchema>;

/** Turns zod issues into field errors for a 400 answer (the widget shows none of this to citizens). */
export function fieldErrors(error: z.core.$ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}
