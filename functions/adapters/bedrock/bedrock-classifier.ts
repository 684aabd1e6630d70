// Classifier port on Amazon Bedrock's Converse API. The model must answer by
// calling one tool whose input schema is the decision schema; anything else,
// or anything that fails the schema, is an error the classify step turns into
// a fallback (and a person's triage). Service errors surface as the SDK throws
// them: the classify step records a ThrottlingException as `throttled`, a
// retired model's ResourceNotFoundException as `model_not_found`.
import { ConverseCommand, type BedrockRuntimeClient, type ToolInputSchema } from '@aws-sdk/client-bedrock-runtime';
import { z } from 'zod';
import { ClassificationDecisionSchema, type Classifier, type ClassificationResult, type ClassifierInput } from '../../domain/classification/types';
import { PROMPT_VERSION, SYSTEM_PROMPT, userMessage } from './triage-prompt';

const TOOL_NAME = 'record_classification';
const TOOL_SCHEMA = z.toJSONSchema(ClassificationDecisionSchema, { target: 'draft-7' }) as Record<string, unknown>;

export interface BedrockClassifierOptions {
  /** A foundation model id or an inference profile (id or ARN). */
  readonly modelId: string;
  /**
   * What the profile routes to, as the deploy-time check read it from Bedrock (GetInferenceProfile):
   * Converse does not say which model answered a call through a cross-region profile.
   */
  readonly profileModelIds?: string;
  readonly guardrailId?: string;
  readonly guardrailVersion?: string;
  readonly maxTokens?: number;
}

export class InvalidModelOutputError extends Error {
  override readonly name = 'InvalidModelOutputError';
}

export class BedrockClassifier implements Classifier {
  readonly name = 'bedrock';

  constructor(
    private readonly client: BedrockRuntimeClient,
    private readonly options: BedrockClassifierOptions,
  ) {}

  async classify(input: ClassifierInput): Promise<ClassificationResult> {
    const started = performance.now();
    const res = await this.client.send(
      new ConverseCommand({
        modelId: this.options.modelId,
        system: [{ text: SYSTEM_PROMPT }],
        messages: [{ role: 'user', content: [{ text: userMessage(input.text, input.language) }] }],
        inferenceConfig: { maxTokens: this.options.maxTokens ?? 800, temperature: 0 },
        toolConfig: {
          tools: [
            {
              toolSpec: {
                name: TOOL_NAME,
                description: 'Record the triage decision for this complaint.',
                inputSchema: { json: TOOL_SCHEMA } as ToolInputSchema,
              },
            },
          ],
          toolChoice: { tool: { name: TOOL_NAME } },
        },
        ...(this.options.guardrailId
          ? { guardrailConfig: { guardrailIdentifier: this.options.guardrailId, guardrailVersion: this.options.guardrailVersion ?? 'DRAFT' } }
          : {}),
      }),
    );
    const toolUse = res.output?.message?.content?.find((c) => c.toolUse?.name === TOOL_NAME)?.toolUse;
    if (!toolUse) throw new InvalidModelOutputError(`Model answered without calling ${TOOL_NAME} (stopReason ${res.stopReason ?? 'none'})`);
    const parsed = ClassificationDecisionSchema.safeParse(toolUse.input);
    if (!parsed.success) throw new InvalidModelOutputError('Model output failed the decision schema');
    return {
      decision: parsed.data,
      classifier: this.name,
      modelId: this.options.modelId,
      ...(res.trace?.promptRouter?.invokedModelId ? { invokedModelId: res.trace.promptRouter.invokedModelId } : {}),
      ...(this.options.profileModelIds ? { profileModelIds: this.options.profileModelIds } : {}),
      promptVersion: PROMPT_VERSION,
      latencyMs: Math.round(performance.now() - started),
      ...(res.usage?.inputTokens !== undefined ? { inputTokens: res.usage.inputTokens } : {}),
      ...(res.usage?.outputTokens !== undefined ? { outputTokens: res.usage.outputTokens } : {}),
    };
  }
}
