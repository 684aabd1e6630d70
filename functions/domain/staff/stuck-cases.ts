// No dead ends: a supervisor restarts a stuck case (`needs_attention`,
// `with_supervisor`) from a named step, hands it back to an agent's findings
// (the step `findings`), or closes it with a reason and a last mail to the
// customer. Each is on the timeline with who and why.
//
// A restart is a new execution, `<caseId>-r<n>`, whose first state runs
// use-cases/resume-case.ts. The request is written to the case at the version
// read (so two requests cannot both take number n) before the execution
// starts, and starting is idempotent by name: a request retried after any
// fault reuses its number, and never starts a second execution.
import { z } from 'zod';
import { lifecycleEvent } from '../../../events/catalog';
import { RESUMABLE_STATUSES, RESUME_STEPS, type Case, type ResumeRequest, type ResumeStep } from '../case/case';
import { executionNameFor } from '../case/case-id';
import type { RedressConfig } from '../config';
import { CaseNotFoundError, ConflictError } from '../errors';
import { sendCaseMail } from '../mail/send-case-mail';
import type { CaseRepository, Clock, CompensationRepository, EventPublisher, Mailer, MessageRepository, Workflow } from '../ports';
import { proposalIdFor } from '../use-cases/resolve-case';
import { UNDECIDED } from './compensation-decision';
import { requireGroup, type Actor } from './actor';

export const ResumeInputSchema = z
  .object({
    from: z.enum(RESUME_STEPS, { message: `One of the steps ${RESUME_STEPS.join(', ')}` }),
    reason: z.string().trim().min(1, { message: 'Say why' }).max(1000),
  })
  .strict();
export type ResumeInput = z.infer<typeof ResumeInputSchema>;

export const CloseInputSchema = z.object({ reason: z.string().trim().min(1, { message: 'Say why; the customer is told' }).max(1000) }).strict();
export type CloseInput = z.infer<typeof CloseInputSchema>;

export interface StuckCaseDeps {
  readonly cases: CaseRepository;
  readonly compensation: CompensationRepository;
  readonly workflow: Workflow;
  readonly clock: Clock;
  readonly config: RedressConfig;
}

/** The execution driving (or last driving) a case. */
export const currentExecution = (kase: Case) => kase.executionName ?? executionNameFor(kase.caseId);
export const resumeExecutionName = (caseId: string, n: number) => `${caseId}-r${n}`;

export interface ResumeResult {
  readonly executionName: string;
  /** True when this repeated a request already under way: nothing new was started. */
  readonly alreadyRequested: boolean;
}

/** Why resuming from `from` makes no sense for this case, or undefined when it does. */
async function stepMismatch(compensation: CompensationRepository, kase: Case, from: ResumeStep): Promise<string | undefined> {
  const proposalId = proposalIdFor(kase.reopenCount);
  if (from === 'decision') {
    const proposal = await compensation.getProposal(kase.caseId, proposalId);
    if (!proposal || !UNDECIDED.includes(proposal.status)) return `No compensation proposal of this round (${proposalId}) waits for a decision`;
  }
  if (from === 'payout') {
    const proposal = await compensation.getProposal(kase.caseId, proposalId);
    if (!proposal || (proposal.status !== 'approved' && proposal.status !== 'approved_lower'))
      return `No approved compensation of this round (${proposalId}) to pay`;
    if (proposal.payout?.status === 'paid') return `The compensation ${proposalId} is already paid`;
  }
  return undefined;
}

/** What the resumed execution carries where the original one had Resolve's answer. */
async function resolutionFor(compensation: CompensationRepository, kase: Case): Promise<{ compensationProposed: boolean; proposalId: string | null }> {
  const proposalId = proposalIdFor(kase.reopenCount);
  return (await compensation.getProposal(kase.caseId, proposalId))
    ? { compensationProposed: true, proposalId }
    : { compensationProposed: false, proposalId: null };
}

