import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { AUDIENCES, AudienceProfileSchema } from './audiences.ts';

const code = z.enum(['kk', 'ru', 'en']);

/** Agency terms: words to prefer, words never to use, terms to define at first use. */
export const GlossarySchema = z.strictObject({
  preferred: z.optional(
    z.array(
      z.strictObject({
        use: z.string().check(z.minLength(1)),
        avoid: z.array(z.string().check(z.minLength(1))),
      }),
    ),
  ),
  banned: z.optional(z.array(z.string().check(z.minLength(1)))),
  define: z.optional(z.array(z.string().check(z.minLength(1)))),
});

/** Zod schema of `analyze` options. */
export const OptionsSchema = z.strictObject({
  language: z.optional(z.enum(['kk', 'ru', 'en', 'auto'])),
  audience: z.optional(
    z.union([
      z.enum(Object.keys(AUDIENCES) as [keyof typeof AUDIENCES, ...(keyof typeof AUDIENCES)[]]),
      AudienceProfileSchema,
    ]),
  ),
  glossary: z.optional(GlossarySchema),
  rules: z.optional(z.record(z.string(), z.boolean())),
  uiLanguage: z.optional(code),
});

/** Options of `analyze`. */
export type AnalyzeOptions = z.infer<typeof OptionsSchema>;
/** An agency glossary. */
export type Glossary = z.infer<typeof GlossarySchema>;

/** Thrown when an option is invalid; the message names the option and what was expected. */
export class InvalidOptionError extends Error {
  override name = 'InvalidOptionError';
  constructor(
    readonly option: string,
    detail: string,
  ) {
    super(`Invalid option \`${option}\`: ${detail}`);
  }
}

/**
 * zod's English messages ("expected one of …") for the developer who passed the option, given to each parse
 * rather than set with `z.config`: that is global, so it would change the messages of the host's own schemas,
 * and the host's configuration would change these.
 */
const OPTION_MESSAGES = { error: en().localeError };

/** Validates options, throwing `InvalidOptionError` that names the first bad option. */
export function parseOptions(options: unknown): AnalyzeOptions {
  const result = z.safeParse(OptionsSchema, options ?? {}, OPTION_MESSAGES);
  if (result.success) return result.data;
  // A union's issue says only "Invalid input": the audience is checked on the branch its type chose, and the
  // message says what an audience may be.
  const audience = (options as { audience?: unknown } | null)?.audience;
  const ids = Object.keys(AUDIENCES).join(', ');
  const either = `an audience is one of ${ids}, or a profile { id, name?, targets: { grade, sentenceLength, longWordShare, passiveShare, jargonPer100Words } }`;
  if (typeof audience === 'string' && !(audience in AUDIENCES))
    throw new InvalidOptionError('audience', `"${audience}" is not one of ${ids}`);
  if (audience !== null && typeof audience === 'object') {
    const profile = z.safeParse(AudienceProfileSchema, audience, OPTION_MESSAGES);
    const issue = profile.success ? undefined : profile.error.issues[0];
    // A field inside the targets is clearly a profile's; a missing `targets` may be a built-in id mistyped.
    if (issue)
      throw new InvalidOptionError(
        ['audience', ...issue.path.map(String)].join('.'),
        issue.path.length > 1 ? issue.message : `${issue.message} (${either})`,
      );
  } else if (audience !== undefined && typeof audience !== 'string') {
    throw new InvalidOptionError(
      'audience',
      `got ${audience === null ? 'null' : typeof audience}; ${either}`,
    );
  }
  const issue = result.error.issues[0];
  const path =
    issue?.path.map(String).join('.') || (issue?.code === 'unrecognized_keys' ? (issue.keys?.[0] ?? '') : '');
  const option = path || 'options';
  throw new InvalidOptionError(option, issue?.message ?? 'invalid value');
}
