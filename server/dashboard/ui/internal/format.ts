/** Numbers, dates and durations in the dashboard's language, with Intl, so no format is hand-written. */
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
  dateTime(iso: string): string;
  /** A length of time in its largest whole unit: "3 days", "5 hours", "2 minutes". */
  duration(seconds: number): string;
}

const cache = new Map<DashboardLanguage, Formatter>();

/** The formatters for a language (built once: Intl objects are costly to make, cheap to use). */
export function formatter(language: DashboardLanguage): Formatter {
  let made = cache.get(language);
  if (!made) {
    made = makeFormatter(language);
    cache.set(language, made);
  }
  return made;
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

function makeFormatter(language: DashboardLanguage): Formatter {
  if (language === 'kk' && !hasKazakhData()) return kazakhWithoutLocaleData();
  const locale = LOCALES[language];
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const shortDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
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
    dateTime: (iso) => dateTime.format(new Date(iso)),
    duration: (seconds) => largestUnit(seconds, unit),
  };
}

/**
 * Kazakh formats for a browser without Kazakh locale data: Kazakhstan's numeric conventions (1 234,5 and
 * 27.11.2026, which Intl's ru-KZ data shares and which need no month names) and Kazakh unit words.
 */
function kazakhWithoutLocaleData(): Formatter {
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
  const dateTime = new Intl.DateTimeFormat('ru-KZ', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const asDate = (d: string) => new Date(`${d}T00:00:00Z`);
  return {
    number: (value, fractionDigits = 0) => numbers(fractionDigits).format(value),
    percent: (share) => `${whole.format(Math.round(share * 100))}%`,
    day: (d) => day.format(asDate(d)),
    shortDay: (d) => shortDay.format(asDate(d)),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    duration: (seconds) =>
      largestUnit(seconds, (count, unit) => `${whole.format(count)} ${KAZAKH_UNITS[unit]}`),
  };
}
