// Business days and due dates for the regulators' clocks. Pure: a calendar (public and bank
// holidays from date-holidays, weekends) and a time zone in, ISO dates and instants out.
// regimes.ts says which clock runs under which rules; nothing here knows a regime.
import Holidays from 'date-holidays';
import { z } from 'zod';

/** A calendar date, `YYYY-MM-DD`, in the time zone of the calendar it belongs to. */
export type IsoDate = string;

/** Only these holiday types close a firm; date-holidays also lists observances, optional and school days. */
const CLOSING_HOLIDAY_TYPES = new Set(['public', 'bank']);

export interface BusinessCalendar {
  /** IANA time zone in which days start and end (and in which dates are shown). */
  readonly timeZone: string;
  /** Monday to Friday and not a public or bank holiday. */
  isBusinessDay(date: IsoDate): boolean;
}

const knownCountries = Object.keys(new Holidays().getCountries());

export const CalendarConfigSchema = z
  .object({
    /** ISO 3166-1 alpha-2 country whose public and bank holidays count. */
    country: z.string().refine((country) => knownCountries.includes(country), { error: (issue) => `Unknown holiday calendar country "${issue.input}"` }),
    /** A state or region of that country in date-holidays' codes, e.g. ENG, SCT, NIR for GB. */
    region: z.string().optional(),
    timeZone: z.string().refine(isTimeZone, { error: (issue) => `Unknown IANA time zone "${issue.input}"` }),
  })
  .strict()
  .superRefine((calendar, ctx) => {
    // date-holidays silently falls back to the whole country for a region it does not know.
    const regions = Object.keys(new Holidays().getStates(calendar.country) ?? {});
    if (calendar.region !== undefined && !regions.includes(calendar.region)) {
      ctx.addIssue({
        code: 'custom',
        path: ['region'],
        message: `Unknown region "${calendar.region}" for ${calendar.country}; known: ${regions.join(', ') || 'none'}`,
      });
    }
  });
export type CalendarConfig = z.infer<typeof CalendarConfigSchema>;

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const calendars = new Map<string, BusinessCalendar>();

/** A calendar from date-holidays; one per configuration, and each year's closing holidays are read once. */
export function createBusinessCalendar(config: CalendarConfig): BusinessCalendar {
  const key = `${config.country}/${config.region ?? ''}/${config.timeZone}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = buildCalendar(config);
    calendars.set(key, calendar);
  }
  return calendar;
}

function buildCalendar(config: CalendarConfig): BusinessCalendar {
  const holidays = config.region ? new Holidays(config.country, config.region) : new Holidays(config.country);
  const closedByYear = new Map<number, Set<IsoDate>>();
  const closedIn = (year: number): Set<IsoDate> => {
    let closed = closedByYear.get(year);
    if (!closed) {
      closed = new Set();
      for (const holiday of holidays.getHolidays(year)) {
        if (!CLOSING_HOLIDAY_TYPES.has(holiday.type)) continue;
        // `date` is the local start date; a holiday may last more than one day.
        const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
        for (let i = 0; i < days; i++) closed.add(addCalendarDays(holiday.date.slice(0, 10), i));
      }
      closedByYear.set(year, closed);
    }
    return closed;
  };
  return {
    timeZone: config.timeZone,
    isBusinessDay: (date) => {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      return weekday !== 0 && weekday !== 6 && !closedIn(Number(date.slice(0, 4))).has(date);
    },
  };
}

export function isBusinessDay(calendar: BusinessCalendar, date: IsoDate): boolean {
  return calendar.isBusinessDay(date);
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The `days`-th business day after `date`; `date` itself is never counted. */
export function addBusinessDays(calendar: BusinessCalendar, date: IsoDate, days: number): IsoDate {
  let current = date;
  for (let counted = 0; counted < days; ) {
    current = addCalendarDays(current, 1);
    if (calendar.isBusinessDay(current)) counted++;
  }
  return current;
}

export function nextBusinessDay(calendar: BusinessCalendar, date: IsoDate): IsoDate {
  return addBusinessDays(calendar, date, 1);
}

/**
 * Adds calendar months as Regulation 1182/71 Art 3(2)(c) does: the period ends on the same date
 * in the last month as the day it runs from or, where that month has no such date, on its last day
 * (31 Dec + 2 months = 28/29 Feb; 31 Jan + 2 months = 31 Mar).
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const lastDayOfTarget = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDayOfTarget))).toISOString().slice(0, 10);
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** The local date and seconds since local midnight of an instant in a time zone. */
export function localTime(instant: Date, timeZone: string): { date: IsoDate; secondsOfDay: number } {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClockFormats.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${part.year}-${part.month}-${part.day}`, secondsOfDay: Number(part.hour) * 3600 + Number(part.minute) * 60 + Number(part.second) };
}

