import type { CounterQuery, PageAggregate } from './admin-store.ts';
import { COUNTER_COLUMNS, REASON_COLUMNS, REASONS } from './counters.ts';

/** A page with nothing counted: what a page without feedback in the range shows. */
export function emptyPageAggregate(page: string): PageAggregate {
  return {
    page,
    votes: 0,
    yes: 0,
    claritySum: 0,
    clarityCount: 0,
    gradeSum: 0,
    gradeCount: 0,
    comments: 0,
    votesLast7: 0,
    yesLast7: 0,
    votesPrevious7: 0,
    yesPrevious7: 0,
    reasons: Object.fromEntries(REASONS.map((reason) => [reason, 0])) as PageAggregate['reasons'],
  };
}

/**
 * One piece of a date range, answered from one counter table: whole calendar months from `page_month`, other
 * days from `page_day` (at most a week per piece). A year is then ~12 month pieces and a few day pieces
 * instead of 365 days of rows, and each piece is a short query the event loop can breathe between.
 */
export interface Segment {
  table: 'page_month' | 'page_day';
  column: 'month' | 'day';
  /** Inclusive bounds: `YYYY-MM` for months, `YYYY-MM-DD` for days. */
  from: string;
  to: string;
  /** False for days before the range that only the trend windows need. */
  inRange: boolean;
  /** The trend window the piece lies in (pieces are split at the windows' edges), or null. */
  trend: 'last7' | 'previous7' | null;
  /** −1 for days taken away from a whole month read instead of most of its days. */
  sign: 1 | -1;
}

const DAY_MS = 86_400_000;
const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const lastOfMonth = (day: string) => {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return shift(d.toISOString().slice(0, 10), -1);
};
const earliest = (...days: string[]) => days.sort()[0] as string;

/** Most whole months one piece reads: fewer queries, each still short enough not to stall other requests. */
const MONTHS_PER_PIECE = 3;

/**
 * Splits `from`–`to` (days, inclusive) into pieces of up to three whole months and day pieces of at most a
 * week. The trend windows (`previous7From`–`last7From`−1 and `last7From`–`to`) are always their own day pieces,
 * so their sums need no per-row condition; days before `from` that only the trend needs are out of range.
 */
export function rangeSegments(
  from: string,
  to: string,
  previous7From = shift(to, 1),
  last7From = shift(to, 1),
): Segment[] {
  const segments: Segment[] = [];
  let day = earliest(from, previous7From);
  while (day <= to) {
    const monthEnd = lastOfMonth(day);
    if (day >= from && day.endsWith('-01') && monthEnd <= to && monthEnd < previous7From) {
      let end = monthEnd;
      for (let months = 1; months < MONTHS_PER_PIECE; months++) {
        const next = lastOfMonth(shift(end, 1));
        if (next > to || next >= previous7From) break;
        end = next;
      }
      segments.push({
        table: 'page_month',
        column: 'month',
        from: day.slice(0, 7),
        to: end.slice(0, 7),
        inRange: true,
        trend: null,
        sign: 1,
      });
      day = shift(end, 1);
      continue;
    }
    const limits = [to, monthEnd, shift(day, 6)];
    if (day < from) limits.push(shift(from, -1));
    if (day < previous7From) limits.push(shift(previous7From, -1));
    if (day < last7From) limits.push(shift(last7From, -1));
    const end = earliest(...limits);
    const trend = day >= last7From ? 'last7' : day >= previous7From ? 'previous7' : null;
    segments.push({
      table: 'page_day',
      column: 'day',
      from: day,
      to: end,
      inRange: day >= from,
      trend,
      sign: 1,
    });
    day = shift(end, 1);
  }
  return segments;
}

/**
 * Reads the range's last month whole and takes away the days after `to`, when that reads fewer days: a range
 * ending today then costs one month row per page plus a few empty future days, instead of up to 30 days of
 * rows. The trend's day pieces in that month still give the trend, but no longer the range's sums.
 */
export function subtractLastMonth(segments: Segment[], from: string, to: string): Segment[] {
  const monthStart = `${to.slice(0, 7)}-01`;
  const monthEnd = lastOfMonth(to);
  const daysBefore = (Date.parse(to) - Date.parse(monthStart)) / DAY_MS + 1;
  const daysAfter = (Date.parse(monthEnd) - Date.parse(to)) / DAY_MS;
  if (monthStart < from || daysAfter === 0 || daysBefore <= daysAfter) return segments;
  const kept = segments
    .filter((s) => s.from < monthStart || s.trend !== null)
    .map((s) => (s.from < monthStart ? s : { ...s, inRange: false }));
  const month = to.slice(0, 7);
  kept.push({
    table: 'page_month',
    column: 'month',
    from: month,
    to: month,
    inRange: true,
    trend: null,
    sign: 1,
  });
  for (let day = shift(to, 1); day <= monthEnd; day = shift(day, 7)) {
    const end = earliest(monthEnd, shift(day, 6));
    kept.push({ table: 'page_day', column: 'day', from: day, to: end, inRange: true, trend: null, sign: -1 });
  }
  return kept;
}

/** The months (`YYYY-MM`) a month piece covers, in order. */
export function monthsOf(segment: Segment): string[] {
  const months: string[] = [];
  for (let day = `${segment.from}-01`; day.slice(0, 7) <= segment.to; day = shift(lastOfMonth(day), 1))
    months.push(day.slice(0, 7));
  return months;
}

/** The counter columns the pages table needs; reasons are read only for one page's detail. */
export const TABLE_COLUMNS = COUNTER_COLUMNS.slice(0, 7);

