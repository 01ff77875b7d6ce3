import { describe, expect, it } from 'vitest';
import { rangeSegments } from '../../../server/storage/page-aggregates.ts';

describe('rangeSegments', () => {
  it('answers whole months from monthly counters and the rest in day pieces of at most a week', () => {
    expect(rangeSegments('2025-11-28', '2026-02-10')).toEqual([
      { table: 'page_day', column: 'day', from: '2025-11-28', to: '2025-11-30', inRange: true, trend: false },
      { table: 'page_month', column: 'month', from: '2025-12', to: '2025-12', inRange: true, trend: false },
      { table: 'page_month', column: 'month', from: '2026-01', to: '2026-01', inRange: true, trend: false },
      { table: 'page_day', column: 'day', from: '2026-02-01', to: '2026-02-07', inRange: true, trend: false },
      { table: 'page_day', column: 'day', from: '2026-02-08', to: '2026-02-10', inRange: true, trend: false },
    ]);
  });

  it('covers every day exactly once, leap days and one-day ranges included', () => {
    expect(rangeSegments('2024-02-01', '2024-02-29')).toEqual([
      { table: 'page_month', column: 'month', from: '2024-02', to: '2024-02', inRange: true, trend: false },
    ]);
    expect(rangeSegments('2026-11-27', '2026-11-27')).toEqual([
      { table: 'page_day', column: 'day', from: '2026-11-27', to: '2026-11-27', inRange: true, trend: false },
    ]);
    const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
    const segments = rangeSegments('2025-03-15', '2026-11-27');
    expect(segments.every((s) => s.inRange && !s.trend)).toBe(true);
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

  it('keeps the trend windows in day pieces, reaching before the range when they start earlier', () => {
    expect(rangeSegments('2026-11-01', '2026-11-27', '2026-11-14')).toEqual([
      { table: 'page_day', column: 'day', from: '2026-11-01', to: '2026-11-07', inRange: true, trend: false },
      { table: 'page_day', column: 'day', from: '2026-11-08', to: '2026-11-13', inRange: true, trend: false },
      { table: 'page_day', column: 'day', from: '2026-11-14', to: '2026-11-20', inRange: true, trend: true },
      { table: 'page_day', column: 'day', from: '2026-11-21', to: '2026-11-27', inRange: true, trend: true },
    ]);
    // October is whole but its end is inside the trend windows, so it is read by day.
    expect(
      rangeSegments('2026-10-01', '2026-11-05', '2026-10-23').map((s) => [s.table, s.from, s.to]),
    ).toEqual([
      ['page_day', '2026-10-01', '2026-10-07'],
      ['page_day', '2026-10-08', '2026-10-14'],
      ['page_day', '2026-10-15', '2026-10-21'],
      ['page_day', '2026-10-22', '2026-10-22'],
      ['page_day', '2026-10-23', '2026-10-29'],
      ['page_day', '2026-10-30', '2026-10-31'],
      ['page_day', '2026-11-01', '2026-11-05'],
    ]);
    expect(rangeSegments('2026-11-04', '2026-11-05', '2026-10-23')).toEqual([
      { table: 'page_day', column: 'day', from: '2026-10-23', to: '2026-10-29', inRange: false, trend: true },
      { table: 'page_day', column: 'day', from: '2026-10-30', to: '2026-10-31', inRange: false, trend: true },
      { table: 'page_day', column: 'day', from: '2026-11-01', to: '2026-11-03', inRange: false, trend: true },
      { table: 'page_day', column: 'day', from: '2026-11-04', to: '2026-11-05', inRange: true, trend: true },
    ]);
  });
});
