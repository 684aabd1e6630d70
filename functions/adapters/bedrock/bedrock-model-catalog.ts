// ModelCatalog on Bedrock's control plane: GetInferenceProfile for the models
// a profile routes to, GetFoundationModel for a model's lifecycle. Bedrock
// answers a retired model with ResourceNotFoundException ("reached the end of
// its life") or, for some, ValidationException ("identifier is invalid").
import { BedrockClient, GetFoundationModelCommand, GetInferenceProfileCommand } from '@aws-sdk/client-bedrock';
import type { FoundationModelLifecycle, ModelCatalog } from '../../domain/classification/model-lifecycle';

const isMissing = (error: unknown) => ['ResourceNotFoundException', 'ValidationException'].includes((error as Error).name);
const saysEndOfLife = (error: unknown) => /end of (its )?life/i.test((error as Error).message ?? '');

export class BedrockModelCatalog implements ModelCatalog {
  constructor(private readonly client: BedrockClient) {}

  async inferenceProfileModels(profileId: string): Promise<readonly string[] | undefined> {
    try {
      const res = await this.client.send(new GetInferenceProfileCommand({ inferenceProfileIdentifier: profileId }));
      return (res.models ?? []).map((m) => m.modelArn).filter((arn): arn is string => typeof arn === 'string');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async foundationModel(modelId: string): Promise<FoundationModelLifecycle | undefined> {
    try {
      const res = await this.client.send(new GetFoundationModelCommand({ modelIdentifier: modelId }));
      const lifecycle = res.modelDetails?.modelLifecycle;
      return {
        modelId: res.modelDetails?.modelId ?? modelId,
        // A status this client does not know yet is reported as Legacy: worth a warning, not a failed deploy.
        status: lifecycle?.status === undefined || lifecycle.status === 'ACTIVE' ? 'ACTIVE' : 'LEGACY',
        ...(lifecycle?.endOfLifeTime ? { endOfLife: lifecycle.endOfLifeTime } : {}),
      };
    } catch (error) {
      if (isMissing(error) && saysEndOfLife(error)) return { modelId, status: 'END_OF_LIFE' };
      if (isMissing(error)) return undefined;
      throw error;
    }
  }
}
