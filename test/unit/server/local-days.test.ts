import { describe, expect, it } from 'vitest';
import { addDays, isTimeZone, LocalDays } from '../../../server/local-days.ts';

/** The local day of an instant straight from Intl, without the per-hour cache (en-CA writes YYYY-MM-DD). */
const reference = (zone: string) => {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (at: number) => format.format(at);
};

const MINUTE = 60_000;

describe('LocalDays in Asia/Almaty (UTC+5)', () => {
  const almaty = new LocalDays('Asia/Almaty');

  it('puts 20:30 UTC on the next local day, and local midnight at 19:00 UTC', () => {
    expect(almaty.dayOf('2026-11-27T20:30:00.000Z')).toBe('2026-11-28');
    expect(almaty.dayOf('2026-11-27T18:59:59.999Z')).toBe('2026-11-27');
    expect(almaty.dayOf('2026-11-27T19:00:00.000Z')).toBe('2026-11-28');
    expect(almaty.startOf('2026-11-28')).toBe('2026-11-27T19:00:00.000Z');
    expect(almaty.range('2026-11-01', '2026-11-30')).toEqual({
      start: '2026-10-31T19:00:00.000Z',
      end: '2026-11-30T19:00:00.000Z',
    });
    expect(almaty.today(new Date('2026-12-31T19:00:00.000Z'))).toBe('2027-01-01');
  });

  it('knows Kazakhstan moved from UTC+6 to UTC+5 on 1 March 2024', () => {
    expect(almaty.startOf('2024-02-01')).toBe('2024-01-31T18:00:00.000Z');
    expect(almaty.startOf('2024-03-02')).toBe('2024-03-01T19:00:00.000Z');
  });
});

describe('LocalDays across clock changes', () => {
  it('gives Europe/Berlin a 23-hour day in March and a 25-hour day in October', () => {
    const berlin = new LocalDays('Europe/Berlin');
    // 2026-03-29: 02:00 CET becomes 03:00 CEST at 01:00 UTC.
    expect(berlin.dayOf('2026-03-28T22:59:59.999Z')).toBe('2026-03-28');
    expect(berlin.dayOf('2026-03-28T23:00:00.000Z')).toBe('2026-03-29');
    expect(berlin.dayOf('2026-03-29T00:59:59.999Z')).toBe('2026-03-29');
    expect(berlin.dayOf('2026-03-29T01:00:00.000Z')).toBe('2026-03-29');
    expect(berlin.dayOf('2026-03-29T21:59:59.999Z')).toBe('2026-03-29');
    expect(berlin.dayOf('2026-03-29T22:00:00.000Z')).toBe('2026-03-30');
    expect(berlin.range('2026-03-29', '2026-03-29')).toEqual({
      start: '2026-03-28T23:00:00.000Z',
      end: '2026-03-29T22:00:00.000Z',
    });
    // 2026-10-25: 03:00 CEST becomes 02:00 CET at 01:00 UTC.
    expect(berlin.range('2026-10-25', '2026-10-25')).toEqual({
      start: '2026-10-24T22:00:00.000Z',
      end: '2026-10-25T23:00:00.000Z',
    });
    expect(berlin.dayOf('2026-10-25T22:59:59.999Z')).toBe('2026-10-25');
    expect(berlin.dayOf('2026-10-25T23:00:00.000Z')).toBe('2026-10-26');
  });

  it('starts a day at the end of a gap over midnight, and at the first of a midnight that comes twice', () => {
    const santiago = new LocalDays('America/Santiago');
    // 2026-09-06: 00:00 -04 becomes 01:00 -03, so the day starts at 01:00 local.
    expect(santiago.startOf('2026-09-06')).toBe('2026-09-06T04:00:00.000Z');
    expect(santiago.dayOf('2026-09-06T03:59:59.999Z')).toBe('2026-09-05');
    // 2026-04-05: 00:00 -03 becomes 23:00 -04 on the 4th, which then has 25 hours.
    expect(santiago.range('2026-04-04', '2026-04-04')).toEqual({
      start: '2026-04-04T03:00:00.000Z',
      end: '2026-04-05T04:00:00.000Z',
    });
    const havana = new LocalDays('America/Havana');
    // 2026-11-01: 01:00 CDT becomes 00:00 CST, so midnight comes twice; the day starts at the first.
    expect(havana.startOf('2026-11-01')).toBe('2026-11-01T04:00:00.000Z');
  });

  // Every minute of the weeks around each zone's clock changes (and a half-hour zone's midnight, which falls
  // inside a UTC hour): the cached day is Intl's, and it lies within the range its day's bounds give.
  it.each([
    ['Europe/Berlin', ['2026-03-26', '2026-10-22']],
    ['America/New_York', ['2026-03-05', '2026-10-29']],
    ['America/St_Johns', ['2026-03-05', '2026-10-29']],
    ['Australia/Lord_Howe', ['2026-04-02', '2026-10-01']],
    ['America/Santiago', ['2026-04-02', '2026-09-03']],
    ['Asia/Kolkata', ['2026-11-25']],
    ['Asia/Almaty', ['2024-02-27']],
  ])('%s: every minute counts on the day Intl gives, within that day’s range', (zone, weeks) => {
    const days = new LocalDays(zone);
    const expected = reference(zone);
    const ranges = new Map<string, { start: string; end: string }>();
    for (const week of weeks) {
      const from = Date.parse(`${week}T00:00:00.000Z`);
      for (let at = from; at < from + 7 * 86_400_000; at += MINUTE) {
        const instant = new Date(at).toISOString();
        const day = days.dayOf(instant);
        expect(day, instant).toBe(expected(at));
        const { start, end } = ranges.get(day) ?? days.range(day, day);
        ranges.set(day, { start, end });
        expect(start <= instant && instant < end, `${instant} in ${day} [${start}, ${end})`).toBe(true);
      }
    }
  });
});

describe('time zone names', () => {
  it('accepts IANA names in any case and UTC, spelled as the runtime spells them; refuses the rest', () => {
    expect(new LocalDays('asia/almaty').zone).toBe('Asia/Almaty');
    expect(new LocalDays('Etc/UTC').zone).toBe('UTC');
    for (const name of ['Asia/Almaty', 'UTC', 'Europe/Berlin']) expect(isTimeZone(name)).toBe(true);
    for (const name of ['Asia/Almati', 'UTC+5', 'local', '']) expect(isTimeZone(name)).toBe(false);
    expect(() => new LocalDays('Asia/Almati')).toThrow(RangeError);
  });

  it('adds days on the calendar, across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
