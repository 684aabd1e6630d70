// Stateless resources: functions, the complaint state machine, the public API
// and its WAF. Everything stateful arrives as typed props from the data stack.
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as eventsTargets from 'aws-cdk-lib/aws-events-targets';
import * as scheduler from 'aws-cdk-lib/aws-events';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sesActions from 'aws-cdk-lib/aws-ses-actions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { ComplaintWorkflow } from '../../workflows/complaint-workflow';
import type { DeployConfig } from '../config';
import { CLASSIFIER_FALLBACK_METRIC, type FallbackReason } from '../../functions/domain/classification/fallback-reason';
import { INFERENCE_PROFILE_PREFIX } from '../../functions/domain/classification/model-lifecycle';
import { ModelLifecycleCheck } from '../constructs/model-lifecycle-check';
import { BODY_INSPECTION, publicApiWafRules } from '../constructs/public-api-waf-rules';
import { RedressFunction } from '../constructs/redress-function';
import { DEFAULTS, retentionFor } from '../constructs/secure-defaults';

export interface RedressAppStackProps extends StackProps {
  readonly table: dynamodb.ITable;
  readonly key: kms.IKey;
  readonly bus: events.IEventBus;
  readonly config: DeployConfig;
}

/** Where SES puts raw messages in the inbound bucket. */
export const INBOUND_PREFIX = 'inbound/';

/** The API's one stage: every path on the execute-api domain starts with it. */
const API_STAGE = 'v1';

export class RedressAppStack extends Stack {
  readonly stateMachine: sfn.StateMachine;
  readonly api: apigw.RestApi;
  readonly userPool: cognito.UserPool;
  /** The functions the state machine invokes (for grants and nag acknowledgements). */
  readonly workflowFunctions: lambda.IFunction[];
  /** Raw customer emails as SES stores them; the email intake function reads them. */
  readonly inboundMail: s3.Bucket;
  /** The deploy-time check of the classifier's Bedrock model, when the classifier is Bedrock. */
  readonly modelLifecycleCheck?: ModelLifecycleCheck;
  /** What the classifier may invoke: the configured model or profile and the models it routes to. */
  readonly bedrockModelArns: readonly string[] = [];
  /** Where a new message's S3 event goes when the email intake failed every attempt: redrive reads it. */
  readonly emailIntakeFailures: sqs.Queue;

