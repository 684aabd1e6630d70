// One layout for the two letters that tell the customer of a decision against them with a reason
// a person wrote in English: compensation-rejected and closed-by-staff. The reason is shown as
// written and marked as English; then how to disagree, and where else the customer can go.
import type { ComposeContext, ComposedMessage } from '../locale';
import { paragraph } from './blocks';

export interface ReasonedDecisionWords {
  readonly subject: string;
  /** The decision: no compensation after a careful review, or a member of the team closed the case. */
  readonly lead: string;
  /** A reply with disagreement (or information we have not seen) reaches a person who reviews it. */
  readonly disagree: string;
}

export function reasonedDecision(v: { readonly reason: string }, words: ReasonedDecisionWords, ctx: ComposeContext): ComposedMessage {
  return {
    subject: words.subject,
    blocks: [
      paragraph(words.lead),
      { type: 'english-notes', intro: ctx.shared.reasonIntro, lines: [v.reason] },
      paragraph(words.disagree),
      paragraph(ctx.shared.outsideHelp),
    ],
  };
}
