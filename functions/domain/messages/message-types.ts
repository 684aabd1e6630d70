// What each customer email needs to be written. Every value here is data
// produced by the system or by staff; nothing typed into the public form is
// allowed into an acknowledgement, which is why it has no name or text field.

export type MessageKind =
  | 'acknowledgement'
  | 'resolution'
  | 'satisfaction-question'
  | 'compensation-approved'
  | 'compensation-rejected'
  | 'compensation-paid'
  | 'compensation-payout-delayed'
  | 'decision-escalated'
  | 'reopened'
  | 'closed'
  | 'needs-attention'
  | 'closed-by-staff'
  | 'agent-message';

export const MESSAGE_KINDS: readonly MessageKind[] = [
  'acknowledgement',
  'resolution',
  'satisfaction-question',
  'compensation-approved',
  'compensation-rejected',
  'compensation-paid',
  'compensation-payout-delayed',
  'decision-escalated',
  'reopened',
  'closed',
  'needs-attention',
  'closed-by-staff',
  'agent-message',
];

export interface RenderedMessage {
  /** Single line, prefixed with "[<case number>] ". */
  subject: string;
  text: string;
  html: string;
}

export interface TransactionEvidenceLine {
  kind: 'transaction';
  reference: string;
  chain: string;
  /** Linked only when it is an absolute http(s) URL. */
  explorerUrl: string;
}

export interface MessageVars {
  acknowledgement: { caseNumber: string; timeFrameHours: number; talkToPerson: boolean; secretsRedacted: boolean };
  resolution: {
    caseNumber: string;
    /** Sanitised before use; dropped when it is not plainly a name. */
    customerName?: string;
    /** One of the nine category codes; an unknown code reads as "Other". */
    category: string;
    /** Lines written in English by agents or the system; shown as they are, marked as English. */
    findings: string[];
    evidence: TransactionEvidenceLine[];
    compensationProposed: boolean;
    decisionTimeFrameHours?: number;
    /** A help article that answers the complaint, already in the customer's language (knowledge/articles.json). */
    article?: { title: string; paragraphs: readonly string[]; steps: readonly string[] };
  };
  'satisfaction-question': { caseNumber: string; answerUrl: string; respondWithinDays: number };
  'compensation-approved': { caseNumber: string; amount: string; asset: string; lowered: boolean };
  /** `reason` is written in English by the decision-maker. */
  'compensation-rejected': { caseNumber: string; reason: string };
  /** Sent only once the payout service (or a person, for a manual payout) says the money was paid. */
  'compensation-paid': { caseNumber: string; amount: string; asset: string; reference: string; lowered: boolean };
  /** The payment failed, stays pending, or waits for a person: a person is on it. Never says "paid". */
  'compensation-payout-delayed': { caseNumber: string; amount: string; asset: string };
  'decision-escalated': { caseNumber: string; newTimeFrameHours: number };
  reopened: { caseNumber: string; timeFrameHours: number };
  closed: { caseNumber: string };
  /** A supervisor closed a stuck case; `reason` is written in English by them. */
  'closed-by-staff': { caseNumber: string; reason: string };
  'needs-attention': { caseNumber: string; timeFrameHours: number };
  /** Written by a person on the team in the console; shown as written. */
  'agent-message': { caseNumber: string; customerName?: string; message: string };
}
