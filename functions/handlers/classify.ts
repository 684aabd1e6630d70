// Lambda adapter for the Classify step. CLASSIFIER picks Bedrock or the
// offline classifier; the offline one is always the fallback.
import { z } from 'zod';
import { BedrockClassifier } from '../adapters/bedrock/bedrock-classifier';
import { offlineClassifier } from '../domain/classification/offline-classifier';
import type { Classifier } from '../domain/classification/types';
import { classifyCase } from '../domain/use-cases/classify-case';
import { bedrock, stepDeps } from './shared/composition';
import { CaseIdSchema, stepHandler } from './shared/step-handler';

const primary: Classifier =
  process.env.CLASSIFIER === 'bedrock' && process.env.BEDROCK_MODEL_ID
    ? new BedrockClassifier(bedrock(), {
        modelId: process.env.BEDROCK_MODEL_ID,
        ...(process.env.BEDROCK_GUARDRAIL_ID ? { guardrailId: process.env.BEDROCK_GUARDRAIL_ID, guardrailVersion: process.env.BEDROCK_GUARDRAIL_VERSION } : {}),
      })
    : offlineClassifier;

export const handler = stepHandler('classify', z.object({ caseId: CaseIdSchema }), ({ caseId }) =>
  classifyCase({ ...stepDeps(), classifier: primary, fallback: offlineClassifier }, caseId),
);
