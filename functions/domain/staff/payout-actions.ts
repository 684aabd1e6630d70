// What a supervisor does about a payout that waits on a person (case status
// `awaiting_payout`): try a failed payout again, ask the payout service again
// about one it left pending, or record a payout made outside Redress with its
// reference. The answer completes the workflow's payout wait as
//
//   {action, reason, by, reference?}
//
// and the payout step records what follows; nothing here writes the payout.
import { z } from 'zod';
import type { PayoutStatus } from '../case/case';
import { CaseNotFoundError, ConflictError } from '../errors';
import type { CaseRepository, Clock, CompensationRepository, TaskRepository, Workflow } from '../ports';
import { completeTask, type TokenWait } from '../use-cases/complete-task';
import { requireGroup, type Actor } from './actor';

/** A reference from a bank or another system: short, and nothing that could be markup or a link. */
export const PAYOUT_REFERENCE = /^[A-Za-z0-9 ._:/#-]{1,200}$/;

export const PayoutActionSchema = z
  .object({
    action: z.enum(['retry', 'recheck', 'manual'], { message: 'retry, recheck or manual' }),
    reason: z.string().trim().min(1, { message: 'Say why' }).max(1000),
    reference: z.string().trim().regex(PAYOUT_REFERENCE, { message: 'Up to 200 letters, digits, spaces and . _ : / # -' }).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.action === 'manual' && a.reference === undefined)
      ctx.addIssue({ code: 'custom', message: 'The reference of the payment you made', path: ['reference'] });
    if (a.action !== 'manual' && a.reference !== undefined)
      ctx.addIssue({ code: 'custom', message: 'Only a manual payout takes a reference', path: ['reference'] });
  });
export type PayoutActionInput = z.infer<typeof PayoutActionSchema>;

export interface PayoutActionOutput {
  readonly action: PayoutActionInput['action'];
  readonly reason: string;
  readonly by: string;
  readonly reference?: string;
}

/** The payout states each action makes sense in; `undefined` is a payout not recorded yet. */
const ALLOWED: Record<PayoutActionInput['action'], (status: PayoutStatus | undefined) => boolean> = {
  retry: (s) => s === 'failed',
  recheck: (s) => s === 'pending' || s === 'requested',
  manual: (s) => s !== 'paid',
};

export interface PayoutActionDeps {
  readonly cases: CaseRepository;
  readonly compensation: CompensationRepository;
  readonly tasks: TaskRepository;
  readonly workflow: Workflow;
  readonly clock: Clock;
  /** @default DEFAULT_TOKEN_WAIT */
  readonly tokenWait?: TokenWait;
}

export async function requestPayoutAction(
  deps: PayoutActionDeps,
  actor: Actor,
  caseId: string,
  proposalId: string,
  input: PayoutActionInput,
): Promise<PayoutActionOutput> {
  requireGroup(actor, 'supervisor', 'admin');
  const [kase, proposal] = await Promise.all([deps.cases.getCase(caseId), deps.compensation.getProposal(caseId, proposalId)]);
  if (!kase || !proposal) throw new CaseNotFoundError(`No compensation ${caseId}.${proposalId}`);
  if (kase.status !== 'awaiting_payout') throw new ConflictError(`This case is ${kase.status.replace(/_/g, ' ')}, not waiting on a person for its payout`);
  const status = proposal.payout?.status;
  if (!ALLOWED[input.action](status))
    throw new ConflictError(
      `A payout that is ${status ?? 'not recorded'} cannot be ${input.action === 'manual' ? 'recorded as paid by hand' : input.action === 'retry' ? 'retried' : 'checked again'}`,
    );
  const by = actor.username;
  const output: PayoutActionOutput = { action: input.action, reason: input.reason, by, ...(input.reference ? { reference: input.reference } : {}) };
  await completeTask(deps, { caseId, kind: 'payout', ref: proposalId, by, output }, undefined, deps.tokenWait);
  // Only once it was delivered; a repeat gets here only when the attempt before stopped short of it.
  await deps.cases.appendTimeline(caseId, {
    actor: `supervisor:${by}`,
    action: 'payout.action_requested',
    detail: { proposalId, action: input.action, ...(input.reference ? { reference: input.reference } : {}) },
  });
  return output;
}
