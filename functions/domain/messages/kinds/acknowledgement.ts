// The first letter, answering the public form. It repeats nothing the form received (no name, no
// text): only the case number, when we will reply, and how to stay safe.
import type { Block } from '../email-layout';
import type { CalloutWords, ComposeContext, ComposedMessage, Message } from '../locale';
import type { MessageVars } from '../message-types';
import { caseFacts, paragraph } from './blocks';

export interface AcknowledgementWords {
  readonly subject: string;
  /** Thanks the customer and says a person will look into the complaint. */
  readonly lead: string;
  /** Fact label before "within 48 hours". */
  readonly replyByLabel: string;
  readonly nextHeading: string;
  /** Step 1: we read the complaint and check the account and transactions. */
  readonly stepRead: string;
  /** Step 2: we write {within} ("within 48 hours") with what we found, or why we need longer. */
  readonly stepWrite: Message<'within'>;
  /** Step 3: we ask by email if we need anything; nothing to do now. */
  readonly stepAsk: string;
  /** The customer ticked "talk to a person": someone will contact them directly. */
  readonly personRequested: string;
  /** Otherwise: reply to ask for a person. */
  readonly personOffer: string;
  /** The stronger warning when a seed phrase, key or password was removed from the complaint. */
  readonly secretRemoved: CalloutWords;
  /** The usual warning: we never ask for a seed phrase, private key or password. */
  readonly keepSafe: CalloutWords;
  /** Keep this email; replying is the quickest way to the person handling the case. */
  readonly keepEmail: string;
}

export function acknowledgement(v: MessageVars['acknowledgement'], words: AcknowledgementWords, ctx: ComposeContext): ComposedMessage {
  const within = ctx.within(v.timeFrameHours);
  const warning: Block = v.secretsRedacted
    ? { type: 'callout', tone: 'alert', ...words.secretRemoved }
    : { type: 'callout', tone: 'warning', ...words.keepSafe };
  return {
    subject: words.subject,
    blocks: [
      paragraph(words.lead),
      caseFacts(ctx, v.caseNumber, { label: words.replyByLabel, value: within }),
      { type: 'heading', text: words.nextHeading },
      { type: 'steps', items: [words.stepRead, ctx.fill(words.stepWrite, { within }), words.stepAsk] },
      paragraph(v.talkToPerson ? words.personRequested : words.personOffer),
      warning,
      paragraph(words.keepEmail),
    ],
  };
}
