import type { LocalDays } from '../local-days.ts';
import type { FeedbackFilter, Keyset } from './admin-store.ts';

/**
 * The WHERE clause shared by the feedback list and the export, for either store: `bind` names the
 * placeholder of the n-th value (`?` or `$n`). Replaced rows never show; spam only when asked for by status;
 * hidden rows when asked for by status or by `includeHidden`. The range's days are local days in `days`:
 * received times from the start of `from` up to, not including, the start of the day after `to`.
 */
export function feedbackWhere(
  filter: FeedbackFilter,
  after: Keyset | undefined,
  direction: 'asc' | 'desc',
  placeholder: (position: number) => string,
  spamTrue: string,
  days: LocalDays,
): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return placeholder(params.length);
  };
  // Past the first page the keyset position replaces the range's bound on the same side: with both, SQLite
  // bounds its index scan by the range and rescans from its start on every page.
  const clauses = [`site = ${bind(filter.site)}`, 'replaced_by IS NULL'];
  const { start, end } = days.range(filter.from, filter.to);
  if (!after || direction === 'desc') clauses.push(`received_at >= ${bind(start)}`);
  if (!after || direction === 'asc') clauses.push(`received_at < ${bind(end)}`);
  if (filter.page !== undefined) clauses.push(`page = ${bind(filter.page)}`);
  if (filter.language !== undefined) clauses.push(`language = ${bind(filter.language)}`);
  if (filter.vote !== undefined) clauses.push(`vote = ${bind(filter.vote)}`);
  if (filter.status === 'spam') clauses.push(`spam = ${spamTrue}`);
  else {
    clauses.push(`spam <> ${spamTrue}`);
    if (filter.status !== undefined) clauses.push(`status = ${bind(filter.status)}`);
    else if (!filter.includeHidden) clauses.push(`status <> 'hidden'`);
  }
  if (after) {
    const op = direction === 'asc' ? '>' : '<';
    // A row-value comparison, which both databases answer with a range scan of the (received_at, id) index.
    clauses.push(`(received_at, id) ${op} (${bind(after.receivedAt)}, ${bind(after.id)})`);
  }
  return { where: clauses.join(' AND '), params };
}
