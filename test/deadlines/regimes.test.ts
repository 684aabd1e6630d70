// The regimes' figures, each pinned with the REGULATION.md rows it cites; the config schema; which
// regimes a case takes; and the due dates the acknowledgement will state, on real dates.
import { describe, expect, it } from '@jest/globals';
import {
  DeadlineCalendarsSchema,
  REGIME_IDS,
  type RegimeId,
  RegimesConfigSchema,
  regimeDefinition,
  regimeDueDates,
  regimesFor,
} from '../../functions/domain/deadlines/regimes';

const calendars = DeadlineCalendarsSchema.parse({});
const due = (id: RegimeId, receivedAt: string, houseHours = 48) =>
  regimeDueDates(id, new Date(receivedAt), { calendars, houseHours }).map(({ clock, date, endsAt, timeZone }) => ({
    clock,
    date,
    endsAt: endsAt.toISOString(),
    timeZone,
  }));

describe('regime figures and sources', () => {
  it.each([
    ['eu-mica', 'eu', [{ name: 'final-response', period: { unit: 'months', count: 2 }, sources: ['M4', 'EU_PERIODS'] }]],
    [
      'eu-psd2',
      'eu',
      [
        { name: 'final-response', period: { unit: 'business-days', count: 15 }, sources: ['P1', 'EU_PERIODS'] },
        { name: 'final-response-after-holding', period: { unit: 'business-days', count: 35 }, sources: ['P1', 'EU_PERIODS'] },
      ],
    ],
    [
      'uk-disp',
      'uk',
      [
        { name: 'summary-resolution', period: { unit: 'business-days', count: 3 }, sources: ['U2'] },
        { name: 'final-response', period: { unit: 'weeks', count: 8 }, sources: ['U3'] },
      ],
    ],
    [
      'uk-disp-payments',
      'uk',
      [
        { name: 'final-response', period: { unit: 'business-days', count: 15 }, sources: ['U4'] },
        { name: 'final-response-after-holding', period: { unit: 'business-days', count: 35 }, sources: ['U4'] },
      ],
    ],
    ['house', 'house', [{ name: 'final-response', period: { unit: 'hours', count: 72 }, sources: [] }]],
  ] as const)('%s counts in %s with these clocks', (id, jurisdiction, clocks) => {
    const regime = regimeDefinition(id, 72);
    expect(regime.jurisdiction).toBe(jurisdiction);
    expect(regime.clocks).toEqual(clocks);
  });

  it('cites its rows of REGULATION.md', () => {
    expect(regimeDefinition('eu-mica', 48).sources).toEqual(['M3', 'M4', 'EU_PERIODS']);
    expect(regimeDefinition('eu-psd2', 48).sources).toEqual(['P1', 'EU_PERIODS']);
    expect(regimeDefinition('uk-disp', 48).sources).toEqual(['U1', 'U2', 'U3']);
    expect(regimeDefinition('uk-disp-payments', 48).sources).toEqual(['U1', 'U4']);
    expect(regimeDefinition('house', 48).sources).toEqual([]);
  });
});

describe('config `regimes`', () => {
  it('accepts bare ids and {id, categories}, and defaults to none', () => {
    expect(RegimesConfigSchema.parse(undefined)).toEqual([]);
    expect(RegimesConfigSchema.parse(['uk-disp', { id: 'uk-disp-payments', categories: ['withdrawal_or_deposit_delay'] }])).toEqual([
      { id: 'uk-disp' },
      { id: 'uk-disp-payments', categories: ['withdrawal_or_deposit_delay'] },
    ]);
  });

  it.each([
    [['eu-mifid'], 'Unknown regime "eu-mifid"'],
    [[{ id: 'eu-mica', categories: ['crypto_fraud'] }], 'Unknown category "crypto_fraud"'],
    [[{ id: 'eu-mica', categories: [] }], 'expected array to have >=1 items'],
    [['uk-disp', 'uk-disp'], 'Regime "uk-disp" is listed twice'],
    [[{ id: 'uk-disp', wording: 'x' }], 'Unrecognized key: "wording"'],
  ])('rejects %j with a clear message', (input, message) => {
    const result = RegimesConfigSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('; ')).toContain(message);
  });

  it('rejects an unknown calendar region or country', () => {
    expect(DeadlineCalendarsSchema.safeParse({ uk: { region: 'XX' } }).error?.issues[0].message).toContain('Unknown region "XX" for GB');
    expect(DeadlineCalendarsSchema.safeParse({ eu: { country: 'QQ' } }).error?.issues[0].message).toContain('Unknown holiday calendar country "QQ"');
    expect(DeadlineCalendarsSchema.parse({ eu: { country: 'MT' } }).eu).toEqual({ country: 'MT', timeZone: 'Europe/Malta' });
  });
});

