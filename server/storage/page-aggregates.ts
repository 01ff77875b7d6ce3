import type { CounterQuery, PageAggregate } from './admin-store.ts';
import { COUNTER_COLUMNS, REASON_COLUMNS, REASONS } from './counters.ts';

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
  /** Whether the piece overlaps the trend windows (then it is a day piece, split at their start). */
  trend: boolean;
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

/**
 * Splits `from`–`to` (days, inclusive) into month pieces and day pieces of at most a week. Days from
 * `trendFrom` on are always day pieces (the trend needs days); those before `from` are marked out of range.
 */
export function rangeSegments(from: string, to: string, trendFrom = shift(to, 1)): Segment[] {
  const segments: Segment[] = [];
  let day = earliest(from, trendFrom);
  while (day <= to) {
    const monthEnd = lastOfMonth(day);
    if (day >= from && day.endsWith('-01') && monthEnd <= to && monthEnd < trendFrom) {
      const month = day.slice(0, 7);
      segments.push({
        table: 'page_month',
        column: 'month',
        from: month,
        to: month,
        inRange: true,
        trend: false,
      });
      day = shift(monthEnd, 1);
      continue;
    }
    const limits = [to, monthEnd, shift(day, 6)];
    if (day < from) limits.push(shift(from, -1));
    if (day < trendFrom) limits.push(shift(trendFrom, -1));
    const end = earliest(...limits);
    segments.push({
      table: 'page_day',
      column: 'day',
      from: day,
      to: end,
      inRange: day >= from,
      trend: day >= trendFrom,
    });
    day = shift(end, 1);
  }
  return segments;
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

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const TREND_KEYS = ['votesLast7', 'yesLast7', 'votesPrevious7', 'yesPrevious7'] as const;

/** Per-page sums over the range plus the trend windows, from the counter tables only. */
export async function pageAggregates(q: CounterQuery, run: SegmentQuery): Promise<PageAggregate[]> {
  // One page: its own index answers the whole span from page_day at once, reasons included.
  const segments: Segment[] = q.page
    ? [
        { table: 'page_day', column: 'day', from: q.from, to: q.to, inRange: true, trend: true },
        ...(q.previous7From < q.from
          ? [
              {
                table: 'page_day',
                column: 'day',
                from: q.previous7From,
                to: shift(q.from, -1),
                inRange: false,
                trend: true,
              } as const,
            ]
          : []),
      ]
    : rangeSegments(q.from, q.to, q.previous7From);
  const columns = q.page ? COUNTER_COLUMNS : TABLE_COLUMNS;
  const totals = new Map<string, Record<string, number>>();
  for (const segment of segments) {
    for (const row of await run(segment, columns)) {
      let total = totals.get(row.page);
      if (!total) {
        total = {};
        totals.set(row.page, total);
      }
      if (segment.inRange)
        for (const column of columns) total[column] = (total[column] ?? 0) + (row[column] ?? 0);
      if (segment.trend) for (const key of TREND_KEYS) total[key] = (total[key] ?? 0) + row[key];
    }
    await yieldToEventLoop();
  }
  return [...totals].map(([page, t]) => ({
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
  }));
}
