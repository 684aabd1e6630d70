// In-memory ports for unit tests of use cases. They keep the same contracts as
// the DynamoDB adapter (conditional transitions, single-use tokens and links,
// send-once claims), so a use case test fails where production would.
import type { Case, CaseStatus, CompensationProposal, CustomerReply, PayoutRecord, TimelineEntry, TransitionName } from '../../domain/case/case';
import { TRANSITIONS } from '../../domain/case/case';
import { caseNumberFor } from '../../domain/case/case-number';
import type { Incident } from '../../domain/incidents/spike-detection';
import type { CaseView } from '../../domain/staff/access-audit';
import { CaseNotFoundError, ConflictError, IllegalTransitionError, TransientError } from '../../domain/errors';
import type {
  AnswerLink,
  CasePatch,
  CaseRepository,
  Clock,
  EventPublisher,
  Ledger,
  LedgerCustomer,
  LedgerTransaction,
  Mailer,
  NewCase,
  OutgoingMail,
  PayoutAnswer,
  PayoutRequest,
  Payouts,
  PendingTask,
  PendingTaskKind,
  RuleProposalClaim,
  Workflow,
} from '../../domain/ports';
import type { LifecycleEvent } from '../../../events/catalog';

const clone = <T>(v: T): T => structuredClone(v);

function applyPatch(kase: Case, patch: CasePatch): Case {
  const next: Record<string, unknown> = { ...kase };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete next[k];
    else next[k] = v;
  }
  return next as unknown as Case;
}

export class InMemoryCaseRepository implements CaseRepository {
  readonly cases = new Map<string, Case>();
  readonly timeline = new Map<string, TimelineEntry[]>();
  readonly messages = new Map<string, { state: 'sending' | 'sent'; claimedAt: number }>();
  readonly proposals = new Map<string, CompensationProposal>();
  readonly tasks = new Map<string, PendingTask & { usedAt?: string; answerFingerprint?: string; deliveredAt?: string }>();
  readonly links = new Map<string, AnswerLink>();
  readonly replies = new Map<string, CustomerReply>();
  readonly incidents = new Map<string, Incident>();
  readonly views: CaseView[] = [];
  /** Places taken against the rule-proposal cap, per ledger account (DynamoDB keeps one item per account). */
  readonly ruleProposals = new Map<string, { caseId: string; at: string }[]>();
  private readonly counters = new Map<string, number>();
  private readonly caseNumbers = new Map<string, string>();
  private readonly rates = new Map<string, number>();

  constructor(private readonly clock: Clock = { now: () => new Date() }) {}

  async createCase(newCase: NewCase) {
    const existing = this.cases.get(newCase.caseId);
    if (existing) return { created: false, case: clone(existing) };
    let attempt = 0;
    let caseNumber = caseNumberFor(newCase.caseId, attempt);
    while (this.caseNumbers.has(caseNumber) && this.caseNumbers.get(caseNumber) !== newCase.caseId) caseNumber = caseNumberFor(newCase.caseId, ++attempt);
    this.caseNumbers.set(caseNumber, newCase.caseId);
    const kase: Case = { ...clone(newCase), caseNumber, status: 'received', version: 1, updatedAt: newCase.createdAt, reopenCount: 0 };
    this.cases.set(kase.caseId, kase);
    return { created: true, case: clone(kase) };
  }

  async getCase(caseId: string) {
    const c = this.cases.get(caseId);
    return c ? clone(c) : undefined;
  }

  async findCaseIdByNumber(caseNumber: string) {
    return this.caseNumbers.get(caseNumber);
  }

  async transition(caseId: string, name: TransitionName, patch: CasePatch, entry: Omit<TimelineEntry, 'at'>) {
    const kase = this.cases.get(caseId);
    if (!kase) throw new CaseNotFoundError(caseId);
    const { from, to } = TRANSITIONS[name];
    if (!from.includes(kase.status) && kase.status !== to) throw new IllegalTransitionError(`${name}: a case in status ${kase.status} cannot move to ${to}`);
    const now = this.clock.now().toISOString();
    // As the DynamoDB adapter: a repeat of the transition that put the case here keeps its first time and entry.
    const repeat = kase.status === to && kase.lastTransition?.name === name;
    const lastTransition = repeat ? kase.lastTransition! : { name, at: now };
    const next = { ...applyPatch(kase, patch), status: to, version: kase.version + 1, updatedAt: now, lastTransition };
    this.cases.set(caseId, next);
    const list = this.timeline.get(caseId) ?? [];
    if (!(repeat && list.some((e) => e.at === lastTransition.at && e.action === entry.action))) {
      list.push({ at: lastTransition.at, ...clone(entry) });
      this.timeline.set(caseId, list);
    }
    return clone(next);
  }

