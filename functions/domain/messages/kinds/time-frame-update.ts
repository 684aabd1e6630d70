// One layout for the three letters that tell the customer their case changed hands or state and
// when they will hear from us next: decision-escalated, reopened and needs-attention. Each kind
// has its own words; only the shape is shared.
import type { ComposeContext, ComposedMessage } from '../locale';
import { caseFacts, paragraph } from './blocks';

export interface TimeFrameUpdateWords {
  readonly subject: string;
  /** What happened: passed to a senior colleague, reopened, or now handled by a person. */
  readonly lead: string;
  /** Fact label before "within 24 hours". */
  readonly timeFrameLabel: string;
  /** Sorry for the wait; nothing to do; a reply reaches the case. */
  readonly closing: string;
}

export function timeFrameUpdate(v: { readonly caseNumber: string }, hours: number, words: TimeFrameUpdateWords, ctx: ComposeContext): ComposedMessage {
  return {
    subject: words.subject,
    blocks: [paragraph(words.lead), caseFacts(ctx, v.caseNumber, { label: words.timeFrameLabel, value: ctx.within(hours) }), paragraph(words.closing)],
  };
}
