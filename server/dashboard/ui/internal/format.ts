/**
 * Numbers, dates and durations in the dashboard's language, with Intl, so no format is hand-written. Times of
 * day are the agency's (the collector's HEARD_TIME_ZONE, from `GET /me`), never the browser's: an official
 * abroad must see a submission on the same day the counters and the date filter put it on.
 */
import type { DashboardLanguage } from '../translations/index.ts';

/** Kazakhstan's conventions for kk and ru; British English writes dates day-first like both. */
const LOCALES: Record<DashboardLanguage, string> = { kk: 'kk-KZ', ru: 'ru-KZ', en: 'en-GB' };

/** Formatters for one language. */
export interface Formatter {
  number(value: number, fractionDigits?: number): string;
  /** A share 0–1 as a whole percentage. */
  percent(share: number): string;
  /** A calendar day `YYYY-MM-DD` (formatted as written: days are the collector's, not the browser's). */
  day(day: string): string;
  /** A short day for chart axes. */
  shortDay(day: string): string;
  /**
   * An instant (ISO 8601) as date and time of day in the agency's time zone. Its date is the local day the
   * collector counts the instant on. Where the browser does not know the zone (or none was given), in UTC,
   * marked "UTC".
   */
  dateTime(iso: string): string;
  /** A length of time in its largest whole unit: "3 days", "5 hours", "2 minutes". */
  duration(seconds: number): string;
}

const cache = new Map<string, Formatter>();

/**
 * The formatters for a language and the agency's time zone (an IANA name, `Me.timeZone`), built once: Intl
 * objects are costly to make, cheap to use.
 */
export function formatter(language: DashboardLanguage, timeZone?: string): Formatter {
  const key = `${language} ${timeZone ?? ''}`;
  let made = cache.get(key);
  if (!made) {
    made =
      language === 'kk' && !hasKazakhData()
        ? kazakhWithoutLocaleData(timeZone)
        : makeFormatter(language, timeZone);
    cache.set(key, made);
  }
  return made;
}

/**
 * Date and time of day in `timeZone`. A browser whose time-zone data lacks the zone (older than the
 * collector's) formats in UTC and says so, rather than failing or passing the browser's zone off as the agency's.
 */
function wallClock(locale: string, options: Intl.DateTimeFormatOptions, timeZone: string | undefined) {
  if (timeZone) {
    try {
      const format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
      return (iso: string) => format.format(new Date(iso));
    } catch {
      // An unknown zone: UTC below.
    }
  }
  const utc = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return (iso: string) => `${utc.format(new Date(iso))} UTC`;
}

/** Kazakh unit words; Kazakh keeps the noun singular after a number. */
const KAZAKH_UNITS = { day: 'күн', hour: 'сағат', minute: 'минут', second: 'секунд' } as const;

/**
 * Whether this browser's Intl really has Kazakh data. Some builds (Debian's Chromium among them) claim
 * `kk` but format with the root locale: "2026 M11 27", "3 days".
 */
function hasKazakhData(): boolean {
  return new Intl.NumberFormat('kk-KZ', { style: 'unit', unit: 'day', unitDisplay: 'long' })
    .format(2)
    .includes(KAZAKH_UNITS.day);
}

/** A duration in its largest whole unit, from a function that names `count` of `unit`. */
function largestUnit(seconds: number, name: (count: number, unit: keyof typeof KAZAKH_UNITS) => string) {
  if (seconds >= 86_400) return name(Math.floor(seconds / 86_400), 'day');
  if (seconds >= 3_600) return name(Math.floor(seconds / 3_600), 'hour');
  if (seconds >= 60) return name(Math.floor(seconds / 60), 'minute');
  return name(Math.max(1, Math.round(seconds)), 'second');
}

function makeFormatter(language: DashboardLanguage, timeZone: string | undefined): Formatter {
  const locale = LOCALES[language];
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const shortDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const dateTime = wallClock(locale, { dateStyle: 'medium', timeStyle: 'short' }, timeZone);
  const units = new Map<string, Intl.NumberFormat>();
  const unit = (count: number, name: keyof typeof KAZAKH_UNITS) => {
    let format = units.get(name);
    if (!format) {
      format = new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' });
      units.set(name, format);
    }
    return format.format(count);
  };
  const asDate = (d: string) => new Date(`${d}T00:00:00Z`);
  return {
    number: (value, fractionDigits = 0) =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      }).format(value),
    percent: (share) => percent.format(share),
    day: (d) => day.format(asDate(d)),
    shortDay: (d) => shortDay.format(asDate(d)),
    dateTime,
    duration: (seconds) => largestUnit(seconds, unit),
  };
}

/**
 * Kazakh formats for a browser without Kazakh locale data: Kazakhstan's numeric conventions (1 234,5 and
 * 27.11.2026, which Intl's ru-KZ data shares and which need no month names) and Kazakh unit words. Exported for
 * tests, which run where Intl has Kazakh data.
 */
export function kazakhWithoutLocaleData(timeZone: string | undefined): Formatter {
  const numbers = (fractionDigits: number) =>
    new Intl.NumberFormat('ru-KZ', {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
  const whole = numbers(0);
  const day = new Intl.DateTimeFormat('ru-KZ', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const shortDay = new Intl.DateTimeFormat('ru-KZ', { day: '2-digit', month: '2-digit', timeZone: 'UTC' });
  const dateTime = wallClock(
    'ru-KZ',
    { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' },
    timeZone,
  );
  const asDate = (d: string) => new Date(`${d}T00:00:00Z`);
  return {
    number: (value, fractionDigits = 0) => numbers(fractionDigits).format(value),
    percent: (share) => `${whole.format(Math.round(share * 100))}%`,
    day: (d) => day.format(asDate(d)),
    shortDay: (d) => shortDay.format(asDate(d)),
    dateTime,
    duration: (seconds) =>
      largestUnit(seconds, (count, unit) => `${whole.format(count)} ${KAZAKH_UNITS[unit]}`),
  };
}
