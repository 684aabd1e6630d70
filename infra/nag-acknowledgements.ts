// cdk-nag AwsSolutions findings we accept, each with its reason. Everything
// else the pack reports is an error the test in test/infra/cdk-nag.test.ts
// fails on. Findings with a suffix are acknowledged by their exact id.
import { Stack, Validations } from 'aws-cdk-lib';
import type { CfnElement } from 'aws-cdk-lib';
import type { RedressAppStack } from './stacks/app-stack';

export function acknowledgeNagFindings(appStack: RedressAppStack): void {
  const v = Validations.of(appStack);
  const ack = (id: string, reason: string) => v.acknowledge({ id, reason });
  const logicalId = (element: CfnElement) => Stack.of(element).getLogicalId(element);

  ack(
    'AwsSolutions-APIG2',
    'Request bodies are validated in the handlers with zod, which gives the field-level 400 errors the form shows; a model validator would only duplicate that with worse messages.',
  );
  ack(
    'AwsSolutions-APIG4',
    'The complaint form, intake, the satisfaction answer pages and the console page are public by design (customers have no accounts; the console page only signs in). Every staff API route uses the Cognito authorizer.',
  );
  ack('AwsSolutions-COG4', 'Same public routes as APIG4: they cannot carry a Cognito token. Staff routes use the Cognito authorizer.');
  ack(
    'AwsSolutions-COG2',
    'MFA is enabled (TOTP) but optional until the console implements the MFA challenge; operators can require it in the pool. Tracked in the README.',
  );
  ack('AwsSolutions-L1', 'The project targets the Node.js 22 Lambda runtime on purpose: it is the runtime the code and its bundles are tested on.');
  ack(
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    "The AWS managed basic execution role only allows writing the function's own logs.",
  );
  ack(
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
    "API Gateway's account-level role for access logs; the AWS managed policy is the documented way.",
  );
  ack(
    'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
    "Granted by CDK for the project's customer-managed key only (the resource is that key; it encrypts the case table and the email intake failure queue).",
  );
  ack(
    'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
    "Granted by CDK for the project's customer-managed key only (the resource is that key; it encrypts the case table and the email intake failure queue).",
  );
  ack('AwsSolutions-IAM5[Resource::*]', 'X-Ray PutTraceSegments/PutTelemetryRecords take no resource; nothing else uses *.');
  ack(
    'AwsSolutions-IAM5[Resource::RedressData:ExportsOutputFnGetAttCases80582F3EArnA42AFA2B/index/*]',
    'Reads of the case table include its one index (cases by status) for queues and the sweeper.',
  );
  ack(
    'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:states:<AWS::Region>:<AWS::AccountId>:execution:{"Fn::Select":[6,{"Fn::Split":[":",{"Ref":"ComplaintStateMachine8F2288F7"}]}]}:*]',
    'Intake and the sweeper describe executions of this one state machine (execution names are case ids, not known in advance).',
  );
  ack(
    'AwsSolutions-SQS3',
    "The email intake failure queue is itself the dead-letter store (the function's on-failure destination); a redrive deletes a record only after its message was taken, so a queue behind it would hold nothing.",
  );
  ack(
    'AwsSolutions-S1',
    "The inbound mail bucket is written only by SES and read only by the email intake function; its objects expire. Server access logs would copy customers' message keys into another bucket; CloudTrail data events are the operator's choice.",
  );
  ack(
    `AwsSolutions-IAM5[Resource::<${logicalId(appStack.inboundMail.node.defaultChild as CfnElement)}.Arn>/inbound/*]`,
    'The email intake function reads (GetObject only) the messages SES writes under inbound/; their keys are message ids, not known in advance.',
  );
  // A resolved string with tokens, the way cdk-nag prints it: `<AWS::Partition>`, `<Logical.Arn>`.
  const asNagPrints = (value: string): string => {
    const resolved = appStack.resolve(value) as string | { 'Fn::Join': [string, (string | { Ref: string } | { 'Fn::GetAtt': string[] })[]] };
    if (typeof resolved === 'string') return resolved;
    const [sep, parts] = resolved['Fn::Join'];
    return parts.map((p) => (typeof p === 'string' ? p : 'Ref' in p ? `<${p.Ref}>` : `<${p['Fn::GetAtt'].join('.')}>`)).join(sep);
  };
  const check = appStack.modelLifecycleCheck;
  for (const arn of new Set([...appStack.bedrockModelArns, ...(check?.readArns ?? [])].filter((a) => a.includes('*')).map(asNagPrints))) {
    ack(
      `AwsSolutions-IAM5[Resource::${arn}]`,
      'A cross-region inference profile sends the call to the model in any of its regions, so the model ARN names every region; the model itself is fixed. An application profile hides its model, so the deploy-time check may read any model card (read-only).',
    );
  }
  if (check) {
    ack(
      `AwsSolutions-IAM5[Resource::<${logicalId(check.fn.node.defaultChild as CfnElement)}.Arn>:*]`,
      "The custom resource framework invokes the model lifecycle check function's versions and aliases (CDK grants <arn>:*); it is one function.",
    );
  }
  for (const fn of appStack.workflowFunctions) {
    ack(
      `AwsSolutions-IAM5[Resource::<${logicalId(fn.node.defaultChild as CfnElement)}.Arn>:*]`,
      "The state machine invokes this function's versions and aliases (CDK grants <arn>:*); it is one function.",
    );
  }
}
