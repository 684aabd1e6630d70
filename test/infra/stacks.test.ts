// CDK assertions on what matters: workflow timeouts, retries and catches,
// encryption and recovery of the case store, and least-privilege grants.
import { App } from 'aws-cdk-lib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { buildApp } from '../../infra/app';
import { TRANSIENT_ERRORS } from '../../workflows/complaint-workflow';
import { bedrockModelArns } from '../../infra/stacks/app-stack';
import { DeployConfigSchema, loadDeployConfig } from '../../infra/config';

type State = {
  Type: string;
  Resource?: string;
  TimeoutSeconds?: number;
  TimeoutSecondsPath?: string;
  HeartbeatSeconds?: number;
  Retry?: { ErrorEquals: string[]; JitterStrategy?: string; MaxAttempts?: number }[];
  Catch?: { ErrorEquals: string[]; Next: string }[];
  Next?: string;
  Parameters?: Record<string, unknown>;
};

let app: Template;
let data: Template;
let states: Record<string, State>;

/** The definition with CloudFormation tokens replaced by placeholders, parsed. */
function definitionOf(template: Template): { States: Record<string, State>; StartAt: string } {
  const sm = Object.values(template.findResources('AWS::StepFunctions::StateMachine'))[0]!;
  const join = sm.Properties.DefinitionString['Fn::Join'] as [string, unknown[]];
  const text = join[1].map((p) => (typeof p === 'string' ? p : 'TOKEN')).join(join[0]);
  return JSON.parse(text);
}

beforeAll(() => {
  // Skip esbuild bundling: these tests read the templates, not the bundles.
  const built = buildApp(new App({ context: { 'aws:cdk:bundling-stacks': [] } }));
  app = Template.fromStack(built.appStack);
  data = Template.fromStack(built.data);
  states = definitionOf(app).States;
});

const tasks = () => Object.entries(states).filter(([, s]) => s.Type === 'Task');
const isCallback = (s: State) => String(s.Resource).includes('waitForTaskToken');

