// The classifier's model is checked at deploy: the synthesized template has
// the check (a custom resource with the configured model id, in front of the
// Classify function), and its handler, through the real Bedrock SDK client
// against a stand-in of Bedrock's control plane, refuses an end-of-life model,
// warns about a Legacy one and passes an Active one.
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { checkModelLifecycle, type ModelCatalog } from '../../functions/domain/classification/model-lifecycle';
import type { handler as CheckHandler } from '../../functions/handlers/model-lifecycle-check';
import { buildApp } from '../../infra/app';
import { DeployConfigSchema } from '../../infra/config';
import { startBedrockControlPlaneStandIn, type BedrockControlPlaneStandIn, type ControlPlaneCatalog } from '../support/bedrock-control-plane-stand-in';

const DEFAULT_MODEL = DeployConfigSchema.parse({}).classifier.modelId;
const HAIKU_4_5 = 'anthropic.claude-haiku-4-5-20251001-v1:0';
/** The project's old default, retired on Bedrock on 2026-06-19. */
const HAIKU_3_5 = 'anthropic.claude-3-5-haiku-20241022-v1:0';

const synth = (config?: object) => {
  const context: Record<string, unknown> = { 'aws:cdk:bundling-stacks': [] };
  if (config) {
    const file = join(mkdtempSync(join(tmpdir(), 'redress-config-')), 'redress.config.json');
    writeFileSync(file, JSON.stringify(config));
    context.config = file;
  }
  return Template.fromStack(buildApp(new App({ context })).appStack);
};

describe('the default model', () => {
  it('is Claude Haiku 4.5 through a cross-region inference profile, not the retired Claude 3.5 Haiku', () => {
    expect(DEFAULT_MODEL).toBe(`us.${HAIKU_4_5}`);
    expect(DEFAULT_MODEL).not.toContain('claude-3');
  });
});

describe('the synthesized check', () => {
  let template: Template;
  beforeAll(() => {
    template = synth();
  });

  it('is a custom resource carrying the configured model id and region, served by the check function', () => {
    const checks = template.findResources('Custom::BedrockModelLifecycle');
    expect(Object.keys(checks)).toHaveLength(1);
    const [id, check] = Object.entries(checks)[0]!;
    expect(id).toMatch(/^ModelLifecycleCheck/);
    expect(check.Properties).toMatchObject({
      ModelId: DEFAULT_MODEL,
      Region: { Ref: 'AWS::Region' },
      ServiceToken: { 'Fn::GetAtt': [expect.stringMatching(/^ModelLifecycleCheckProviderframeworkonEvent/), 'Arn'] },
    });
    // The framework calls our function, bundled by the one function construct.
    const framework = template.findResources('AWS::Lambda::Function', {
      Properties: { Environment: { Variables: { USER_ON_EVENT_FUNCTION_ARN: Match.anyValue() } } },
    });
    const target = JSON.stringify(Object.values(framework)[0]!.Properties.Environment.Variables.USER_ON_EVENT_FUNCTION_ARN);
    const fnId = /"Fn::GetAtt":\["(\w+)","Arn"\]/.exec(target)![1]!;
    expect(template.toJSON().Resources[fnId].Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], Handler: 'index.handler' });
  });

  it('runs again when the model id changes, and only then (its properties are the model and region)', () => {
    const other = synth({ classifier: { modelId: `eu.${HAIKU_4_5}`, region: 'eu-west-1' } });
    const props = (t: Template) => Object.values(t.findResources('Custom::BedrockModelLifecycle'))[0]!.Properties;
    expect(props(other)).toMatchObject({ ModelId: `eu.${HAIKU_4_5}`, Region: 'eu-west-1' });
    expect(Object.keys(props(template)).sort()).toEqual(['ModelId', 'Region', 'ServiceToken']);
  });

  it('lets the check read only the catalogue entries of the configured profile and its model', () => {
    const statements = Object.entries(template.findResources('AWS::IAM::Policy'))
      .filter(([id]) => id.startsWith('ModelLifecycleCheck') && !id.includes('Provider'))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
    const bedrock = statements.filter((s) => String(s.Action).startsWith('bedrock:'));
    expect(bedrock.map((s) => s.Action).sort()).toEqual(['bedrock:GetFoundationModel', 'bedrock:GetInferenceProfile']);
    expect(JSON.stringify(bedrock.find((s) => s.Action === 'bedrock:GetInferenceProfile')!.Resource)).toContain(`inference-profile/${DEFAULT_MODEL}`);
    expect(JSON.stringify(bedrock.find((s) => s.Action === 'bedrock:GetFoundationModel')!.Resource)).toContain(`foundation-model/${HAIKU_4_5}`);
  });

  it('gates the Classify function: it deploys after the check and records the models the check found', () => {
    const classify = Object.entries(template.findResources('AWS::Lambda::Function')).find(([id]) => id.startsWith('ClassifyFn'))![1];
    const checkId = Object.keys(template.findResources('Custom::BedrockModelLifecycle'))[0]!;
    expect(classify.Properties.Environment.Variables).toMatchObject({
      BEDROCK_MODEL_ID: DEFAULT_MODEL,
      BEDROCK_PROFILE_MODEL_IDS: { 'Fn::GetAtt': [checkId, 'FoundationModelIds'] },
    });
  });

  it('alarms when Bedrock refuses the model at run time (fallbacks counted by reason)', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmDescription: Match.stringLikeRegexp('refuses the classifier model'),
      Metrics: Match.arrayWith([
        Match.objectLike({
          MetricStat: Match.objectLike({
            Metric: Match.objectLike({
              MetricName: 'ClassifierFallback',
              Namespace: 'Redress',
              Dimensions: Match.arrayWith([{ Name: 'reason', Value: 'model_not_found' }]),
            }),
          }),
        }),
      ]),
    });
  });

  it('is left out when the classifier is offline', () => {
    const offline = synth({ classifier: { kind: 'offline' } });
    expect(Object.keys(offline.findResources('Custom::BedrockModelLifecycle'))).toHaveLength(0);
  });
});

