// Lambda adapter for the steps before a wait on a person or the customer
// (findings, decision, payout, satisfaction). The wait itself is the state machine's.
import { z } from 'zod';
import { CaseIdSchema } from '../domain/case/case-id';
import { prepareWait } from '../domain/use-cases/prepare-wait';
import { stepDeps } from './shared/composition';
import { stepHandler } from './shared/step-handler';

const PrepareWaitEvent = z.object({
  caseId: CaseIdSchema,
  kind: z.enum(['findings', 'decision', 'satisfaction', 'payout']),
  proposalId: z
    .string()
    .max(64)
    .nullish()
    .transform((v) => v ?? undefined),
  escalated: z.boolean().optional(),
});

export const handler = stepHandler('prepare-wait', PrepareWaitEvent, (input) => prepareWait(stepDeps(), input));
