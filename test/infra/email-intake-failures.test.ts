// CDK assertions on the email intake's failure path: an event that fails every attempt goes to
// an encrypted, TLS-only queue that keeps it 14 days, the function may write there (and use the
// key for it), and an alarm rings as soon as one record waits. Local mode reads the same wiring.
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { buildApp } from '../../infra/app';
import { CloudAssembly } from '../../local/cloud-assembly';

let app: Template;
let queueId: string;
let intakeFnId: string;
let keyArnImport: unknown;
let outDir: string;

beforeAll(() => {
  // Skip esbuild bundling: these tests read the templates, not the bundles.
  outDir = mkdtempSync(join(tmpdir(), 'redress-cdk-'));
  const built = buildApp(new App({ outdir: outDir, context: { 'aws:cdk:bundling-stacks': [] } }));
  app = Template.fromStack(built.appStack);
  built.app.synth();
  queueId = Object.keys(app.findResources('AWS::SQS::Queue'))[0]!;
  intakeFnId = Object.keys(app.findResources('AWS::Lambda::Function')).find((id) => id.startsWith('EmailIntakeFn'))!;
  keyArnImport = Object.values(app.findResources('AWS::SQS::Queue'))[0]!.Properties.KmsMasterKeyId;
});

describe('the email intake failure path', () => {
  it('sends an event that failed its two retries to the failure queue', () => {
    app.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: intakeFnId },
      Qualifier: '$LATEST',
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
  });

  it("encrypts the queue with the project's key, refuses plain HTTP and keeps records 14 days", () => {
    expect(Object.keys(app.findResources('AWS::SQS::Queue'))).toHaveLength(1);
    expect(JSON.stringify(keyArnImport)).toMatch(/RedressData:ExportsOutputFnGetAttCaseKey[0-9A-F]+Arn/);
    app.hasResource('AWS::SQS::Queue', { Properties: Match.objectLike({ MessageRetentionPeriod: 14 * 24 * 3600 }), DeletionPolicy: 'Retain' });
    app.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queueId }],
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Action: 'sqs:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });

  it('lets the intake function send to the queue and use the key for it, and nothing wider on the queue', () => {
    const statements = Object.entries(app.findResources('AWS::IAM::Policy'))
      .filter(([id]) => id.startsWith('EmailIntakeFn'))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
    const actions = (s: { Action: string | string[] }) => (Array.isArray(s.Action) ? s.Action : [s.Action]);
    const onQueue = statements.filter((s) => JSON.stringify(s.Resource) === JSON.stringify({ 'Fn::GetAtt': [queueId, 'Arn'] }));
    expect(onQueue.flatMap(actions)).toContain('sqs:SendMessage');
    expect(onQueue.flatMap(actions).filter((a) => /Receive|Delete|Purge/.test(a))).toEqual([]);
    // SQS encrypts each message with a data key from KMS on the sender's behalf.
    const onKey = statements.filter((s) => JSON.stringify(s.Resource) === JSON.stringify(keyArnImport)).flatMap(actions);
    expect(onKey).toEqual(expect.arrayContaining(['kms:GenerateDataKey*', 'kms:Decrypt']));
    // The grant is in place before Lambda checks the destination: the function depends on its policy.
    const fn = app.findResources('AWS::Lambda::Function')[intakeFnId]!;
    expect(fn.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^EmailIntakeFnServiceRoleDefaultPolicy/)]));
  });

  it('rings an alarm as soon as one record waits in the queue', () => {
    app.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
      Statistic: 'Maximum',
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      EvaluationPeriods: 1,
      TreatMissingData: 'notBreaching',
    });
  });

  it('outputs what the redrive script takes', () => {
    app.hasOutput('EmailIntakeFailureQueueUrl', { Value: { Ref: queueId } });
    app.hasOutput('EmailIntakeFunctionName', { Value: { Ref: intakeFnId } });
    app.hasOutput('InboundMailBucketName', { Value: { Ref: Match.stringLikeRegexp('^InboundMail') } });
  });

  it('is the wiring local mode reads: the bucket notifies the intake, whose failures go to the queue', () => {
    const assembly = new CloudAssembly(outDir, 'us-east-1');
    const [notification] = assembly.bucketNotifications();
    expect(assembly.asyncInvokeConfigs()).toEqual([
      { functionName: notification!.functionName, maximumRetryAttempts: 2, onFailureQueue: 'EmailIntakeFailures' },
    ]);
    expect(assembly.queues()).toEqual([
      {
        name: 'EmailIntakeFailures',
        arn: 'arn:aws:sqs:us-east-1:000000000000:EmailIntakeFailures',
        visibilityTimeoutSeconds: 900,
        retentionSeconds: 1_209_600,
      },
    ]);
  });
});
