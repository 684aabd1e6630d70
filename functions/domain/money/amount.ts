// Exact amounts. Money is held as integer minor units of the asset (bigint),
// never as a float: 0.1 + 0.2 USDT must be 0.3 USDT, and a payout of
// 1.23456789 BTC must reach the payout service digit for digit. Amounts cross
// the API, the case store and the payout contract as decimal strings.
import { z } from 'zod';

/** Digits after the point each asset carries on the ledger. Config may add to these (compensation.assetDecimals). */
export const DEFAULT_ASSET_DECIMALS: Readonly<Record<string, number>> = {
  USDT: 6,
  USDC: 6,
  DAI: 18,
  BTC: 8,
  ETH: 18,
  SOL: 9,
  XRP: 6,
  TRX: 6,
  LTC: 8,
  BNB: 18,
  EUR: 2,
  USD: 2,
  GBP: 2,
};

/** An asset nobody listed: the ledger's common 8 places. */
export const FALLBACK_DECIMALS = 8;

export const ASSET_CODE = /^[A-Z0-9]{2,10}$/;
const DECIMAL = /^(\d{1,18})(?:\.(\d{1,18}))?$/;

export class AmountError extends Error {
  override readonly name = 'AmountError';
}

export function decimalsOf(asset: string, overrides: Readonly<Record<string, number>> = {}): number {
  return overrides[asset] ?? DEFAULT_ASSET_DECIMALS[asset] ?? FALLBACK_DECIMALS;
}

/** "12.5" USDT → 12500000n. Throws AmountError for anything that is not a plain decimal within the asset's precision. */
export function toMinorUnits(value: string, asset: string, overrides?: Readonly<Record<string, number>>): bigint {
  const m = DECIMAL.exec(value.trim());
  if (!m) throw new AmountError(`"${value}" is not an amount like 12.5`);
  const places = decimalsOf(asset, overrides);
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (fraction.length > places) throw new AmountError(`${asset} has ${places} decimal places; "${value}" has more`);
  return BigInt(m[1]!) * 10n ** BigInt(places) + BigInt((fraction || '0').padEnd(places, '0').slice(0, places) || '0');
}

/** 12500000n USDT → "12.5": the shortest exact decimal, no trailing zeros. */
export function fromMinorUnits(minor: bigint, asset: string, overrides?: Readonly<Record<string, number>>): string {
  if (minor < 0n) throw new AmountError('Amounts are never negative');
  const places = decimalsOf(asset, overrides);
  if (places === 0) return minor.toString();
  const s = minor.toString().padStart(places + 1, '0');
  const whole = s.slice(0, -places);
  const fraction = s.slice(-places).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** The canonical decimal string of an amount, for storage and for comparing what a payout service echoed back. */
export function normalizeAmount(value: string, asset: string, overrides?: Readonly<Record<string, number>>): string {
  return fromMinorUnits(toMinorUnits(value, asset, overrides), asset, overrides);
}

/** Exact comparison: -1, 0 or 1. Both must be valid amounts of the asset. */
export function compareAmounts(a: string, b: string, asset: string, overrides?: Readonly<Record<string, number>>): -1 | 0 | 1 {
  const x = toMinorUnits(a, asset, overrides);
  const y = toMinorUnits(b, asset, overrides);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function sumAmounts(values: readonly string[], asset: string, overrides?: Readonly<Record<string, number>>): string {
  return fromMinorUnits(
    values.reduce((sum, v) => sum + toMinorUnits(v, asset, overrides), 0n),
    asset,
    overrides,
  );
}

/** A positive decimal string, without the asset yet (the asset's precision is checked where both are known). */
export const PositiveDecimalSchema = z
  .string()
  .trim()
  .regex(DECIMAL, { message: 'An amount like 12.5' })
  .refine((v) => /[1-9]/.test(v), { message: 'Must be more than zero' });

/** A per-asset amount map from config, e.g. {"USDT": "500", "BTC": "0.01"}. */
export const AssetAmountMapSchema = z.record(z.string().regex(ASSET_CODE, { message: 'An asset code like USDT' }), PositiveDecimalSchema);
