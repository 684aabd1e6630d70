// The mail sent when an approved payout failed, stays pending or waits for a person. It must
// never read as if the money was paid: it names the approved amount and says a person is on it.
// One layout in every language; each locale gives only its words.
import type { ComposedMessage } from './locale';
import type { MessageVars } from './message-types';

export interface CompensationPayoutDelayedWords {
  readonly subject: string;
  /** Says the compensation was approved but the payment has not gone through yet. */
  readonly lead: string;
  readonly caseNumberLabel: string;
  readonly approvedAmountLabel: string;
  /** Says a person is looking at it now and will write once the money is in the account. */
  readonly handling: string;
  /** Says there is nothing to do, and that a reply reaches a person. */
  readonly nothingToDo: string;
}

export function compensationPayoutDelayed(
  v: MessageVars['compensation-payout-delayed'],
  words: CompensationPayoutDelayedWords,
): ComposedMessage {
  return {
    subject: words.subject,
    blocks: [
      { type: 'paragraph', text: words.lead },
      {
        type: 'facts',
        rows: [
          { label: words.caseNumberLabel, value: v.caseNumber, ltr: true },
          { label: words.approvedAmountLabel, value: `${v.amount} ${v.asset}`, ltr: true },
        ],
      },
      { type: 'paragraph', text: words.handling },
      { type: 'paragraph', text: words.nothingToDo },
    ],
  };
}
