// The mail sent once the payout service (or a person, for a manual payout) confirms the
// compensation was paid: the same layout in every language, so each locale gives only its words.
// The reference is what the customer quotes if the money does not arrive.
import type { ComposedMessage } from './locale';
import type { MessageVars } from './message-types';

export interface CompensationPaidWords {
  readonly subject: string;
  /** Says we paid the compensation into the customer's account with us. */
  readonly lead: string;
  readonly caseNumberLabel: string;
  readonly amountLabel: string;
  readonly referenceLabel: string;
  /** The same note compensation-approved gives when the decision-maker approved less than proposed. */
  readonly lowered: string;
  /** Says one short question about whether the complaint is resolved will follow. */
  readonly question: string;
  /** Says to reply if the money is not in the account within a day. */
  readonly notArrived: string;
}

export function compensationPaid(v: MessageVars['compensation-paid'], words: CompensationPaidWords): ComposedMessage {
  return {
    subject: words.subject,
    blocks: [
      { type: 'paragraph', text: words.lead },
      {
        type: 'facts',
        rows: [
          { label: words.caseNumberLabel, value: v.caseNumber, ltr: true },
          { label: words.amountLabel, value: `${v.amount} ${v.asset}`, ltr: true },
          { label: words.referenceLabel, value: v.reference, ltr: true },
        ],
      },
      ...(v.lowered ? [{ type: 'paragraph' as const, text: words.lowered }] : []),
      { type: 'paragraph', text: words.question },
      { type: 'paragraph', text: words.notArrived },
    ],
  };
}
