// The case record and the one table of legal status transitions. Every status
// change in the system goes through `TRANSITIONS`, and the repository turns it
// into a conditional write, so an illegal or racing transition is rejected by
// DynamoDB itself rather than by a read-then-write check.
import type { Category, ClassificationResult, Priority } from '../classification/types';
import type { Channel } from './case-id';

export const CASE_STATUSES = [
  'received',
  'acknowledged',
  'classified',
  'investigating',
  'awaiting_findings',
  'resolved',
  'awaiting_decision',
  'compensating',
  'awaiting_satisfaction',
  'reopened',
  'with_supervisor',
  'needs_attention',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses in which the case waits on a person; the console lists these. */
export const PERSON_QUEUES: readonly CaseStatus[] = ['awaiting_findings', 'awaiting_decision', 'with_supervisor', 'needs_attention'];

export type TransitionName =
  | 'acknowledge'
  | 'classify'
  | 'investigate'
  | 'awaitFindings'
  | 'resolve'
  | 'awaitDecision'
  | 'compensate'
  | 'awaitSatisfaction'
  | 'close'
  | 'reopen'
  | 'toSupervisor'
  | 'flagNeedsAttention';

const OPEN: CaseStatus[] = CASE_STATUSES.filter((s) => s !== 'closed');

/**
 * from → to. A transition is also allowed when the case is already in `to`:
 * a Lambda retried after its write succeeded must not fail on its own write.
 */
export const TRANSITIONS: Record<TransitionName, { from: readonly CaseStatus[]; to: CaseStatus }> = {
  acknowledge: { from: ['received'], to: 'acknowledged' },
  classify: { from: ['acknowledged'], to: 'classified' },
  investigate: { from: ['classified', 'reopened'], to: 'investigating' },
  awaitFindings: { from: ['investigating'], to: 'awaiting_findings' },
  resolve: { from: ['investigating', 'awaiting_findings'], to: 'resolved' },
  awaitDecision: { from: ['resolved'], to: 'awaiting_decision' },
  compensate: { from: ['awaiting_decision'], to: 'compensating' },
  awaitSatisfaction: { from: ['resolved', 'compensating'], to: 'awaiting_satisfaction' },
  close: { from: ['awaiting_satisfaction', 'with_supervisor', 'needs_attention'], to: 'closed' },
  reopen: { from: ['awaiting_satisfaction'], to: 'reopened' },
  toSupervisor: { from: ['awaiting_satisfaction', 'awaiting_decision', 'awaiting_findings'], to: 'with_supervisor' },
  flagNeedsAttention: { from: OPEN, to: 'needs_attention' },
};

export interface CustomerContact {
  readonly name: string;
  readonly email: string;
  readonly accountId?: string;
}

/** What the classifier said and how (classifier, model, prompt version, latency, tokens), as routed. */
export interface ClassificationRecord extends Omit<ClassificationResult, 'decision'> {
  readonly category: Category;
  readonly priority: Priority;
  readonly securityFlag: boolean;
  readonly confidence: number;
  readonly summary: string;
  readonly queue: string;
  readonly fallbackReason?: string;
  /**
   * With a model classifier, what the offline classifier said of the same text: a model the
   * complaint talked into a confident wrong answer disagrees with it, and a disagreement caps
   * the confidence, so nothing is answered automatically on the model's word alone.
   */
  readonly crossCheck?: { readonly category: Category; readonly agreed: boolean };
}

/** Why Redress could answer a case without a person (investigate-case.ts). */
export type AutomaticAnswer =
  | { readonly kind: 'article'; readonly articleId: string }
  | { readonly kind: 'ledger_evidence' }
  | { readonly kind: 'ledger_rule' };

export interface EvidenceItem {
  readonly kind: 'transaction';
  readonly reference: string;
  readonly chain: string;
  readonly explorerUrl: string;
  readonly ledgerStatus?: string;
  readonly amount?: string;
  readonly asset?: string;
}

export interface Findings {
  readonly by: string;
  readonly at: string;
  readonly summary: string;
  readonly lines: readonly string[];
}

export interface Case {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly channel: Channel;
  readonly contact: CustomerContact;
  readonly language: string;
  /** Complaint text with secrets redacted. Personal data: never logged, never in events. */
  readonly description: string;
  readonly transactionRefs: readonly string[];
  readonly wantsHuman: boolean;
  readonly redactedSecrets: readonly string[];
  readonly status: CaseStatus;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly category?: Category;
  readonly priority?: Priority;
  readonly assignee?: string;
  readonly queue?: string;
  readonly classification?: ClassificationRecord;
  readonly evidence?: readonly EvidenceItem[];
  readonly needsPersonReasons?: readonly string[];
  /** Set when no person is needed: what the automatic reply rests on. */
  readonly automaticAnswer?: AutomaticAnswer;
  readonly findings?: Findings;
  /** A compensation proposal waiting to be made at resolution: from agent findings or a fixed ledger rule, never from the AI or the complaint text. */
  readonly proposalDraft?: ProposalDraft;
  /** The answer link of the current satisfaction round, reused when that step is retried. */
  readonly answerLink?: { readonly round: number; readonly linkId: string };
  /** How many times the customer answered "no" to the satisfaction question. */
  readonly reopenCount: number;
  readonly workflowStartedAt?: string;
  readonly attentionReason?: string;
  /** Customer's own words with the satisfaction answer: personal data. */
  readonly satisfactionComment?: string;
  readonly satisfaction?: { readonly answer: 'yes' | 'no' | 'timeout'; readonly rating?: number; readonly at: string };
}

/**
 * What a customer wrote back about an open case (by email, quoting its number). Personal data:
 * kept on the case for the agents, never logged, never in events. Unread until a person marks it.
 */
export interface CustomerReply {
  readonly caseId: string;
  /** From the message id, so a redelivered email is stored once. */
  readonly replyId: string;
  readonly at: string;
  readonly channel: 'email';
  /** The customer's words, quoted thread cut and secrets redacted. */
  readonly text: string;
  readonly attachments: number;
  readonly readAt?: string;
  readonly readBy?: string;
}

export interface TimelineEntry {
  readonly at: string;
  /** Who or what: 'customer', 'system:<step>', 'agent:<user>', 'supervisor:<user>'. */
  readonly actor: string;
  readonly action: string;
  /** Short, structured detail. Never complaint text. */
  readonly detail?: Readonly<Record<string, string | number | boolean>>;
}

export interface ProposalDraft {
  readonly amount: string;
  readonly asset: string;
  readonly reason: string;
  readonly proposedBy: string;
  readonly evidence: readonly string[];
}

export type CompensationStatus = 'proposed' | 'awaiting_decision' | 'approved' | 'approved_lower' | 'rejected';

export interface CompensationProposal {
  readonly caseId: string;
  readonly proposalId: string;
  readonly amount: string;
  readonly asset: string;
  readonly reason: string;
  /** 'rule:<name>' or 'agent:<user>': the AI and the complaint text can never propose. */
  readonly proposedBy: string;
  readonly evidence: readonly string[];
  readonly status: CompensationStatus;
  readonly createdAt: string;
  readonly decision?: { readonly by: string; readonly at: string; readonly decision: 'approve' | 'approve_lower' | 'reject'; readonly amount?: string; readonly reason: string };
}
