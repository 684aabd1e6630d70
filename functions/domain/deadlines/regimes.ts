// The regulators' complaint regimes Redress knows, the clocks each one starts on a complaint, and
// which regimes cover a case. Every figure cites its row of shared/REGULATION.md. Not yet wired
// into RedressConfigSchema or the workflow: a case's clocks will be computed when it is classified.
import Holidays from 'date-holidays';
import { z } from 'zod';
import { CATEGORIES, type Category } from '../classification/types';
import {
  type BusinessCalendar,
  type ClockPeriod,
  CalendarConfigSchema,
  type CountingRules,
  createBusinessCalendar,
  type DueDate,
  dueDate,
} from './business-days';

export const REGIME_IDS = ['eu-mica', 'eu-psd2', 'uk-disp', 'uk-disp-payments', 'house'] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

/** Rows of REGULATION.md that regimes cite, with the text they come from. */
export const REGULATION_ROWS = {
  M3: 'Del. Reg. (EU) 2025/294 Art 4',
  M4: 'Del. Reg. (EU) 2025/294 Art 6',
  P1: 'Dir. (EU) 2015/2366 Art 101(2)',
  U1: 'FCA DISP 1.6.1R',
  U2: 'FCA DISP 1.5.1R, 1.5.4R',
  U3: 'FCA DISP 1.6.2R',
  U4: 'FCA DISP 1.6.2AR',
  EU_PERIODS: 'Regulation (EEC, Euratom) 1182/71 Art 3',
} as const;
export type RegulationRow = keyof typeof REGULATION_ROWS;

export type ClockName = 'summary-resolution' | 'final-response' | 'final-response-after-holding';

export interface RegimeClock {
  readonly name: ClockName;
  readonly period: ClockPeriod;
  readonly sources: readonly RegulationRow[];
}

/** Whose calendar and receipt rules a regime counts with. */
export type Jurisdiction = 'eu' | 'uk' | 'house';

export interface Regime {
  readonly id: RegimeId;
  readonly jurisdiction: Jurisdiction;
  readonly clocks: readonly RegimeClock[];
  readonly sources: readonly RegulationRow[];
}

const REGULATED: Record<Exclude<RegimeId, 'house'>, Regime> = {
  'eu-mica': {
    id: 'eu-mica',
    jurisdiction: 'eu',
    clocks: [{ name: 'final-response', period: { unit: 'months', count: 2 }, sources: ['M4', 'EU_PERIODS'] }],
    sources: ['M3', 'M4', 'EU_PERIODS'],
  },
  'eu-psd2': {
    id: 'eu-psd2',
    jurisdiction: 'eu',
    clocks: [
      { name: 'final-response', period: { unit: 'business-days', count: 15 }, sources: ['P1', 'EU_PERIODS'] },
      { name: 'final-response-after-holding', period: { unit: 'business-days', count: 35 }, sources: ['P1', 'EU_PERIODS'] },
    ],
    sources: ['P1', 'EU_PERIODS'],
  },
  'uk-disp': {
    id: 'uk-disp',
    jurisdiction: 'uk',
    clocks: [
      { name: 'summary-resolution', period: { unit: 'business-days', count: 3 }, sources: ['U2'] },
      { name: 'final-response', period: { unit: 'weeks', count: 8 }, sources: ['U3'] },
    ],
    sources: ['U1', 'U2', 'U3'],
  },
  'uk-disp-payments': {
    id: 'uk-disp-payments',
    jurisdiction: 'uk',
    clocks: [
      { name: 'final-response', period: { unit: 'business-days', count: 15 }, sources: ['U4'] },
      { name: 'final-response-after-holding', period: { unit: 'business-days', count: 35 }, sources: ['U4'] },
    ],
    sources: ['U1', 'U4'],
  },
};

/**
 * A regime's definition. `house` has no regulator: its one clock is the operator's own time frame
 * in hours (config `timeFrames`, by channel), which the caller passes as `houseHours`.
 */
export function regimeDefinition(id: RegimeId, houseHours: number): Regime {
  if (id !== 'house') return REGULATED[id];
  return { id, jurisdiction: 'house', clocks: [{ name: 'final-response', period: { unit: 'hours', count: houseHours }, sources: [] }], sources: [] };
}

