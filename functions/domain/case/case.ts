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
  'awaiting_payout',
  'awaiting_satisfaction',
  'reopened',
  'with_supervisor',
  'needs_attention',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses in which the case waits on a person; the console lists these. */
export const PERSON_QUEUES: readonly CaseStatus[] = ['awaiting_findings', 'awaiting_decision', 'awaiting_payout', 'with_supervisor', 'needs_attention'];

/** Where a person may restart a stuck case (`needs_attention`, `with_supervisor`) from: see use-cases/resume-case.ts. */
export const RESUMABLE_STATUSES: readonly CaseStatus[] = ['needs_attention', 'with_supervisor'];

export type TransitionName =
  | 'acknowledge'
  | 'classify'
  | 'investigate'
  | 'awaitFindings'
  | 'resolve'
  | 'awaitDecision'
  | 'compensate'
  | 'awaitPayout'
  | 'payoutResumed'
  | 'awaitSatisfaction'
  | 'close'
  | 'reopen'
  | 'toSupervisor'
  | 'flagNeedsAttention'
  | 'resumeAtInvestigate'
  | 'resumeAtFindings'
  | 'resumeAtResolve'
  | 'resumeAtDecision'
  | 'resumeAtPayout'
  | 'resumeAtSatisfaction';

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
  // A payout that failed, stays pending or waits for a manual reference waits on a person.
  awaitPayout: { from: ['compensating'], to: 'awaiting_payout' },
  payoutResumed: { from: ['awaiting_payout'], to: 'compensating' },
  awaitSatisfaction: { from: ['resolved', 'compensating'], to: 'awaiting_satisfaction' },
  close: { from: ['awaiting_satisfaction', 'with_supervisor', 'needs_attention'], to: 'closed' },
  reopen: { from: ['awaiting_satisfaction'], to: 'reopened' },
  toSupervisor: { from: ['awaiting_satisfaction', 'awaiting_decision', 'awaiting_findings'], to: 'with_supervisor' },
  flagNeedsAttention: { from: OPEN, to: 'needs_attention' },
  // A supervisor restarts a stuck case from a named step: the case takes the status that step
  // expects to find, and a new execution starts there (resume-case.ts).
  resumeAtInvestigate: { from: RESUMABLE_STATUSES, to: 'classified' },
  resumeAtFindings: { from: RESUMABLE_STATUSES, to: 'investigating' },
  resumeAtResolve: { from: RESUMABLE_STATUSES, to: 'investigating' },
  resumeAtDecision: { from: RESUMABLE_STATUSES, to: 'resolved' },
  resumeAtPayout: { from: RESUMABLE_STATUSES, to: 'compensating' },
  resumeAtSatisfaction: { from: RESUMABLE_STATUSES, to: 'resolved' },
};

/** The steps a person can restart a stuck case from; each has its `resumeAt<Step>` transition. */
export const RESUME_STEPS = ['investigate', 'findings', 'resolve', 'decision', 'payout', 'satisfaction'] as const;
export type ResumeStep = (typeof RESUME_STEPS)[number];

export interface ResumeRequest {
  /** The restart's number: its execution is `<caseId>-r<n>`. */
  readonly n: number;
  readonly from: ResumeStep;
  readonly by: string;
  readonly at: string;
}

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
  /**
   * The ledger holds this transaction under another account than the complainant's: shown to the
   * agent as "not this customer's transaction", never confirmed or denied to the customer, and
   * never a ground for money.
   */
  readonly otherAccount?: boolean;
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
  /**
   * submissionFingerprint() of the complaint that opened the case, written in the same
   * conditional put that claims its idempotency key, so no second complaint can slip in
   * between. Cases opened before it existed have none.
   */
  readonly requestFingerprint?: string;
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
  /**
   * The account the ledger returns for the complainant's email (a typed account id counts only
   * when the ledger maps it to that same email). Payouts credit this account and no other.
   */
  readonly ledgerAccountId?: string;
  /**
   * The transition that put the case in its status, and when: a retried step repeating it finds it
   * here and does not write its timeline entry twice (the entry is keyed by these two).
   */
  readonly lastTransition?: { readonly name: TransitionName; readonly at: string };
  /** The execution driving the case now: `<caseId>`, or `<caseId>-r<n>` after a person resumed it. */
  readonly executionName?: string;
  /** How many times a person restarted the case from a named step (`<caseId>-r<resumeCount>` is the latest). */
  readonly resumeCount?: number;
  /** A restart a person asked for that its execution has not taken up yet (staff/stuck-cases.ts, use-cases/resume-case.ts). */
  readonly pendingResume?: ResumeRequest;
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

export type CompensationStatus = 'proposed' | 'awaiting_decision' | 'awaiting_second_approval' | 'approved' | 'approved_lower' | 'rejected';

export interface CompensationDecision {
  readonly by: string;
  readonly at: string;
  readonly decision: 'approve' | 'approve_lower' | 'reject';
  /** The approved amount when lowered. */
  readonly amount?: string;
  readonly reason: string;
}

export type PayoutStatus = 'requested' | 'pending' | 'paid' | 'failed';

/**
 * Where the money is, kept apart from the decision. `key` is the payout service's idempotency
 * key `<caseId>.<proposalId>.<attempt>`; `attempt` goes up only when a person retries a payout
 * that failed. A manual payout (config `payout: none`, or a person paying outside Redress) has
 * `manual: true` and the reference the person recorded.
 */
export interface PayoutRecord {
  readonly status: PayoutStatus;
  readonly key: string;
  readonly attempt: number;
  readonly accountId?: string;
  readonly amount: string;
  readonly asset: string;
  readonly reference?: string;
  /** Short code, never free text from outside: failed, timeout, pending_too_long, mismatch, no_account, manual_payout. */
  readonly reason?: string;
  readonly manual?: boolean;
  readonly recordedBy?: string;
  readonly requestedAt: string;
  /** When the payout service first answered pending, to hand it to a person after the configured time. */
  readonly pendingSince?: string;
  readonly updatedAt: string;
}

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
  /** The first approval of an amount above the single-approver limit, waiting for a second, different supervisor. */
  readonly firstApproval?: CompensationDecision;
  /** The decision the workflow applied (with dual control, the second supervisor's, carrying the first's amount). */
  readonly decision?: CompensationDecision & { readonly secondBy?: string };
  readonly payout?: PayoutRecord;
}
