// Lambda adapter for the Investigate step.
import { z } from 'zod';
import { CaseIdSchema } from '../domain/case/case-id';
import { investigateCase } from '../domain/use-cases/investigate-case';
import { ledger, stepDeps } from './shared/composition';
import { stepHandler } from './shared/step-handler';

export const handler = stepHandler('investigate', z.object({ caseId: CaseIdSchema }), ({ caseId }) =>
  investigateCase({ ...stepDeps(), ledger: ledger() }, caseId),
);
