// The ports use cases talk through. Adapters for AWS live in functions/adapters;
// tests use the in-memory ones in functions/adapters/memory. Nothing here may
// import the AWS SDK: that is what lets one use case run on AWS and locally.
import type { Case, CaseStatus, CompensationProposal, CustomerReply, PayoutRecord, TimelineEntry, TransitionName } from './case/case';
import type { LifecycleEvent } from '../../events/catalog';
import type { Incident } from './incidents/spike-detection';
import type { CaseView } from './staff/access-audit';

export type NewCase = Omit<Case, 'caseNumber' | 'status' | 'version' | 'updatedAt' | 'reopenCount'>;
export type CasePatch = Partial<Omit<Case, 'caseId' | 'caseNumber' | 'status' | 'version' | 'createdAt' | 'lastTransition'>>;

// The case table holds several aggregates; each has its own port, small enough that one contract
// suite (test/adapters/contract) runs against every adapter of it. Use cases name only the ports
// they use; `Repositories` is all of them, under the names use cases take them by.

/** A case and its timeline: the status machine (`TRANSITIONS`) and what happened to the case. */
export interface CaseRepository {
  /**
   * Stores a new case (status `received`) or returns the one already stored under this id.
   * One conditional write claims the id (so the idempotency key) together with the
   * `requestFingerprint` of the complaint it names: nothing can come between them.
   */
  createCase(newCase: NewCase): Promise<{ created: boolean; case: Case }>;
  getCase(caseId: string): Promise<Case | undefined>;
  findCaseIdByNumber(caseNumber: string): Promise<string | undefined>;
  /**
   * Conditional status change; throws IllegalTransitionError when the case is not in an allowed
   * status, CaseNotFoundError when there is no case. A transition is also accepted when the case
   * is already in its target status: a retried step repeating its own write. The patch is then
   * applied again, and the timeline entry is written once however often the transition repeats.
   */
  transition(caseId: string, name: TransitionName, patch: CasePatch, entry: Omit<TimelineEntry, 'at'>): Promise<Case>;
  /** Unconditional on status but conditional on existence (CaseNotFoundError); for fields that are not status. */
  update(caseId: string, patch: CasePatch): Promise<Case>;
  /**
   * Optimistic write: only when the case is still at `expectedVersion` (what the caller read).
   * Throws ConflictError when anything else wrote the case meanwhile.
   */
  updateAtVersion(caseId: string, patch: CasePatch, expectedVersion: number): Promise<Case>;
  appendTimeline(caseId: string, entry: Omit<TimelineEntry, 'at'>): Promise<void>;
  /** The whole timeline, oldest entry first (entries of one instant in no set order). */
  listTimeline(caseId: string): Promise<TimelineEntry[]>;
  /**
   * Up to `limit` (default 100) cases in `status`, longest in it first: ordered by their last
   * transition, which `update` does not change. Callers see the rest once these moved on.
   */
  listByStatus(status: CaseStatus, limit?: number): Promise<Case[]>;
}

/** Compensation: a case's proposals with their payout records, and the limits on automatic proposals. */
export interface CompensationRepository {
  /**
   * Creates a proposal, or moves it on from the status it had. With `expected`, only from that
   * status (what the caller read): a racing writer gets ConflictError.
   */
  putProposal(proposal: CompensationProposal, expected?: Pick<CompensationProposal, 'status'>): Promise<void>;
  /**
   * Writes the proposal's payout record, conditionally: `expected` is the record the caller read
   * (key and status), or undefined when it read none. A racing writer, or a proposal that is not
   * there, gets ConflictError.
   */
  updatePayout(caseId: string, proposalId: string, payout: PayoutRecord, expected: Pick<PayoutRecord, 'key' | 'status'> | undefined): Promise<void>;
  getProposal(caseId: string, proposalId: string): Promise<CompensationProposal | undefined>;
  listProposals(caseId: string): Promise<CompensationProposal[]>;
  /**
   * Counts the ledger rule's proposal for `caseId` against its account's cap, in one conditional
   * write: true when this case already holds a place (a retried step) or takes one now because
   * fewer than `limit` other cases took one at or after `since`; false, writing nothing, when
   * they did. Two cases of one account racing cannot both take the last place.
   */
  claimRuleProposal(claim: RuleProposalClaim): Promise<boolean>;
  /**
   * One automatic refund per ledger transaction, whatever the number of cases about it: claims
   * each reference for `caseId` (a put-once item per transaction) and returns the references this
   * case holds, now or from an earlier attempt. A reference another case holds is left out.
   */
  claimTransactionRefunds(accountId: string, caseId: string, references: readonly string[]): Promise<string[]>;
}