  constructor(scope: Construct, id: string, props: RedressAppStackProps) {
    super(scope, id, props);
    const { table, bus, config } = props;

    const api = new apigw.RestApi(this, 'PublicApi', {
      description: 'Redress: complaint form, intake and customer answers',
      deployOptions: {
        stageName: API_STAGE,
        throttlingRateLimit: config.api.throttleRatePerSecond,
        throttlingBurstLimit: config.api.throttleBurst,
        tracingEnabled: true,
        // Errors only, and never request or response bodies (dataTrace): bodies carry personal data.
        loggingLevel: apigw.MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        accessLogDestination: new apigw.LogGroupLogDestination(
          new logs.LogGroup(this, 'ApiAccessLogs', { retention: retentionFor(config.logRetentionDays), removalPolicy: DEFAULTS.logRemovalPolicy }),
        ),
        // No request parameters or bodies in access logs: ids, status and timing only.
        accessLogFormat: apigw.AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            method: '$context.httpMethod',
            resource: '$context.resourcePath',
            status: '$context.status',
            latency: '$context.responseLatency',
          }),
        ),
      },
      cloudWatchRole: true,
      endpointTypes: [apigw.EndpointType.REGIONAL],
    });
    this.api = api;

    const workflowConfig = JSON.stringify(config.workflow);
    // Built from the API's id, not `api.url`: that token depends on the deployment, which depends on the functions.
    const publicBaseUrl = config.workflow.publicBaseUrl ?? `https://${api.restApiId}.execute-api.${this.region}.${this.urlSuffix}/v1`;
    const common = { TABLE_NAME: table.tableName, EVENT_BUS_NAME: bus.eventBusName, REDRESS_CONFIG: workflowConfig, PUBLIC_BASE_URL: publicBaseUrl };
    const make = (id: string, handlerFile: string, description: string, environment: Record<string, string> = {}) =>
      new RedressFunction(this, id, { handlerFile, description, environment: { ...common, ...environment }, logRetentionDays: config.logRetentionDays }).fn;

    const mailEnv = { SENDER_EMAIL: config.senderEmail };
    const ledgerEnv: Record<string, string> =
      config.ledger.mode === 'http'
        ? { LEDGER_MODE: 'http', LEDGER_TARGET: config.ledger.endpoint }
        : config.ledger.mode === 'lambda'
          ? { LEDGER_MODE: 'lambda', LEDGER_TARGET: config.ledger.functionArn }
          : { LEDGER_MODE: 'none' };
    const payoutEnv: Record<string, string> =
      config.payout.mode === 'http'
        ? { PAYOUT_MODE: 'http', PAYOUT_TARGET: config.payout.endpoint }
        : config.payout.mode === 'lambda'
          ? { PAYOUT_MODE: 'lambda', PAYOUT_TARGET: config.payout.functionArn }
          : { PAYOUT_MODE: 'none' };
    const classifierEnv: Record<string, string> = {
      CLASSIFIER: config.classifier.kind,
      BEDROCK_MODEL_ID: config.classifier.modelId,
      ...(config.classifier.region ? { BEDROCK_REGION: config.classifier.region } : {}),
      ...(config.classifier.guardrailId
        ? { BEDROCK_GUARDRAIL_ID: config.classifier.guardrailId, BEDROCK_GUARDRAIL_VERSION: config.classifier.guardrailVersion ?? 'DRAFT' }
        : {}),
    };

    const fns = {
      acknowledge: make('Acknowledge', 'acknowledge', 'Acknowledges a complaint to the customer', mailEnv),
      classify: make('Classify', 'classify', 'Classifies and routes a complaint', classifierEnv),
      investigate: make('Investigate', 'investigate', 'Gathers evidence and decides whether a person must look', ledgerEnv),
      prepareWait: make('PrepareWait', 'prepare-wait', 'Gets a case ready to wait on a person or the customer', mailEnv),
      resolve: make('Resolve', 'resolve', 'Composes and sends the resolution', mailEnv),
      compensate: make('Compensate', 'compensate', 'Applies compensation decisions and escalations', mailEnv),
      payout: make('Payout', 'payout', 'Pays approved compensation through the payout service, once', { ...mailEnv, ...payoutEnv }),
      finish: make('Finish', 'finish', 'Closes, reopens or flags a case for a person', mailEnv),
    };

    this.workflowFunctions = Object.values(fns);
    const workflow = new ComplaintWorkflow(this, 'Workflow', fns, { table });
    const smLogs = new logs.LogGroup(this, 'WorkflowLogs', { retention: retentionFor(config.logRetentionDays), removalPolicy: DEFAULTS.logRemovalPolicy });
    this.stateMachine = new sfn.StateMachine(this, 'ComplaintStateMachine', {
      stateMachineType: sfn.StateMachineType.STANDARD,
      definitionBody: sfn.DefinitionBody.fromChainable(workflow.definition),
      tracingEnabled: true,
      // Execution data stays out of logs: states carry ids, but errors and future fields must not leak.
      logs: { destination: smLogs, level: sfn.LogLevel.ALL, includeExecutionData: false },
      comment: 'Redress complaint workflow',
    });

    // The callback states write task tokens into the encrypted table themselves.
    props.key.grant(this.stateMachine, 'kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*', 'kms:DescribeKey');

    const complaintApi = make('ComplaintApi', 'complaint-api', 'Serves the complaint form and takes complaints', {
      STATE_MACHINE_ARN: this.stateMachine.stateMachineArn,
    });
    const answerApi = make('AnswerApi', 'answer-api', "Records the customer's satisfaction answer", { STATE_MACHINE_ARN: this.stateMachine.stateMachineArn });

    // Staff sign in with Cognito; groups decide what they may do (checked again in the use cases).
    this.userPool = new cognito.UserPool(this, 'StaffPool', {
      userPoolName: 'redress-staff',
      selfSignUpEnabled: false,
      signInAliases: { email: true, username: true },
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 14,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const group of ['agent', 'supervisor', 'admin'])
      new cognito.CfnUserPoolGroup(this, `Group-${group}`, { userPoolId: this.userPool.userPoolId, groupName: group, description: `Redress ${group}s` });
    const consoleClient = this.userPool.addClient('ConsoleClient', {
      authFlows: { userPassword: true, userSrp: true },
      generateSecret: false,
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
    });
    const staffApi = make('StaffApi', 'staff-api', 'Staff console and API: queues, findings, compensation decisions', {
      STATE_MACHINE_ARN: this.stateMachine.stateMachineArn,
      COGNITO_ENDPOINT: `https://cognito-idp.${this.region}.${this.urlSuffix}/`,
      COGNITO_CLIENT_ID: consoleClient.userPoolClientId,
      ...mailEnv,
    });
    const sweeper = make('Sweeper', 'sweeper', 'Starts cases whose workflow never started and flags cases whose workflow died', {
      STATE_MACHINE_ARN: this.stateMachine.stateMachineArn,
      ...mailEnv,
    });
    // Email intake: SES writes each message to the bucket, the bucket's notification runs the
    // function. Raw mail is personal data: encrypted, TLS only, private, expired.
    this.inboundMail = new s3.Bucket(this, 'InboundMail', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ prefix: INBOUND_PREFIX, expiration: Duration.days(config.inboundEmail.retentionDays) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const emailIntake = make('EmailIntake', 'email-intake', 'Opens cases from customer emails and keeps their replies on the case', {
      STATE_MACHINE_ARN: this.stateMachine.stateMachineArn,
      ...mailEnv,
    });
    emailIntake.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [this.inboundMail.arnForObjects(`${INBOUND_PREFIX}*`)] }));
    this.inboundMail.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(emailIntake), { prefix: INBOUND_PREFIX });
    // S3 invokes the intake asynchronously: after Lambda's retries a failed event would be dropped
    // while its message sits unread in the bucket. Instead, Lambda writes a record of the event
    // (bucket and key, never the mail) to this queue, the alarm tells a person, and
    // `npm run redrive-email` runs the intake on it again (README, Operations). The record must
    // outlive the night it failed in, and a redrive is idempotent by the message's Message-ID.
    this.emailIntakeFailures = new sqs.Queue(this, 'EmailIntakeFailures', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: props.key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      // Long enough for one redrive run to work through a batch before the records reappear.
      visibilityTimeout: Duration.minutes(15),
      // It holds the only pointer to mail not yet taken: kept, like the bucket, if the stack goes.
      removalPolicy: DEFAULTS.statefulRemovalPolicy,
    });
    // The destination grants the function sqs:SendMessage and, for the key, kms:GenerateDataKey* and kms:Decrypt.
    emailIntake.configureAsyncInvoke({ onFailure: new destinations.SqsDestination(this.emailIntakeFailures), retryAttempts: 2 });
    new cloudwatch.Alarm(this, 'EmailIntakeFailuresAlarm', {
      alarmDescription: 'A customer email failed intake on every attempt and waits in the failure queue: run the redrive (README, Operations).',
      metric: this.emailIntakeFailures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: cloudwatch.Stats.MAXIMUM }),
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    // What the redrive script takes (`--queue-url`, `--function`, `--bucket`).
    new CfnOutput(this, 'EmailIntakeFailureQueueUrl', {
      value: this.emailIntakeFailures.queueUrl,
      description: 'Failed email intakes; redrive with npm run redrive-email',
    });
    new CfnOutput(this, 'EmailIntakeFunctionName', { value: emailIntake.functionName });
    new CfnOutput(this, 'InboundMailBucketName', { value: this.inboundMail.bucketName });
    if (config.inboundEmail.recipients.length > 0) {
      new ses.ReceiptRuleSet(this, 'InboundRules', {
        receiptRuleSetName: 'redress-inbound',
        rules: [
          {
            recipients: config.inboundEmail.recipients,
            scanEnabled: true,
            tlsPolicy: ses.TlsPolicy.REQUIRE,
            actions: [new sesActions.S3({ bucket: this.inboundMail, objectKeyPrefix: INBOUND_PREFIX })],
          },
        ],
      });
    }

    new scheduler.Rule(this, 'SweepSchedule', {
      schedule: scheduler.Schedule.rate(Duration.minutes(5)),
      targets: [new eventsTargets.LambdaFunction(sweeper, { retryAttempts: 2 })],
    });

    // Least privilege: each function gets exactly the actions its use case performs.
    for (const fn of [...Object.values(fns), complaintApi, answerApi, staffApi, sweeper, emailIntake]) table.grantReadWriteData(fn);
    for (const fn of [...Object.values(fns), complaintApi, staffApi, sweeper, emailIntake]) bus.grantPutEventsTo(fn);
    const sesIdentity = config.sesIdentity ?? config.senderEmail.split('@')[1]!;
    const sendMail = new iam.PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: [
        this.formatArn({ service: 'ses', resource: 'identity', resourceName: sesIdentity }),
        this.formatArn({ service: 'ses', resource: 'identity', resourceName: config.senderEmail }),
      ],
    });
    for (const fn of [fns.acknowledge, fns.prepareWait, fns.resolve, fns.compensate, fns.payout, fns.finish, sweeper, staffApi]) fn.addToRolePolicy(sendMail);
    this.stateMachine.grantStartExecution(complaintApi);
    this.stateMachine.grantStartExecution(emailIntake);
    this.stateMachine.grantRead(emailIntake);
    this.stateMachine.grantRead(complaintApi);
    this.stateMachine.grantTaskResponse(answerApi);
    this.stateMachine.grantTaskResponse(staffApi);
    // Resuming a stuck case starts `<caseId>-r<n>` after checking the execution that drives the case now.
    this.stateMachine.grantStartExecution(staffApi);
    this.stateMachine.grantRead(staffApi);
    this.stateMachine.grantStartExecution(sweeper);
    this.stateMachine.grantRead(sweeper);
    if (config.classifier.kind === 'bedrock') {
      const region = config.classifier.region ?? this.region;
      const modelArns = bedrockModelArns(config.classifier.modelId, this.partition, region, this.account);
      this.bedrockModelArns = modelArns;
      fns.classify.addToRolePolicy(new iam.PolicyStatement({ actions: ['bedrock:InvokeModel'], resources: modelArns }));
      // A retired model fails the deploy here, instead of every Converse call after it. The
      // classifier records what the profile routes to, and deploys only after the check passed.
      this.modelLifecycleCheck = new ModelLifecycleCheck(this, 'ModelLifecycleCheck', {
        modelId: config.classifier.modelId,
        region,
        modelArns,
        logRetentionDays: config.logRetentionDays,
      });
      fns.classify.addEnvironment('BEDROCK_PROFILE_MODEL_IDS', this.modelLifecycleCheck.foundationModelIds);
      // A model that goes away after the deploy shows as fallbacks Bedrock refused the model for
      // (`service` is the Powertools service name RedressFunction gives the classify function).
      const fallbacks = (reason: FallbackReason) =>
        new cloudwatch.Metric({
          namespace: CLASSIFIER_FALLBACK_METRIC.namespace,
          metricName: CLASSIFIER_FALLBACK_METRIC.name,
          dimensionsMap: { service: 'redress-classify', reason },
          statistic: cloudwatch.Stats.SUM,
          period: Duration.minutes(5),
        });
      new cloudwatch.Alarm(this, 'ClassifierModelRefusedAlarm', {
        alarmDescription:
          'Bedrock refuses the classifier model (retired, no access, or invalid), so every case is classified offline: check the model lifecycle (README, Classification).',
        metric: new cloudwatch.MathExpression({
          expression: 'FILL(notFound, 0) + FILL(denied, 0) + FILL(invalid, 0)',
          usingMetrics: { notFound: fallbacks('model_not_found'), denied: fallbacks('access_denied'), invalid: fallbacks('validation') },
          period: Duration.minutes(5),
        }),
        threshold: 0,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      if (config.classifier.guardrailId) {
        fns.classify.addToRolePolicy(
          new iam.PolicyStatement({
            actions: ['bedrock:ApplyGuardrail'],
            resources: [`arn:${this.partition}:bedrock:${region}:${this.account}:guardrail/${config.classifier.guardrailId}`],
          }),
        );
      }
    }
    if (config.payout.mode === 'lambda') {
      fns.payout.addToRolePolicy(new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [config.payout.functionArn] }));
    }
    if (config.ledger.mode === 'lambda') {
      fns.investigate.addToRolePolicy(new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [config.ledger.functionArn] }));
    }

    // Routes. The form and intake are public; answers are reached by an opaque link id.
    const complaintIntegration = new apigw.LambdaIntegration(complaintApi);
    const answerIntegration = new apigw.LambdaIntegration(answerApi);
    api.root.addMethod('GET', complaintIntegration);
    api.root.addResource('api').addResource('complaints').addMethod('POST', complaintIntegration);
    const answer = api.root.addResource('answers').addResource('{linkId}');
    answer.addMethod('GET', answerIntegration);
    answer.addMethod('POST', answerIntegration);

    // The console page is public (it only signs in); every staff API route needs a Cognito session.
    const staffIntegration = new apigw.LambdaIntegration(staffApi);
    api.root.addResource('console').addMethod('GET', staffIntegration);
    const authorizer = new apigw.CognitoUserPoolsAuthorizer(this, 'StaffAuthorizer', { cognitoUserPools: [this.userPool] });
    const staffAuth = { authorizer, authorizationType: apigw.AuthorizationType.COGNITO };
    const casesResource = api.root.getResource('api')!.addResource('cases');
    casesResource.addMethod('GET', staffIntegration, staffAuth);
    api.root.getResource('api')!.addResource('incidents').addMethod('GET', staffIntegration, staffAuth);
    const oneCase = casesResource.addResource('{caseId}');
    oneCase.addMethod('GET', staffIntegration, staffAuth);
    oneCase.addResource('findings').addMethod('POST', staffIntegration, staffAuth);
    oneCase.addResource('replies').addResource('read').addMethod('POST', staffIntegration, staffAuth);
    oneCase.addResource('messages').addMethod('POST', staffIntegration, staffAuth);
    // No dead ends: a supervisor restarts a stuck case from a named step, or closes it with a reason.
    oneCase.addResource('resume').addMethod('POST', staffIntegration, staffAuth);
    oneCase.addResource('close').addMethod('POST', staffIntegration, staffAuth);
    const oneCompensation = api.root.getResource('api')!.addResource('compensations').addResource('{compensationId}');
    oneCompensation.addResource('decision').addMethod('POST', staffIntegration, staffAuth);
    oneCompensation.addResource('payout').addMethod('POST', staffIntegration, staffAuth);

    // The WAF: a per-IP rate rule on the public routes, AWS's common rules, and a body size
    // limit taken from the form's own limits, so every complaint the form accepts gets through
    // in any language (infra/constructs/public-api-waf-rules.ts).
    const waf = new wafv2.CfnWebACL(this, 'PublicApiWaf', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'redress-public-api', sampledRequestsEnabled: false },
      associationConfig: { requestBody: { API_GATEWAY: { defaultSizeInspectionLimit: BODY_INSPECTION.limit } } },
      rules: publicApiWafRules({
        stageName: API_STAGE,
        staffPathPrefixes: ['console', 'api/cases', 'api/incidents', 'api/compensations'],
        ratePer5Minutes: config.api.wafRateLimitPer5Minutes,
      }),
    });
    new wafv2.CfnWebACLAssociation(this, 'PublicApiWafAssociation', { resourceArn: api.deploymentStage.stageArn, webAclArn: waf.attrArn });
  }
}

