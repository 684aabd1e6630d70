// A message a person on the team writes to the customer from the console. The staff member's
// words are shown as written (they write in whatever language the customer does).
import type { ComposeContext, ComposedMessage } from '../locale';
import type { MessageVars } from '../message-types';
import { caseFacts, paragraph } from './blocks';

export interface AgentMessageWords {
  readonly subject: string;
  /** Says that a person wrote this. */
  readonly lead: string;
  /** Says that a reply to this email reaches the case. */
  readonly reply: string;
}

export function agentMessage(v: MessageVars['agent-message'], words: AgentMessageWords, ctx: ComposeContext): ComposedMessage {
  const paragraphs = v.message
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    subject: words.subject,
    blocks: [paragraph(words.lead), caseFacts(ctx, v.caseNumber), ...paragraphs.map(paragraph), paragraph(words.reply)],
  };
}
