// Lambda adapter for the Classify step. CLASSIFIER picks Bedrock or the
// offline classifier; the offline one is always the fallback, and each use of
// it is counted by reason (ClassifierFallback) so a model that goes away is noticed.
import { z } from 'zod';
import { CaseIdSchema } from '../domain/case/case-id';
import { BedrockClassifier } from '../adapters/bedrock/bedrock-classifier';
import { offlineClassifier } from '../domain/classification/offline-classifier';
import type { Classifier } from '../domain/classification/types';
import { classifyCase } from '../domain/use-cases/classify-case';
import { bedrock, stepDeps } from './shared/composition';
import { countClassifierFallback } from './shared/powertools';
import { stepHandler } from './shared/step-handler';

/**
 * The models the deploy-time check found behind the configured profile (a stack attribute).
 * Local mode runs no deploy-time check, and what its template stand-in resolves to is not a model id.
 */
const profileModelIds = /^[a-z0-9-]+\.[A-Za-z0-9.:-]+(,[a-z0-9-]+\.[A-Za-z0-9.:-]+)*$/.test(process.env.BEDROCK_PROFILE_MODEL_IDS ?? '')
  ? process.env.BEDROCK_PROFILE_MODEL_IDS
  : undefined;

const primary: Classifier =
  process.env.CLASSIFIER === 'bedrock' && process.env.BEDROCK_MODEL_ID
    ? new BedrockClassifier(bedrock(), {
        modelId: process.env.BEDROCK_MODEL_ID,
        ...(profileModelIds ? { profileModelIds } : {}),
        ...(process.env.BEDROCK_GUARDRAIL_ID ? { guardrailId: process.env.BEDROCK_GUARDRAIL_ID, guardrailVersion: process.env.BEDROCK_GUARDRAIL_VERSION } : {}),
      })
    : offlineClassifier;

export const handler = stepHandler('classify', z.object({ caseId: CaseIdSchema }), ({ caseId }) =>
  classifyCase({ ...stepDeps(), classifier: primary, fallback: offlineClassifier, countFallback: countClassifierFallback }, caseId),
);
