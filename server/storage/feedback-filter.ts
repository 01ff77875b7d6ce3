import type { FeedbackFilter, Keyset } from './admin-store.ts';

/** The first instant after day `day` (UTC), as ISO text: ranges are half-open on received time. */
export function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString();
}

/**
 * The WHERE clause shared by the feedback list and the export, for either store: `bind` names the
 * placeholder of the n-th value (`?` or `$n`). Replaced rows never show; spam only when asked for by status;
 * hidden rows when asked for by status or by `includeHidden`.
 */
export function feedbackWhere(
  filter: FeedbackFilter,
  after: Keyset | undefined,
  direction: 'asc' | 'desc',
  placeholder: (position: number) => string,
  spamTrue: string,
): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return placeholder(params.length);
  };
  // Past the first page the keyset position replaces the range's bound on the same side: with both, SQLite
  // bounds its index scan by the range and rescans from its start on every page.
  const clauses = [`site = ${bind(filter.site)}`, 'replaced_by IS NULL'];
  if (!after || direction === 'desc') clauses.push(`received_at >= ${bind(`${filter.from}T00:00:00.000Z`)}`);
  if (!after || direction === 'asc') clauses.push(`received_at < ${bind(dayAfter(filter.to))}`);
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
