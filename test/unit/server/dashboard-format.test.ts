/**
 * The dashboard's formats: times of day are the agency's (HEARD_TIME_ZONE), whatever zone the browser is in.
 * This process plays a browser in New York: Node's Intl follows `process.env.TZ` when it is set at run time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatter, kazakhWithoutLocaleData } from '../../../server/dashboard/ui/internal/format.ts';
import { LocalDays } from '../../../server/local-days.ts';

const BROWSER_ZONE = 'America/New_York';
let zoneBefore: string | undefined;

beforeAll(() => {
  zoneBefore = process.env.TZ;
  process.env.TZ = BROWSER_ZONE;
});

afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

/** 00:30 on 28 November 2026 in Almaty (UTC+5); still 14:30 on the 27th in New York. */
const ALMATY_HALF_PAST_MIDNIGHT = '2026-11-27T19:30:00.000Z';

describe('dashboard date and time formats', () => {
  it('runs in a browser zone other than the agency’s, so the tests below mean something', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(BROWSER_ZONE);
    expect(new Date(ALMATY_HALF_PAST_MIDNIGHT).getDate()).toBe(27);
  });

  it('shows a time of day in the agency’s zone, not the browser’s', () => {
    expect(formatter('en', 'Asia/Almaty').dateTime(ALMATY_HALF_PAST_MIDNIGHT)).toBe('28 Nov 2026, 00:30');
    expect(formatter('ru', 'Asia/Almaty').dateTime(ALMATY_HALF_PAST_MIDNIGHT)).toBe(
      '28 нояб. 2026 г., 00:30',
    );
    expect(formatter('kk', 'Asia/Almaty').dateTime(ALMATY_HALF_PAST_MIDNIGHT)).toMatch(/28.*00:30/);
    expect(formatter('en', 'UTC').dateTime(ALMATY_HALF_PAST_MIDNIGHT)).toBe('27 Nov 2026, 19:30');
  });

  it('shows the agency’s time in the Kazakh formats used where the browser has no Kazakh data', () => {
    expect(kazakhWithoutLocaleData('Asia/Almaty').dateTime(ALMATY_HALF_PAST_MIDNIGHT)).toBe(
      '28.11.2026, 00:30',
    );
  });

  it('puts an instant near midnight on the day the collector counts it on, in every language', () => {
    const instants = [
      '2026-11-27T18:59:59.000Z',
      '2026-11-27T19:00:00.000Z',
      '2026-11-27T04:59:00.000Z',
      '2026-11-27T05:00:00.000Z',
      // Kazakhstan moved from UTC+6 to UTC+5 on 1 March 2024.
      '2024-02-29T17:59:00.000Z',
      '2024-02-29T18:00:00.000Z',
      '2024-02-29T18:59:00.000Z',
      '2024-02-29T19:00:00.000Z',
      // New York puts its clocks forward on 8 March 2026 and back on 1 November 2026.
      '2026-03-08T04:30:00.000Z',
      '2026-11-01T04:30:00.000Z',
      '2026-11-01T05:30:00.000Z',
    ];
    for (const zone of ['Asia/Almaty', 'Asia/Kathmandu', 'America/St_Johns', BROWSER_ZONE, 'UTC']) {
      const days = new LocalDays(zone);
      for (const language of ['kk', 'ru', 'en'] as const) {
        const fmt = formatter(language, zone);
        for (const instant of instants)
          expect(fmt.dateTime(instant), `${instant} in ${zone}, ${language}`).toContain(
            fmt.day(days.dayOf(instant)),
          );
      }
      const kazakh = kazakhWithoutLocaleData(zone);
      for (const instant of instants)
        expect(kazakh.dateTime(instant), `${instant} in ${zone}`).toContain(kazakh.day(days.dayOf(instant)));
    }
  });

  it('shows a calendar day as written, whatever the zones', () => {
    expect(formatter('en', 'Asia/Almaty').day('2026-11-28')).toBe('28 Nov 2026');
    expect(formatter('en', 'Pacific/Kiritimati').day('2026-11-28')).toBe('28 Nov 2026');
    expect(formatter('en', 'Asia/Almaty').shortDay('2026-11-28')).toBe('28 Nov');
  });

  it('says "UTC" when the browser does not know the zone or none is known yet, never showing the browser’s', () => {
    expect(formatter('en', 'Mars/Olympus_Mons').dateTime(ALMATY_HALF_PAST_MIDNIGHT)).toBe(
      '27 Nov 2026, 19:30 UTC',
    );
    expect(formatter('en').dateTime(ALMATY_HALF_PAST_MIDNIGHT)).toBe('27 Nov 2026, 19:30 UTC');
    expect(kazakhWithoutLocaleData('Mars/Olympus_Mons').dateTime(ALMATY_HALF_PAST_MIDNIGHT)).toBe(
      '27.11.2026, 19:30 UTC',
    );
  });

  it('keeps one formatter per language and zone', () => {
    expect(formatter('en', 'Asia/Almaty')).toBe(formatter('en', 'Asia/Almaty'));
    expect(formatter('en', 'Asia/Almaty')).not.toBe(formatter('en', 'Europe/London'));
  });
});
