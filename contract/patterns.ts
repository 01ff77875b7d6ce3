// Patterns of the wire contract with no dependency, so the widget's first script can use them without zod.

/** The form of a site id: lower-case letters, digits and dashes, 1–64 characters. */
export const SITE_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/**
 * C0 control characters other than tab and line breaks, and DEL: never meant in typed text, and U+0000 is
 * refused by PostgreSQL, which would fail a whole batch of other people's submissions with it.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu;

/** Whether a text holds U+0000, which no text column of PostgreSQL accepts. */
export const hasNulCharacter = (text: string): boolean => text.includes('\u0000');
