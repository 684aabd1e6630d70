// Amounts as the console checks them before sending: decimal strings, never
// floats, within the asset's precision (the table money/amount.ts uses on the
// server, handed over in the page's config).
import type { ConsoleConfig, TextLimit } from '../../console-config';

/** True when the value is within the limit's pattern, or the limit has none. */
export function matches(limit: TextLimit, value: string): boolean {
  return limit.pattern === undefined || new RegExp(limit.pattern).test(value);
}

export class Amounts {
  constructor(private readonly config: Pick<ConsoleConfig, 'assetDecimals' | 'fallbackDecimals'>) {}

  /** A plain decimal the amount's schema takes, and more than zero. */
  isAmount(value: string, limit: TextLimit): boolean {
    return matches(limit, value) && /[1-9]/.test(value);
  }

  decimalsOf(asset: string): number {
    return Object.hasOwn(this.config.assetDecimals, asset) ? this.config.assetDecimals[asset]! : this.config.fallbackDecimals;
  }

  /** Within the asset's precision; trailing zeros do not count. */
  fitsAsset(value: string, asset: string): boolean {
    const fraction = (value.split('.')[1] ?? '').replace(/0+$/, '');
    return fraction.length <= this.decimalsOf(asset);
  }
}

/** a < b for two plain decimal strings, compared digit by digit. */
export function isLower(a: string, b: string): boolean {
  const [ai = '', af = ''] = a.split('.');
  const [bi = '', bf = ''] = b.split('.');
  const xi = ai.replace(/^0+/, '');
  const yi = bi.replace(/^0+/, '');
  if (xi.length !== yi.length) return xi.length < yi.length;
  if (xi !== yi) return xi < yi;
  const width = Math.max(af.length, bf.length);
  return af.padEnd(width, '0') < bf.padEnd(width, '0');
}
