import type { CounterQuery, PageAggregate } from './admin-store.ts';
import { COUNTER_COLUMNS, REASON_COLUMNS, REASONS } from './counters.ts';

/**
 * One piece of a date range, answered from one counter table: whole calendar months from `page_month`, the
 * days around them from `page_day` (at most a week per piece). A year is then ~12 month pieces and a few
 * day pieces instead of 365 days of rows, and each piece is a short query the event loop can breathe between.
 */
export interface Segment {
  table: 'page_month' | 'page_day';
  column: 'month' | 'day';
  /** Inclusive bounds: `YYYY-MM` for months, `YYYY-MM-DD` for days. */
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const lastOfMonth = (day: string) => {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return shift(d.toISOString().slice(0, 10), -1);
};

/** Splits `from`–`to` (days, inclusive) into month pieces and day pieces of at most a week. */
export function rangeSegments(from: string, to: string): Segment[] {
  const segments: Segment[] = [];
  let day = from;
  while (day <= to) {
    const monthEnd = lastOfMonth(day);
    if (day.endsWith('-01') && monthEnd <= to) {
      segments.push({ table: 'page_month', column: 'month', from: day.slice(0, 7), to: day.slice(0, 7) });
      day = shift(monthEnd, 1);
      continue;
    }
    const end = [to, monthEnd, shift(day, 6)].sort()[0] as string;
    segments.push({ table: 'page_day', column: 'day', from: day, to: end });
    day = shift(end, 1);
  }
  return segments;
}

/** One page's sums from one piece; keys are `COUNTER_COLUMNS`. */
export type SegmentRow = { page: string } & Record<(typeof COUNTER_COLUMNS)[number], number>;

/** One page's votes in the trend windows. */
export interface TrendRow {
  page: string;
  votesLast7: number;
  yesLast7: number;
  votesPrevious7: number;
  yesPrevious7: number;
}

/** How a store runs the two kinds of query; `pageAggregates` plans, yields between pieces, and merges. */
export interface AggregateQueries {
  segment(q: CounterQuery, segment: Segment): Promise<SegmentRow[]> | SegmentRow[];
  trend(q: CounterQuery): Promise<TrendRow[]> | TrendRow[];
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Per-page sums over the range plus the trend windows, from the counter tables only. */
export async function pageAggregates(q: CounterQuery, run: AggregateQueries): Promise<PageAggregate[]> {
  const sums = new Map<string, SegmentRow>();
  // One page: its own index answers the whole range from page_day at once.
  const segments: Segment[] = q.page
    ? [{ table: 'page_day', column: 'day', from: q.from, to: q.to }]
    : rangeSegments(q.from, q.to);
  for (const segment of segments) {
    for (const row of await run.segment(q, segment)) {
      const total = sums.get(row.page);
      if (!total) sums.set(row.page, { ...row });
      else for (const column of COUNTER_COLUMNS) total[column] += row[column];
    }
    await yieldToEventLoop();
  }
  const trends = new Map((await run.trend(q)).map((t) => [t.page, t]));
  const pages = new Set([...sums.keys(), ...trends.keys()]);
  return [...pages].map((page) => {
    const s = sums.get(page);
    const t = trends.get(page);
    return {
      page,
      votes: s?.votes ?? 0,
      yes: s?.yes ?? 0,
      claritySum: s?.clarity_sum ?? 0,
      clarityCount: s?.clarity_count ?? 0,
      gradeSum: s?.grade_sum ?? 0,
      gradeCount: s?.grade_count ?? 0,
      comments: s?.comments ?? 0,
      votesLast7: t?.votesLast7 ?? 0,
      yesLast7: t?.yesLast7 ?? 0,
      votesPrevious7: t?.votesPrevious7 ?? 0,
      yesPrevious7: t?.yesPrevious7 ?? 0,
      reasons: Object.fromEntries(
        REASONS.map((r) => [r, s?.[REASON_COLUMNS[r]] ?? 0]),
      ) as PageAggregate['reasons'],
    };
  });
}