/**
 * What bedrock:InvokeModel must be allowed on for the configured model, and nothing more: a
 * foundation model id is one ARN; an inference profile (id or ARN) needs the profile and the
 * model it routes to, in whichever region the profile sends the call. A global profile also
 * routes to the model's region-less ARN (`arn:aws:bedrock:::foundation-model/…`), which IAM
 * checks apart from the regional ones.
 */
export function bedrockModelArns(modelId: string, partition: string, region: string, account: string): string[] {
  const profileArn = /^arn:[^:]+:bedrock:[^:]*:[^:]*:(?:application-)?inference-profile\/(.+)$/.exec(modelId);
  const profileId = profileArn ? profileArn[1]! : modelId;
  const routed = INFERENCE_PROFILE_PREFIX.exec(profileId);
  const routedTo = (geography: string, model: string) => [
    `arn:${partition}:bedrock:*::foundation-model/${model}`,
    ...(geography === 'global' ? [`arn:${partition}:bedrock:::foundation-model/${model}`] : []),
  ];
  if (profileArn) {
    // An application profile's model cannot be read from its id: allow the profile only, and the
    // operator's own profile policy decides (it fails loudly at the first call, never silently).
    return routed ? [modelId, ...routedTo(routed[1]!, routed[2]!)] : [modelId];
  }
  if (modelId.startsWith('arn:')) return [modelId];
  if (routed) return [`arn:${partition}:bedrock:${region}:${account}:inference-profile/${modelId}`, ...routedTo(routed[1]!, routed[2]!)];
  return [`arn:${partition}:bedrock:${region}::foundation-model/${modelId}`];
}
