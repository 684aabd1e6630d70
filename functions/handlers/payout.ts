// Lambda adapter for the payout steps: pay an approved compensation through
// the operator's payout service, or apply what a person decided about a
// payout that waited on them (retry, recheck, a manual reference).
import { z } from 'zod';
import { CaseIdSchema, ProposalIdSchema } from '../domain/case/case-id';
import { applyPayoutAnswer, payCompensation } from '../domain/use-cases/pay-compensation';
import { payouts, stepDeps } from './shared/composition';
import { stepHandler } from './shared/step-handler';

const PayoutEvent = z.discriminatedUnion('action', [
  z.object({ action: z.literal('pay'), caseId: CaseIdSchema, proposalId: ProposalIdSchema }),
  z.object({
    action: z.literal('answer'),
    caseId: CaseIdSchema,
    proposalId: ProposalIdSchema,
    answer: z.object({
      action: z.enum(['retry', 'recheck', 'manual']),
      reason: z.string().max(1000).default(''),
      by: z.string().min(1).max(200),
      reference: z.string().max(200).optional(),
    }),
  }),
]);

export const handler = stepHandler('payout', PayoutEvent, async (input) => {
  const deps = { ...stepDeps(), payouts: payouts() };
  if (input.action === 'pay') return payCompensation(deps, input.caseId, input.proposalId);
  return applyPayoutAnswer(deps, input.caseId, input.proposalId, input.answer);
});
