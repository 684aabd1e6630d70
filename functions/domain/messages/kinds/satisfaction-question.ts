// The one short question after a resolution: a single-use link, and a deadline after which the
// case closes (a reply still reaches a person).
import type { ComposeContext, ComposedMessage, Message } from '../locale';
import type { MessageVars } from '../message-types';
import { paragraph } from './blocks';

export interface SatisfactionQuestionWords {
  readonly subject: string;
  /** We wrote recently; did we resolve the complaint? */
  readonly lead: string;
  readonly answerButton: string;
  /** Before the bare link: if the button does not work, copy this link. */
  readonly linkFallback: string;
  /** Under a minute; if the answer is no, a person picks the case up again. */
  readonly quick: string;
  /** Please answer {within} ("within 7 days"); after that we close the case, a reply still reaches a person. */
  readonly answerWithin: Message<'within'>;
  /** The link works once and is only for you: do not forward this email. */
  readonly linkOnce: string;
}

export function satisfactionQuestion(v: MessageVars['satisfaction-question'], words: SatisfactionQuestionWords, ctx: ComposeContext): ComposedMessage {
  return {
    subject: words.subject,
    blocks: [
      paragraph(words.lead),
      { type: 'action', label: words.answerButton, url: v.answerUrl, fallback: words.linkFallback },
      paragraph(words.quick),
      paragraph(ctx.fill(words.answerWithin, { within: ctx.withinDays(v.respondWithinDays) })),
      paragraph(words.linkOnce),
    ],
  };
}
