// Which layout writes each kind of letter. A layout builds the letter's blocks once, for every
// language, from the words the language supplies; the type below makes each locale supply exactly
// the words its kind's layout reads. A new letter is a layout here and its words in each locale.
import type { ComposeContext, ComposedMessage } from './locale';
import type { MessageKind, MessageVars } from './message-types';
import { acknowledgement } from './kinds/acknowledgement';
import { agentMessage } from './kinds/agent-message';
import { closed } from './kinds/closed';
import { compensationApproved } from './kinds/compensation-approved';
import { compensationPaid } from './kinds/compensation-paid';
import { compensationPayoutDelayed } from './kinds/compensation-payout-delayed';
import { reasonedDecision } from './kinds/reasoned-decision';
import { resolution } from './kinds/resolution';
import { satisfactionQuestion } from './kinds/satisfaction-question';
import { timeFrameUpdate, type TimeFrameUpdateWords } from './kinds/time-frame-update';

export const LAYOUTS = {
  acknowledgement,
  resolution,
  'satisfaction-question': satisfactionQuestion,
  'compensation-approved': compensationApproved,
  'compensation-rejected': reasonedDecision,
  'compensation-paid': compensationPaid,
  'compensation-payout-delayed': compensationPayoutDelayed,
  'decision-escalated': (v: MessageVars['decision-escalated'], words: TimeFrameUpdateWords, ctx: ComposeContext) =>
    timeFrameUpdate(v, v.newTimeFrameHours, words, ctx),
  reopened: (v: MessageVars['reopened'], words: TimeFrameUpdateWords, ctx: ComposeContext) => timeFrameUpdate(v, v.timeFrameHours, words, ctx),
  closed,
  'needs-attention': (v: MessageVars['needs-attention'], words: TimeFrameUpdateWords, ctx: ComposeContext) => timeFrameUpdate(v, v.timeFrameHours, words, ctx),
  'closed-by-staff': reasonedDecision,
  'agent-message': agentMessage,
} satisfies { readonly [K in MessageKind]: (vars: MessageVars[K], words: never, ctx: ComposeContext) => ComposedMessage };

/** The words each kind's layout reads, which every locale supplies. */
export type MessageWords = { readonly [K in MessageKind]: Parameters<(typeof LAYOUTS)[K]>[1] };

export type Layout<K extends MessageKind> = (vars: MessageVars[K], words: MessageWords[K], ctx: ComposeContext) => ComposedMessage;
