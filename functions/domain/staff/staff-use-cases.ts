// What people do in the staff console: see what waits for them, read a case,
// submit findings, write to the customer. Each answer completes the workflow's
// task token exactly once (use-cases/complete-task.ts). Compensation decisions
// are in compensation-decision.ts, payouts in payout-actions.ts, stuck cases
// in stuck-cases.ts.
import { z } from 'zod';
import { lifecycleEvent } from '../../../events/catalog';
import type { Case, CompensationProposal, CustomerReply, TimelineEntry } from '../case/case';
import { PERSON_QUEUES } from '../case/case';
import { CaseNotFoundError, ConflictError, InvalidInputError } from '../errors';
import { AmountError, normalizeAmount, PositiveDecimalSchema } from '../money/amount';
import type { Clock, EventPublisher, Mailer, Repositories, Workflow } from '../ports';
import { completeTask, type TokenWait } from '../use-cases/complete-task';
import type { Incident } from '../incidents/spike-detection';
import type { RedressConfig } from '../config';
import { recordCaseView, type CaseView } from './access-audit';
import { withoutCustomerLinks } from './customer-links';
import { sendCaseMail } from '../mail/send-case-mail';
import { createHash } from 'node:crypto';
import { agentRef, requireGroup, type Actor } from './actor';

/** Every port a staff use case may use; each names the ones it does (`Pick<StaffDeps, …>`). */
export interface StaffDeps extends Repositories {
  readonly workflow: Workflow;
  readonly events: EventPublisher;
  readonly mailer: Mailer;
  readonly clock: Clock;
}

export const FindingsSchema = z
  .object({
    summary: z.string().trim().min(1, { message: 'Summarize what you found' }).max(2000),
    lines: z.array(z.string().trim().min(1).max(500)).max(20).default([]),
    compensation: z
      .object({
        amount: PositiveDecimalSchema,
        asset: z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z0-9]{2,10}$/, { message: 'An asset code like USDT' }),
        reason: z.string().trim().min(1, { message: 'Say why' }).max(500),
        evidence: z.array(z.string().trim().max(200)).max(20).default([]),
      })
      .strict()
      .optional(),
  })
  .strict();
export type FindingsInput = z.infer<typeof FindingsSchema>;

export const CustomerMessageSchema = z.object({ message: z.string().trim().min(1, { message: 'Write something to the customer' }).max(4000) }).strict();
export type CustomerMessageInput = z.infer<typeof CustomerMessageSchema>;

export interface CaseSummary {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly status: Case['status'];
  readonly category?: string;
  readonly priority?: string;
  readonly queue?: string;
  readonly assignee?: string;
  readonly updatedAt: string;
  readonly needsPersonReasons?: readonly string[];
  readonly attentionReason?: string;
  /** The customer wrote back and no person has read it yet. */
  readonly unreadReplies?: boolean;
}

const PRIORITY_ORDER = ['urgent', 'high', 'normal', 'low'];

export async function listWaitingCases(deps: Pick<StaffDeps, 'cases' | 'replies'>, actor: Actor): Promise<CaseSummary[]> {
  requireGroup(actor, 'agent', 'supervisor', 'admin');
  const [lists, replied] = await Promise.all([
    Promise.all(PERSON_QUEUES.map((s) => deps.cases.listByStatus(s, 200))),
    deps.replies.listCasesWithUnreadReplies(200),
  ]);
  const waiting = lists.flat();
  const waitingIds = new Set(waiting.map((c) => c.caseId));
  const unread = new Set(replied);
  // A case the customer wrote back about waits for a person whatever its status.
  const alsoReplied = await Promise.all(replied.filter((id) => !waitingIds.has(id)).map((id) => deps.cases.getCase(id)));
  return [...waiting, ...alsoReplied.filter((c): c is Case => c !== undefined)]
    .map((c) => ({
      caseId: c.caseId,
      caseNumber: c.caseNumber,
      status: c.status,
      ...(c.category ? { category: c.category } : {}),
      ...(c.priority ? { priority: c.priority } : {}),
      ...(c.queue ? { queue: c.queue } : {}),
      ...(c.assignee ? { assignee: c.assignee } : {}),
      updatedAt: c.updatedAt,
      ...(c.needsPersonReasons ? { needsPersonReasons: c.needsPersonReasons } : {}),
      ...(c.attentionReason ? { attentionReason: c.attentionReason } : {}),
      ...(unread.has(c.caseId) ? { unreadReplies: true } : {}),
    }))
    .sort((a, b) => PRIORITY_ORDER.indexOf(a.priority ?? 'normal') - PRIORITY_ORDER.indexOf(b.priority ?? 'normal') || a.updatedAt.localeCompare(b.updatedAt));
}

export async function getCaseDetail(
  deps: Pick<StaffDeps, 'cases' | 'compensation' | 'tasks' | 'replies' | 'views' | 'counters' | 'events' | 'clock'> & { readonly config: RedressConfig },
  actor: Actor,
  caseId: string,
): Promise<{ case: Case; timeline: TimelineEntry[]; proposals: CompensationProposal[]; replies: CustomerReply[]; views: CaseView[] }> {
  requireGroup(actor, 'agent', 'supervisor', 'admin');
  const kase = await deps.cases.getCase(caseId);
  if (!kase) throw new CaseNotFoundError(`No case ${caseId}`);
  // Recorded before anything is shown: a view that could not be recorded shows nothing.
  await recordCaseView(deps, actor, caseId);
  const [timeline, proposals, replies, views, satisfactionWait] = await Promise.all([
    deps.cases.listTimeline(caseId),
    deps.compensation.listProposals(caseId),
    deps.replies.listCustomerReplies(caseId),
    deps.views.listViews(caseId),
    deps.tasks.getTaskToken(caseId, 'satisfaction'),
  ]);
  // A link id would let a person answer for the customer: none leaves here (customer-links.ts).
  return withoutCustomerLinks({ case: kase, timeline, proposals, replies, views }, [kase.answerLink?.linkId, satisfactionWait?.ref]);
}

