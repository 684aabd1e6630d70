// Lambda adapter for the Investigate step.
import { z } from 'zod';
import { investigateCase } from '../domain/use-cases/investigate-case';
import { ledger, stepDeps } from './shared/composition';
import { CaseIdSchema, stepHandler } from './shared/step-handler';

export const handler = stepHandler('investigate', z.object({ caseId: CaseIdSchema }), ({ caseId }) => investigateCase({ ...stepDeps(), ledger: ledger() }, caseId));
