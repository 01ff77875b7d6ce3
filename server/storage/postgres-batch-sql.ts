import { hash } from 'node:crypto';
import type pg from 'pg';
import { COUNTERS_TIME_ZONE } from './counter-days.ts';
import { ALL_LANGUAGES, COUNTER_COLUMNS, type Contribution, counterList } from './counters.ts';
import type { FeedbackRecord } from './store.ts';

/** Seeds the hash of the per-page advisory locks, apart from any other use of advisory locks. */
const PAGE_LOCK_SEED = 4_210_002;

/**
 * The advisory lock under which the counters change: shared by every transaction that counts, exclusive while
 * a rebuild counts them again in another zone. So no transaction adds days of one zone to counters of another.
 */
export const COUNTERS_LOCK = 4_210_003;

/** The SQLSTATE of a write refused because the counters are kept in another zone than this instance's. */
export const ZONE_MISMATCH = 'HR002';

/**
 * PL/pgSQL statements (given a `kept text` variable and the SQL of this instance's zone) that take the
 * counters' lock, shared, then raise `ZONE_MISMATCH` unless the counters are kept in that zone: another
 * instance started with another HEARD_TIME_ZONE has counted them again in its own. Run before any other lock
 * (the pages'), as a rebuild takes this one first.
 */
export const checkZoneSql = (zone: string) => `PERFORM pg_advisory_xact_lock_shared(${COUNTERS_LOCK});
    SELECT value INTO kept FROM heard_settings WHERE name = '${COUNTERS_TIME_ZONE}';
    IF kept IS DISTINCT FROM ${zone} THEN
      RAISE EXCEPTION 'the day counters are kept in %, not in %: start every instance with HEARD_TIME_ZONE=%',
        kept, ${zone}, kept USING ERRCODE = '${ZONE_MISMATCH}';
    END IF;`;

/** The SQL type of each counter column's array. */
const counterType = (column: string) => (column === 'grade_sum' ? 'float8' : 'int');

/** Each column a batch inserts: its SQL type and its value in a record. */
const FEEDBACK_FIELDS: { column: string; type: string; value: (r: FeedbackRecord) => unknown }[] = [
  { column: 'id', type: 'text', value: (r) => r.id },
  { column: 'site', type: 'text', value: (r) => r.site },
  { column: 'page', type: 'text', value: (r) => r.page },
  { column: 'language', type: 'text', value: (r) => r.language },
  { column: 'vote', type: 'text', value: (r) => r.vote },
  { column: 'clarity', type: 'int', value: (r) => r.clarity ?? null },
  { column: 'reasons', type: 'jsonb', value: (r) => JSON.stringify(r.reasons ?? []) },
  { column: 'comment', type: 'text', value: (r) => r.comment ?? null },
  {
    column: 'readability',
    type: 'jsonb',
    value: (r) => (r.readability ? JSON.stringify(r.readability) : null),
  },
  { column: 'created_at', type: 'timestamptz', value: (r) => r.createdAt },
  { column: 'received_at', type: 'timestamptz', value: (r) => r.receivedAt },
  { column: 'spam', type: 'boolean', value: (r) => r.spam },
  { column: 'replaces', type: 'text', value: (r) => r.replaces ?? null },
];

/** The feedback columns a batch inserts, in the order of `feedbackArrays`. */
export const FEEDBACK_COLUMNS = FEEDBACK_FIELDS.map((f) => f.column).join(', ');

/** A batch's rows as one array per column, in the order of `FEEDBACK_COLUMNS`. */
export const feedbackArrays = (records: readonly FeedbackRecord[]): unknown[][] =>
  FEEDBACK_FIELDS.map((f) => records.map(f.value));

/** `unnest` over the feedback arrays, given the SQL of each array (placeholders or variables). */
export const unnestFeedback = (arrays: string[]) =>
  `unnest(${arrays.map((a, i) => `${a}::${FEEDBACK_FIELDS[i]?.type}[]`).join(', ')})`;

/** The pages a batch writes, as lock keys. (Site ids and page URLs hold no spaces: the key is unambiguous.) */
export const pageLockKeys = (records: readonly FeedbackRecord[]) => [
  ...new Set(records.map((r) => `${r.site} ${r.page}`)),
];

