// The mail sent when an approved payout failed, stays pending or waits for a person. It must
// never read as if the money was paid: it names the approved amount and says a person is on it.
import type { ComposeContext, ComposedMessage } from '../locale';
import type { MessageVars } from '../message-types';
import { amountRow, caseFacts, paragraph } from './blocks';

export interface CompensationPayoutDelayedWords {
  readonly subject: string;
  /** Says the compensation was approved but the payment has not gone through yet. */
  readonly lead: string;
  readonly approvedAmountLabel: string;
  /** Says a person is looking at it now and will write once the money is in the account. */
  readonly handling: string;
  /** Says there is nothing to do, and that a reply reaches a person. */
  readonly nothingToDo: string;
}

export function compensationPayoutDelayed(
  v: MessageVars['compensation-payout-delayed'],
  words: CompensationPayoutDelayedWords,
  ctx: ComposeContext,
): ComposedMessage {
  return {
    subject: words.subject,
    blocks: [
      paragraph(words.lead),
      caseFacts(ctx, v.caseNumber, amountRow(words.approvedAmountLabel, v)),
      paragraph(words.handling),
      paragraph(words.nothingToDo),
    ],
  };
}
