import { describe, expect, it } from 'vitest';
import { trendText } from '../../../server/dashboard/ui/components/cells.ts';
import { en } from '../../../server/dashboard/ui/translations/en.ts';
import { DASHBOARD_LANGUAGES, translation } from '../../../server/dashboard/ui/translations/index.ts';

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

describe('dashboard translations (kk, ru, en)', () => {
  it('name the time zone the date filters’ days and the times shown are in, in every language', () => {
    for (const language of DASHBOARD_LANGUAGES) {
      expect(translation(language).timesInZone('Asia/Almaty'), language).toContain('Asia/Almaty');
      expect(translation(language).lastSignInZone('Asia/Almaty'), language).toContain('Asia/Almaty');
    }
  });
});

describe('trend cell', () => {
  const trend = (votesLast7: number, votesPrevious7: number, usefulShareChange: number | null) => ({
    votesLast7,
    votesPrevious7,
    usefulShareLast7: null,
    usefulSharePrevious7: null,
    usefulShareChange,
  });
  const said = (t: ReturnType<typeof trendText>) => JSON.stringify(t.values);

  it('says which week had no votes, and tells no change below five votes a week', () => {
    expect(said(trendText(en, trend(6, 0, null)))).toContain(en.trendNoEarlier);
    expect(said(trendText(en, trend(0, 6, null)))).toContain(en.trendNoRecent);
    expect(said(trendText(en, trend(2, 9, 0.5)))).toContain(en.trendUnknown);
    expect(said(trendText(en, trend(5, 9, 0.25)))).toContain(en.trendUp(25));
  });
});
