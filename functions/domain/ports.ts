// The ports use cases talk through. Adapters for AWS live in functions/adapters;
// tests use the in-memory ones in functions/adapters/memory. Nothing here may
// import the AWS SDK: that is what lets one use case run on AWS and locally.
import type { Case, CaseStatus, CompensationProposal, CustomerReply, TimelineEntry, TransitionName } from './case/case';
import type { LifecycleEvent } from '../../events/catalog';
import type { Incident } from './incidents/spike-detection';
import type { CaseView } from './staff/access-audit';

export type NewCase = Omit<Case, 'caseNumber' | 'status' | 'version' | 'updatedAt' | 'reopenCount'>;
export type CasePatch = Partial<Omit<Case, 'caseId' | 'caseNumber' | 'status' | 'version' | 'createdAt'>>;

export interface CaseRepository {
  /** Stores a new case (status `received`) or returns the one already stored under this id. */
  createCase(newCase: NewCase): Promise<{ created: boolean; case: Case }>;
  getCase(caseId: string): Promise<Case | undefined>;
  findCaseIdByNumber(caseNumber: string): Promise<string | undefined>;
  /** Conditional status change; throws IllegalTransitionError when the case is not in an allowed status. */
  transition(caseId: string, name: TransitionName, patch: CasePatch, entry: Omit<TimelineEntry, 'at'>): Promise<Case>;
  /** Unconditional on status but conditional on existence; for fields that are not status. */
  update(caseId: string, patch: CasePatch): Promise<Case>;
  appendTimeline(caseId: string, entry: Omit<TimelineEntry, 'at'>): Promise<void>;
  listTimeline(caseId: string): Promise<TimelineEntry[]>;
  listByStatus(status: CaseStatus, limit?: number): Promise<Case[]>;

  /**
   * Claims the right to send `messageKey` for a case. Returns false when it was
   * already sent, so a retried step never mails twice.
   */
  claimMessage(caseId: string, messageKey: string, staleAfterMs: number): Promise<'claimed' | 'already-sent'>;
  markMessageSent(caseId: string, messageKey: string, providerMessageId: string): Promise<void>;

  putProposal(proposal: CompensationProposal): Promise<void>;
  getProposal(caseId: string, proposalId: string): Promise<CompensationProposal | undefined>;
  listProposals(caseId: string): Promise<CompensationProposal[]>;

  /**
   * Stores the task token a person's answer will complete. In production the
   * state machine writes this item itself (see workflows/); the method exists
   * for the same shape in tests and tools.
   */
  saveTaskToken(record: PendingTask): Promise<void>;
  getTaskToken(caseId: string, kind: PendingTaskKind): Promise<PendingTask | undefined>;
  /** Marks a pending task used, once: the second caller gets undefined. */
  consumeTaskToken(caseId: string, kind: PendingTaskKind, expectedRef: string): Promise<PendingTask | undefined>;
  /** Undoes a consume whose answer could not be delivered, so the person can try again. */
  releaseTaskToken(caseId: string, kind: PendingTaskKind, taskToken: string): Promise<void>;

  putAnswerLink(link: AnswerLink): Promise<void>;
  /** Single use: the first caller within the expiry gets the link, every later one undefined. */
  consumeAnswerLink(linkId: string, now: Date): Promise<AnswerLink | undefined>;
  getAnswerLink(linkId: string): Promise<AnswerLink | undefined>;
  /** Undoes a consume whose answer could not be delivered. */
  releaseAnswerLink(linkId: string): Promise<void>;

  /** Stores a customer's reply once per replyId; false when it was already stored. */
  addCustomerReply(reply: CustomerReply): Promise<boolean>;
  listCustomerReplies(caseId: string): Promise<CustomerReply[]>;
  /** Cases with a reply no person has read yet, oldest reply first. */
  listCasesWithUnreadReplies(limit?: number): Promise<string[]>;
  /** Marks every unread reply of the case read; returns how many were. */
  markRepliesRead(caseId: string, by: string, at: Date): Promise<number>;

  /** Records that a person opened a case (staff/access-audit.ts). */
  recordView(view: CaseView): Promise<void>;
  /** The latest views of a case, newest first. */
  listViews(caseId: string, limit?: number): Promise<CaseView[]>;
  /** Fixed-window counter: counts one more and returns the window's count after it (atomic). */
  countInWindow(bucket: string, windowSeconds: number, now: Date): Promise<number>;
  /** Stores an incident once per incidentId; false when it was already stored. */
  recordIncident(incident: Incident): Promise<boolean>;
  /** Incidents detected at or after `since`, newest first. */
  listIncidentsSince(since: Date): Promise<Incident[]>;

  /** Fixed-window counter; returns false once `limit` is exceeded within the window. */
  hitRateLimit(bucket: string, limit: number, windowSeconds: number, now: Date): Promise<boolean>;
}

export type PendingTaskKind = 'findings' | 'decision' | 'satisfaction';
export interface PendingTask {
  readonly caseId: string;
  readonly kind: PendingTaskKind;
  readonly taskToken: string;
  /** What the answer refers to: a proposal id, an answer-link id, or the investigation round. */
  readonly ref: string;
  readonly createdAt?: string;
}

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
  findCustomer(query: { accountId?: string; email?: string }): Promise<LedgerCustomer | undefined>;
  findTransactions(references: readonly string[]): Promise<LedgerTransaction[]>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