  async update(caseId: string, patch: CasePatch) {
    const kase = this.cases.get(caseId);
    if (!kase) throw new CaseNotFoundError(caseId);
    const next = { ...applyPatch(kase, patch), version: kase.version + 1, updatedAt: this.clock.now().toISOString() };
    this.cases.set(caseId, next);
    return clone(next);
  }

  async updateAtVersion(caseId: string, patch: CasePatch, expectedVersion: number) {
    const kase = this.cases.get(caseId);
    if (!kase) throw new CaseNotFoundError(caseId);
    if (kase.version !== expectedVersion) throw new ConflictError(`Case ${caseId} changed meanwhile`);
    return this.update(caseId, patch);
  }

  async appendTimeline(caseId: string, entry: Omit<TimelineEntry, 'at'>) {
    const list = this.timeline.get(caseId) ?? [];
    list.push({ at: this.clock.now().toISOString(), ...clone(entry) });
    this.timeline.set(caseId, list);
  }

  async listTimeline(caseId: string) {
    return clone(this.timeline.get(caseId) ?? []);
  }

  async listByStatus(status: CaseStatus) {
    return [...this.cases.values()].filter((c) => c.status === status).map(clone);
  }

  async claimMessage(caseId: string, messageKey: string, staleAfterMs: number) {
    const key = `${caseId}#${messageKey}`;
    const now = this.clock.now().getTime();
    const existing = this.messages.get(key);
    if (existing?.state === 'sent') return 'already-sent' as const;
    if (existing && now - existing.claimedAt < staleAfterMs) throw new TransientError(`Message ${messageKey} is being sent by another attempt`);
    this.messages.set(key, { state: 'sending', claimedAt: now });
    return 'claimed' as const;
  }

  async markMessageSent(caseId: string, messageKey: string) {
    const key = `${caseId}#${messageKey}`;
    const existing = this.messages.get(key);
    if (!existing) throw new Error('markMessageSent without a claim');
    this.messages.set(key, { ...existing, state: 'sent' });
  }

  async releaseMessageClaim(caseId: string, messageKey: string) {
    const key = `${caseId}#${messageKey}`;
    if (this.messages.get(key)?.state === 'sending') this.messages.delete(key);
  }

  async putProposal(proposal: CompensationProposal, expected?: Pick<CompensationProposal, 'status'>) {
    const id = `${proposal.caseId}#${proposal.proposalId}`;
    if (expected && this.proposals.get(id)?.status !== expected.status) throw new ConflictError(`The compensation ${proposal.proposalId} changed meanwhile`);
    this.proposals.set(id, clone(proposal));
  }

  async updatePayout(caseId: string, proposalId: string, payout: PayoutRecord, expected: Pick<PayoutRecord, 'key' | 'status'> | undefined) {
    const id = `${caseId}#${proposalId}`;
    const existing = this.proposals.get(id);
    if (!existing) throw new CaseNotFoundError(`No proposal ${proposalId}`);
    const now = existing.payout;
    const matches = expected ? now?.key === expected.key && now?.status === expected.status : now === undefined;
    if (!matches) throw new ConflictError(`The payout of ${proposalId} changed meanwhile`);
    this.proposals.set(id, clone({ ...existing, payout }));
  }

  async getProposal(caseId: string, proposalId: string) {
    const p = this.proposals.get(`${caseId}#${proposalId}`);
    return p ? clone(p) : undefined;
  }

  async listProposals(caseId: string) {
    return [...this.proposals.values()].filter((p) => p.caseId === caseId).map(clone);
  }

  async claimRuleProposal(claim: RuleProposalClaim) {
    const held = this.ruleProposals.get(claim.accountId) ?? [];
    if (held.some((p) => p.caseId === claim.caseId)) return true;
    const recent = held.filter((p) => p.at >= claim.since.toISOString());
    if (recent.length >= claim.limit) return false;
    this.ruleProposals.set(claim.accountId, [...recent, { caseId: claim.caseId, at: claim.at.toISOString() }]);
    return true;
  }

  private readonly refundClaims = new Map<string, string>();

  async claimTransactionRefunds(accountId: string, caseId: string, references: readonly string[]) {
    const held: string[] = [];
    for (const ref of references) {
      const key = `${accountId}#${ref.toLowerCase()}`;
      if (!this.refundClaims.has(key)) this.refundClaims.set(key, caseId);
      if (this.refundClaims.get(key) === caseId) held.push(ref);
    }
    return held;
  }

  async releaseTaskToken(caseId: string, kind: PendingTaskKind, taskToken: string) {
    const t = this.tasks.get(`${caseId}#${kind}`);
    if (t && t.taskToken === taskToken && !t.deliveredAt) delete t.usedAt;
  }

