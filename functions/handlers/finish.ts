// Lambda adapter for the ways a case leaves the automated flow: closed,
// reopened to a person, or flagged for a person after a failure; and the way
// back in, when a person resumes a stuck case from a named step.
import { z } from 'zod';
import { CaseIdSchema } from '../domain/case/case-id';
import { RESUME_STEPS } from '../domain/case/case';
import { closeCase, flagNeedsAttention, reopenCase } from '../domain/use-cases/finish-case';
import { resumeCase } from '../domain/use-cases/resume-case';
import { stepDeps } from './shared/composition';
import { stepHandler } from './shared/step-handler';

const rating = z.number().int().min(1).max(5).nullish();
const FinishEvent = z.discriminatedUnion('action', [
  z.object({ action: z.literal('close'), caseId: CaseIdSchema, outcome: z.enum(['satisfied', 'no_answer']), rating }),
  z.object({ action: z.literal('reopen'), caseId: CaseIdSchema, rating }),
  z.object({
    action: z.literal('needs-attention'),
    caseId: CaseIdSchema,
    error: z.string().max(256).default('States.Unknown'),
    cause: z.string().max(32_768).default(''),
  }),
  z.object({ action: z.literal('resume'), caseId: CaseIdSchema, from: z.enum(RESUME_STEPS) }),
]);

export const handler = stepHandler('finish', FinishEvent, async (input) => {
  switch (input.action) {
    case 'close':
      await closeCase(stepDeps(), input.caseId, input.outcome, input.rating);
      return { closed: true };
    case 'reopen':
      return reopenCase(stepDeps(), input.caseId, input.rating);
    case 'needs-attention':
      await flagNeedsAttention(stepDeps(), input.caseId, input.error, input.cause);
      return { flagged: true };
    case 'resume':
      return resumeCase(stepDeps(), input.caseId, input.from);
  }
});
