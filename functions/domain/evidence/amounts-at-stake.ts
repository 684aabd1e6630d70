// What a complaint puts at stake, per asset, for Investigate's "does a person
// have to look" rule: amounts in the complaint text (next to an asset code or
// a currency sign, or bare) and the complainant's own ledger records. Each is
// compared with its asset's threshold, a bare one with `*`; there is no
// conversion between assets and no float anywhere.
import { DEFAULT_ASSET_DECIMALS } from '../money/amount';
import type { LedgerTransaction } from '../ports';

/** An amount as a plain decimal string ("1500", "0.5"), with the asset it was written with, if any. */
export interface StakedAmount {
  readonly value: string;
  readonly asset?: string;
}

/** Asset thresholds as config holds them (`compensation.personAmountThreshold`): asset code or `*` → decimal string. */
export type AmountThresholds = Readonly<Record<string, string>>;

const SIGNS: Readonly<Record<string, string>> = { '€': 'EUR', $: 'USD', '£': 'GBP' };

// Hashes, addresses and signatures are digits that are not amounts; so are dates, times and percentages.
const NOT_AMOUNTS = [
  /[0-9A-Za-z]{26,}/g,
  /\b\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?/g,
  /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/g,
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/g,
  /\d+(?:[.,]\d+)?\s?%/g,
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function amountPattern(assets: readonly string[]): RegExp {
  const codes = [...assets]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const signs = Object.keys(SIGNS).map(escapeRegExp).join('');
  // A number with thousands separators (one kind throughout: "1,500,000", "1.500", "1 500") or
  // without, then an optional decimal part. "1.500" reads as fifteen hundred: over-reading an
  // amount sends a case to a person, under-reading one would not.
  const number = String.raw`(?<![\p{L}\p{N}_.,#])(?<!\p{L}-)(?<int>\d{1,3}(?<sep>[,.'\u00a0\u202f ])\d{3}(?:\k<sep>\d{3})*|\d+)(?:[.,](?<frac>\d+))?(?!\p{N})`;
  return new RegExp(String.raw`(?:(?<sign>[${signs}])\s?|(?<![\p{L}\p{N}])(?<pre>${codes})\s?)?${number}(?:\s?(?<post>${codes})(?![\p{L}\p{N}]))?`, 'giu');
}

/**
 * Amounts written in the complaint, in order. An amount takes the asset code written after it
 * ("1500 USDT"), else the one before it ("USDT 1500"), else a currency sign ("€2,000"); codes
 * are the assets in `knownAssets` and the built-in list, in any case.
 */
export function amountsInText(text: string, knownAssets: Iterable<string> = []): StakedAmount[] {
  const assets = [...new Set([...Object.keys(DEFAULT_ASSET_DECIMALS), ...knownAssets].filter((a) => a !== '*').map((a) => a.toUpperCase()))];
  const cleaned = NOT_AMOUNTS.reduce((t, re) => t.replace(re, ' '), text);
  const found: StakedAmount[] = [];
  for (const m of cleaned.matchAll(amountPattern(assets))) {
    const g = m.groups!;
    const whole = g.sep ? g.int!.split(g.sep).join('') : g.int!;
    const value = g.frac ? `${whole}.${g.frac}` : whole;
    const asset = g.post?.toUpperCase() ?? g.pre?.toUpperCase() ?? (g.sign ? SIGNS[g.sign] : undefined);
    found.push(asset ? { value, asset } : { value });
  }
  return found;
}

/** The complainant's own ledger records as amounts; records without a plain decimal amount are left out. */
export function amountsInRecords(records: readonly LedgerTransaction[]): StakedAmount[] {
  return records
    .filter((r) => typeof r.amount === 'string' && /^\d+(?:\.\d+)?$/.test(r.amount.trim()))
    .map((r) => (r.asset ? { value: r.amount!.trim(), asset: r.asset.toUpperCase() } : { value: r.amount!.trim() }));
}

/** Exact comparison of two plain decimal strings of any length: is `value` greater than `limit`? */
export function exceeds(value: string, limit: string): boolean {
  const [vi = '0', vf = ''] = value.split('.');
  const [li = '0', lf = ''] = limit.split('.');
  const scale = Math.max(vf.length, lf.length);
  return BigInt(vi + vf.padEnd(scale, '0')) > BigInt(li + lf.padEnd(scale, '0'));
}

/**
 * The first amount above its asset's threshold, or undefined. An asset config does not list is
 * held to `*`; with no `*` either, it is not compared.
 */
export function firstAmountAboveThreshold(amounts: readonly StakedAmount[], thresholds: AmountThresholds): StakedAmount | undefined {
  return amounts.find((a) => {
    const limit = (a.asset !== undefined ? thresholds[a.asset] : undefined) ?? thresholds['*'];
    return limit !== undefined && exceeds(a.value, limit);
  });
}