  async markTaskDelivered(caseId: string, kind: PendingTaskKind, taskToken: string) {
    const t = this.tasks.get(`${caseId}#${kind}`);
    if (t && t.taskToken === taskToken) t.deliveredAt = this.clock.now().toISOString();
  }

  async saveTaskToken(record: PendingTask) {
    this.tasks.set(`${record.caseId}#${record.kind}`, clone(record));
  }

  async getTaskToken(caseId: string, kind: PendingTaskKind) {
    const t = this.tasks.get(`${caseId}#${kind}`);
    return t && !t.usedAt ? clone(t) : undefined;
  }

  async consumeTaskToken(caseId: string, kind: PendingTaskKind, expectedRef: string, answerFingerprint: string) {
    const t = this.tasks.get(`${caseId}#${kind}`);
    if (!t || t.ref !== expectedRef || t.deliveredAt) return undefined;
    if (t.usedAt && t.answerFingerprint !== answerFingerprint) return undefined;
    const repeat = t.answerFingerprint === answerFingerprint;
    t.usedAt ??= this.clock.now().toISOString();
    t.answerFingerprint = answerFingerprint;
    const { caseId: id, kind: k, taskToken, ref, createdAt } = t;
    return { caseId: id, kind: k, taskToken, ref, ...(createdAt ? { createdAt } : {}), repeat };
  }

  async putAnswerLink(link: AnswerLink) {
    if (this.links.has(link.linkId)) throw new Error('link exists');
    this.links.set(link.linkId, clone(link));
  }

  async getAnswerLink(linkId: string) {
    const l = this.links.get(linkId);
    return l ? clone(l) : undefined;
  }

  async releaseAnswerLink(linkId: string) {
    const l = this.links.get(linkId);
    if (l) this.links.set(linkId, { ...l, usedAt: undefined });
  }

  async consumeAnswerLink(linkId: string, now: Date) {
    const l = this.links.get(linkId);
    if (!l || l.usedAt || new Date(l.expiresAt) <= now) return undefined;
    const used = { ...l, usedAt: now.toISOString() };
    this.links.set(linkId, used);
    return clone(used);
  }

  async addCustomerReply(reply: CustomerReply) {
    const key = `${reply.caseId}#${reply.replyId}`;
    if (this.replies.has(key)) return false;
    this.replies.set(key, clone(reply));
    return true;
  }

  async listCustomerReplies(caseId: string) {
    return [...this.replies.values()].filter((r) => r.caseId === caseId).sort((a, b) => a.at.localeCompare(b.at)).map(clone);
  }

  async listCasesWithUnreadReplies(limit = 200) {
    const unread = [...this.replies.values()].filter((r) => !r.readAt).sort((a, b) => a.at.localeCompare(b.at));
    return [...new Set(unread.map((r) => r.caseId))].slice(0, limit);
  }

  async markRepliesRead(caseId: string, by: string, at: Date) {
    let marked = 0;
    for (const [key, r] of this.replies) {
      if (r.caseId !== caseId || r.readAt) continue;
      this.replies.set(key, { ...r, readAt: at.toISOString(), readBy: by });
      marked++;
    }
    return marked;
  }

  async recordView(view: CaseView) {
    this.views.push(clone(view));
  }

  async listViews(caseId: string, limit = 20) {
    return this.views.filter((v) => v.caseId === caseId).sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit).map(clone);
  }

  async countInWindow(bucket: string, windowSeconds: number, now: Date) {
    const key = `${bucket}#${Math.floor(now.getTime() / 1000 / windowSeconds)}`;
    const count = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, count);
    return count;
  }

  async recordIncident(incident: Incident) {
    if (this.incidents.has(incident.incidentId)) return false;
    this.incidents.set(incident.incidentId, clone(incident));
    return true;
  }

  async listIncidentsSince(since: Date) {
    return [...this.incidents.values()].filter((i) => i.detectedAt >= since.toISOString()).sort((a, b) => b.detectedAt.localeCompare(a.detectedAt)).map(clone);
  }

  async hitRateLimit(bucket: string, limit: number, windowSeconds: number, now: Date) {
    const key = `${bucket}#${Math.floor(now.getTime() / 1000 / windowSeconds)}`;
    const count = this.rates.get(key) ?? 0;
    if (count >= limit) return false;
    this.rates.set(key, count + 1);
    return true;
  }
}

export class RecordingMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];
  async send(mail: OutgoingMail) {
    this.sent.push(clone(mail));
    return { messageId: `m-${this.sent.length}` };
  }
}

export class RecordingEventPublisher implements EventPublisher {
  readonly events: LifecycleEvent[] = [];
  async publish(event: LifecycleEvent) {
    this.events.push(clone(event));
  }
}

