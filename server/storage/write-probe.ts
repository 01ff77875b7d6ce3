// The write `/healthz` commits to learn whether a store that failed to store submissions writes again.

/** The `heard_settings` row the write probe sets, to the time of the last probe that committed. */
export const WRITE_PROBE = 'write_probe';

/**
 * Sets the probe's row, given the placeholders of its name and time (`?` or `$1`). An upsert, so a database
 * never probed before (no row yet) takes a write too, and one that changes the row: a statement that
 * changes nothing may commit without writing a page, and a full disk shows only when a page is written.
 */
export const writeProbeSql = (name: string, at: string) =>
  `INSERT INTO heard_settings (name, value) VALUES (${name}, ${at})
   ON CONFLICT (name) DO UPDATE SET value = excluded.value`;