/**
 * Takes the pages' advisory locks in key order, so batches of several instances cannot deadlock: the query
 * after its SELECT (or PL/pgSQL's PERFORM), given the SQL of the key array.
 */
export const lockPagesSql = (keys: string) =>
  `pg_advisory_xact_lock(k) FROM (
     SELECT DISTINCT hashtextextended(key, ${PAGE_LOCK_SEED}) AS k FROM unnest(${keys}::text[]) AS key ORDER BY k
   ) keys`;

/**
 * Contributions as arrays: for each, the id of the submission it comes from, its counter row's key and the
 * counter deltas (`counterList`); then the counted "no" votes that leave their page waiting for an answer
 * (none when `waiting` is false: a rebuild of the counters leaves the waits as they are).
 */
export function contributionArrays(
  contributions: readonly (Contribution & { id?: string })[],
  waiting = true,
): unknown[][] {
  const lists = contributions.map(counterList);
  const added = waiting ? contributions.filter((c) => !c.yes && c.sign > 0) : [];
  return [
    contributions.map((c) => c.id ?? null),
    contributions.map((c) => c.site),
    contributions.map((c) => c.page),
    contributions.map((c) => c.day),
    contributions.map((c) => c.language),
    ...COUNTER_COLUMNS.map((_, i) => lists.map((list) => list[i] ?? 0)),
    added.map((c) => c.id ?? null),
    added.map((c) => c.site),
    added.map((c) => c.page),
    added.map((c) => c.receivedAt),
  ];
}

/** The SQL type of each of `contributionArrays`, in order. */
const CONTRIBUTION_TYPES = [
  ...['text', 'text', 'text', 'date', 'text'],
  ...COUNTER_COLUMNS.map(counterType),
  ...['text', 'text', 'text', 'timestamptz'],
];

/**
 * One statement that adds contributions to their page-day and page-month rows and leaves the pages of counted
 * "no" votes waiting, given the SQL of each of `contributionArrays` and a condition on a contribution's
 * submission id (`id`) for the rows to count. Rows are upserted in key order, so batches of several instances
 * lock counter rows in the same order and cannot deadlock one another.
 */
export function countSql(arrays: string[], counted: string): string {
  const typed = arrays.map((a, i) => `${a}::${CONTRIBUTION_TYPES[i]}[]`);
  const [ids, sites, pages, days, languages, ...rest] = typed;
  const counters = rest.slice(0, COUNTER_COLUMNS.length);
  const [waitIds, waitSites, waitPages, waitAt] = rest.slice(COUNTER_COLUMNS.length);
  const upsert = (key: string, alias: string) =>
    `ON CONFLICT (site, ${key}, page, language) DO UPDATE SET
       ${COUNTER_COLUMNS.map((c) => `${c} = ${alias}.${c} + excluded.${c}`).join(', ')}`;
  const sums = COUNTER_COLUMNS.map((c) => `SUM(${c})`).join(', ');
  const columns = COUNTER_COLUMNS.join(', ');
  return `WITH t AS (
       SELECT * FROM unnest(${ids}, ${sites}, ${pages}, ${days}, ${languages}, ${counters.join(', ')})
         AS t(id, site, page, day, language, ${columns})
       WHERE ${counted}
     ), days AS (
       INSERT INTO page_day AS d (site, page, day, language, ${columns})
       SELECT site, page, day, language, ${sums} FROM t GROUP BY site, page, day, language
       ORDER BY site, page, day, language
       ${upsert('day', 'd')}
     ), waiting AS (
       INSERT INTO page_state AS s (site, page, pending_since, pending_count)
       SELECT site, page, MIN(at), COUNT(*)
       FROM unnest(${waitIds}, ${waitSites}, ${waitPages}, ${waitAt})
         AS w(id, site, page, at)
       WHERE ${counted}
       GROUP BY site, page ORDER BY site, page
       ON CONFLICT (site, page) DO UPDATE SET pending_since = COALESCE(s.pending_since, excluded.pending_since),
         pending_count = s.pending_count + excluded.pending_count
     )
     INSERT INTO page_month AS m (site, month, page, language, ${columns})
     SELECT site, to_char(day, 'YYYY-MM'), page, l, ${sums}
     FROM t CROSS JOIN LATERAL (VALUES (language), ('${ALL_LANGUAGES}')) AS both_rows(l)
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 4, 2, 3
     ${upsert('month', 'm')}`;
}