/** What a person's or a customer's answer completes: the workflow's pending task tokens, and the customer's answer links. */
export interface TaskRepository {
  /**
   * Stores the task token a person's answer will complete; the newest for a kind replaces the
   * older one. In production the state machine writes this item itself (see workflows/); the
   * method exists for the same shape in tests and tools.
   */
  saveTaskToken(record: PendingTask): Promise<void>;
  /** The task waiting for an answer; undefined once it is consumed. */
  getTaskToken(caseId: string, kind: PendingTaskKind): Promise<PendingTask | undefined>;
  /**
   * Marks a pending task used, once, recording `answerFingerprint` (who answered and what) in the
   * same conditional write. Any other answer then gets undefined. The same answer again gets the
   * task back until it is marked delivered: the retry of an attempt that died between consuming
   * the token and delivering the answer. `repeat` says the task was last consumed for this same
   * answer (even if released since: a send that failed may still have reached the workflow).
   */
  consumeTaskToken(caseId: string, kind: PendingTaskKind, expectedRef: string, answerFingerprint: string): Promise<ConsumedTask | undefined>;
  /** The answer reached the workflow: from now on even the same answer is a replay. A token replaced meanwhile is left alone. */
  markTaskDelivered(caseId: string, kind: PendingTaskKind, taskToken: string): Promise<void>;
  /** Undoes a consume whose answer could not be delivered, so anyone can answer again; never after it was marked delivered. */
  releaseTaskToken(caseId: string, kind: PendingTaskKind, taskToken: string): Promise<void>;

  /** Stores a new link; put once: a link id already stored gets ConflictError. */
  putAnswerLink(link: AnswerLink): Promise<void>;
  /** Single use: the first caller before `expiresAt` gets the link, every later one undefined. */
  consumeAnswerLink(linkId: string, now: Date): Promise<AnswerLink | undefined>;
  getAnswerLink(linkId: string): Promise<AnswerLink | undefined>;
  /** Undoes a consume whose answer could not be delivered; nothing to do for a link that is not there. */
  releaseAnswerLink(linkId: string): Promise<void>;
}

/** What customers wrote back about their case, and whether a person has read it. */
export interface ReplyRepository {
  /** Stores a customer's reply once per replyId; false when it was already stored. */
  addCustomerReply(reply: CustomerReply): Promise<boolean>;
  /** Every reply of the case, oldest first. */
  listCustomerReplies(caseId: string): Promise<CustomerReply[]>;
  /** Up to `limit` (default 200) cases with a reply no person has read yet, the one with the oldest unread reply first. */
  listCasesWithUnreadReplies(limit?: number): Promise<string[]>;
  /** Marks every unread reply of the case read; returns how many were. */
  markRepliesRead(caseId: string, by: string, at: Date): Promise<number>;
}

/** Who opened which case (staff/access-audit.ts). */
export interface ViewRepository {
  recordView(view: CaseView): Promise<void>;
  /** The latest `limit` (default 20) views of a case, newest first. */
  listViews(caseId: string, limit?: number): Promise<CaseView[]>;
}

/** Fixed-window counters (a window is `floor(now / windowSeconds)`): rate limits, view and complaint counts. */
export interface CounterRepository {
  /** Counts one more and returns the window's count after it (atomic). */
  countInWindow(bucket: string, windowSeconds: number, now: Date): Promise<number>;
  /** Counts one more and returns true while the window's count stays within `limit`; false, counting nothing, once it would exceed it. */
  hitRateLimit(bucket: string, limit: number, windowSeconds: number, now: Date): Promise<boolean>;
}

/** Complaint spikes the classifier noticed (incidents/spike-detection.ts). */
export interface IncidentRepository {
  /** Stores an incident once per incidentId; false when it was already stored. */
  recordIncident(incident: Incident): Promise<boolean>;
  /** Up to `limit` (default 50) incidents detected at or after `since`, newest first. */
  listIncidentsSince(since: Date, limit?: number): Promise<Incident[]>;
}

/** Send-once claims on the customer mail of a case (mail/send-case-mail.ts). */
export interface MessageRepository {
  /**
   * Claims the right to send `messageKey` for a case: 'already-sent' when it was sent, so a
   * retried step never mails twice. A claim still sending is taken over once it is `staleAfterMs`
   * old (its attempt died); a younger one throws TransientError (another attempt is sending).
   */
  claimMessage(caseId: string, messageKey: string, staleAfterMs: number): Promise<'claimed' | 'already-sent'>;
  /** Records the send on the claim; ConflictError when there is no claim. */
  markMessageSent(caseId: string, messageKey: string, providerMessageId: string): Promise<void>;
  /** Gives a claim back after a send that failed, so the retry can send at once instead of waiting out the stale time. A sent message stays sent. */
  releaseMessageClaim(caseId: string, messageKey: string): Promise<void>;
}

/** Every port of the case table, under the names use cases take them by. */
export interface Repositories {
  readonly cases: CaseRepository;
  readonly compensation: CompensationRepository;
  readonly tasks: TaskRepository;
  readonly replies: ReplyRepository;
  readonly views: ViewRepository;
  readonly counters: CounterRepository;
  readonly incidents: IncidentRepository;
  readonly messages: MessageRepository;
}

