// A supervisor's decision on a compensation proposal, with dual control: up to
// the asset's single-approver limit one supervisor decides; above it (or for an
// asset without a limit) a first approval is stored on the proposal and a
// second, different supervisor confirms or rejects it. The answer reaches the
// workflow through the decision task token (use-cases/complete-task.ts) as
//
//   {decision, reason, by, amount?, secondBy?}
//
// where, under dual control, decision/amount/by/reason are the first approver's
// and secondBy the second's. This module never writes the proposal's final
// status or decision: the workflow's ApplyDecision records them once the answer
// has arrived, so an answer that could not be delivered leaves the proposal
// waiting and the supervisor can simply try again.
import { z } from 'zod';
import type { CompensationDecision, CompensationProposal } from '../case/case';
import type { RedressConfig } from '../config';
import { CaseNotFoundError, ConflictError, ForbiddenError, InvalidInputError } from '../errors';
import { AmountError, compareAmounts, normalizeAmount, PositiveDecimalSchema } from '../money/amount';
import type { CaseRepository, Clock, CompensationRepository, TaskRepository, Workflow } from '../ports';
import { completeTask, type TokenWait } from '../use-cases/complete-task';
import { agentRef, requireGroup, type Actor } from './actor';

export const DecisionInputSchema = z
  .object({
    decision: z.enum(['approve', 'approve_lower', 'reject'], { message: 'approve, approve_lower or reject' }),
    reason: z.string().trim().min(1, { message: 'Give the customer a reason' }).max(1000),
    amount: PositiveDecimalSchema.optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.decision === 'approve_lower' && d.amount === undefined) ctx.addIssue({ code: 'custom', message: 'A lower amount is needed', path: ['amount'] });
    if (d.decision !== 'approve_lower' && d.amount !== undefined)
      ctx.addIssue({ code: 'custom', message: 'Only a lowered approval takes an amount', path: ['amount'] });
  });
export type DecisionInput = z.infer<typeof DecisionInputSchema>;

/** What the workflow's decision wait receives (the lead's ApplyDecision parses the same shape). */
export interface DecisionOutput {
  readonly decision: 'approve' | 'approve_lower' | 'reject';
  readonly reason: string;
  readonly by: string;
  readonly amount?: string;
  readonly secondBy?: string;
}

export interface DecisionDeps {
  readonly cases: CaseRepository;
  readonly compensation: CompensationRepository;
  readonly tasks: TaskRepository;
  readonly workflow: Workflow;
  readonly clock: Clock;
  readonly config: RedressConfig;
  /** @default DEFAULT_TOKEN_WAIT */
  readonly tokenWait?: TokenWait;
}

/**
 * `sent`: the workflow has the decision. `awaiting_second_approval`: the first approval is
 * stored, a second supervisor must approve; the workflow still waits.
 */
export type DecisionOutcome =
  | { readonly outcome: 'sent'; readonly output: DecisionOutput }
  | { readonly outcome: 'awaiting_second_approval'; readonly limit: string | undefined };

/** Statuses in which a proposal still waits on a supervisor. */
export const UNDECIDED: readonly CompensationProposal['status'][] = ['proposed', 'awaiting_decision', 'awaiting_second_approval'];

/**
 * Whether `amount` of `asset` needs a second supervisor: above the asset's single-approver limit,
 * or any amount of an asset without one. A limit that cannot be read in the asset's precision
 * counts as no limit: the safe side is two people.
 */
export function needsSecondApproval(amount: string, asset: string, config: RedressConfig): { needed: boolean; limit: string | undefined } {
  const limit = config.compensation.singleApproverLimit[asset];
  if (limit === undefined) return { needed: true, limit };
  try {
    return { needed: compareAmounts(amount, limit, asset, config.compensation.assetDecimals) > 0, limit };
  } catch (e) {
    if (e instanceof AmountError) return { needed: true, limit };
    throw e;
  }
}

/** The lowered amount in the asset's precision and below the proposal, or field errors. */
function loweredAmount(input: DecisionInput, proposal: CompensationProposal, config: RedressConfig): string {
  const overrides = config.compensation.assetDecimals;
  let amount: string;
  try {
    amount = normalizeAmount(input.amount!, proposal.asset, overrides);
  } catch (e) {
    if (e instanceof AmountError) throw new InvalidInputError('The amount could not be accepted', { amount: [e.message] });
    throw e;
  }
  if (compareAmounts(amount, proposal.amount, proposal.asset, overrides) >= 0) {
    throw new InvalidInputError('The amount could not be accepted', {
      amount: [`A lower amount must be less than the proposed ${proposal.amount} ${proposal.asset}`],
    });
  }
  return amount;
}

