/** Numbers, dates and durations in the dashboard's language, with Intl, so no format is hand-written. */
import type { DashboardLanguage } from '../translations/index.ts';

/** Kazakhstan's conventions for kk and ru; British English writes dates day-first like both. */
const LOCALES: Record<DashboardLanguage, string> = { kk: 'kk-KZ', ru: 'ru-KZ', en: 'en-GB' };

/** Formatters for one language. */
export interface Formatter {
  number(value: number, fractionDigits?: number): string;
  /** A share 0–1 as a whole percentage. */
  percent(share: number): string;
  /** A UTC calendar day `YYYY-MM-DD`. */
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

function makeFormatter(language: DashboardLanguage): Formatter {
  const locale = LOCALES[language];
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const shortDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const unit = (name: 'day' | 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: name,
      unitDisplay: 'long',
      maximumFractionDigits: 0,
    });
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
    duration: (seconds) => {
      if (seconds >= 86_400) return unit('day').format(Math.floor(seconds / 86_400));
      if (seconds >= 3_600) return unit('hour').format(Math.floor(seconds / 3_600));
      if (seconds >= 60) return unit('minute').format(Math.floor(seconds / 60));
      return unit('second').format(Math.max(1, Math.round(seconds)));
    },
  };
}
