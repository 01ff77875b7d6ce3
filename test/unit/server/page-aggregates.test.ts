import { describe, expect, it } from 'vitest';
import { rangeSegments } from '../../../server/storage/page-aggregates.ts';

describe('rangeSegments', () => {
  it('answers whole months from monthly counters and the rest in day pieces of at most a week', () => {
    expect(rangeSegments('2025-11-28', '2026-02-10')).toEqual([
      { table: 'page_day', column: 'day', from: '2025-11-28', to: '2025-11-30' },
      { table: 'page_month', column: 'month', from: '2025-12', to: '2025-12' },
      { table: 'page_month', column: 'month', from: '2026-01', to: '2026-01' },
      { table: 'page_day', column: 'day', from: '2026-02-01', to: '2026-02-07' },
      { table: 'page_day', column: 'day', from: '2026-02-08', to: '2026-02-10' },
    ]);
  });

  it('covers every day exactly once, leap days and one-day ranges included', () => {
    expect(rangeSegments('2024-02-01', '2024-02-29')).toEqual([
      { table: 'page_month', column: 'month', from: '2024-02', to: '2024-02' },
    ]);
    expect(rangeSegments('2026-11-27', '2026-11-27')).toEqual([
      { table: 'page_day', column: 'day', from: '2026-11-27', to: '2026-11-27' },
    ]);
    const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
    const segments = rangeSegments('2025-03-15', '2026-11-27');
    const covered = segments.reduce(
      (sum, s) =>
        sum +
        (s.table === 'page_day'
          ? days(s.from, s.to)
          : new Date(Date.UTC(Number(s.from.slice(0, 4)), Number(s.from.slice(5, 7)), 0)).getUTCDate()),
      0,
    );
    expect(covered).toBe(days('2025-03-15', '2026-11-27'));
    expect(segments.filter((s) => s.table === 'page_month')).toHaveLength(19);
  });
});
