import { describe, expect, it } from 'vitest';
import { en } from '../../../server/dashboard/ui/translations/en.ts';

describe('dashboard translations (en)', () => {
  it('says "vote" for one vote on the busiest day and "votes" for more', () => {
    expect(en.chartBusiestDay('27 Nov 2026', 1)).toBe('Busiest day: 27 Nov 2026, 1 vote.');
    expect(en.chartBusiestDay('27 Nov 2026', 13)).toBe('Busiest day: 27 Nov 2026, 13 votes.');
  });
});
