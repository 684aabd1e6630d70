// Step 5, after a supervisor decided: record the decision on the proposal and
// the case, tell the customer, and publish it. The decision arrives through
// the workflow's task token as {decision, reason, by, amount?, secondBy?}; only
// the staff API can produce it, and it writes nothing of the decision itself:
// the decision is recorded here, once the workflow has it, so a decision that
// never reached the workflow never reads "approved". An approval is paid by
// the next step (pay-compensation.ts); this mail says approved, never paid.
import { z } from 'zod';
import { lifecycleEvent } from '../../../events/catalog';
import type { CompensationStatus } from '../case/case';
import { sendCaseMail } from '../mail/send-case-mail';
import { loadCase, type StepDeps } from './step-deps';

export const DecisionSchema = z
  .object({
    decision: z.enum(['approve', 'approve_lower', 'reject']),
    reason: z.string().min(1).max(1000),
    amount: z
      .string()
      .regex(/^\d+(\.\d+)?$/)
      .optional(),
    by: z.string().min(1).max(200),
    /** With dual control: the second, different supervisor who confirmed the first's approval. */
    secondBy: z.string().min(1).max(200).optional(),
  })
  .strip();
export type Decision = z.infer<typeof DecisionSchema>;

const STATUS_OF: Record<Decision['decision'], CompensationStatus> = { approve: 'approved', approve_lower: 'approved_lower', reject: 'rejected' };

export async function applyDecision(
  deps: Pick<StepDeps, 'cases' | 'compensation' | 'messages' | 'mailer' | 'events' | 'clock'>,
  caseId: string,
  proposalId: string,
  rawDecision: unknown,
): Promise<{ approved: boolean }> {
  const decision = DecisionSchema.parse(rawDecision);
  const kase = await loadCase(deps.cases, caseId);
  const proposal = await deps.compensation.getProposal(caseId, proposalId);
  if (!proposal) throw new Error(`No proposal ${proposalId}`);
  const approved = decision.decision !== 'reject';
  const amount = decision.decision === 'approve_lower' && decision.amount ? decision.amount : proposal.amount;
  const status = STATUS_OF[decision.decision];
  const at = deps.clock.now().toISOString();
  if (proposal.status !== status) {
    // Conditional on the status just read (the repository's put): a retried step finds it written and skips.
    await deps.compensation.putProposal({
      ...proposal,
      status,
      decision: {
        by: decision.by,
        at,
        decision: decision.decision,
        reason: decision.reason,
        ...(decision.amount ? { amount: decision.amount } : {}),
        ...(decision.secondBy ? { secondBy: decision.secondBy } : {}),
      },
    });
    await deps.cases.appendTimeline(caseId, {
      actor: `supervisor:${decision.by}`,
      action: 'compensation.decided',
      detail: {
        proposalId,
        decision: decision.decision,
        amount: approved ? amount : '0',
        asset: proposal.asset,
        ...(decision.secondBy ? { secondApprover: decision.secondBy } : {}),
      },
    });
  }
  await deps.cases.transition(
    caseId,
    'compensate',
    {},
    {
      actor: `supervisor:${decision.secondBy ?? decision.by}`,
      action: `compensation.${decision.decision}`,
      detail: { proposalId, amount: approved ? amount : '0', asset: proposal.asset },
    },
  );
  if (approved) {
    await sendCaseMail(
      deps,
      kase,
      'compensation-approved',
      `decision#${proposalId}`,
      { caseNumber: kase.caseNumber, amount, asset: proposal.asset, lowered: decision.decision === 'approve_lower' },
      'system:compensate',
    );
  } else {
    await sendCaseMail(
      deps,
      kase,
      'compensation-rejected',
      `decision#${proposalId}`,
      { caseNumber: kase.caseNumber, reason: decision.reason },
      'system:compensate',
    );
  }
  await deps.events.publish(lifecycleEvent('compensation.decided', { caseId, proposalId, decision: decision.decision }, deps.clock.now()));
  return { approved };
}
