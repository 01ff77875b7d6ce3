// The time zone the day counters are kept in. Each store records it (the day counters of earlier versions
// were UTC days) and, when HEARD_TIME_ZONE names another zone, counts every stored submission again on the
// days of the new one, before it takes any.

/** The `heard_settings` row naming the zone of `page_day` and `page_month`. */
export const COUNTERS_TIME_ZONE = 'counters_time_zone';

/**
 * The settings table (both stores): counters built before it existed were kept in UTC. Idempotent, as the
 * upgrade tests run the migrations after it again.
 */
export const SETTINGS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS heard_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
   INSERT INTO heard_settings (name, value) VALUES ('${COUNTERS_TIME_ZONE}', 'UTC') ON CONFLICT (name) DO NOTHING;`;

/** Reads the recorded zone, given the placeholder of its name (`?` or `$1`). */
export const recordedZoneSql = (placeholder: string) =>
  `SELECT value FROM heard_settings WHERE name = ${placeholder}`;

/** Feedback rows counted per batch of a rebuild: memory stays bounded on a table of millions. */
export const REBUILD_BATCH = 10_000;

/** A rebuild starts from empty counters. */
export const CLEAR_COUNTERS_SQL = ['DELETE FROM page_day', 'DELETE FROM page_month'];

/** The log lines of a rebuild: before it starts, and with how many submissions it counted in how long. */
export const rebuildLog = {
  start: (from: string, to: string) =>
    `heard: HEARD_TIME_ZONE=${to}, but the day counters were kept in ${from}: counting the stored submissions again on ${to} days`,
  done: (to: string, counted: number, ms: number) =>
    `heard: day counters rebuilt in ${to} from ${counted} submissions in ${(ms / 1000).toFixed(1)} s`,
};

/** Why an instance may not count: the counters are kept in another zone than its HEARD_TIME_ZONE. */
export const zoneMismatch = (kept: string | undefined, zone: string) =>
  `the day counters are kept in ${kept}, not in ${zone}: start every instance with HEARD_TIME_ZONE=${kept}`;
