import { describe, expect, it } from 'vitest';
import { en } from '../../../server/dashboard/ui/translations/en.ts';

describe('dashboard translations (en)', () => {
  it('says "vote" for one vote on the busiest day and "votes" for more', () => {
    expect(en.chartBusiestDay('27 Nov 2026', 1)).toBe('Busiest day: 27 Nov 2026, 1 vote.');
    expect(en.chartBusiestDay('27 Nov 2026', 13)).toBe('Busiest day: 27 Nov 2026, 13 votes.');
  });

  it('says "point" for a one-point trend and "points" for more', () => {
    expect(en.trendUp(1)).toBe('up 1 point');
    expect(en.trendDown(12)).toBe('down 12 points');
  });
});
