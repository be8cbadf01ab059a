import Holidays from 'date-holidays';

/**
 * US business-day calendar in one IANA time zone. Pure: every answer depends only on the arguments
 * (the holiday cache below is memoization, not state). Weekends and US federal public holidays,
 * including observed substitute days, are not business days.
 */
export interface BusinessCalendar {
  readonly timeZone: string;
  /** Local calendar date (YYYY-MM-DD) of an instant in the calendar's zone. */
  localDate(at: Date): string;
  isBusinessDay(localDate: string): boolean;
  /** The instant n business days after `at`: step forward one local day at a time, counting only business days, keeping the local wall-clock time of day (DST-correct). n=0 returns `at`. Starting on a non-business day is fine: Saturday + 1 = Monday (if Monday is a business day). */
  addBusinessDays(at: Date, n: number): Date;
  /** Local date string n business days after the local date (same stepping rule). */
  addBusinessDaysToDate(localDate: string, n: number): string;
  /** The instant at which a local date starts (00:00 local time in the zone), DST-correct. */
  startOfLocalDate(localDate: string): Date;
}

/** The porting timeline (constants): carrier review up to 2 business days, authorization up to 3 more, network transfer up to 6 hours after the FOC date's start. */
export const TIMELINE = { reviewBusinessDays: 2, authorizationBusinessDays: 3, transferHours: 6 } as const;

const DAY_MS = 86_400_000;

// Holidays are local dates, so they are shared by every zone. Building them is slow: once per year.
let usHolidays: Holidays | undefined;
const holidaysByYear = new Map<number, ReadonlySet<string>>();

function publicHolidays(year: number): ReadonlySet<string> {
  let set = holidaysByYear.get(year);
  if (!set) {
    usHolidays ??= new Holidays('US');
    // `date` is 'YYYY-MM-DD hh:mm:ss' in the country's local time; observed days fall in the year they occur.
    set = new Set(usHolidays.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    holidaysByYear.set(year, set);
  }
  return set;
}

/** Parses a strict YYYY-MM-DD that names a real calendar date, as a UTC-midnight epoch; RangeError otherwise. */
function parseLocalDate(localDate: string): number {
  const t = /^\d{4}-\d{2}-\d{2}$/.test(localDate) ? Date.parse(`${localDate}T00:00:00Z`) : NaN;
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== localDate) {
    throw new RangeError(`Invalid local date: ${JSON.stringify(localDate)} (expected YYYY-MM-DD)`);
  }
  return t;
}

const formatDate = (utcMidnight: number): string => new Date(utcMidnight).toISOString().slice(0, 10);

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Business-day count must be a non-negative integer, got ${n}`);
}

/** Throws RangeError on an invalid zone. `timeZone` is the zone's canonical name as Intl resolves it. */
export function createBusinessCalendar(timeZone = 'America/New_York'): BusinessCalendar {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });

  /** Local wall clock of an instant, encoded as if it were UTC (so date/time arithmetic is plain math). */
  function formatWallClock(t: number): number {
    const p: Record<string, number> = {};
    for (const { type, value } of fmt.formatToParts(t)) p[type] = Number(value);
    const ms = ((t % 1000) + 1000) % 1000;
    return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!, ms);
  }

  // formatToParts is slow (it was a tenth of a submission's CPU). Zone offsets change only on
  // quarter-hour boundaries, so the offset is memoized per quarter hour.
  const QUARTER_HOUR = 900_000;
  const offsets = new Map<number, number>();
  function offsetAt(t: number): number {
    const bucket = Math.floor(t / QUARTER_HOUR);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      offset = formatWallClock(bucket * QUARTER_HOUR) - bucket * QUARTER_HOUR;
      if (offsets.size >= 100_000) offsets.clear();
      offsets.set(bucket, offset);
    }
    return offset;
  }
  const wallClock = (t: number): number => t + offsetAt(t);

  /**
   * The instant showing a given wall clock. Zones change offset at most once around a date, so the
   * offsets a day either side are the only candidates. Ambiguous times (fall back) take the earlier
   * instant; skipped times (spring forward, or zones whose midnight is skipped) move forward by the
   * gap, so a day's start is its first existing instant (same policy as Temporal's 'compatible').
   */
  function instantOf(wall: number): number {
    const before = offsetAt(wall - DAY_MS);
    const after = offsetAt(wall + DAY_MS);
    const valid = [wall - before, wall - after].filter((t) => offsetAt(t) === wall - t);
    return valid.length > 0 ? Math.min(...valid) : wall - before;
  }

  /** Local date (as UTC midnight) `n` business days after `start`. */
  function countBusinessDays(start: number, n: number): number {
    let day = start;
    for (let counted = 0; counted < n; ) {
      day += DAY_MS;
      if (isBusinessDay(formatDate(day))) counted++;
    }
    return day;
  }

  // Memoized per (start date, n): every submission asks the same few questions of the same day.
  const stepped = new Map<string, number>();
  function stepBusinessDays(start: number, n: number): number {
    const key = `${start}:${n}`;
    let day = stepped.get(key);
    if (day === undefined) {
      day = countBusinessDays(start, n);
      if (stepped.size >= 10_000) stepped.clear();
      stepped.set(key, day);
    }
    return day;
  }

  // Memoized per local date (pure: depends only on the date and the zone).
  const dayStarts = new Map<string, number>();
  function startOfLocalDate(localDate: string): number {
    let start = dayStarts.get(localDate);
    if (start === undefined) {
      start = instantOf(parseLocalDate(localDate));
      if (dayStarts.size >= 10_000) dayStarts.clear();
      dayStarts.set(localDate, start);
    }
    return start;
  }

  function isBusinessDay(localDate: string): boolean {
    const t = parseLocalDate(localDate);
    const weekday = new Date(t).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !publicHolidays(new Date(t).getUTCFullYear()).has(localDate);
  }

  return {
    timeZone: fmt.resolvedOptions().timeZone,
    localDate: (at) => formatDate(wallClock(at.getTime())),
    isBusinessDay,
    addBusinessDays(at, n) {
      assertCount(n);
      // n=0 is `at` itself: re-resolving its wall clock could pick the other instant of an ambiguous hour.
      if (n === 0) return new Date(at.getTime());
      const wall = wallClock(at.getTime());
      const timeOfDay = ((wall % DAY_MS) + DAY_MS) % DAY_MS;
      return new Date(instantOf(stepBusinessDays(wall - timeOfDay, n) + timeOfDay));
    },
    addBusinessDaysToDate(localDate, n) {
      assertCount(n);
      return formatDate(stepBusinessDays(parseLocalDate(localDate), n));
    },
    startOfLocalDate: (localDate) => new Date(startOfLocalDate(localDate)),
  };
}

/** FOC date (YYYY-MM-DD local) estimated for a port submitted (or resubmitted) at `at`: localDate(addBusinessDays(at, review + authorization)). */
export function estimateFocDate(cal: BusinessCalendar, at: Date): string {
  return cal.localDate(cal.addBusinessDays(at, TIMELINE.reviewBusinessDays + TIMELINE.authorizationBusinessDays));
}

/** Estimated completion instant for a given FOC date: startOfLocalDate(focDate) + transferHours. */
export function completionForFocDate(cal: BusinessCalendar, focDate: string): Date {
  return new Date(cal.startOfLocalDate(focDate).getTime() + TIMELINE.transferHours * 3_600_000);
}