export class RecordingWorkflow implements Workflow {
  readonly started: { executionName: string; input: unknown }[] = [];
  readonly completed: { taskToken: string; output: unknown }[] = [];
  failStart = false;
  async start(executionName: string, input: unknown) {
    if (this.failStart) throw Object.assign(new Error('service unavailable'), { name: 'ServiceUnavailable' });
    const alreadyRunning = this.started.some((s) => s.executionName === executionName);
    if (!alreadyRunning) this.started.push({ executionName, input: clone(input) });
    return { executionArn: `arn:local:execution:${executionName}`, alreadyRunning };
  }
  async sendTaskSuccess(taskToken: string, output: unknown) {
    if (this.failTaskSuccess) throw Object.assign(new Error('throttled'), { name: 'ThrottlingException' });
    this.completed.push({ taskToken, output: clone(output) });
  }
  async sendTaskFailure(taskToken: string, error: string) {
    this.completed.push({ taskToken, output: { error } });
  }
  async status(executionName: string) {
    return this.statuses.get(executionName) ?? (this.started.some((s) => s.executionName === executionName) ? 'RUNNING' : undefined);
  }
  readonly statuses = new Map<string, string>();
  failTaskSuccess = false;
}

export class FixtureLedger implements Ledger {
  constructor(
    private readonly customers: (LedgerCustomer & { email?: string })[] = [],
    private readonly transactions: LedgerTransaction[] = [],
  ) {}
  /** Like local/ledger-fixture.ts: every field asked for must match. */
  async findCustomer(query: { accountId?: string; email?: string }) {
    if (!query.accountId && !query.email) return undefined;
    const found = this.customers.find(
      (c) => (!query.accountId || c.accountId === query.accountId) && (!query.email || c.email?.toLowerCase() === query.email.toLowerCase()),
    );
    if (!found) return undefined;
    const { email: _email, ...customer } = found;
    return clone(customer);
  }
  async findTransactions(references: readonly string[]) {
    const wanted = new Set(references.map((r) => r.toLowerCase()));
    return this.transactions.filter((t) => wanted.has(t.reference.toLowerCase()));
  }
}

/**
 * The payout service in memory, as local/payout-fixture.ts behaves: idempotent by key, and
 * scriptable to fail, answer pending, echo a wrong amount, or record a credit and then lose the
 * answer (`crashAfterCredit`: the POST throws as a timeout would, after the credit was made).
 */
export class InMemoryPayouts implements Payouts {
  readonly credits = new Map<string, PayoutRequest & { status: 'paid' | 'pending' | 'failed'; reference?: string; reason?: string }>();
  readonly calls: string[] = [];
  behaviour: 'pay' | 'fail' | 'pending' | 'mismatch' = 'pay';
  crashAfterCredit = 0;
  unreachable = 0;

  async request(key: string, request: PayoutRequest): Promise<PayoutAnswer> {
    this.calls.push(`POST ${key}`);
    if (this.unreachable > 0 && this.unreachable--) throw new TransientError('Payout service unreachable: TimeoutError');
    let record = this.credits.get(key);
    if (!record) {
      const status = this.behaviour === 'fail' ? 'failed' : this.behaviour === 'pending' ? 'pending' : 'paid';
      record = { ...request, status, ...(status === 'paid' ? { reference: `REF-${this.credits.size + 1}` } : {}), ...(status === 'failed' ? { reason: 'account_restricted' } : {}) };
      this.credits.set(key, record);
    }
    if (this.crashAfterCredit > 0 && this.crashAfterCredit--) throw new TransientError('Payout service unreachable: TimeoutError');
    const answer = this.answer(record);
    return this.behaviour === 'mismatch' ? { ...answer, amount: `${answer.amount}1` } : answer;
  }

  async status(key: string): Promise<PayoutAnswer> {
    this.calls.push(`GET ${key}`);
    const record = this.credits.get(key);
    if (!record) return { status: 'not_found' };
    if (record.status === 'pending' && this.behaviour === 'pay') Object.assign(record, { status: 'paid', reference: `REF-${this.credits.size}` });
    return this.answer(record);
  }

  /** Credits actually paid, for "exactly once" checks. */
  paid(): string[] {
    return [...this.credits.entries()].filter(([, r]) => r.status === 'paid').map(([k]) => k);
  }

  private answer(r: PayoutRequest & { status: 'paid' | 'pending' | 'failed'; reference?: string; reason?: string }): PayoutAnswer {
    return { status: r.status, amount: r.amount, asset: r.asset, accountId: r.accountId, ...(r.reference ? { reference: r.reference } : {}), ...(r.reason ? { reason: r.reason } : {}) };
  }
}

export class FixedClock implements Clock {
  constructor(private current: Date) {}
  now() {
    return new Date(this.current);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}