describe('regimesFor', () => {
  const config = RegimesConfigSchema.parse(['eu-mica', { id: 'eu-psd2', categories: ['withdrawal_or_deposit_delay', 'unauthorized_transaction_or_fraud'] }]);

  it('gives every regime that covers the category, in config order', () => {
    expect(regimesFor('withdrawal_or_deposit_delay', config)).toEqual(['eu-mica', 'eu-psd2']);
    expect(regimesFor('fees_or_pricing', config)).toEqual(['eu-mica']);
  });

  it('falls back to house when none covers it', () => {
    expect(regimesFor('fees_or_pricing', RegimesConfigSchema.parse([{ id: 'eu-psd2', categories: ['withdrawal_or_deposit_delay'] }]))).toEqual(['house']);
    expect(regimesFor('other', [])).toEqual(['house']);
  });

  it('knows every shipped id', () => {
    expect(REGIME_IDS).toEqual(['eu-mica', 'eu-psd2', 'uk-disp', 'uk-disp-payments', 'house']);
  });
});

describe('due dates on real dates', () => {
  it('uk-disp-payments: Friday 27 Aug 2027 at 18:30 BST, before the August bank holiday', () => {
    // Prepare: after 17:00 on Friday, Mon 30 Aug is the Summer bank holiday, so it counts as received
    // Tue 31 Aug and day 1 is Wed 1 Sep.
    // Act
    const dates = due('uk-disp-payments', '2027-08-27T17:30:00Z');
    // Assess
    expect(dates).toEqual([
      { clock: 'final-response', date: '2027-09-21', endsAt: '2027-09-21T22:59:59.999Z', timeZone: 'Europe/London' },
      { clock: 'final-response-after-holding', date: '2027-10-19', endsAt: '2027-10-19T22:59:59.999Z', timeZone: 'Europe/London' },
    ]);
  });

  it('uk-disp: summary resolution by business day 3, final response 8 weeks after receipt', () => {
    expect(due('uk-disp', '2027-08-27T17:30:00Z')).toEqual([
      { clock: 'summary-resolution', date: '2027-09-03', endsAt: '2027-09-03T22:59:59.999Z', timeZone: 'Europe/London' },
      { clock: 'final-response', date: '2027-10-26', endsAt: '2027-10-26T22:59:59.999Z', timeZone: 'Europe/London' },
    ]);
    // Over Christmas 2026: received Thu 24 Dec at 10:00, day 3 is Thu 31 Dec.
    expect(due('uk-disp', '2026-12-24T10:00:00Z')[0].date).toBe('2026-12-31');
    // Over Easter 2027: received Thu 25 Mar at 12:00 GMT, day 3 is Thu 1 Apr (now BST).
    expect(due('uk-disp', '2027-03-25T12:00:00Z')[0]).toEqual({
      clock: 'summary-resolution',
      date: '2027-04-01',
      endsAt: '2027-04-01T22:59:59.999Z',
      timeZone: 'Europe/London',
    });
  });

  it.each([
    ['2027-01-31T10:00:00Z', '2027-03-31', '2027-03-31T22:59:59.999Z', 'Sun 31 Jan → Wed 31 Mar (same date)'],
    ['2026-12-31T10:00:00Z', '2027-03-01', '2027-03-01T23:59:59.999Z', '31 Dec → 28 Feb (no 31st), a Sunday → Mon 1 Mar (Art 3(4))'],
    ['2026-11-30T10:00:00Z', '2027-02-02', '2027-02-02T23:59:59.999Z', '30 Nov → Sat 30 Jan → Mon 1 Feb is St Brigid’s Day → Tue 2 Feb'],
  ])('eu-mica (Ireland): received %s → %s (%s)', (receivedAt, date, endsAt) => {
    expect(due('eu-mica', receivedAt)).toEqual([{ clock: 'final-response', date, endsAt, timeZone: 'Europe/Dublin' }]);
  });

  it('eu-psd2 (Ireland): Christmas Eve 2026 → 15 and 35 business days', () => {
    expect(due('eu-psd2', '2026-12-24T10:00:00Z').map(({ date }) => date)).toEqual(['2027-01-19', '2027-02-17']);
  });

  it('house: the configured hours from the moment of receipt', () => {
    expect(due('house', '2026-12-24T10:00:00Z', 72)).toEqual([
      { clock: 'final-response', date: '2026-12-27', endsAt: '2026-12-27T10:00:00.000Z', timeZone: 'UTC' },
    ]);
  });
});
