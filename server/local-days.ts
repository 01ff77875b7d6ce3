// Calendar days in the agency's time zone (HEARD_TIME_ZONE): the days counters are kept by and date ranges
// mean. Intl knows the zone's rules; asking it costs microseconds, too much once per submission on the insert
// path, so the local day is remembered per UTC hour.

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Hours remembered before the cache starts afresh: over a year of live traffic, bounded memory for a rebuild. */
const MAX_CACHED_HOURS = 10_000;

/** The local day at the start of a UTC hour, and where within the hour it changes (if it does). */
interface Hour {
  before: string;
  after: string;
  /** The first millisecond of `after`; Infinity when the whole hour is one local day. */
  changesAt: number;
}

/** Whether `name` is a time zone this runtime knows (an IANA name such as `Asia/Almaty`, or `UTC`). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The `YYYY-MM-DD` day `days` after `day` (before, when negative): calendar arithmetic, no time zone. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The calendar days of one time zone: which day an instant falls on there, and the instant a day starts.
 * Days are `YYYY-MM-DD`; instants ISO 8601 in UTC (`…Z`), as the collector stores them.
 */
export class LocalDays {
  /** The zone's name as the runtime spells it (`asia/almaty` becomes `Asia/Almaty`). */
  readonly zone: string;
  private readonly wallClock: Intl.DateTimeFormat;
  private readonly hours = new Map<string, Hour>();

  /** Throws a RangeError for a zone the runtime does not know. */
  constructor(zone: string) {
    this.wallClock = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    this.zone = this.wallClock.resolvedOptions().timeZone;
  }

  /** The local day of an instant. Cheap: a map lookup once its UTC hour has been seen. */
  dayOf(instant: string): string {
    const iso = instant.endsWith('Z') ? instant : new Date(instant).toISOString();
    const key = iso.slice(0, 13);
    const hour = this.hours.get(key) ?? this.measure(key);
    return hour.changesAt === Infinity || Date.parse(iso) < hour.changesAt ? hour.before : hour.after;
  }

  /** Today's local day. */
  today(now: Date): string {
    return this.dayOf(now.toISOString());
  }

  /**
   * The first instant of a local day: its midnight, or where a gap (a clock put forward over midnight) ends;
   * of a midnight that occurs twice (a clock put back over it), the first.
   */
  startOf(day: string): string {
    const midnight = Date.parse(`${day}T00:00:00.000Z`);
    // A zone changes its offset at most once within a day of midnight: these are the two it can have there.
    const candidates = [midnight - DAY_MS, midnight + DAY_MS].map((near) => midnight - this.offsetAt(near));
    const exact = candidates.filter((at) => this.wallTime(at) === midnight);
    const start = exact.length > 0 ? Math.min(...exact) : (candidates[0] as number);
    return new Date(start).toISOString();
  }

  /** The received-time range of days `from`–`to` (inclusive): from the start of `from` to the start of the day after `to`. */
  range(from: string, to: string): { start: string; end: string } {
    return { start: this.startOf(from), end: this.startOf(addDays(to, 1)) };
  }

  /** The local wall-clock time of an instant, as milliseconds of the same reading in UTC (whole seconds). */
  private wallTime(at: number): number {
    const part: Record<string, number> = {};
    for (const { type, value } of this.wallClock.formatToParts(at)) part[type] = Number(value);
    return Date.UTC(
      part.year ?? 0,
      (part.month ?? 1) - 1,
      part.day ?? 1,
      part.hour ?? 0,
      part.minute ?? 0,
      part.second ?? 0,
    );
  }

  private offsetAt(at: number): number {
    const second = Math.floor(at / 1000) * 1000;
    return this.wallTime(second) - second;
  }

  private localDay(at: number): string {
    return new Date(this.wallTime(at)).toISOString().slice(0, 10);
  }

  /**
   * The local days of a UTC hour: at its start, at its last second, and where between them the day changes
   * (midnight in a zone offset by a fraction of an hour, or a clock change), found to the second.
   */
  private measure(key: string): Hour {
    const start = Date.parse(`${key}:00:00.000Z`);
    const before = this.localDay(start);
    const after = this.localDay(start + HOUR_MS - 1000);
    let changesAt = Infinity;
    if (after !== before) {
      let low = start; // on `before`
      let high = start + HOUR_MS - 1000; // on `after`
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (this.localDay(middle) === before) low = middle;
        else high = middle;
      }
      changesAt = high;
    }
    if (this.hours.size >= MAX_CACHED_HOURS) this.hours.clear();
    const hour = { before, after, changesAt };
    this.hours.set(key, hour);
    return hour;
  }
}