/** The SQLSTATE the one-trip batch raises when an earlier-arrived replacement names one of its rows. */
export const REPLACEMENT_ARRIVED_FIRST = 'HR001';

const FEEDBACK_PARAMS = FEEDBACK_FIELDS.map((_, i) => `f${i}`);
const CONTRIBUTION_PARAMS = CONTRIBUTION_TYPES.map((_, i) => `c${i}`);
const paramTypes = [...FEEDBACK_FIELDS.map((f) => f.type), ...CONTRIBUTION_TYPES];

/**
 * A batch without replacements in one round trip, committed when the call returns: lock its pages, insert
 * the rows, count the new ones. Each statement of a PL/pgSQL function reads a fresh snapshot, so the insert
 * sees whatever another instance committed on these pages before the lock was granted. If an earlier-arrived
 * replacement names a row of the batch (two queued sends delivered out of order: rare), the call raises
 * `REPLACEMENT_ARRIVED_FIRST` and stores nothing, and the caller takes the general path.
 */
const oneTripBatchFunction = (name: string) => `CREATE OR REPLACE FUNCTION ${name}(
    time_zone text, lock_keys text[], ${[...FEEDBACK_PARAMS, ...CONTRIBUTION_PARAMS].map((p, i) => `${p} ${paramTypes[i]}[]`).join(', ')}
  ) RETURNS SETOF text LANGUAGE plpgsql AS $fn$
  DECLARE
    inserted text[];
    kept text;
  BEGIN
    ${checkZoneSql('time_zone')}
    PERFORM ${lockPagesSql('lock_keys')};
    IF EXISTS (SELECT 1 FROM feedback WHERE replaces = ANY(f0) AND NOT spam) THEN
      RAISE EXCEPTION 'an earlier-arrived replacement names a row of this batch'
        USING ERRCODE = '${REPLACEMENT_ARRIVED_FIRST}';
    END IF;
    WITH ins AS (
      INSERT INTO feedback (${FEEDBACK_COLUMNS}) SELECT * FROM ${unnestFeedback(FEEDBACK_PARAMS)}
      ON CONFLICT (id) DO NOTHING RETURNING id
    )
    SELECT COALESCE(array_agg(id), '{}') INTO inserted FROM ins;
    ${countSql(CONTRIBUTION_PARAMS, 'id = ANY(inserted)')};
    RETURN QUERY SELECT unnest(inserted);
  END $fn$`;

/**
 * The function's name carries a digest of its definition and it is created at start-up: each version of
 * the collector calls its own, so during a rolling upgrade old and new instances keep working side by side.
 */
export const ONE_TRIP_BATCH = `heard_store_batch_${hash('sha256', oneTripBatchFunction('f'), 'hex').slice(0, 12)}`;

/** Creates this version's one-trip batch function if it is not there yet. */
export const ONE_TRIP_BATCH_FUNCTION = oneTripBatchFunction(ONE_TRIP_BATCH);

/**
 * Stores a batch without replacements in one round trip (see `ONE_TRIP_BATCH_FUNCTION`), counting it on the
 * days of `zone`; returns the ids inserted, or undefined when an earlier-arrived replacement sends the batch
 * down the general path.
 */
export async function storeInOneTrip(
  client: pg.PoolClient,
  zone: string,
  records: readonly FeedbackRecord[],
  contributions: readonly (Contribution & { id: string })[],
): Promise<Set<string> | undefined> {
  const values = [
    zone,
    pageLockKeys(records),
    ...feedbackArrays(records),
    ...contributionArrays(contributions),
  ];
  try {
    const { rows } = await client.query<{ id: string }>({
      name: ONE_TRIP_BATCH,
      text: `SELECT id FROM ${ONE_TRIP_BATCH}(${values.map((_, i) => `$${i + 1}`).join(', ')}) AS id`,
      values,
    });
    return new Set(rows.map((r) => r.id));
  } catch (error) {
    if ((error as { code?: string }).code === REPLACEMENT_ARRIVED_FIRST) return undefined;
    throw error;
  }
}
