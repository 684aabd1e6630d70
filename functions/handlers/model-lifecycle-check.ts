// The deploy-time model check: a CloudFormation custom resource (through CDK's
// Provider framework, which turns a throw into a failed deploy). It runs when
// the stack is created and whenever the model id or region changes; the
// decision is checkModelLifecycle's, this adapter only speaks CloudFormation.
import { BedrockClient } from '@aws-sdk/client-bedrock';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { z } from 'zod';
import { BedrockModelCatalog } from '../adapters/bedrock/bedrock-model-catalog';
import { checkModelLifecycle } from '../domain/classification/model-lifecycle';
import { instrumented, logger } from './shared/powertools';

const catalog = new BedrockModelCatalog(new BedrockClient({ region: process.env.BEDROCK_REGION || undefined }));

const PropertiesSchema = z.object({ ModelId: z.string().min(1) });

/** What the Provider framework reports to CloudFormation; `Data` becomes the resource's attributes. */
export interface ModelLifecycleResponse {
  readonly PhysicalResourceId: string;
  readonly Data?: { readonly Status: string; readonly FoundationModelIds: string; readonly EndOfLife: string };
}

export class ModelEndOfLifeError extends Error {
  override readonly name = 'ModelEndOfLifeError';
}

const PHYSICAL_ID = 'bedrock-model-lifecycle';

async function checkModel(event: CloudFormationCustomResourceEvent): Promise<ModelLifecycleResponse> {
  // Deleting the check (or replacing it) has nothing to undo.
  if (event.RequestType === 'Delete') return { PhysicalResourceId: event.PhysicalResourceId };
  const { ModelId: modelId } = PropertiesSchema.parse(event.ResourceProperties);
  const verdict = await checkModelLifecycle(catalog, modelId, new Date());
  if (!verdict.usable) {
    logger.error('classifier model refused', { modelId, status: verdict.status });
    throw new ModelEndOfLifeError(verdict.message);
  }
  if (verdict.status === 'LEGACY') logger.warn(verdict.message, { modelId, status: verdict.status });
  else logger.info(verdict.message, { modelId, status: verdict.status });
  return {
    PhysicalResourceId: event.RequestType === 'Update' ? event.PhysicalResourceId : PHYSICAL_ID,
    Data: { Status: verdict.status, FoundationModelIds: verdict.foundationModelIds.join(','), EndOfLife: verdict.endOfLife?.toISOString() ?? '' },
  };
}

export const handler = instrumented(checkModel);
