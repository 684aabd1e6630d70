// The mail sent when a supervisor closes a stuck case. The reason is written by them in English,
// so it is shown as written and marked as English; the rest is one layout in every language.
import type { ComposedMessage } from './locale';
import type { MessageVars } from './message-types';

export interface ClosedByStaffWords {
  readonly subject: string;
  /** Says a member of the complaints team closed the case. */
  readonly lead: string;
  /** Introduces the English reason; outside English it says the reason is in English. */
  readonly reasonIntro: string;
  /** Says a reply reaches a person who will review the case. */
  readonly disagree: string;
  /** The same sentence compensation-rejected gives about independent dispute resolution and the regulator. */
  readonly outsideHelp: string;
}

export function closedByStaff(v: MessageVars['closed-by-staff'], words: ClosedByStaffWords): ComposedMessage {
  return {
    subject: words.subject,
    blocks: [
      { type: 'paragraph', text: words.lead },
      { type: 'english-notes', intro: words.reasonIntro, lines: [v.reason] },
      { type: 'paragraph', text: words.disagree },
      { type: 'paragraph', text: words.outsideHelp },
    ],
  };
}
