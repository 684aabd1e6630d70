// The mail sent once the payout service (or a person, for a manual payout) confirms the
// compensation was paid. The reference is what the customer quotes if the money does not arrive.
import type { ComposeContext, ComposedMessage } from '../locale';
import type { MessageVars } from '../message-types';
import { amountRow, caseFacts, paragraph } from './blocks';

export interface CompensationPaidWords {
  readonly subject: string;
  /** Says we paid the compensation into the customer's account with us. */
  readonly lead: string;
  readonly amountLabel: string;
  readonly referenceLabel: string;
  /** Says one short question about whether the complaint is resolved will follow soon. */
  readonly question: string;
  /** Says to reply if the money is not in the account within a day. */
  readonly notArrived: string;
}

export function compensationPaid(v: MessageVars['compensation-paid'], words: CompensationPaidWords, ctx: ComposeContext): ComposedMessage {
  return {
    subject: words.subject,
    blocks: [
      paragraph(words.lead),
      caseFacts(ctx, v.caseNumber, amountRow(words.amountLabel, v), { label: words.referenceLabel, value: v.reference, ltr: true }),
      // The same note the approval gave when the decision-maker approved less than proposed.
      ...(v.lowered ? [paragraph(ctx.shared.loweredAmount)] : []),
      paragraph(words.question),
      paragraph(words.notArrived),
    ],
  };
}