describe('the complaint state machine', () => {
  it('is a Standard state machine that logs without execution data, with tracing', () => {
    app.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineType: 'STANDARD',
      LoggingConfiguration: Match.objectLike({ IncludeExecutionData: false, Level: 'ALL' }),
      TracingConfiguration: { Enabled: true },
    });
  });

  it('is JSONPath only (the local interpreter ignores JSONata)', () => {
    const text = JSON.stringify(definitionOf(app));
    expect(text).not.toMatch(/"QueryLanguage"|"Arguments"|"Assign"|"Output"/);
  });

  it('has a timeout on every Task; callback timeouts come from the input', () => {
    expect(tasks().length).toBeGreaterThanOrEqual(15);
    for (const [, s] of tasks()) {
      if (isCallback(s)) expect(s.TimeoutSecondsPath).toMatch(/^\$\.config\.timeouts\.\w+Seconds$/);
      else expect(s.TimeoutSeconds).toBeGreaterThan(0);
    }
  });

  it('retries Lambda tasks on transient errors only, with jittered backoff', () => {
    // A timeout or a crashed runtime can strike after any side effect; every step is safe to repeat.
    expect(TRANSIENT_ERRORS).toEqual(expect.arrayContaining(['TransientError', 'Sandbox.Timedout', 'Runtime.ExitError']));
    for (const [, s] of tasks().filter(([, s]) => !isCallback(s))) {
      expect(s.Retry).toHaveLength(2);
      // A mail provider's sending-rate limit is ridden out with a longer backoff than a blip.
      expect(s.Retry![0]).toMatchObject({ ErrorEquals: ['MailThrottled'], JitterStrategy: 'FULL', BackoffRate: 2, MaxAttempts: 6, MaxDelaySeconds: 60 });
      expect(s.Retry![1]!.ErrorEquals.sort()).toEqual([...TRANSIENT_ERRORS].sort());
      expect(s.Retry![1]).toMatchObject({ JitterStrategy: 'FULL', BackoffRate: 2, MaxAttempts: 4 });
    }
  });

  it('never retries a callback state and uses no heartbeat where a person holds the token', () => {
    const callbacks = tasks().filter(([, s]) => isCallback(s));
    expect(callbacks.map(([n]) => n).sort()).toEqual([
      'AwaitDecision',
      'AwaitEscalatedDecision',
      'AwaitEscalatedFindings',
      'AwaitFindings',
      'AwaitPayout',
      'AwaitSatisfaction',
    ]);
    for (const [name, s] of callbacks) {
      expect(s.Retry).toBeUndefined();
      expect(s.HeartbeatSeconds).toBeUndefined();
      // The token goes straight into the case store: no Lambda of ours holds it.
      expect(s.Resource).toMatch(/^arn:[^:]+:states:::aws-sdk:dynamodb:putItem\.waitForTaskToken$/);
      expect(JSON.stringify(s.Parameters)).toContain('"S.$":"$$.Task.Token"');
      // Each wait is prepared by a retried Lambda step right before it.
      expect(states[`Prepare${name.slice('Await'.length)}`]?.Next).toBe(name);
    }
  });

  it('lets the state machine put task items into the table, and nothing wider', () => {
    const sm = Object.entries(app.findResources('AWS::IAM::Policy')).filter(([id]) => id.startsWith('ComplaintStateMachineRole'));
    const statements = sm.flatMap(([, p]) => p.Properties.PolicyDocument.Statement as { Action: string | string[] }[]);
    const actions = statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
    expect(actions).toContain('dynamodb:PutItem');
    expect(actions.filter((a) => a.startsWith('dynamodb:'))).toEqual(['dynamodb:PutItem']);
  });

  it('escalates callback timeouts instead of failing', () => {
    const timeoutTarget = (n: string) => states[n]!.Catch!.find((c) => c.ErrorEquals.includes('States.Timeout'))?.Next;
    expect(timeoutTarget('AwaitFindings')).toBe('EscalateFindings');
    expect(timeoutTarget('AwaitDecision')).toBe('EscalateDecision');
    expect(timeoutTarget('AwaitSatisfaction')).toBe('CloseNoAnswer');
  });

  it('routes every catch-all into NeedsAttention, which ends in a Fail a person sees', () => {
    for (const [, s] of tasks().filter(([n]) => n !== 'NeedsAttention')) {
      const all = s.Catch?.find((c) => c.ErrorEquals.includes('States.ALL'));
      expect(all?.Next).toBe('NeedsAttention');
    }
    expect(states.NeedsAttention!.Next).toBe('CaseNeedsAttention');
    expect(states.CaseNeedsAttention!.Type).toBe('Fail');
  });

  it('carries ids, not personal data, in Lambda payloads', () => {
    for (const [, s] of tasks()) {
      const payload = JSON.stringify((s.Parameters as { Payload?: unknown })?.Payload ?? {});
      expect(payload).not.toMatch(/description|email|name"|contact/i);
    }
  });
});

describe('the case store', () => {
  it('is encrypted with a customer-managed, rotated KMS key, on-demand, with point-in-time recovery', () => {
    data.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    data.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: Match.anyValue() },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
    });
    data.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });
});

describe('functions', () => {
  it('run Node.js 22 on ARM64 with tracing and explicit timeouts', () => {
    // Ours, not the singleton CDK adds to wire the inbound bucket's notifications, nor the
    // custom resource framework's function in front of the model lifecycle check.
    const fns = Object.entries(app.findResources('AWS::Lambda::Function'))
      .filter(([id]) => !id.startsWith('BucketNotificationsHandler') && !id.startsWith('ModelLifecycleCheckProviderframework'))
      .map(([, f]) => f);
    expect(fns.length).toBe(14);
    for (const f of fns) {
      expect(f.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], TracingConfig: { Mode: 'Active' }, Timeout: 30 });
    }
  });
});

