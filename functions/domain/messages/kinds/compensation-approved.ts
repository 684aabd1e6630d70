// The decision-maker approved compensation. Says nothing about payment having happened: the
// compensation-paid letter does that once the payout is confirmed.
import type { ComposeContext, ComposedMessage } from '../locale';
import type { MessageVars } from '../message-types';
import { amountRow, caseFacts, paragraph } from './blocks';

export interface CompensationApprovedWords {
  readonly subject: string;
  /** Good news: we approved compensation for the complaint. */
  readonly lead: string;
  readonly amountLabel: string;
  /** We will say when the payment has been made. */
  readonly paymentFollows: string;
}

export function compensationApproved(v: MessageVars['compensation-approved'], words: CompensationApprovedWords, ctx: ComposeContext): ComposedMessage {
  return {
    subject: words.subject,
    blocks: [
      paragraph(words.lead),
      caseFacts(ctx, v.caseNumber, amountRow(words.amountLabel, v)),
      ...(v.lowered ? [paragraph(ctx.shared.loweredAmount)] : []),
      paragraph(words.paymentFollows),
      paragraph(ctx.shared.questionFollows),
    ],
  };
}
