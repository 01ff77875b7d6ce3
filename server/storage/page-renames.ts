// Moves rows stored under a page address that is not in today's canonical form (see canonicalPage) to the
// address it has now, merging its counters into the canonical page's. Both stores run it as a migration:
// versions before the current canonicalPage stored `/ru/services/`, `/ru/services;jsessionid=…` and
// `https://user:pw@…/ru/services` as three pages, which split one page's votes (and kept credentials and
// e-mail addresses from the path).
import { canonicalPage } from '../canonical-page.ts';
import { COUNTER_COLUMNS } from './counters.ts';

/** A stored page address that is not canonical, and the canonical address its rows move to. */
export interface PageRename {
  site: string;
  from: string;
  to: string;
}

/** The stored pages whose address is not canonical; one that is no URL at all is left as it is. */
export function pageRenames(stored: Iterable<{ site: string; page: string }>): PageRename[] {
  const renames: PageRename[] = [];
  for (const { site, page } of stored) {
    let to: string;
    try {
      to = canonicalPage(page);
    } catch {
      continue;
    }
    if (to !== page) renames.push({ site, from: page, to });
  }
  return renames;
}

/** Every table with rows keyed by a page. */
const PAGE_TABLES = ['feedback', 'page_day', 'page_month', 'responses', 'page_state', 'response_waits'];

/** Every (site, page) pair the store holds, once. */
export const STORED_PAGES_SQL = PAGE_TABLES.map((table) => `SELECT site, page FROM ${table}`).join(
  '\nUNION ',
);

/** The temporary table the store fills with `pageRenames` before running `MOVE_RENAMED_PAGES_SQL`. */
export const PAGE_RENAMES_COLUMNS = `site TEXT NOT NULL, from_page TEXT NOT NULL, to_page TEXT NOT NULL,
  PRIMARY KEY (site, from_page)`;

const renamed = (table: string) =>
  `EXISTS (SELECT 1 FROM page_renames r WHERE r.site = ${table}.site AND r.from_page = ${table}.page)`;

/** Adds a counter table's rows of renamed pages to their canonical page's rows, then deletes them. */
function mergeCounters(table: string, key: readonly string[]): string[] {
  const columns = key.map((k) => (k === 'page' ? 'r.to_page' : `c.${k}`));
  return [
    `INSERT INTO ${table} (${key.join(', ')}, ${COUNTER_COLUMNS.join(', ')})
     SELECT ${columns.join(', ')}, ${COUNTER_COLUMNS.map((c) => `SUM(c.${c})`).join(', ')}
     FROM ${table} c, page_renames r WHERE r.site = c.site AND r.from_page = c.page
     GROUP BY ${columns.join(', ')}
     ON CONFLICT (${key.join(', ')}) DO UPDATE SET
       ${COUNTER_COLUMNS.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(',\n       ')}`,
    `DELETE FROM ${table} WHERE ${renamed(table)}`,
  ];
}

/**
 * Statements, the same on SQLite and PostgreSQL, that move the rows of the pages in `page_renames` to their
 * canonical page. Counters are added up; a page waits for an answer since the earlier of the two waits, with
 * both waiting counts (each spelling's "no" votes were answered by no response published on the other).
 */
export const MOVE_RENAMED_PAGES_SQL: readonly string[] = [
  ...['feedback', 'responses', 'response_waits'].map(
    (table) =>
      `UPDATE ${table} SET page = (SELECT r.to_page FROM page_renames r
         WHERE r.site = ${table}.site AND r.from_page = ${table}.page)
       WHERE ${renamed(table)}`,
  ),
  ...mergeCounters('page_day', ['site', 'day', 'page', 'language']),
  ...mergeCounters('page_month', ['site', 'language', 'month', 'page']),
  `INSERT INTO page_state (site, page, pending_since, pending_count)
   SELECT s.site, r.to_page, MIN(s.pending_since), SUM(s.pending_count)
   FROM page_state s, page_renames r WHERE r.site = s.site AND r.from_page = s.page
   GROUP BY s.site, r.to_page
   ON CONFLICT (site, page) DO UPDATE SET
     pending_since = CASE
       WHEN page_state.pending_since IS NULL THEN excluded.pending_since
       WHEN excluded.pending_since IS NULL OR page_state.pending_since <= excluded.pending_since
         THEN page_state.pending_since
       ELSE excluded.pending_since END,
     pending_count = page_state.pending_count + excluded.pending_count`,
  `DELETE FROM page_state WHERE ${renamed('page_state')}`,
];
