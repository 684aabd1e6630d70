// Lambda adapter for the Acknowledge step.
import { z } from 'zod';
import { CaseIdSchema } from '../domain/case/case-id';
import { acknowledgeCase } from '../domain/use-cases/acknowledge-case';
import { stepDeps } from './shared/composition';
import { stepHandler } from './shared/step-handler';

export const handler = stepHandler('acknowledge', z.object({ caseId: CaseIdSchema }), ({ caseId }) => acknowledgeCase(stepDeps(), caseId));
