// The deploy-time check of the classifier's Bedrock model: a custom resource
// whose handler (functions/handlers/model-lifecycle-check.ts) fails the deploy
// when the model is end-of-life or unknown, and warns when it is Legacy. Its
// properties are the model id and region, so changing either runs it again.
import { CustomResource, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { RedressFunction } from './redress-function';
import { DEFAULTS, retentionFor } from './secure-defaults';

export interface ModelLifecycleCheckProps {
  /** The classifier's model: a foundation model id or an inference profile id or ARN. */
  readonly modelId: string;
  /** The region the classifier calls Bedrock in. */
  readonly region: string;
  /** What bedrock:InvokeModel is allowed on for this model (bedrockModelArns): the same resources are read. */
  readonly modelArns: readonly string[];
  readonly logRetentionDays: number;
}

export class ModelLifecycleCheck extends Construct {
  readonly fn: lambda.IFunction;
  readonly resource: CustomResource;
  /** The foundation model ids the model id stands for, comma-separated, as Bedrock reported them. */
  readonly foundationModelIds: string;
  /** The model resources the check reads (for nag acknowledgements of their wildcards). */
  readonly readArns: readonly string[];

  constructor(scope: Construct, id: string, props: ModelLifecycleCheckProps) {
    super(scope, id);
    const { partition } = Stack.of(this);
    this.fn = new RedressFunction(this, 'Check', {
      handlerFile: 'model-lifecycle-check',
      description: 'Refuses a deploy whose Bedrock model is end-of-life; warns when it is Legacy',
      environment: { BEDROCK_REGION: props.region },
      logRetentionDays: props.logRetentionDays,
    }).fn;
    // Read-only catalogue calls on the model and on what its profile routes to. An application
    // profile's model is not in its id, so for one any model's card may be read.
    const profileArns = props.modelArns.filter((arn) => arn.includes('inference-profile/'));
    const knownModels = props.modelArns.filter((arn) => arn.includes(':foundation-model/'));
    const modelArns = knownModels.length > 0 ? knownModels : [`arn:${partition}:bedrock:${props.region}::foundation-model/*`];
    this.readArns = [...profileArns, ...modelArns];
    if (profileArns.length > 0) this.fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['bedrock:GetInferenceProfile'], resources: profileArns }));
    this.fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['bedrock:GetFoundationModel'], resources: modelArns }));

    const provider = new cr.Provider(this, 'Provider', {
      onEventHandler: this.fn,
      logGroup: new logs.LogGroup(this, 'ProviderLogs', { retention: retentionFor(props.logRetentionDays), removalPolicy: DEFAULTS.logRemovalPolicy }),
    });
    this.resource = new CustomResource(this, 'Resource', {
      serviceToken: provider.serviceToken,
      resourceType: 'Custom::BedrockModelLifecycle',
      properties: { ModelId: props.modelId, Region: props.region },
    });
    this.foundationModelIds = this.resource.getAttString('FoundationModelIds');
  }
}