describe('least privilege', () => {
  const policiesOf = (logicalPrefix: string) => {
    const policies = app.findResources('AWS::IAM::Policy');
    return Object.entries(policies)
      .filter(([id]) => id.startsWith(logicalPrefix))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
  };
  const actionsOf = (prefix: string) => policiesOf(prefix).flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));

  it('lets only the intake (and the staff API, to resume a stuck case) start executions, and only the answer and staff APIs complete tasks', () => {
    expect(actionsOf('ComplaintApi')).toContain('states:StartExecution');
    expect(actionsOf('EmailIntake')).toContain('states:StartExecution');
    expect(actionsOf('EmailIntake')).not.toContain('states:SendTaskSuccess');
    expect(actionsOf('ComplaintApi')).not.toContain('states:SendTaskSuccess');
    expect(actionsOf('AnswerApi')).toContain('states:SendTaskSuccess');
    expect(actionsOf('AnswerApi')).not.toContain('states:StartExecution');
    expect(actionsOf('StaffApi')).toContain('states:SendTaskSuccess');
    // A supervisor resumes a stuck case as a new execution, `<caseId>-r<n>`.
    expect(actionsOf('StaffApi')).toContain('states:StartExecution');
    for (const step of ['Acknowledge', 'Classify', 'Investigate', 'Resolve', 'Finish']) {
      expect(actionsOf(step).filter((a) => a.startsWith('states:'))).toEqual([]);
    }
  });

  it('lets only mail-sending steps send mail, from the configured identity', () => {
    expect(actionsOf('Classify')).not.toContain('ses:SendEmail');
    expect(actionsOf('Investigate')).not.toContain('ses:SendEmail');
    expect(actionsOf('ComplaintApi')).not.toContain('ses:SendEmail');
    const ses = policiesOf('Acknowledge').find((s) => s.Action === 'ses:SendEmail')!;
    expect(JSON.stringify(ses.Resource)).toContain('identity/');
    expect(JSON.stringify(ses.Resource)).not.toContain('"*"');
  });

  it('lets the classifier invoke the configured model and nothing else', () => {
    const bedrock = policiesOf('Classify').find((s) => s.Action === 'bedrock:InvokeModel')!;
    expect(JSON.stringify(bedrock.Resource)).toMatch(/foundation-model\/anthropic\./);
    expect(actionsOf('Resolve')).not.toContain('bedrock:InvokeModel');
  });

  it.each([
    [
      'a foundation model id',
      'anthropic.claude-haiku-4-5-20251001-v1:0',
      ['arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0'],
    ],
    [
      'a cross-region inference profile id',
      'eu.anthropic.claude-haiku-4-5-20251001-v1:0',
      [
        'arn:aws:bedrock:eu-west-1:111122223333:inference-profile/eu.anthropic.claude-haiku-4-5-20251001-v1:0',
        'arn:aws:bedrock:*::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0',
      ],
    ],
    [
      'a global inference profile id (which also routes to the region-less model ARN)',
      'global.anthropic.claude-haiku-4-5-20251001-v1:0',
      [
        'arn:aws:bedrock:eu-west-1:111122223333:inference-profile/global.anthropic.claude-haiku-4-5-20251001-v1:0',
        'arn:aws:bedrock:*::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0',
        'arn:aws:bedrock:::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0',
      ],
    ],
    [
      'an inference profile ARN',
      'arn:aws:bedrock:eu-west-1:111122223333:inference-profile/global.anthropic.claude-haiku-4-5-20251001-v1:0',
      [
        'arn:aws:bedrock:eu-west-1:111122223333:inference-profile/global.anthropic.claude-haiku-4-5-20251001-v1:0',
        'arn:aws:bedrock:*::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0',
        'arn:aws:bedrock:::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0',
      ],
    ],
    [
      'a foundation model ARN',
      'arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-lite-v1:0',
      ['arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-lite-v1:0'],
    ],
  ])('allows InvokeModel on %s and what it routes to, nothing wider', (_what, modelId, arns) => {
    expect(bedrockModelArns(modelId, 'aws', 'eu-west-1', '111122223333')).toEqual(arns);
  });

  it('uses no wildcard action anywhere', () => {
    const all = Object.values(app.findResources('AWS::IAM::Policy')).flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string | string[] }[]);
    for (const s of all) for (const a of Array.isArray(s.Action) ? s.Action : [s.Action]) expect(a).not.toBe('*');
  });
});

