import type { LanguageVotes, PageRow, PageSort, PagesQuery } from '../../contract/admin.ts';
import { addDays, type LocalDays } from '../local-days.ts';
import type { CounterQuery, PageAggregate } from '../storage/admin-store.ts';

const DAY_MS = 86_400_000;

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** A range with its defaults filled in: the last 30 days up to today (the local today in `days`). */
export function resolveRange(
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
  days: LocalDays,
) {
  const to = query.to ?? days.today(now);
  const from = query.from ?? addDays(to, -29);
  return { from, to };
}

/** The counter query for a range: the trend compares the 7 days ending at `to` with the 7 before. */
export function counterQuery(
  site: string,
  range: { from: string; to: string },
  filters: { language?: CounterQuery['language']; page?: string | undefined },
): CounterQuery {
  return {
    site,
    ...range,
    last7From: addDays(range.to, -6),
    previous7From: addDays(range.to, -13),
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.page ? { page: filters.page } : {}),
  };
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const share = (part: number, whole: number) => (whole > 0 ? round(part / whole, 4) : null);

/** Reading grade at which a page counts as fully hard for the priority (university level). */
const HARD_GRADE = 16;
/** Votes at which a page's priority reaches half its undamped value: few votes say little. */
const PRIORITY_DAMPING_VOTES = 10;

/**
 * Fix-first score, 0–1: citizens' difficulty (1 − mean of useful share and normalised clarity) times the
 * engine's (grade / 16, capped; 0.5 when no grade was measured), damped for pages with few votes.
 */
export function priority(
  row: Pick<PageRow, 'votes' | 'usefulShare' | 'averageClarity' | 'readabilityGrade'>,
): number {
  if (row.votes === 0 || row.usefulShare === null) return 0;
  const signals = [row.usefulShare];
  if (row.averageClarity !== null) signals.push((row.averageClarity - 1) / 4);
  const citizens = 1 - signals.reduce((a, b) => a + b, 0) / signals.length;
  const engine = row.readabilityGrade === null ? 0.5 : Math.min(row.readabilityGrade / HARD_GRADE, 1);
  return round(citizens * engine * (row.votes / (row.votes + PRIORITY_DAMPING_VOTES)), 4);
}

const LANGUAGE_ORDER = ['kk', 'ru', 'en'] as const;

/** Each page's languages, most votes first (ties in a fixed order, so answers are stable). */
export function languagesByPage(
  counted: readonly { page: string; language: LanguageVotes['language']; votes: number }[],
): Map<string, LanguageVotes[]> {
  const byPage = new Map<string, LanguageVotes[]>();
  for (const { page, language, votes } of counted) {
    const list = byPage.get(page) ?? [];
    list.push({ language, votes });
    byPage.set(page, list);
  }
  for (const list of byPage.values())
    list.sort(
      (a, b) => b.votes - a.votes || LANGUAGE_ORDER.indexOf(a.language) - LANGUAGE_ORDER.indexOf(b.language),
    );
  return byPage;
}

/** A pages-table row from a page's summed counters and its languages. */
export function pageRow(
  site: string,
  a: PageAggregate,
  days: number,
  languages: LanguageVotes[] = [],
): PageRow {
  const usefulShareLast7 = share(a.yesLast7, a.votesLast7);
  const usefulSharePrevious7 = share(a.yesPrevious7, a.votesPrevious7);
  const row = {
    site,
    page: a.page,
    languages,
    votes: a.votes,
    yes: a.yes,
    usefulShare: share(a.yes, a.votes),
    averageClarity: a.clarityCount > 0 ? round(a.claritySum / a.clarityCount, 2) : null,
    readabilityGrade: a.gradeCount > 0 ? round(a.gradeSum / a.gradeCount, 2) : null,
    comments: a.comments,
    votesPerDay: round(a.votes / days, 2),
    trend: {
      votesLast7: a.votesLast7,
      votesPrevious7: a.votesPrevious7,
      usefulShareLast7,
      usefulSharePrevious7,
      usefulShareChange:
        usefulShareLast7 === null || usefulSharePrevious7 === null
          ? null
          : round(usefulShareLast7 - usefulSharePrevious7, 4),
    },
  };
  return { ...row, priority: priority(row) };
}

const SORT_VALUE: Record<Exclude<PageSort, 'page'>, (row: PageRow) => number | null> = {
  priority: (r) => r.priority,
  votes: (r) => r.votes,
  usefulShare: (r) => r.usefulShare,
  averageClarity: (r) => r.averageClarity,
  readabilityGrade: (r) => r.readabilityGrade,
  comments: (r) => r.comments,
  trend: (r) => r.trend.usefulShareChange,
};

const DESCENDING_BY_DEFAULT = new Set<PageSort>(['priority', 'votes', 'comments', 'readabilityGrade']);

/** Sorts rows as asked; rows without a value (null) go last either way, ties by page address. */
export function sortRows(rows: PageRow[], sort: PageSort, order: PagesQuery['order']): PageRow[] {
  const direction = (order ?? (DESCENDING_BY_DEFAULT.has(sort) ? 'desc' : 'asc')) === 'desc' ? -1 : 1;
  const byPage = (a: PageRow, b: PageRow) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0);
  if (sort === 'page') return rows.sort((a, b) => direction * byPage(a, b));
  const value = SORT_VALUE[sort];
  return rows.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? byPage(a, b) : x === null ? 1 : -1;
    return x === y ? byPage(a, b) : direction * (x - y);
  });
}
