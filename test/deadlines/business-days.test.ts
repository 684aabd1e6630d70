// Business days and due dates on real calendars: England & Wales (GB/ENG) and Ireland (IE), from
// date-holidays. Each expected date was counted by hand against the published bank holidays.
import { describe, expect, it } from '@jest/globals';
import {
  addBusinessDays,
  addCalendarMonths,
  type CountingRules,
  createBusinessCalendar,
  dueDate,
  endOfDay,
  isBusinessDay,
  receiptDate,
  startOfDay,
} from '../../functions/domain/deadlines/business-days';
import { countingRulesFor, DeadlineCalendarsSchema } from '../../functions/domain/deadlines/regimes';

const calendars = DeadlineCalendarsSchema.parse({});
const england = createBusinessCalendar(calendars.uk);
const ireland = createBusinessCalendar(calendars.eu);
const uk: CountingRules = countingRulesFor('uk', calendars);
const eu: CountingRules = countingRulesFor('eu', calendars);
const fifteenBusinessDays = { unit: 'business-days', count: 15 } as const;

describe('England & Wales calendar', () => {
  it.each([
    ['2026-12-24', true, 'Thursday before Christmas'],
    ['2026-12-25', false, 'Christmas Day, Friday'],
    ['2026-12-26', false, 'Boxing Day, Saturday'],
    ['2026-12-28', false, 'Boxing Day substitute, Monday'],
    ['2026-12-29', true, 'first working day after Christmas'],
    ['2027-01-01', false, "New Year's Day"],
    ['2027-03-26', false, 'Good Friday'],
    ['2027-03-28', false, 'Easter Sunday (a Sunday; observance only)'],
    ['2027-03-29', false, 'Easter Monday'],
    ['2027-03-07', false, "Mother's Day is an observance, but a Sunday"],
    ['2027-06-21', true, "the day after Father's Day (observances never close a day)"],
    ['2027-08-30', false, 'Summer bank holiday'],
  ])('%s is a business day: %s (%s)', (date, expected) => {
    expect(isBusinessDay(england, date)).toBe(expected);
  });

  it('counts Christmas to New Year 2026/27 with the substitute day, never counting the start day', () => {
    // Prepare: 25 Dec (Fri), 26 Dec (Sat, substitute Mon 28), 1 Jan (Fri) are closed.
    // Act and Assess
    expect(addBusinessDays(england, '2026-12-24', 1)).toBe('2026-12-29');
    expect(addBusinessDays(england, '2026-12-24', 3)).toBe('2026-12-31');
    expect(addBusinessDays(england, '2026-12-24', 4)).toBe('2027-01-04');
  });

  it('counts over Easter 2027 (Good Friday 26 Mar, Easter Monday 29 Mar)', () => {
    expect(addBusinessDays(england, '2027-03-25', 1)).toBe('2027-03-30');
    expect(addBusinessDays(england, '2027-03-25', 3)).toBe('2027-04-01');
  });

  it('knows Scotland differs when the region is configured (2 Jan 2027 is a Saturday; substitute Mon 4 Jan)', () => {
    const scotland = createBusinessCalendar(DeadlineCalendarsSchema.parse({ uk: { region: 'SCT' } }).uk);
    expect(isBusinessDay(england, '2027-01-04')).toBe(true);
    expect(isBusinessDay(scotland, '2027-01-04')).toBe(false);
  });
});

describe('Ireland calendar (EU default)', () => {
  it.each([
    ['2026-12-28', false, "St Stephen's Day substitute"],
    ['2027-02-01', false, "St Brigid's Day"],
    ['2027-03-17', false, "St Patrick's Day"],
    ['2027-03-26', false, 'Good Friday (a bank holiday in Ireland, counted)'],
    ['2027-08-02', false, 'August bank holiday'],
    ['2027-08-30', true, 'not a holiday in Ireland'],
  ])('%s is a business day: %s (%s)', (date, expected) => {
    expect(isBusinessDay(ireland, date)).toBe(expected);
  });
});

describe('UK receipt: after 17:00 Europe/London or on a non-business day counts from the next business day', () => {
  it.each([
    // Late October: clocks go back on Sun 25 Oct 2026; Friday 23 Oct is still BST (UTC+1).
    ['2026-10-23T15:59:00Z', '2026-10-23', '2026-11-13', 'Fri 16:59 BST'],
    ['2026-10-23T16:01:00Z', '2026-10-26', '2026-11-16', 'Fri 17:01 BST (16:01 UTC, before 17:00 in UTC)'],
    // Late March: clocks go forward on Sun 28 Mar 2027 (Easter Sunday); Tue 30 Mar is BST.
    ['2027-03-30T15:59:00Z', '2027-03-30', '2027-04-20', 'Tue 16:59 BST'],
    ['2027-03-30T16:01:00Z', '2027-03-31', '2027-04-21', 'Tue 17:01 BST'],
    // Winter time: London is UTC.
    ['2027-01-12T16:59:00Z', '2027-01-12', '2027-02-02', 'Tue 16:59 GMT'],
    ['2027-01-12T17:01:00Z', '2027-01-13', '2027-02-03', 'Tue 17:01 GMT'],
    ['2026-12-26T10:00:00Z', '2026-12-29', '2027-01-20', 'Boxing Day (Saturday)'],
  ])('received %s → counted from %s, 15 business days → %s (%s)', (receivedAt, from, due) => {
    expect(receiptDate(uk, new Date(receivedAt))).toBe(from);
    expect(dueDate(fifteenBusinessDays, new Date(receivedAt), uk).date).toBe(due);
  });

  it('ends the day at local midnight, whatever the offset', () => {
    expect(dueDate(fifteenBusinessDays, new Date('2026-10-23T15:59:00Z'), uk).endsAt.toISOString()).toBe('2026-11-13T23:59:59.999Z');
    expect(dueDate(fifteenBusinessDays, new Date('2027-03-30T15:59:00Z'), uk).endsAt.toISOString()).toBe('2027-04-20T22:59:59.999Z');
  });
});

describe('EU receipt (1182/71 Art 3(1)): the day of the event is not counted, whatever day it is', () => {
  it('counts PSD2 15 business days from Christmas Eve 2026 in Ireland', () => {
    expect(dueDate(fifteenBusinessDays, new Date('2026-12-24T18:30:00Z'), eu).date).toBe('2027-01-19');
  });
});

describe('days and DST changes in Europe/London', () => {
  it.each([
    ['2027-03-28', '2027-03-28T00:00:00.000Z', '2027-03-28T22:59:59.999Z'],
    ['2026-10-25', '2026-10-24T23:00:00.000Z', '2026-10-25T23:59:59.999Z'],
    ['2027-01-12', '2027-01-12T00:00:00.000Z', '2027-01-12T23:59:59.999Z'],
  ])('%s starts at %s and ends at %s', (date, start, end) => {
    expect(startOfDay(date, 'Europe/London').toISOString()).toBe(start);
    expect(endOfDay(date, 'Europe/London').toISOString()).toBe(end);
  });
});

describe('calendar months (1182/71 Art 3(2)(c)): the same date, or the last day of a shorter month', () => {
  it.each([
    ['2027-01-31', 2, '2027-03-31'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2027-12-31', 2, '2028-02-29'],
    ['2027-01-15', 2, '2027-03-15'],
    ['2027-11-30', 2, '2028-01-30'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addCalendarMonths(from, months)).toBe(expected);
  });
});