/** The instant local midnight begins `date` in `timeZone` (DST-safe: offsets are read at the instant itself). */
export function startOfDay(date: IsoDate, timeZone: string): Date {
  const asUtc = Date.parse(`${date}T00:00:00Z`);
  const offsetAt = (instant: number) => {
    const local = localTime(new Date(instant), timeZone);
    return Date.parse(`${local.date}T00:00:00Z`) + local.secondsOfDay * 1000 - Math.floor(instant / 1000) * 1000;
  };
  const firstGuess = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(firstGuess));
}

/** The last millisecond of `date` in `timeZone`: "the expiry of the last hour" of the day. */
export function endOfDay(date: IsoDate, timeZone: string): Date {
  return new Date(startOfDay(addCalendarDays(date, 1), timeZone).getTime() - 1);
}

/** The length of a clock, in the unit its rule states it (business days, weeks, calendar months, hours). */
export type ClockPeriod =
  | { readonly unit: 'business-days'; readonly count: number }
  | { readonly unit: 'weeks'; readonly count: number }
  | { readonly unit: 'months'; readonly count: number }
  | { readonly unit: 'hours'; readonly count: number };

/**
 * How receipt is dated. `cutOffSeconds` (UK): a complaint received after that local time, or on a
 * non-business day, is received on the next business day. Without it (EU, 1182/71 Art 3(1)) the
 * period runs from the day of the event, whatever day that is. Either way that day is not counted.
 * `rollToWorkingDay` (1182/71 Art 3(4)): a period that would end on a Saturday, Sunday or holiday
 * ends with the next working day.
 */
export interface CountingRules {
  readonly calendar: BusinessCalendar;
  readonly cutOffSeconds?: number;
  readonly rollToWorkingDay: boolean;
}

export interface DueDate {
  /** The last day to answer, in the calendar's time zone. */
  readonly date: IsoDate;
  /** The last instant to answer (end of that local day, or receipt + hours for an hours clock). */
  readonly endsAt: Date;
}

/** The day a period runs from, under the rules' receipt dating. */
export function receiptDate(rules: CountingRules, receivedAt: Date): IsoDate {
  const { calendar, cutOffSeconds } = rules;
  const local = localTime(receivedAt, calendar.timeZone);
  if (cutOffSeconds === undefined) return local.date;
  if (!calendar.isBusinessDay(local.date) || local.secondsOfDay > cutOffSeconds) return nextBusinessDay(calendar, local.date);
  return local.date;
}

export function dueDate(period: ClockPeriod, receivedAt: Date, rules: CountingRules): DueDate {
  const { calendar } = rules;
  if (period.unit === 'hours') {
    // House time frames are a promise in hours from the moment of receipt, not a legal period.
    const endsAt = new Date(receivedAt.getTime() + period.count * 3_600_000);
    return { date: localTime(endsAt, calendar.timeZone).date, endsAt };
  }
  const from = receiptDate(rules, receivedAt);
  let date =
    period.unit === 'business-days'
      ? addBusinessDays(calendar, from, period.count)
      : period.unit === 'weeks'
        ? addCalendarDays(from, 7 * period.count)
        : addCalendarMonths(from, period.count);
  if (rules.rollToWorkingDay) while (!calendar.isBusinessDay(date)) date = addCalendarDays(date, 1);
  return { date, endsAt: endOfDay(date, calendar.timeZone) };
}
