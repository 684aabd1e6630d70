// Lambda adapter for the Resolve step.
import { z } from 'zod';
import { CaseIdSchema } from '../domain/case/case-id';
import { resolveCase } from '../domain/use-cases/resolve-case';
import { stepDeps } from './shared/composition';
import { stepHandler } from './shared/step-handler';

export const handler = stepHandler('resolve', z.object({ caseId: CaseIdSchema }), ({ caseId }) => resolveCase(stepDeps(), caseId));
