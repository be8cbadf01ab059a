/**
 * FOC (firm order commitment) dates: the local date on which the number moves. A date is given as
 * YYYY-MM-DD, or as a full ISO timestamp whose date in the calendar's zone is meant.
 */
import { completionForFocDate, estimateFocDate, type BusinessCalendar } from './calendar.ts';
import { invalidField } from './validation.ts';

/** YYYY-MM-DD, or an ISO 8601 timestamp with its offset (`2026-12-01T15:00:00Z`). */
export const FOC_DATE_INPUT_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2}))?$';

/** The local date meant by `value` (throws validation_failed naming `field` when it is no date). */
export function focDateOf(field: string, value: string, cal: BusinessCalendar): string {
  if (value.length > 10) {
    const t = Date.parse(value);
    if (Number.isNaN(t)) throw invalidField(field, `is not a valid date or timestamp: ${value}`);
    return cal.localDate(new Date(t));
  }
  try {
    cal.isBusinessDay(value); // validates the date itself
  } catch {
    throw invalidField(field, 'is not a valid date (YYYY-MM-DD)');
  }
  return value;
}

/**
 * The desk confirms a FOC date: a business day whose transfer window (the first hours of the date,
 * TIMELINE.transferHours) has not already passed.
 */
export function assertDeskFocDate(field: string, date: string, now: Date, cal: BusinessCalendar): void {
  if (!cal.isBusinessDay(date)) throw invalidField(field, `${date} is not a business day`);
  if (completionForFocDate(cal, date) <= now) {
    throw invalidField(field, `${date} is too late: its transfer window has already passed (the earliest is ${earliestDeskFocDate(now, cal)})`);
  }
}

/** The first business day whose transfer window is still ahead. */
export function earliestDeskFocDate(now: Date, cal: BusinessCalendar): string {
  let date = cal.localDate(now);
  while (!cal.isBusinessDay(date) || completionForFocDate(cal, date) <= now) date = cal.addBusinessDaysToDate(date, 1);
  return date;
}

/** How far ahead a customer may ask for a FOC date (calendar days). */
export const MAX_REQUEST_DAYS = 30;

export interface FocWindow {
  /** The earliest FOC date of a submission made now (carrier review and authorization on the calendar). */
  earliest: string;
  /** The last day that may be asked for (30 days out), or the last business day before it. */
  latest: string;
  /** Every business day from earliest to latest. */
  dates: string[];
}

/** The FOC dates a customer may ask for with a submission made at `now`. */
export function focWindow(now: Date, cal: BusinessCalendar): FocWindow {
  const earliest = estimateFocDate(cal, now);
  const limit = addDays(cal.localDate(now), MAX_REQUEST_DAYS);
  const dates: string[] = [];
  for (let d = earliest; d <= limit; d = cal.addBusinessDaysToDate(d, 1)) dates.push(d);
  return { earliest, latest: dates.at(-1) ?? earliest, dates };
}

const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A requested FOC date: a business day in the window of a submission made now; the message names the earliest. */
export function assertRequestedFocDate(field: string, date: string, now: Date, cal: BusinessCalendar): void {
  focDateOf(field, date, cal); // a real date
  const w = focWindow(now, cal);
  if (!cal.isBusinessDay(date)) throw invalidField(field, `${date} is not a business day (the earliest allowed is ${w.earliest})`);
  if (date < w.earliest) throw invalidField(field, `${date} is too early: the earliest allowed is ${w.earliest}`);
  if (date > w.latest) throw invalidField(field, `${date} is too far out: the latest allowed is ${w.latest} (the earliest is ${w.earliest})`);
}

/** The FOC date a carrier confirms on approval: the later of the requested one and the earliest possible. */
export const confirmedFocDate = (requested: string | null, earliest: string): string => (requested && requested > earliest ? requested : earliest);
