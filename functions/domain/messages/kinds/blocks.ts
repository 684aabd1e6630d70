// The blocks most letters are made of, built one way so that every letter labels the case number
// and amounts alike and the layouts in this folder read as a list of what the letter says.
import type { Block, FactRow } from '../email-layout';
import type { ComposeContext } from '../locale';

export function paragraph(text: string): Block {
  return { type: 'paragraph', text };
}

/** The facts table, always opening with the case number. */
export function caseFacts(ctx: ComposeContext, caseNumber: string, ...rows: readonly FactRow[]): Block {
  return { type: 'facts', rows: [{ label: ctx.shared.caseNumberLabel, value: caseNumber, ltr: true }, ...rows] };
}

/** "125.50 USDT", kept left-to-right inside right-to-left text. */
export function amountRow(label: string, money: { readonly amount: string; readonly asset: string }): FactRow {
  return { label, value: `${money.amount} ${money.asset}`, ltr: true };
}
