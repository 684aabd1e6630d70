// Is the configured model one Bedrock still serves? Run at deploy by a custom
// resource (handlers/model-lifecycle-check.ts): an end-of-life or unknown
// model fails the deploy, a Legacy one deploys with a warning. Without it a
// retired model fails every Converse call and every case silently falls back.

/** Geography prefixes of Bedrock's system-defined cross-region inference profiles ("us.anthropic…"). */
export const INFERENCE_PROFILE_PREFIX = /^(us|eu|apac|us-gov|global|jp|au|ca)\.(.+)$/;
const PROFILE_ARN = /^arn:[^:]+:bedrock:[^:]*:[^:]*:(?:application-)?inference-profile\/.+$/;
const FOUNDATION_MODEL_ARN = /^arn:[^:]+:bedrock:[^:]*::foundation-model\/(.+)$/;

/** A Bedrock model id or inference profile as operators configure it: an id or an ARN of either. */
export function isInferenceProfile(modelId: string): boolean {
  return PROFILE_ARN.test(modelId) || INFERENCE_PROFILE_PREFIX.test(modelId);
}

/** The foundation model id inside a foundation-model ARN, or the id itself. */
export function foundationModelIdOf(modelIdOrArn: string): string {
  return FOUNDATION_MODEL_ARN.exec(modelIdOrArn)?.[1] ?? modelIdOrArn;
}

export type ModelLifecycleStatus = 'ACTIVE' | 'LEGACY' | 'END_OF_LIFE';

export interface FoundationModelLifecycle {
  readonly modelId: string;
  readonly status: ModelLifecycleStatus;
  /** When Bedrock stops serving it, if announced. */
  readonly endOfLife?: Date;
}

/** The port: Bedrock's model catalogue in the region the classifier calls. */
export interface ModelCatalog {
  /** The foundation models an inference profile routes to; undefined when there is no such profile. */
  inferenceProfileModels(profileId: string): Promise<readonly string[] | undefined>;
  /** A foundation model's lifecycle; undefined when Bedrock knows no such model. */
  foundationModel(modelId: string): Promise<FoundationModelLifecycle | undefined>;
}

export type ModelVerdict =
  | {
      readonly usable: true;
      readonly status: 'ACTIVE' | 'LEGACY';
      readonly foundationModelIds: readonly string[];
      readonly endOfLife?: Date;
      readonly message: string;
    }
  | { readonly usable: false; readonly status: 'END_OF_LIFE' | 'NOT_FOUND'; readonly message: string };

const day = (d: Date) => d.toISOString().slice(0, 10);
const CHOOSE = 'Set classifier.modelId to an Active model (README, Classification) and deploy again.';

export async function checkModelLifecycle(catalog: ModelCatalog, modelId: string, now: Date): Promise<ModelVerdict> {
  let modelIds: readonly string[];
  if (isInferenceProfile(modelId)) {
    const routed = await catalog.inferenceProfileModels(modelId);
    if (!routed || routed.length === 0) {
      return {
        usable: false,
        status: 'NOT_FOUND',
        message: `Bedrock has no inference profile ${modelId} in this region (a geography prefix such as us. or eu. must match the region). ${CHOOSE}`,
      };
    }
    modelIds = [...new Set(routed.map(foundationModelIdOf))];
  } else {
    modelIds = [foundationModelIdOf(modelId)];
  }

  const models: FoundationModelLifecycle[] = [];
  for (const id of modelIds) {
    const model = await catalog.foundationModel(id);
    if (!model)
      return {
        usable: false,
        status: 'NOT_FOUND',
        message: `Bedrock does not offer the model ${id} in this region; a model past its end of life is no longer listed. ${CHOOSE}`,
      };
    if (model.status === 'END_OF_LIFE' || (model.endOfLife && model.endOfLife.getTime() <= now.getTime())) {
      return {
        usable: false,
        status: 'END_OF_LIFE',
        message: `The model ${id} reached end of life on Bedrock${model.endOfLife ? ` on ${day(model.endOfLife)}` : ''}: every call would fail. ${CHOOSE}`,
      };
    }
    models.push(model);
  }

  const legacy = models.filter((m) => m.status === 'LEGACY');
  const endOfLife = models
    .map((m) => m.endOfLife)
    .filter((d): d is Date => d !== undefined)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  if (legacy.length > 0) {
    return {
      usable: true,
      status: 'LEGACY',
      foundationModelIds: modelIds,
      ...(endOfLife ? { endOfLife } : {}),
      message: `The model ${legacy.map((m) => m.modelId).join(', ')} is Legacy on Bedrock${endOfLife ? ` and reaches end of life on ${day(endOfLife)}` : ''}. Accounts that have not called it lately may already be refused. Plan the move to an Active model.`,
    };
  }
  return {
    usable: true,
    status: 'ACTIVE',
    foundationModelIds: modelIds,
    ...(endOfLife ? { endOfLife } : {}),
    message: `The model ${modelIds.join(', ')} is Active on Bedrock.`,
  };
}