describe('the check against Bedrock', () => {
  const now = new Date('2026-12-08T00:00:00Z');
  const catalog: ControlPlaneCatalog = {
    profiles: {
      [`us.${HAIKU_4_5}`]: ['us-east-1', 'us-east-2', 'us-west-2'].map((r) => `arn:aws:bedrock:${r}::foundation-model/${HAIKU_4_5}`),
      [`global.${HAIKU_4_5}`]: [`arn:aws:bedrock:us-east-1::foundation-model/${HAIKU_4_5}`, `arn:aws:bedrock:::foundation-model/${HAIKU_4_5}`],
      [`us.${HAIKU_3_5}`]: ['us-east-1', 'us-east-2', 'us-west-2'].map((r) => `arn:aws:bedrock:${r}::foundation-model/${HAIKU_3_5}`),
      'us.anthropic.claude-3-haiku-20240307-v1:0': ['arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0'],
    },
    models: {
      [HAIKU_4_5]: { status: 'ACTIVE' },
      [HAIKU_3_5]: 'END_OF_LIFE',
      'anthropic.claude-3-haiku-20240307-v1:0': { status: 'LEGACY', endOfLife: new Date('2027-03-01T00:00:00Z') },
      'anthropic.claude-sonnet-4-20250514-v1:0': { status: 'LEGACY', endOfLife: new Date('2026-11-30T00:00:00Z') },
    },
  };
  const saved = { ...process.env };
  let standIn: BedrockControlPlaneStandIn;
  let check: typeof CheckHandler;
  /** As Lambda calls it (middy's handler takes a context; the check reads nothing from it). */
  const handler = (e: CloudFormationCustomResourceEvent) => check(e, {} as Context);
  let logged: string[];

  const event = (RequestType: 'Create' | 'Update' | 'Delete', ModelId: string) =>
    ({
      RequestType,
      ServiceToken: 'arn:aws:lambda:us-east-1:111122223333:function:framework',
      ResponseURL: 'https://example.invalid/response',
      StackId: 'arn:aws:cloudformation:us-east-1:111122223333:stack/RedressApp/1',
      RequestId: 'r1',
      LogicalResourceId: 'ModelLifecycleCheck',
      ResourceType: 'Custom::BedrockModelLifecycle',
      ResourceProperties: { ServiceToken: 'arn:aws:lambda:us-east-1:111122223333:function:framework', ModelId, Region: 'us-east-1' },
      ...(RequestType === 'Create' ? {} : { PhysicalResourceId: 'bedrock-model-lifecycle', OldResourceProperties: {} }),
    }) as unknown as CloudFormationCustomResourceEvent;

  beforeAll(async () => {
    standIn = await startBedrockControlPlaneStandIn(catalog);
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_BEDROCK: standIn.endpoint,
      BEDROCK_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_MAX_ATTEMPTS: '1',
    });
    // The handler builds its client at module scope, as on AWS: load it once the endpoint is set.
    jest.resetModules();
    ({ handler: check } = await import('../../functions/handlers/model-lifecycle-check'));
  });
  afterAll(async () => {
    process.env = saved;
    await standIn?.close();
  });
  afterEach(() => {
    standIn.reset();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });
  /** Powertools writes a warning to stderr, other levels to stdout: one JSON object a line. */
  const captureLogs = () => {
    logged = [];
    for (const stream of [process.stdout, process.stderr])
      jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => (logged.push(String(chunk)), true));
  };

  it('passes the default profile, following it to its model, and says which model that is', async () => {
    // Act
    const res = await handler(event('Create', DEFAULT_MODEL));
    // Assess
    expect(res).toEqual({ PhysicalResourceId: 'bedrock-model-lifecycle', Data: { Status: 'ACTIVE', FoundationModelIds: HAIKU_4_5, EndOfLife: '' } });
    expect(standIn.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /inference-profiles/${DEFAULT_MODEL}`, `GET /foundation-models/${HAIKU_4_5}`]);
    expect(standIn.requests[0]!.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=local\/\d{8}\/us-east-1\/bedrock\/aws4_request/);
  });

  it('follows a global profile to its model, region-less ARN included', async () => {
    const res = await handler(event('Update', `global.${HAIKU_4_5}`));
    expect(res.Data).toMatchObject({ Status: 'ACTIVE', FoundationModelIds: HAIKU_4_5 });
  });

  it.each([
    ['the retired model id itself (the old default)', HAIKU_3_5],
    ['a profile that routes to it', `us.${HAIKU_3_5}`],
  ])('refuses an end-of-life model: %s', async (_what, modelId) => {
    // Act
    const attempt = handler(event('Create', modelId));
    // Assess: the Provider framework turns this throw into a failed deploy with the message as its reason
    await expect(attempt).rejects.toMatchObject({ name: 'ModelEndOfLifeError', message: expect.stringContaining(`${HAIKU_3_5} reached end of life`) });
    expect(standIn.requests.at(-1)!.path).toBe(`/foundation-models/${HAIKU_3_5}`);
  });

  it('refuses a model whose end-of-life date has passed, even while Bedrock still lists it as Legacy', async () => {
    await expect(handler(event('Update', 'anthropic.claude-sonnet-4-20250514-v1:0'))).rejects.toThrow(/reached end of life on Bedrock on 2026-11-30/);
  });

  it.each([
    ['a profile Bedrock does not have in the region', `eu.${HAIKU_4_5}`, /no inference profile eu\./],
    ['a model id Bedrock does not know', 'anthropic.claude-haiku-9', /does not offer the model anthropic\.claude-haiku-9/],
  ])('refuses %s', async (_what, modelId, message) => {
    await expect(handler(event('Create', modelId))).rejects.toMatchObject({ name: 'ModelEndOfLifeError', message: expect.stringMatching(message) });
  });

  it('deploys a Legacy model with a warning and its end-of-life date', async () => {
    // Prepare
    captureLogs();
    // Act
    const res = await handler(event('Create', 'us.anthropic.claude-3-haiku-20240307-v1:0'));
    // Assess
    expect(res.Data).toEqual({ Status: 'LEGACY', FoundationModelIds: 'anthropic.claude-3-haiku-20240307-v1:0', EndOfLife: '2027-03-01T00:00:00.000Z' });
    const warning = logged
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.level === 'WARN');
    expect(warning).toMatchObject({ message: expect.stringContaining('is Legacy on Bedrock and reaches end of life on 2027-03-01'), status: 'LEGACY' });
  });

  it('does nothing on delete: removing the check must never fail a stack', async () => {
    const res = await handler(event('Delete', HAIKU_3_5));
    expect(res).toEqual({ PhysicalResourceId: 'bedrock-model-lifecycle' });
    expect(standIn.requests).toHaveLength(0);
  });

  it('decides by the date it is given (the use case, without the SDK)', async () => {
    const fixed: ModelCatalog = {
      inferenceProfileModels: async () => undefined,
      foundationModel: async (id) => ({ modelId: id, status: 'LEGACY', endOfLife: new Date('2026-12-08T00:00:00Z') }),
    };
    expect(await checkModelLifecycle(fixed, HAIKU_4_5, new Date(now.getTime() - 1))).toMatchObject({ usable: true, status: 'LEGACY' });
    expect(await checkModelLifecycle(fixed, HAIKU_4_5, now)).toMatchObject({ usable: false, status: 'END_OF_LIFE' });
  });
});
