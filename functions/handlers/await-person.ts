// Lambda adapter for the callback steps (findings, decision, satisfaction):
// stores the task token the state machine hands over, then returns; the
// execution waits until the person's answer completes the token.
import { z } from 'zod';
import { awaitPerson } from '../domain/use-cases/await-person';
import { stepDeps } from './shared/composition';
import { CaseIdSchema, stepHandler } from './shared/step-handler';

const AwaitPersonEvent = z.object({
  caseId: CaseIdSchema,
  kind: z.enum(['findings', 'decision', 'satisfaction']),
  taskToken: z.string().min(1).max(8192),
  proposalId: z.string().max(64).nullish().transform((v) => v ?? undefined),
  escalated: z.boolean().optional(),
});

export const handler = stepHandler('await-person', AwaitPersonEvent, (input) => awaitPerson(stepDeps(), input));
