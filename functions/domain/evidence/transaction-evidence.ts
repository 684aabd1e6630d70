// Turns transaction references in a complaint into proof a customer and an
// agent can open: the right block explorer for the right chain. The ledger's
// record of the complainant's own transaction wins over guesses from the text.
import type { EvidenceItem } from '../case/case';
import type { LedgerTransaction } from '../ports';

export type Chain = 'ethereum' | 'bsc' | 'polygon' | 'arbitrum' | 'tron' | 'bitcoin' | 'solana';

const EXPLORERS: Record<Chain, (ref: string) => string> = {
  ethereum: (r) => `https://etherscan.io/tx/${r}`,
  bsc: (r) => `https://bscscan.com/tx/${r}`,
  polygon: (r) => `https://polygonscan.com/tx/${r}`,
  arbitrum: (r) => `https://arbiscan.io/tx/${r}`,
  tron: (r) => `https://tronscan.org/#/transaction/${r}`,
  bitcoin: (r) => `https://mempool.space/tx/${r}`,
  solana: (r) => `https://solscan.io/tx/${r}`,
};

const EVM_HASH = /(?<![0-9a-zA-Z])0x[0-9a-fA-F]{64}(?![0-9a-zA-Z])/g;
const BARE_HASH = /(?<![0-9a-zA-Z])[0-9a-fA-F]{64}(?![0-9a-zA-Z])/g;
const SOLANA_SIG = /(?<![1-9A-HJ-NP-Za-km-z])[1-9A-HJ-NP-Za-km-z]{86,88}(?![1-9A-HJ-NP-Za-km-z])/g;

const CHAIN_HINTS: [Chain, RegExp][] = [
  ['tron', /\b(tron|trc-?20|trx)\b/i],
  ['bsc', /\b(bsc|bep-?20|bnb\s*chain|binance\s*smart\s*chain)\b/i],
  ['polygon', /\b(polygon|matic|pol)\b/i],
  ['arbitrum', /\b(arbitrum|arb)\b/i],
  ['solana', /\b(solana|sol|spl)\b/i],
  ['bitcoin', /\b(bitcoin|btc)\b/i],
];

export function isKnownChain(chain: string): chain is Chain {
  return chain in EXPLORERS;
}

export function explorerUrl(chain: Chain, reference: string): string {
  return EXPLORERS[chain](encodeURIComponent(reference));
}

/** Transaction references in free text and form fields, deduplicated, in order of appearance. */
export function extractTransactionRefs(...texts: readonly string[]): string[] {
  const seen = new Set<string>();
  const refs: string[] = [];
  for (const text of texts) {
    for (const re of [EVM_HASH, BARE_HASH, SOLANA_SIG]) {
      for (const m of text.matchAll(re)) {
        const key = m[0].toLowerCase();
        if (!seen.has(key) && ![...seen].some((s) => s.endsWith(key))) {
          seen.add(key);
          refs.push(m[0]);
        }
      }
    }
  }
  return refs.slice(0, 20);
}

/** Best guess of a reference's chain from its shape and the words around it. */
export function guessChain(reference: string, context: string): Chain {
  const hinted = CHAIN_HINTS.filter(([, re]) => re.test(context)).map(([c]) => c);
  if (reference.startsWith('0x')) return hinted.find((c) => c === 'bsc' || c === 'polygon' || c === 'arbitrum') ?? 'ethereum';
  if (/^[0-9a-fA-F]{64}$/.test(reference)) return hinted.includes('tron') ? 'tron' : 'bitcoin';
  return 'solana';
}

/** Whether the ledger holds `record` under the complainant's account; with no account, nothing is theirs. */
export function isAccountsTransaction(record: LedgerTransaction, ledgerAccountId: string | undefined): boolean {
  return ledgerAccountId !== undefined && record.accountId === ledgerAccountId;
}

/**
 * One evidence item per reference. The ledger's record (chain, status, amount) is used only for
 * the complainant's own transactions. A reference the ledger holds under another account is
 * flagged `otherAccount` for the agent and otherwise built exactly like one the ledger does not
 * know (chain guessed from the text, no status), so nothing shown to the customer tells the two
 * apart. The explorer link is public and the customer gave the reference, so it may be shown.
 */
export function buildEvidence(
  refs: readonly string[],
  context: string,
  ledgerRecords: readonly LedgerTransaction[],
  ledgerAccountId: string | undefined,
): EvidenceItem[] {
  const byRef = new Map(ledgerRecords.map((t) => [t.reference.toLowerCase(), t]));
  return refs.map((reference) => {
    const found = byRef.get(reference.toLowerCase());
    const record = found && isAccountsTransaction(found, ledgerAccountId) ? found : undefined;
    const chain: Chain = record && isKnownChain(record.chain) ? record.chain : guessChain(reference, context);
    return {
      kind: 'transaction' as const,
      reference,
      chain,
      explorerUrl: explorerUrl(chain, reference),
      ...(record?.status ? { ledgerStatus: record.status } : {}),
      ...(record?.amount ? { amount: record.amount } : {}),
      ...(record?.asset ? { asset: record.asset } : {}),
      ...(found && !record ? { otherAccount: true } : {}),
    };
  });
}
