import type * as z from 'zod/mini';
import type { ReasonSchema } from '../../contract/feedback.ts';
import type { LocalDays } from '../local-days.ts';
import type { FeedbackRecord } from './store.ts';

type Reason = z.infer<typeof ReasonSchema>;

/** The `page_day` column counting each reason (fixed names: reasons are part of the contract). */
export const REASON_COLUMNS = {
  'found-what-i-needed': 'reason_found',
  clear: 'reason_clear',
  'hard-to-understand': 'reason_hard',
  'out-of-date': 'reason_outdated',
  'missing-information': 'reason_missing',
  'something-broken': 'reason_broken',
  other: 'reason_other',
} as const satisfies Record<Reason, string>;

/** Every reason, in the order of `REASON_COLUMNS`. */
export const REASONS = Object.keys(REASON_COLUMNS) as Reason[];

/** What one submission adds to (sign 1) or takes from (sign −1) its page-day counter row. */
export interface Contribution {
  site: string;
  page: string;
  day: string;
  /** When the submission arrived: a counted "no" leaves the page waiting for an answer since then. */
  receivedAt: string;
  language: string;
  sign: 1 | -1;
  yes: boolean;
  clarity: number | null;
  hasComment: boolean;
  grade: number | null;
  reasons: ReadonlySet<string>;
}

/** The counted facts of a submission, however it was read (a fresh record or a stored row). */
export interface Countable {
  site: string;
  page: string;
  language: string;
  vote: string;
  clarity: number | null;
  comment: string | null;
  receivedAt: string;
  grade: number | null;
  reasons: readonly string[];
}

/** The counted facts of a submission as it arrives. */
export function countableRecord(r: FeedbackRecord): Countable {
  return {
    site: r.site,
    page: r.page,
    language: r.language,
    vote: r.vote,
    clarity: r.clarity ?? null,
    comment: r.comment ?? null,
    receivedAt: r.receivedAt,
    grade: r.readability?.grade ?? null,
    reasons: r.reasons ?? [],
  };
}

/** A submission's contribution; the day is the local day (in the counters' time zone) it was received. */
export function contribution(row: Countable, sign: 1 | -1, days: LocalDays): Contribution {
  return {
    site: row.site,
    page: row.page,
    day: days.dayOf(row.receivedAt),
    receivedAt: row.receivedAt,
    language: row.language,
    sign,
    yes: row.vote === 'yes',
    clarity: row.clarity,
    hasComment: Boolean(row.comment),
    grade: row.grade,
    // A reason listed twice counts once.
    reasons: new Set(row.reasons),
  };
}

/** The counter deltas of a contribution, in a fixed column order shared by both stores. */
export function counterValues(c: Contribution) {
  return {
    votes: c.sign,
    yes: c.yes ? c.sign : 0,
    claritySum: (c.clarity ?? 0) * c.sign,
    clarityCount: c.clarity === null ? 0 : c.sign,
    comments: c.hasComment ? c.sign : 0,
    gradeSum: (c.grade ?? 0) * c.sign,
    gradeCount: c.grade === null ? 0 : c.sign,
    reasons: REASONS.map((r) => (c.reasons.has(r) ? c.sign : 0)),
  };
}

/** The `language` of `page_month` rows that count every language (day rows are per language only). */
export const ALL_LANGUAGES = '*';

/** The counter columns of `page_day` and `page_month`, in the order `counterValues` and the tables use. */
export const COUNTER_COLUMNS = [
  'votes',
  'yes',
  'clarity_sum',
  'clarity_count',
  'comments',
  'grade_sum',
  'grade_count',
  ...REASONS.map((r) => REASON_COLUMNS[r]),
] as const;

/** A contribution's deltas as a list in `COUNTER_COLUMNS` order. */
export function counterList(c: Contribution): number[] {
  const v = counterValues(c);
  return [v.votes, v.yes, v.claritySum, v.clarityCount, v.comments, v.gradeSum, v.gradeCount, ...v.reasons];
}

/** Summed counter deltas of one counter row (a page's day or month, in one language or all). */
export interface CounterRow {
  site: string;
  /** `YYYY-MM-DD` for a day row, `YYYY-MM` for a month row. */
  period: string;
  page: string;
  language: string;
  values: number[];
}

/** How a page's "waiting for an answer" state changes: counted "no" votes added and removed. */
export interface WaitingChange {
  site: string;
  page: string;
  /** Added minus removed. */
  delta: number;
  /** The earliest arrival among the added ones; null when none was added. */
  since: string | null;
}

function sumInto(rows: Map<string, CounterRow>, row: Omit<CounterRow, 'values'>, values: number[]) {
  const key = `${row.site}\u0000${row.period}\u0000${row.page}\u0000${row.language}`;
  const found = rows.get(key);
  if (!found) rows.set(key, { ...row, values: [...values] });
  else for (let i = 0; i < values.length; i++) found.values[i] = (found.values[i] ?? 0) + (values[i] ?? 0);
}

/**
 * Sums a batch's contributions per counter row, so a burst on a few pages costs a few upserts rather than
 * three per submission. Sums do not depend on order, so the result equals applying them one by one.
 */
export function sumContributions(contributions: readonly Contribution[]): {
  days: CounterRow[];
  months: CounterRow[];
  waiting: WaitingChange[];
} {
  const days = new Map<string, CounterRow>();
  const months = new Map<string, CounterRow>();
  const waiting = new Map<string, WaitingChange>();
  for (const c of contributions) {
    const values = counterList(c);
    const month = c.day.slice(0, 7);
    sumInto(days, { site: c.site, period: c.day, page: c.page, language: c.language }, values);
    sumInto(months, { site: c.site, period: month, page: c.page, language: c.language }, values);
    sumInto(months, { site: c.site, period: month, page: c.page, language: ALL_LANGUAGES }, values);
    if (c.yes) continue;
    const key = `${c.site}\u0000${c.page}`;
    const change = waiting.get(key) ?? { site: c.site, page: c.page, delta: 0, since: null };
    change.delta += c.sign;
    if (c.sign > 0 && (change.since === null || c.receivedAt < change.since)) change.since = c.receivedAt;
    waiting.set(key, change);
  }
  return { days: [...days.values()], months: [...months.values()], waiting: [...waiting.values()] };
}
