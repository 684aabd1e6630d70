// Lambda adapter for the compensation steps: apply a supervisor's decision, or
// escalate a wait that timed out.
import { z } from 'zod';
import { CaseIdSchema } from '../domain/case/case-id';
import { applyDecision } from '../domain/use-cases/apply-decision';
import { escalateCase } from '../domain/use-cases/escalate-case';
import { stepDeps } from './shared/composition';
import { stepHandler } from './shared/step-handler';

const CompensateEvent = z.discriminatedUnion('action', [
  z.object({ action: z.literal('apply'), caseId: CaseIdSchema, proposalId: z.string().max(64), decision: z.unknown() }),
  z.object({ action: z.literal('escalate'), caseId: CaseIdSchema, waitingFor: z.enum(['findings', 'decision']) }),
]);

export const handler = stepHandler('compensate', CompensateEvent, async (input) => {
  if (input.action === 'apply') return applyDecision(stepDeps(), input.caseId, input.proposalId, input.decision);
  await escalateCase(stepDeps(), input.caseId, input.waitingFor);
  return { escalated: true };
});
