// Step 5, after a supervisor decided: record the outcome on the case, tell
// the customer, and publish it. The decision arrives through the workflow's
// task token as {decision, reason}; only the staff API can produce it.
import { z } from 'zod';
import { lifecycleEvent } from '../../../events/catalog';
import { sendCaseMail } from '../mail/send-case-mail';
import { loadCase, type StepDeps } from './step-deps';

export const DecisionSchema = z
  .object({
    decision: z.enum(['approve', 'approve_lower', 'reject']),
    reason: z.string().min(1).max(1000),
    amount: z.string().regex(/^\d+(\.\d+)?$/).optional(),
    by: z.string().min(1).max(200),
  })
  .strip();
export type Decision = z.infer<typeof DecisionSchema>;

export async function applyDecision(deps: StepDeps, caseId: string, proposalId: string, rawDecision: unknown): Promise<{ approved: boolean }> {
  const decision = DecisionSchema.parse(rawDecision);
  const kase = await loadCase(deps.cases, caseId);
  const proposal = await deps.cases.getProposal(caseId, proposalId);
  if (!proposal) throw new Error(`No proposal ${proposalId}`);
  const approved = decision.decision !== 'reject';
  const amount = decision.decision === 'approve_lower' && decision.amount ? decision.amount : proposal.amount;
  await deps.cases.transition(caseId, 'compensate', {}, {
    actor: `supervisor:${decision.by}`,
    action: `compensation.${decision.decision}`,
    detail: { proposalId, amount: approved ? amount : '0', asset: proposal.asset },
  });
  if (approved) {
    await sendCaseMail(deps, kase, 'compensation-approved', `decision#${proposalId}`, { caseNumber: kase.caseNumber, amount, asset: proposal.asset, lowered: decision.decision === 'approve_lower' }, 'system:compensate');
  } else {
    await sendCaseMail(deps, kase, 'compensation-rejected', `decision#${proposalId}`, { caseNumber: kase.caseNumber, reason: decision.reason }, 'system:compensate');
  }
  await deps.events.publish(lifecycleEvent('compensation.decided', { caseId, proposalId, decision: decision.decision }, deps.clock.now()));
  return { approved };
}
