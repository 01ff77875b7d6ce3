// Patterns of the wire contract with no dependency, so the widget's first script can use them without zod.

/** The form of a site id: lower-case letters, digits and dashes, 1–64 characters. */
export const SITE_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