describe('staff sign-in', () => {
  it('has a Cognito pool without self sign-up, with the three groups and a strong password policy', () => {
    app.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 14, RequireSymbols: true }) },
    });
    for (const group of ['agent', 'supervisor', 'admin']) app.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: group });
  });

  it('puts every staff API route behind the Cognito authorizer, and only those', () => {
    const methods = Object.values(app.findResources('AWS::ApiGateway::Method')).map((m) => m.Properties);
    const authed = methods.filter((m) => m.AuthorizationType === 'COGNITO_USER_POOLS');
    // queue, incidents, case, findings, replies read, messages, resume, close, decision, payout
    expect(authed).toHaveLength(10);
    for (const m of authed) expect(m.AuthorizerId).toBeDefined();
    const open = methods.filter((m) => m.AuthorizationType !== 'COGNITO_USER_POOLS').map((m) => m.HttpMethod);
    expect(open.sort()).toEqual(['GET', 'GET', 'GET', 'POST', 'POST']); // form, intake, answer page + post, console page
  });

  it('runs the sweeper on a schedule', () => {
    app.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(5 minutes)', State: 'ENABLED' });
  });
});

describe('the public API', () => {
  it('is throttled and behind a WAF rate rule per IP (test/infra/waf.test.ts runs the rules)', () => {
    app.hasResourceProperties('AWS::ApiGateway::Stage', {
      MethodSettings: Match.arrayWith([Match.objectLike({ ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 })]),
    });
    app.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([Match.objectLike({ Statement: { RateBasedStatement: Match.objectLike({ Limit: 300, AggregateKeyType: 'IP' }) } })]),
    });
    app.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
  });
});

describe("the operator's config", () => {
  it('accepts the example file as it ships, auto-resolution settings included', () => {
    const config = loadDeployConfig('redress.config.example.json');
    expect(config.workflow.autoResolution).toMatchObject({ enabled: true, minConfidence: 0.8 });
  });

  it('refuses an auto-resolution bar outside 0..1 or an unknown category at synth', () => {
    expect(() => DeployConfigSchema.parse({ workflow: { autoResolution: { minConfidence: 1.5 } } })).toThrow();
    expect(() => DeployConfigSchema.parse({ workflow: { autoResolution: { categories: ['refund_everything'] } } })).toThrow();
  });
});

describe('email intake', () => {
  it('keeps raw mail private, encrypted, TLS-only and short-lived, and runs the intake on each new message', () => {
    app.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      LifecycleConfiguration: { Rules: [Match.objectLike({ Prefix: 'inbound/', ExpirationInDays: 30, Status: 'Enabled' })] },
    });
    app.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
    app.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          Match.objectLike({ Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'inbound/' }] } } }),
        ],
      },
    });
  });

  it('sets up SES receiving only for configured recipients, scanning, TLS required, into the bucket', () => {
    expect(Object.keys(app.findResources('AWS::SES::ReceiptRule'))).toHaveLength(0);
    const dir = mkdtempSync(join(tmpdir(), 'redress-config-'));
    const file = join(dir, 'redress.config.json');
    writeFileSync(file, JSON.stringify({ inboundEmail: { recipients: ['complaints@exchange.example'] } }));
    const withInbound = Template.fromStack(buildApp(new App({ context: { 'aws:cdk:bundling-stacks': [], config: file } })).appStack);
    withInbound.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: Match.objectLike({
        Recipients: ['complaints@exchange.example'],
        ScanEnabled: true,
        TlsPolicy: 'Require',
        Actions: [{ S3Action: Match.objectLike({ ObjectKeyPrefix: 'inbound/' }) }],
      }),
    });
  });
});