const RegimeIdSchema = z.enum(REGIME_IDS, { error: (issue) => `Unknown regime "${String(issue.input)}"; known: ${REGIME_IDS.join(', ')}` });
const CategorySchema = z.enum(CATEGORIES, { error: (issue) => `Unknown category "${String(issue.input)}"; known: ${CATEGORIES.join(', ')}` });

/** One entry of config `regimes`: a bare id covers every category; `{id, categories}` only those. */
const RegimeEntrySchema = z.preprocess(
  (entry) => (typeof entry === 'string' ? { id: entry } : entry),
  z.object({ id: RegimeIdSchema, categories: z.array(CategorySchema).min(1).optional() }).strict(),
);

/** Config `regimes` (to go into RedressConfigSchema): `(RegimeId | {id, categories})[]`, each id once. */
export const RegimesConfigSchema = z
  .array(RegimeEntrySchema)
  .default([])
  .superRefine((entries, ctx) => {
    const seen = new Set<RegimeId>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.id))
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `Regime "${entry.id}" is listed twice; give it one list of categories` });
      seen.add(entry.id);
    });
  });
export type RegimesConfig = z.infer<typeof RegimesConfigSchema>;

/** Every regime that covers the category, in config order; `house` when none does. */
export function regimesFor(category: Category, regimes: RegimesConfig): RegimeId[] {
  const covering = regimes.filter((entry) => !entry.categories || entry.categories.includes(category)).map((entry) => entry.id);
  return covering.length > 0 ? covering : ['house'];
}

/**
 * Config `deadlineCalendars`: whose holidays and time zone each jurisdiction counts in. The UK is
 * England & Wales unless a region is given; the EU regimes count in the operator's home Member State
 * (default Ireland), with that country's time zone unless one is given.
 */
export const DeadlineCalendarsSchema = z
  .object({
    uk: z
      .object({ region: z.string().default('ENG') })
      .strict()
      .prefault({})
      .transform(({ region }): z.input<typeof CalendarConfigSchema> => ({ country: 'GB', region, timeZone: 'Europe/London' }))
      .pipe(CalendarConfigSchema),
    eu: z
      .object({ country: z.string().default('IE'), region: z.string().optional(), timeZone: z.string().optional() })
      .strict()
      .prefault({})
      .transform((eu): z.input<typeof CalendarConfigSchema> => ({ ...eu, timeZone: eu.timeZone ?? new Holidays(eu.country).getTimezones()?.[0] ?? 'UTC' }))
      .pipe(CalendarConfigSchema),
  })
  .strict()
  .prefault({});
export type DeadlineCalendars = z.infer<typeof DeadlineCalendarsSchema>;

/** The UK counts from the next business day after 17:00 (U2, U4 as the issue states them); the EU by 1182/71 Art 3. */
const UK_CUT_OFF_SECONDS = 17 * 3600;

/** House clocks are hours from receipt; their dates are shown in UTC until the operator's zone is configured. */
const HOUSE_CALENDAR: BusinessCalendar = { timeZone: 'UTC', isBusinessDay: () => true };

export function countingRulesFor(jurisdiction: Jurisdiction, calendars: DeadlineCalendars): CountingRules {
  if (jurisdiction === 'uk') return { calendar: createBusinessCalendar(calendars.uk), cutOffSeconds: UK_CUT_OFF_SECONDS, rollToWorkingDay: false };
  if (jurisdiction === 'eu') return { calendar: createBusinessCalendar(calendars.eu), rollToWorkingDay: true };
  return { calendar: HOUSE_CALENDAR, rollToWorkingDay: false };
}

export interface RegimeDueDate extends DueDate {
  readonly regime: RegimeId;
  readonly clock: ClockName;
  readonly timeZone: string;
}

/** Every clock of a regime for a complaint received at `receivedAt`. */
export function regimeDueDates(id: RegimeId, receivedAt: Date, options: { calendars: DeadlineCalendars; houseHours: number }): RegimeDueDate[] {
  const regime = regimeDefinition(id, options.houseHours);
  const rules = countingRulesFor(regime.jurisdiction, options.calendars);
  return regime.clocks.map((clock) => ({ regime: id, clock: clock.name, timeZone: rules.calendar.timeZone, ...dueDate(clock.period, receivedAt, rules) }));
}
