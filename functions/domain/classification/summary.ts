// Writes the short English summary agents see next to a case. It is assembled only from values
// the classifier computed (category, language code, counts, parsed amounts with canonical asset
// codes), never from the customer's words: complaint text may carry personal data or text meant
// to manipulate whoever reads it, and the summary is shown on agents' screens.
import type { ExtractedEntities } from './entities';
import type { Category, Priority, SecurityReason } from './types';

const MAX_SUMMARY_LENGTH = 300;
const MAX_AMOUNTS_SHOWN = 3;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** 1234.5 -> "1,234.5", 0.00012 -> "0.00012"; by hand, because Intl formatting is slow on Lambda. */
export function formatValue(value: number): string {
  const fixed = value.toFixed(value < 1 ? 8 : 2).replace(/\.?0+$/u, '');
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

export interface SummaryInput {
  readonly category: Category;
  readonly language: string;
  readonly priority: Priority;
  readonly securityReasons: readonly SecurityReason[];
  readonly entities: ExtractedEntities;
}

/** e.g. "withdrawal_or_deposit_delay complaint (ru), priority high: mentions 2 tx hashes, amount 0.5 BTC". */
export function buildSummary(input: SummaryInput): string {
  // The language code may come from the intake form; only a plain code is repeated.
  const language = /^[a-z]{2,3}$/u.test(input.language) ? input.language : 'und';
  const parts: string[] = [];
  if (input.securityReasons.length > 0) parts.push(`security: ${input.securityReasons.join(', ')}`);
  const mentions: string[] = [];
  const { transactionHashes, addresses, amounts, assets } = input.entities;
  if (transactionHashes.length > 0) mentions.push(plural(transactionHashes.length, 'tx hash', 'tx hashes'));
  if (addresses.length > 0) mentions.push(plural(addresses.length, 'address', 'addresses'));
  const shown = amounts.slice(0, MAX_AMOUNTS_SHOWN).map((a) => `${formatValue(a.value)}${a.asset ? ` ${a.asset}` : ''}`);
  if (shown.length > 0) {
    const more = amounts.length > shown.length ? ` (+${amounts.length - shown.length} more)` : '';
    mentions.push(`${amounts.length === 1 ? 'amount' : 'amounts'} ${shown.join(', ')}${more}`);
  } else if (assets.length > 0) {
    mentions.push(`assets ${assets.slice(0, 5).join(', ')}`);
  }
  if (mentions.length > 0) parts.push(`mentions ${mentions.join(', ')}`);
  const head = `${input.category} complaint (${language}), priority ${input.priority}`;
  const summary = parts.length > 0 ? `${head}: ${parts.join('; ')}` : head;
  return summary.length <= MAX_SUMMARY_LENGTH ? summary : `${summary.slice(0, MAX_SUMMARY_LENGTH - 1)}…`;
}
