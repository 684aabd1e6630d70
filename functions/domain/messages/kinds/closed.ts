// The case is closed after the customer said it was resolved, or did not answer in time.
import type { ComposedMessage } from '../locale';
import { paragraph } from './blocks';

export interface ClosedWords {
  readonly subject: string;
  /** We closed the case; thanks for the patience and for telling us. */
  readonly lead: string;
  /** If the problem comes back or there is a question, a reply reaches a person. */
  readonly comeBack: string;
}

export function closed(_v: unknown, words: ClosedWords): ComposedMessage {
  return { subject: words.subject, blocks: [paragraph(words.lead), paragraph(words.comeBack)] };
}
