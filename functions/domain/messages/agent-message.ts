// A message a person on the team writes to the customer from the console: the same layout in
// every language, so each locale gives only its three sentences. The staff member's words are
// shown as written (they write in whatever language the customer does).
import type { ComposedMessage } from './locale';
import type { MessageVars } from './message-types';

export interface AgentMessageWords {
  readonly subject: string;
  /** Says that a person wrote this. */
  readonly lead: string;
  /** Says that a reply to this email reaches the case. */
  readonly reply: string;
  readonly caseNumberLabel: string;
}

export function agentMessage(v: MessageVars['agent-message'], words: AgentMessageWords): ComposedMessage {
  const paragraphs = v.message
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    subject: words.subject,
    blocks: [
      { type: 'paragraph', text: words.lead },
      { type: 'facts', rows: [{ label: words.caseNumberLabel, value: v.caseNumber, ltr: true }] },
      ...paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
      { type: 'paragraph', text: words.reply },
    ],
  };
}