/** One page's sums from one piece: counter columns (reasons only for one page) and the trend windows. */
export type SegmentRow = { page: string } & Partial<Record<(typeof COUNTER_COLUMNS)[number], number>> & {
    votesLast7: number;
    yesLast7: number;
    votesPrevious7: number;
    yesPrevious7: number;
  };

/** How a store runs one piece, summing `columns` (and the trend windows when `segment.trend`). */
export type SegmentQuery = (
  segment: Segment,
  columns: readonly (typeof COUNTER_COLUMNS)[number][],
) => Promise<SegmentRow[]> | SegmentRow[];

/** A month piece as one day piece over the same days (for one page, whose day index is the fast path). */
function dayPieces(segment: Segment): Segment[] {
  return [
    {
      ...segment,
      table: 'page_day',
      column: 'day',
      from: `${segment.from}-01`,
      to: lastOfMonth(`${segment.to}-01`),
    },
  ];
}

/**
 * Splits pieces into up to `count` groups of about equal cost, for stores that run groups at once. A day
 * row costs about three month rows: day counters are per language and read from the heap in random order.
 */
export function balancedGroups(segments: readonly Segment[], count: number): Segment[][] {
  const cost = (s: Segment) =>
    s.table === 'page_day'
      ? 3 * ((Date.parse(s.to) - Date.parse(s.from)) / DAY_MS + 1)
      : 1 +
        Number(s.to.slice(0, 4)) * 12 +
        Number(s.to.slice(5)) -
        Number(s.from.slice(0, 4)) * 12 -
        Number(s.from.slice(5));
  const groups = Array.from({ length: Math.min(count, segments.length) }, () => ({
    cost: 0,
    segments: [] as Segment[],
  }));
  // Largest first, each to the lightest group so far.
  for (const segment of [...segments].sort((a, b) => cost(b) - cost(a))) {
    const lightest = groups.reduce((a, b) => (b.cost < a.cost ? b : a));
    lightest.cost += cost(segment);
    lightest.segments.push(segment);
  }
  return groups.map((g) => g.segments);
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The pieces a counter query reads, and the counter columns it sums. */
export function querySegments(q: CounterQuery): {
  segments: Segment[];
  columns: readonly (typeof COUNTER_COLUMNS)[number][];
} {
  // One page has few rows: its day index answers every piece, so no month pieces (they would need a scan).
  const segments = q.page
    ? rangeSegments(q.from, q.to, q.previous7From, q.last7From).flatMap((segment) =>
        segment.table === 'page_month' ? dayPieces(segment) : [segment],
      )
    : subtractLastMonth(rangeSegments(q.from, q.to, q.previous7From, q.last7From), q.from, q.to);
  return { segments, columns: q.page ? COUNTER_COLUMNS : TABLE_COLUMNS };
}

/** A page's summed counters (column names as in the tables, plus the trend windows) as an aggregate. */
export function toPageAggregate(
  page: string,
  t: Readonly<Record<string, number | undefined>>,
): PageAggregate {
  return {
    page,
    votes: t.votes ?? 0,
    yes: t.yes ?? 0,
    claritySum: t.clarity_sum ?? 0,
    clarityCount: t.clarity_count ?? 0,
    gradeSum: t.grade_sum ?? 0,
    gradeCount: t.grade_count ?? 0,
    comments: t.comments ?? 0,
    votesLast7: t.votesLast7 ?? 0,
    yesLast7: t.yesLast7 ?? 0,
    votesPrevious7: t.votesPrevious7 ?? 0,
    yesPrevious7: t.yesPrevious7 ?? 0,
    reasons: Object.fromEntries(
      REASONS.map((r) => [r, t[REASON_COLUMNS[r]] ?? 0]),
    ) as PageAggregate['reasons'],
  };
}

/**
 * Per-page sums over the range plus the trend windows, from the counter tables only, one short query per
 * piece with a pause between them (for SQLite, whose queries hold the event loop while they run).
 */
export async function pageAggregates(
  q: CounterQuery,
  run: SegmentQuery,
  /** How many pieces to query at once: 1 for a synchronous database, more where queries run elsewhere. */
  concurrency = 1,
): Promise<PageAggregate[]> {
  const { segments, columns } = querySegments(q);
  const totals = new Map<string, Record<string, number>>();
  const add = (segment: Segment, rows: SegmentRow[]) => {
    for (const row of rows) {
      let total = totals.get(row.page);
      if (!total) {
        total = {};
        totals.set(row.page, total);
      }
      if (segment.inRange)
        for (const column of columns)
          total[column] = (total[column] ?? 0) + segment.sign * (row[column] ?? 0);
      if (segment.trend === 'last7') {
        total.votesLast7 = (total.votesLast7 ?? 0) + (row.votes ?? 0);
        total.yesLast7 = (total.yesLast7 ?? 0) + (row.yes ?? 0);
      } else if (segment.trend === 'previous7') {
        total.votesPrevious7 = (total.votesPrevious7 ?? 0) + (row.votes ?? 0);
        total.yesPrevious7 = (total.yesPrevious7 ?? 0) + (row.yes ?? 0);
      }
    }
  };
  for (let i = 0; i < segments.length; i += concurrency) {
    const group = segments.slice(i, i + concurrency);
    const results = await Promise.all(group.map((segment) => run(segment, columns)));
    group.forEach((segment, j) => {
      add(segment, results[j] ?? []);
    });
    await yieldToEventLoop();
  }
  return [...totals].map(([page, t]) => toPageAggregate(page, t));
}
