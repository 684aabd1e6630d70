// Stateless resources: functions, the complaint state machine, the public API
// and its WAF. Everything stateful arrives as typed props from the data stack.
import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as eventsTargets from 'aws-cdk-lib/aws-events-targets';
import * as scheduler from 'aws-cdk-lib/aws-events';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sesActions from 'aws-cdk-lib/aws-ses-actions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { ComplaintWorkflow } from '../../workflows/complaint-workflow';
import type { DeployConfig } from '../config';
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

export class RedressAppStack extends Stack {
  readonly stateMachine: sfn.StateMachine;
  readonly api: apigw.RestApi;
  readonly userPool: cognito.UserPool;
  /** The functions the state machine invokes (for grants and nag acknowledgements). */
  readonly workflowFunctions: lambda.IFunction[];
  /** Raw customer emails as SES stores them; the email intake function reads them. */
  readonly inboundMail: s3.Bucket;

  constructor(scope: Construct, id: string, props: RedressAppStackProps) {
    super(scope, id, props);
    const { table, bus, config } = props;

    const api = new apigw.RestApi(this, 'PublicApi', {
      description: 'Redress: complaint form, intake and customer answers',
      deployOptions: {
        stageName: 'v1',
        throttlingRateLimit: config.api.throttleRatePerSecond,
        throttlingBurstLimit: config.api.throttleBurst,
        tracingEnabled: true,
        // Errors only, and never request or response bodies (dataTrace): bodies carry personal data.
        loggingLevel: apigw.MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        accessLogDestination: new apigw.LogGroupLogDestination(new logs.LogGroup(this, 'ApiAccessLogs', { retention: retentionFor(config.logRetentionDays), removalPolicy: DEFAULTS.logRemovalPolicy })),
        // No request parameters or bodies in access logs: ids, status and timing only.
        accessLogFormat: apigw.AccessLogFormat.custom(
          JSON.stringify({ requestId: '$context.requestId', ip: '$context.identity.sourceIp', method: '$context.httpMethod', resource: '$context.resourcePath', status: '$context.status', latency: '$context.responseLatency' }),
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
      config.ledger.mode === 'http' ? { LEDGER_MODE: 'http', LEDGER_TARGET: config.ledger.endpoint } : config.ledger.mode === 'lambda' ? { LEDGER_MODE: 'lambda', LEDGER_TARGET: config.ledger.functionArn } : { LEDGER_MODE: 'none' };
    const classifierEnv: Record<string, string> = {
      CLASSIFIER: config.classifier.kind,
      BEDROCK_MODEL_ID: config.classifier.modelId,
      ...(config.classifier.region ? { BEDROCK_REGION: config.classifier.region } : {}),
      ...(config.classifier.guardrailId ? { BEDROCK_GUARDRAIL_ID: config.classifier.guardrailId, BEDROCK_GUARDRAIL_VERSION: config.classifier.guardrailVersion ?? 'DRAFT' } : {}),
    };

    const fns = {
      acknowledge: make('Acknowledge', 'acknowledge', 'Acknowledges a complaint to the customer', mailEnv),
      classify: make('Classify', 'classify', 'Classifies and routes a complaint', classifierEnv),
      investigate: make('Investigate', 'investigate', 'Gathers evidence and decides whether a person must look', ledgerEnv),
      prepareWait: make('PrepareWait', 'prepare-wait', 'Gets a case ready to wait on a person or the customer', mailEnv),
      resolve: make('Resolve', 'resolve', 'Composes and sends the resolution', mailEnv),
      compensate: make('Compensate', 'compensate', 'Applies compensation decisions and escalations', mailEnv),
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

    const complaintApi = make('ComplaintApi', 'complaint-api', 'Serves the complaint form and takes complaints', { STATE_MACHINE_ARN: this.stateMachine.stateMachineArn });
    const answerApi = make('AnswerApi', 'answer-api', "Records the customer's satisfaction answer", { STATE_MACHINE_ARN: this.stateMachine.stateMachineArn });

    // Staff sign in with Cognito; groups decide what they may do (checked again in the use cases).
    this.userPool = new cognito.UserPool(this, 'StaffPool', {
      userPoolName: 'redress-staff',
      selfSignUpEnabled: false,
      signInAliases: { email: true, username: true },
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: { minLength: 14, requireDigits: true, requireLowercase: true, requireUppercase: true, requireSymbols: true, tempPasswordValidity: Duration.days(3) },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const group of ['agent', 'supervisor', 'admin']) new cognito.CfnUserPoolGroup(this, `Group-${group}`, { userPoolId: this.userPool.userPoolId, groupName: group, description: `Redress ${group}s` });
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

    new scheduler.Rule(this, 'SweepSchedule', { schedule: scheduler.Schedule.rate(Duration.minutes(5)), targets: [new eventsTargets.LambdaFunction(sweeper, { retryAttempts: 2 })] });

    // Least privilege: each function gets exactly the actions its use case performs.
    for (const fn of [...Object.values(fns), complaintApi, answerApi, staffApi, sweeper, emailIntake]) table.grantReadWriteData(fn);
    for (const fn of [...Object.values(fns), complaintApi, staffApi, sweeper, emailIntake]) bus.grantPutEventsTo(fn);
    const sesIdentity = config.sesIdentity ?? config.senderEmail.split('@')[1]!;
    const sendMail = new iam.PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: [this.formatArn({ service: 'ses', resource: 'identity', resourceName: sesIdentity }), this.formatArn({ service: 'ses', resource: 'identity', resourceName: config.senderEmail })],
    });
    for (const fn of [fns.acknowledge, fns.prepareWait, fns.resolve, fns.compensate, fns.finish, sweeper, staffApi]) fn.addToRolePolicy(sendMail);
    this.stateMachine.grantStartExecution(complaintApi);
    this.stateMachine.grantStartExecution(emailIntake);
    this.stateMachine.grantRead(emailIntake);
    this.stateMachine.grantRead(complaintApi);
    this.stateMachine.grantTaskResponse(answerApi);
    this.stateMachine.grantTaskResponse(staffApi);
    this.stateMachine.grantStartExecution(sweeper);
    this.stateMachine.grantRead(sweeper);
    if (config.classifier.kind === 'bedrock') {
      const region = config.classifier.region ?? this.region;
      fns.classify.addToRolePolicy(new iam.PolicyStatement({ actions: ['bedrock:InvokeModel'], resources: bedrockModelArns(config.classifier.modelId, this.partition, region, this.account) }));
      if (config.classifier.guardrailId) {
        fns.classify.addToRolePolicy(
          new iam.PolicyStatement({ actions: ['bedrock:ApplyGuardrail'], resources: [`arn:${this.partition}:bedrock:${region}:${this.account}:guardrail/${config.classifier.guardrailId}`] }),
        );
      }
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
    api.root.getResource('api')!.addResource('compensations').addResource('{compensationId}').addResource('decision').addMethod('POST', staffIntegration, staffAuth);

    // A per-IP rate rule in front of the public endpoint that sends mail.
    const waf = new wafv2.CfnWebACL(this, 'PublicApiWaf', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'redress-public-api', sampledRequestsEnabled: false },
      rules: [
        {
          name: 'rate-per-ip',
          priority: 0,
          action: { block: {} },
          statement: { rateBasedStatement: { limit: config.api.wafRateLimitPer5Minutes, aggregateKeyType: 'IP' } },
          visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'redress-rate-per-ip', sampledRequestsEnabled: false },
        },
        {
          name: 'aws-common',
          priority: 1,
          overrideAction: { none: {} },
          statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesCommonRuleSet' } },
          visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'redress-aws-common', sampledRequestsEnabled: false },
        },
      ],
    });
    new wafv2.CfnWebACLAssociation(this, 'PublicApiWafAssociation', { resourceArn: api.deploymentStage.stageArn, webAclArn: waf.attrArn });

  }
}

/** Geography prefixes of Bedrock's system-defined cross-region inference profiles ("us.anthropic…"). */
const INFERENCE_PROFILE_PREFIX = /^(us|eu|apac|us-gov|global|jp|au|ca)\.(.+)$/;

/**
 * What bedrock:InvokeModel must be allowed on for the configured model, and nothing more: a
 * foundation model id is one ARN; an inference profile (id or ARN) needs the profile and the
 * model it routes to, in whichever region the profile sends the call.
 */
export function bedrockModelArns(modelId: string, partition: string, region: string, account: string): string[] {
  const profileArn = /^arn:[^:]+:bedrock:[^:]*:[^:]*:(?:application-)?inference-profile\/(.+)$/.exec(modelId);
  const profileId = profileArn ? profileArn[1]! : modelId;
  const routed = INFERENCE_PROFILE_PREFIX.exec(profileId);
  if (profileArn) {
    // An application profile's model cannot be read from its id: allow the profile only, and the
    // operator's own profile policy decides (it fails loudly at the first call, never silently).
    return routed ? [modelId, `arn:${partition}:bedrock:*::foundation-model/${routed[2]}`] : [modelId];
  }
  if (modelId.startsWith('arn:')) return [modelId];
  if (routed) return [`arn:${partition}:bedrock:${region}:${account}:inference-profile/${modelId}`, `arn:${partition}:bedrock:*::foundation-model/${routed[2]}`];
  return [`arn:${partition}:bedrock:${region}::foundation-model/${modelId}`];
}
