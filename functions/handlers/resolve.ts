// Lambda adapter for the Resolve step.
import { z } from 'zod';
import { resolveCase } from '../domain/use-cases/resolve-case';
import { stepDeps } from './shared/composition';
import { CaseIdSchema, stepHandler } from './shared/step-handler';

export const handler = stepHandler('resolve', z.object({ caseId: CaseIdSchema }), ({ caseId }) => resolveCase(stepDeps(), caseId));