export async function requestResume(deps: StuckCaseDeps, actor: Actor, caseId: string, input: ResumeInput): Promise<ResumeResult> {
  requireGroup(actor, 'supervisor', 'admin');
  const kase = await deps.cases.getCase(caseId);
  if (!kase) throw new CaseNotFoundError(`No case ${caseId}`);
  if (!RESUMABLE_STATUSES.includes(kase.status))
    throw new ConflictError(`This case is ${kase.status.replace(/_/g, ' ')}: only a case that needs attention or is with a supervisor can be resumed`);
  const mismatch = await stepMismatch(deps.compensation, kase, input.from);
  if (mismatch) throw new ConflictError(`Cannot resume from ${input.from}: ${mismatch}`);

  const running = await deps.workflow.status(currentExecution(kase));
  const pending = kase.pendingResume;
  let n: number;
  if (pending && currentExecution(kase) === resumeExecutionName(caseId, pending.n)) {
    // A restart was asked for and its execution has not taken the case up yet.
    if (running === 'RUNNING') {
      if (pending.from === input.from) return { executionName: currentExecution(kase), alreadyRequested: true };
      throw new ConflictError(`A restart from ${pending.from} is already under way`);
    }
    // Never started (the request stopped short of it): this one takes its number. Ended without
    // taking the case up: a new number.
    n = running === undefined ? pending.n : pending.n + 1;
  } else {
    if (running === 'RUNNING') throw new ConflictError('The workflow is still running this case; try again in a moment');
    n = (kase.resumeCount ?? 0) + 1;
  }

  const executionName = resumeExecutionName(caseId, n);
  const request: ResumeRequest = { n, from: input.from, by: actor.username, at: deps.clock.now().toISOString() };
  // Conditional on the version read: of two requests racing, one takes number n, the other gets 409.
  await deps.cases.updateAtVersion(caseId, { resumeCount: n, executionName, pendingResume: request }, kase.version);
  await deps.cases.appendTimeline(caseId, {
    actor: `supervisor:${actor.username}`,
    action: 'case.resume_requested',
    detail: { from: input.from, reason: input.reason, execution: executionName },
  });
  await deps.workflow.start(executionName, {
    caseId,
    config: { timeouts: deps.config.timeouts },
    resumeAt: input.from,
    resolution: await resolutionFor(deps.compensation, kase),
  });
  return { executionName, alreadyRequested: false };
}

export interface CloseDeps {
  readonly cases: CaseRepository;
  readonly messages: MessageRepository;
  readonly workflow: Workflow;
  readonly mailer: Mailer;
  readonly events: EventPublisher;
  readonly clock: Clock;
}

/** Closes a stuck case for good and tells the customer why, once. */
export async function closeStuckCase(deps: CloseDeps, actor: Actor, caseId: string, input: CloseInput): Promise<'closed' | 'already-closed'> {
  requireGroup(actor, 'supervisor', 'admin');
  const kase = await deps.cases.getCase(caseId);
  if (!kase) throw new CaseNotFoundError(`No case ${caseId}`);
  const by = `supervisor:${actor.username}`;
  if (kase.status === 'closed') {
    // A retry after the close went through: finish what the first attempt may have left (the mail).
    const closing = (await deps.cases.listTimeline(caseId)).find((e) => e.action === 'case.closed' && e.detail?.outcome === 'by_person');
    if (!closing) throw new ConflictError('This case is already closed');
    await sendCaseMail(
      deps,
      kase,
      'closed-by-staff',
      'closed-by-staff',
      { caseNumber: kase.caseNumber, reason: String(closing.detail?.reason ?? input.reason) },
      by,
    );
    return 'already-closed';
  }
  if (!RESUMABLE_STATUSES.includes(kase.status))
    throw new ConflictError(`This case is ${kase.status.replace(/_/g, ' ')}: only a case that needs attention or is with a supervisor can be closed here`);
  // An execution still driving the case would find it closed under its feet.
  if ((await deps.workflow.status(currentExecution(kase))) === 'RUNNING')
    throw new ConflictError('The workflow is still running this case; try again in a moment');
  const at = deps.clock.now();
  await deps.cases.transition(
    caseId,
    'close',
    { pendingResume: undefined },
    { actor: by, action: 'case.closed', detail: { outcome: 'by_person', reason: input.reason } },
  );
  await sendCaseMail(deps, kase, 'closed-by-staff', 'closed-by-staff', { caseNumber: kase.caseNumber, reason: input.reason }, by);
  await deps.events.publish(lifecycleEvent('case.closed', { caseId, outcome: 'by_person' }, at));
  return 'closed';
}
