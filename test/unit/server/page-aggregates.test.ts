import { describe, expect, it } from 'vitest';
import {
  balancedGroups,
  monthsOf,
  rangeSegments,
  type Segment,
  subtractLastMonth,
} from '../../../server/storage/page-aggregates.ts';

describe('rangeSegments', () => {
  it('answers whole months from monthly counters and the rest in day pieces of at most a week', () => {
    expect(
      rangeSegments('2025-11-28', '2026-02-10').map((s) => [s.table, s.from, s.to, s.inRange, s.trend]),
    ).toEqual([
      ['page_day', '2025-11-28', '2025-11-30', true, null],
      ['page_month', '2025-12', '2026-01', true, null],
      ['page_day', '2026-02-01', '2026-02-07', true, null],
      ['page_day', '2026-02-08', '2026-02-10', true, null],
    ]);
  });

  it('covers every day exactly once, leap days and one-day ranges included', () => {
    expect(rangeSegments('2024-02-01', '2024-02-29').map((s) => [s.table, s.from, s.to])).toEqual([
      ['page_month', '2024-02', '2024-02'],
    ]);
    expect(rangeSegments('2026-11-27', '2026-11-27').map((s) => [s.table, s.from, s.to])).toEqual([
      ['page_day', '2026-11-27', '2026-11-27'],
    ]);
    const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
    const monthEnd = (month: string) =>
      new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
    const segments = rangeSegments('2024-01-15', '2026-11-27');
    expect(segments.every((s) => s.inRange && s.trend === null)).toBe(true);
    let next = '2024-01-15';
    for (const s of segments) {
      const [first, last] = s.table === 'page_day' ? [s.from, s.to] : [`${s.from}-01`, monthEnd(s.to)];
      // Contiguous: each piece starts the day after the previous one ended.
      expect(first).toBe(next);
      next = new Date(Date.parse(last) + 86_400_000).toISOString().slice(0, 10);
    }
    expect(next).toBe('2026-11-28');
    expect(segments.filter((s) => s.table === 'page_month').length).toBeLessThan(
      days('2024-01-15', '2026-11-27') / 80,
    );
  });

  it('reads up to three whole months per piece', () => {
    expect(rangeSegments('2026-01-01', '2026-07-31').map((s) => [s.table, s.from, s.to])).toEqual([
      ['page_month', '2026-01', '2026-03'],
      ['page_month', '2026-04', '2026-06'],
      ['page_month', '2026-07', '2026-07'],
    ]);
  });

  it('gives each trend window its own day pieces, reaching before the range when the windows start earlier', () => {
    expect(rangeSegments('2026-11-01', '2026-11-27', '2026-11-14', '2026-11-21')).toEqual([
      {
        table: 'page_day',
        column: 'day',
        from: '2026-11-01',
        to: '2026-11-07',
        inRange: true,
        trend: null,
        sign: 1,
      },
      {
        table: 'page_day',
        column: 'day',
        from: '2026-11-08',
        to: '2026-11-13',
        inRange: true,
        trend: null,
        sign: 1,
      },
      {
        table: 'page_day',
        column: 'day',
        from: '2026-11-14',
        to: '2026-11-20',
        inRange: true,
        trend: 'previous7',
        sign: 1,
      },
      {
        table: 'page_day',
        column: 'day',
        from: '2026-11-21',
        to: '2026-11-27',
        inRange: true,
        trend: 'last7',
        sign: 1,
      },
    ]);
    // October is whole but its end is inside the trend windows, so it is read by day.
    expect(
      rangeSegments('2026-10-01', '2026-11-05', '2026-10-23', '2026-10-30').map((s) => [
        s.from,
        s.to,
        s.trend,
      ]),
    ).toEqual([
      ['2026-10-01', '2026-10-07', null],
      ['2026-10-08', '2026-10-14', null],
      ['2026-10-15', '2026-10-21', null],
      ['2026-10-22', '2026-10-22', null],
      ['2026-10-23', '2026-10-29', 'previous7'],
      ['2026-10-30', '2026-10-31', 'last7'],
      ['2026-11-01', '2026-11-05', 'last7'],
    ]);
    expect(
      rangeSegments('2026-11-04', '2026-11-05', '2026-10-23', '2026-10-30').map((s) => [
        s.from,
        s.to,
        s.inRange,
        s.trend,
      ]),
    ).toEqual([
      ['2026-10-23', '2026-10-29', false, 'previous7'],
      ['2026-10-30', '2026-10-31', false, 'last7'],
      ['2026-11-01', '2026-11-03', false, 'last7'],
      ['2026-11-04', '2026-11-05', true, 'last7'],
    ]);
  });

  it('reads the last month whole minus the days after the range when that reads fewer days', () => {
    const pieces = (from: string, to: string, previous7From: string, last7From: string) =>
      subtractLastMonth(rangeSegments(from, to, previous7From, last7From), from, to).map((s) => [
        s.table,
        s.from,
        s.to,
        s.inRange,
        s.trend,
        s.sign,
      ]);
    // The default range ending on the 27th: November is read whole, minus the 28th–30th.
    expect(pieces('2026-10-29', '2026-11-27', '2026-11-14', '2026-11-21')).toEqual([
      ['page_day', '2026-10-29', '2026-10-31', true, null, 1],
      ['page_day', '2026-11-14', '2026-11-20', false, 'previous7', 1],
      ['page_day', '2026-11-21', '2026-11-27', false, 'last7', 1],
      ['page_month', '2026-11', '2026-11', true, null, 1],
      ['page_day', '2026-11-28', '2026-11-30', true, null, -1],
    ]);
    // Early in the month the days themselves are fewer: nothing changes.
    const early = rangeSegments('2026-10-01', '2026-11-05', '2026-10-23', '2026-10-30');
    expect(subtractLastMonth(early, '2026-10-01', '2026-11-05')).toEqual(early);
    // A range starting inside the last month, or ending on its last day, reads days.
    const inside = rangeSegments('2026-11-10', '2026-11-27');
    expect(subtractLastMonth(inside, '2026-11-10', '2026-11-27')).toEqual(inside);
    const whole = rangeSegments('2026-10-01', '2026-11-30');
    expect(subtractLastMonth(whole, '2026-10-01', '2026-11-30')).toEqual(whole);
  });
});

describe('balancedGroups and monthsOf', () => {
  it('puts every piece in exactly one group, the costly day pieces spread across groups', () => {
    const segments = subtractLastMonth(
      rangeSegments('2025-11-28', '2026-11-27', '2026-11-14', '2026-11-21'),
      '2025-11-28',
      '2026-11-27',
    );
    const groups = balancedGroups(segments, 2);
    expect(groups).toHaveLength(2);
    expect(groups.flat().sort((a, b) => (a.from < b.from ? -1 : 1))).toEqual(
      [...segments].sort((a, b) => (a.from < b.from ? -1 : 1)),
    );
    const dayPieces = (g: Segment[]) => g.filter((s) => s.table === 'page_day').length;
    expect(groups.every((g) => dayPieces(g) > 0)).toBe(true);
    expect(balancedGroups(segments.slice(0, 1), 2)).toHaveLength(1);
  });

  it('names each month of a month piece, across a year end', () => {
    expect(monthsOf(rangeSegments('2025-11-01', '2026-01-31')[0] as Segment)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
    ]);
  });
});
