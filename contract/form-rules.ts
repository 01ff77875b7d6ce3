// Plain constants, no zod: the widget's form imports them without pulling the schemas into a citizen's page.

/** Most characters a comment may have. */
export const MAX_COMMENT_LENGTH = 2000;

/** Comments sent faster than this after the form opened are treated as automated (stored as spam). */
export const MIN_COMMENT_MILLISECONDS = 2_000;

/** Reasons the widget offers after a "yes" and after a "no"; "other" is offered after both. */
export const REASONS_FOR = {
  yes: ['found-what-i-needed', 'clear', 'other'],
  no: ['hard-to-understand', 'out-of-date', 'missing-information', 'something-broken', 'other'],
} as const;

/** A reason a citizen can give. */
export type Reason = (typeof REASONS_FOR)['yes' | 'no'][number];