export async function decideCompensation(deps: DecisionDeps, actor: Actor, caseId: string, proposalId: string, input: DecisionInput): Promise<DecisionOutcome> {
  requireGroup(actor, 'supervisor', 'admin');
  const proposal = await deps.compensation.getProposal(caseId, proposalId);
  if (!proposal) throw new CaseNotFoundError(`No compensation ${caseId}.${proposalId}`);
  // Four eyes: whoever proposed a payment can never decide on it, first or second.
  if (proposal.proposedBy === agentRef(actor)) throw new ForbiddenError('You cannot decide your own proposal');
  const by = actor.username;
  if (proposal.status === 'awaiting_second_approval' && proposal.firstApproval) return secondDecision(deps, actor, proposal, proposal.firstApproval, input);
  if (proposal.status !== 'awaiting_decision')
    throw new ConflictError(`This compensation is ${proposal.status.replace(/_/g, ' ')}, not waiting for a decision`);

  const amount = input.decision === 'approve_lower' ? loweredAmount(input, proposal, deps.config) : undefined;
  if (input.decision === 'reject') return send(deps, proposal, { decision: 'reject', reason: input.reason, by });

  const { needed, limit } = needsSecondApproval(amount ?? proposal.amount, proposal.asset, deps.config);
  if (!needed) return send(deps, proposal, { decision: input.decision, reason: input.reason, by, ...(amount ? { amount } : {}) });

  // Above the limit: store the first approval; the workflow's token stays untouched until a second supervisor confirms.
  const kase = await deps.cases.getCase(caseId);
  if (kase?.status !== 'awaiting_decision') throw new ConflictError(`This case is ${kase?.status.replace(/_/g, ' ') ?? 'gone'}, not waiting for a decision`);
  const firstApproval: CompensationDecision = {
    by,
    at: deps.clock.now().toISOString(),
    decision: input.decision,
    reason: input.reason,
    ...(amount ? { amount } : {}),
  };
  await deps.compensation.putProposal({ ...proposal, status: 'awaiting_second_approval', firstApproval }, { status: 'awaiting_decision' });
  await deps.cases.appendTimeline(caseId, {
    actor: `supervisor:${by}`,
    action: 'compensation.first_approval',
    detail: { proposalId, decision: input.decision, amount: amount ?? proposal.amount, asset: proposal.asset, limit: limit ?? 'none' },
  });
  return { outcome: 'awaiting_second_approval', limit };
}

/** A second supervisor confirms the first approval as it stands, or rejects it. */
async function secondDecision(
  deps: DecisionDeps,
  actor: Actor,
  proposal: CompensationProposal,
  first: CompensationDecision,
  input: DecisionInput,
): Promise<DecisionOutcome> {
  const by = actor.username;
  if (first.by === by) throw new ForbiddenError('You gave the first approval: a second, different supervisor must approve it');
  if (input.decision === 'approve_lower') {
    throw new InvalidInputError('The second approval confirms or rejects the first', {
      decision: [`Approve ${first.amount ?? proposal.amount} ${proposal.asset} as ${first.by} did, or reject it`],
    });
  }
  if (input.decision === 'reject') return send(deps, proposal, { decision: 'reject', reason: input.reason, by }, input.reason);
  return send(
    deps,
    proposal,
    { decision: first.decision, reason: first.reason, by: first.by, ...(first.amount ? { amount: first.amount } : {}), secondBy: by },
    input.reason,
  );
}

async function send(deps: DecisionDeps, proposal: CompensationProposal, output: DecisionOutput, secondReason?: string): Promise<DecisionOutcome> {
  const answeredBy = output.secondBy ?? output.by;
  await completeTask(deps, { caseId: proposal.caseId, kind: 'decision', ref: proposal.proposalId, by: answeredBy, output }, undefined, deps.tokenWait);
  if (secondReason !== undefined) {
    // The second supervisor's own words are theirs to answer for; the decision the workflow records carries the first's.
    await deps.cases.appendTimeline(proposal.caseId, {
      actor: `supervisor:${answeredBy}`,
      action: 'compensation.second_decision',
      detail: {
        proposalId: proposal.proposalId,
        decision: output.secondBy ? 'approve' : 'reject',
        firstBy: proposal.firstApproval?.by ?? '',
        reason: secondReason,
      },
    });
  }
  return { outcome: 'sent', output };
}