/** A person has read what the customer wrote back: the case leaves the queue's replies. */
export async function markRepliesRead(deps: Pick<StaffDeps, 'cases' | 'replies' | 'clock'>, actor: Actor, caseId: string): Promise<number> {
  requireGroup(actor, 'agent', 'supervisor', 'admin');
  if (!(await deps.cases.getCase(caseId))) throw new CaseNotFoundError(`No case ${caseId}`);
  return recordRepliesRead(deps, actor, caseId);
}

/** Marks the case's unread replies read and says so on its timeline; the caller has checked who and which case. */
async function recordRepliesRead(deps: Pick<StaffDeps, 'cases' | 'replies' | 'clock'>, actor: Actor, caseId: string): Promise<number> {
  const marked = await deps.replies.markRepliesRead(caseId, agentRef(actor), deps.clock.now());
  if (marked > 0) await deps.cases.appendTimeline(caseId, { actor: agentRef(actor), action: 'replies.read', detail: { replies: marked } });
  return marked;
}

/** The proposed amount in its asset's precision, as it will be paid; field errors otherwise. */
function proposedAmount(compensation: NonNullable<FindingsInput['compensation']>, config: RedressConfig): string {
  try {
    return normalizeAmount(compensation.amount, compensation.asset, config.compensation.assetDecimals);
  } catch (e) {
    if (e instanceof AmountError) throw new InvalidInputError('The findings could not be accepted', { compensation: [e.message] });
    throw e;
  }
}

export async function submitFindings(
  deps: Pick<StaffDeps, 'cases' | 'tasks' | 'workflow' | 'events' | 'clock'> & { readonly config: RedressConfig; readonly tokenWait?: TokenWait },
  actor: Actor,
  caseId: string,
  input: FindingsInput,
): Promise<void> {
  requireGroup(actor, 'agent', 'supervisor', 'admin');
  const kase = await deps.cases.getCase(caseId);
  if (!kase) throw new CaseNotFoundError(`No case ${caseId}`);
  if (kase.status !== 'awaiting_findings') throw new ConflictError(`This case is ${kase.status}, not waiting for findings`);
  const compensation = input.compensation ? { ...input.compensation, amount: proposedAmount(input.compensation, deps.config) } : undefined;
  const now = deps.clock.now();
  const by = agentRef(actor);
  const answer = {
    caseId,
    kind: 'findings' as const,
    ref: `round-${kase.reopenCount}`,
    by,
    output: { submitted: true, compensationProposed: Boolean(compensation) },
    content: input,
  };
  await completeTask(
    deps,
    answer,
    async () => {
      await deps.cases.update(caseId, {
        findings: { by, at: now.toISOString(), summary: input.summary, lines: input.lines.length ? input.lines : [input.summary] },
        proposalDraft: compensation ? { ...compensation, proposedBy: by } : undefined,
        assignee: actor.username,
      });
      await deps.cases.appendTimeline(caseId, {
        actor: by,
        action: 'findings.submitted',
        detail: { lines: input.lines.length, ...(compensation ? { proposal: `${compensation.amount} ${compensation.asset}` } : {}) },
      });
    },
    deps.tokenWait,
  );
  await deps.events.publish(lifecycleEvent('case.findings_submitted', { caseId, compensationProposed: Boolean(input.compensation) }, now));
}

/**
 * A person writes to the customer from the console (an answer to what they wrote back, a
 * question, an update). The same words to the same case are sent once, so a double click does
 * not mail twice; writing back also counts as having read the customer's replies.
 */
export async function messageCustomer(
  deps: Pick<StaffDeps, 'cases' | 'replies' | 'messages' | 'mailer' | 'clock'>,
  actor: Actor,
  caseId: string,
  input: CustomerMessageInput,
): Promise<'sent' | 'already-sent'> {
  requireGroup(actor, 'agent', 'supervisor', 'admin');
  const kase = await deps.cases.getCase(caseId);
  if (!kase) throw new CaseNotFoundError(`No case ${caseId}`);
  const by = agentRef(actor);
  const key = `agent-message#${createHash('sha256').update(input.message).digest('hex').slice(0, 16)}`;
  const result = await sendCaseMail(
    deps,
    kase,
    'agent-message',
    key,
    { caseNumber: kase.caseNumber, customerName: kase.contact.name, message: input.message },
    by,
  );
  if (result === 'sent') await deps.cases.appendTimeline(caseId, { actor: by, action: 'customer.messaged', detail: { chars: input.message.length } });
  await recordRepliesRead(deps, actor, caseId);
  return result;
}

/** How far back the console shows incidents. */
const INCIDENT_LOOKBACK_MS = 24 * 3600 * 1000;

/** Waves of one kind of complaint in the last day, newest first (incidents/spike-detection.ts). */
export async function listRecentIncidents(deps: Pick<StaffDeps, 'incidents' | 'clock'>, actor: Actor): Promise<Incident[]> {
  requireGroup(actor, 'agent', 'supervisor', 'admin');
  return deps.incidents.listIncidentsSince(new Date(deps.clock.now().getTime() - INCIDENT_LOOKBACK_MS));
}