/** One automatic rule proposal to count against a ledger account's cap (config `compensation.ruleProposalsPer30Days`). */
export interface RuleProposalClaim {
  readonly accountId: string;
  readonly caseId: string;
  readonly at: Date;
  /** Start of the rolling window: places taken before it no longer count. */
  readonly since: Date;
  readonly limit: number;
}

export type PendingTaskKind = 'findings' | 'decision' | 'satisfaction' | 'payout';
export interface PendingTask {
  readonly caseId: string;
  readonly kind: PendingTaskKind;
  readonly taskToken: string;
  /** What the answer refers to: a proposal id, an answer-link id, or the investigation round. */
  readonly ref: string;
  readonly createdAt?: string;
}

/** A task consumed for one answer; `repeat` when that same answer had consumed it before and was not yet delivered. */
export type ConsumedTask = PendingTask & { readonly repeat: boolean };

export interface AnswerLink {
  readonly linkId: string;
  readonly caseId: string;
  readonly caseNumber: string;
  readonly language: string;
  readonly expiresAt: string;
  readonly usedAt?: string;
}

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Tag for the provider (no personal data). */
  readonly tags: Readonly<Record<string, string>>;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

export interface EventPublisher {
  publish(event: LifecycleEvent): Promise<void>;
}

export interface Workflow {
  /** Starts the case's execution; a repeat with the same name and input is a no-op. */
  start(executionName: string, input: unknown): Promise<{ executionArn: string; alreadyRunning: boolean }>;
  sendTaskSuccess(taskToken: string, output: unknown): Promise<void>;
  sendTaskFailure(taskToken: string, error: string, cause: string): Promise<void>;
  /** RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, or undefined when there is no such execution. */
  status(executionName: string): Promise<string | undefined>;
}

/** A customer's raw email where the inbound bucket keeps it. */
export interface StoredEmail {
  readonly bucket: string;
  readonly key: string;
}

/** One record of an email intake that failed every attempt, as its failure queue holds it. */
export interface IntakeFailure {
  /** Hands the record back to the queue to remove it. */
  readonly receipt: string;
  /** The messages the failed invocation was for, or undefined when the record cannot be read. */
  readonly messages: readonly StoredEmail[] | undefined;
}

/** The email intake's failure queue (its on-failure destination). */
export interface IntakeFailureQueue {
  /** Up to `max` records, hidden from other readers for a while; an empty list when none waits. */
  receive(max: number): Promise<IntakeFailure[]>;
  /** Removes a record for good: only once its messages were taken. */
  remove(receipt: string): Promise<void>;
}

/**
 * Runs the email intake on a stored message again, as the bucket's notification does, and waits
 * for it. `outcomes` are the intake's own labels (`complaint`, `reply`, `ignored:<reason>`);
 * `error` is the error's type, never its message.
 */
export interface EmailIntake {
  run(message: StoredEmail): Promise<{ readonly ok: true; readonly outcomes: readonly string[] } | { readonly ok: false; readonly error: string }>;
}

export interface LedgerTransaction {
  readonly reference: string;
  readonly chain: string;
  readonly status: 'pending' | 'confirmed' | 'failed' | 'stuck' | 'unknown';
  readonly direction?: 'deposit' | 'withdrawal';
  readonly amount?: string;
  readonly asset?: string;
  readonly feeCharged?: string;
  readonly accountId?: string;
  readonly createdAt?: string;
  readonly creditedAt?: string;
}

export interface LedgerCustomer {
  readonly accountId: string;
  readonly verified: boolean;
  readonly frozen: boolean;
  readonly tier?: string;
}

export interface Ledger {
  /** The customer matching every field given. Investigate asks by email only: the complainant is whoever owns it. */
  findCustomer(query: { accountId?: string; email?: string }): Promise<LedgerCustomer | undefined>;
  findTransactions(references: readonly string[]): Promise<LedgerTransaction[]>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What Redress asks the operator's payout service to credit: an internal account, never a wallet address. */
export interface PayoutRequest {
  readonly accountId: string;
  /** Exact decimal string in the asset's precision. */
  readonly amount: string;
  readonly asset: string;
  readonly caseNumber: string;
}

/** The payout service's word on one idempotency key (README: the payout contract). */
export interface PayoutAnswer {
  readonly status: 'paid' | 'pending' | 'failed' | 'not_found';
  readonly reference?: string;
  /** The service's short reason code for a failure. */
  readonly reason?: string;
  readonly amount?: string;
  readonly asset?: string;
  readonly accountId?: string;
}

/**
 * The operator's payout service. `request` is safe to repeat with the same key (the service
 * deduplicates by it); after an unknown outcome (timeout, 5xx, a crash) the caller asks `status`
 * first and posts again only on `not_found`. Transport failures throw TransientError.
 */
export interface Payouts {
  request(key: string, request: PayoutRequest): Promise<PayoutAnswer>;
  status(key: string): Promise<PayoutAnswer>;
}
