// `npm run redrive-email`: runs the email intake again on customer emails whose intake failed
// every attempt. By default it works through the intake's failure queue (where Lambda's
// on-failure destination puts each failed S3 event), invokes the deployed intake function on
// each message and deletes a record only once its message was taken; `--key` runs given messages
// instead. Safe to repeat: a message is one case by its Message-ID. Prints keys and outcomes
// only, never a word of the mail. See README, Operations.
//
//   npm run redrive-email -- --queue-url <EmailIntakeFailureQueueUrl> --function <EmailIntakeFunctionName>
//   npm run redrive-email -- --function <EmailIntakeFunctionName> --bucket <InboundMailBucketName> --key inbound/<id> [--key …]
//   npm run redrive-email -- --local [--key inbound/<id>]      (against `npm start`, from cdk.out)
import { LambdaClient } from '@aws-sdk/client-lambda';
import { SQSClient } from '@aws-sdk/client-sqs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LambdaEmailIntake } from '../functions/adapters/lambda-email-intake';
import { SqsIntakeFailureQueue } from '../functions/adapters/sqs-intake-failure-queue';
import { redriveEmail, type RedriveReport } from '../functions/domain/use-cases/redrive-email';
import { CloudAssembly, LOCAL_ACCOUNT } from '../local/cloud-assembly';
import { portsFromEnv } from '../local/ports';

export interface RedriveTarget {
  readonly functionName: string;
  readonly queueUrl?: string;
  readonly bucket?: string;
  /** Set in local mode: the stand-ins' endpoints and dummy credentials. */
  readonly client?: { readonly region: string; readonly sqsEndpoint: string; readonly lambdaEndpoint: string };
}

const USAGE = `Usage:
  npm run redrive-email -- --queue-url URL --function NAME            every failed intake waiting in the queue
  npm run redrive-email -- --function NAME --bucket NAME --key KEY…   the given stored messages
  npm run redrive-email -- --local [--key KEY…]                       the same against npm start
Options may come from REDRESS_EMAIL_FAILURE_QUEUE_URL, REDRESS_EMAIL_INTAKE_FUNCTION and REDRESS_INBOUND_BUCKET.
Add --json for a machine-readable report.`;

/**
 * Local mode reads the same cloud assembly `npm start` runs: the function the inbound bucket
 * notifies, its bucket, and the queue its EventInvokeConfig sends failures to.
 */
export function localTarget(root: string, env: NodeJS.ProcessEnv = process.env): RedriveTarget {
  const region = env.AWS_REGION ?? 'us-east-1';
  const assembly = new CloudAssembly(resolve(root, 'cdk.out'), region);
  const notification = assembly.bucketNotifications()[0];
  if (!notification) throw new Error('The cloud assembly has no bucket notification for email intake: run npm start first');
  const queue = assembly.asyncInvokeConfigs().find((c) => c.functionName === notification.functionName)?.onFailureQueue;
  const ports = portsFromEnv(env);
  const sqsEndpoint = env.AWS_ENDPOINT_URL_SQS ?? `http://127.0.0.1:${ports.sqs}`;
  return {
    functionName: notification.functionName,
    bucket: notification.bucket,
    ...(queue ? { queueUrl: `${sqsEndpoint}/${LOCAL_ACCOUNT}/${queue}` } : {}),
    client: { region, sqsEndpoint, lambdaEndpoint: env.AWS_ENDPOINT_URL_LAMBDA ?? `http://127.0.0.1:${ports.lambda}` },
  };
}

export async function redrive(target: RedriveTarget, keys: readonly string[]): Promise<RedriveReport> {
  const local = target.client ? { region: target.client.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {};
  const lambda = new LambdaClient({ ...local, ...(target.client ? { endpoint: target.client.lambdaEndpoint } : {}) });
  const sqs = new SQSClient({ ...local, ...(target.client ? { endpoint: target.client.sqsEndpoint } : {}) });
  try {
    if (keys.length > 0 && !target.bucket) throw new Error('--key needs --bucket (the InboundMailBucketName output)');
    if (keys.length === 0 && !target.queueUrl) throw new Error('Give --queue-url (the EmailIntakeFailureQueueUrl output), or --bucket with --key');
    return await redriveEmail(
      { intake: new LambdaEmailIntake(lambda, target.functionName), ...(target.queueUrl ? { failures: new SqsIntakeFailureQueue(sqs, target.queueUrl) } : {}) },
      { messages: keys.map((key) => ({ bucket: target.bucket!, key })), fromQueue: keys.length === 0 },
    );
  } finally {
    lambda.destroy();
    sqs.destroy();
  }
}

/** One line per message and a summary: keys and outcome labels, nothing from the mail. */
export function reportLines(report: RedriveReport): string {
  const lines = report.results.map((r) =>
    r.status === 'failed'
      ? `failed  ${r.message.key}  ${r.error}`
      : `${r.status === 'taken' ? 'taken ' : 'later '}  ${r.message.key}  ${r.outcomes.join(',') || '-'}`,
  );
  lines.push(
    `${report.results.filter((r) => r.status === 'taken').length} taken, ${report.results.filter((r) => r.status === 'failed').length} failed, ${report.results.filter((r) => r.status === 'later').length} to retry later; ` +
      `queue records: ${report.recordsRemoved} removed, ${report.recordsKept} kept, ${report.recordsUnreadable} unreadable (left for a person)`,
  );
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      local: { type: 'boolean' },
      'queue-url': { type: 'string' },
      function: { type: 'string' },
      bucket: { type: 'string' },
      key: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const env = process.env;
  const base: RedriveTarget = values.local ? localTarget(resolve(__dirname, '..'), env) : { functionName: '' };
  const queueUrl = values['queue-url'] ?? env.REDRESS_EMAIL_FAILURE_QUEUE_URL ?? base.queueUrl;
  const bucket = values.bucket ?? env.REDRESS_INBOUND_BUCKET ?? base.bucket;
  const target: RedriveTarget = {
    ...base,
    functionName: values.function ?? env.REDRESS_EMAIL_INTAKE_FUNCTION ?? base.functionName,
    ...(queueUrl ? { queueUrl } : {}),
    ...(bucket ? { bucket } : {}),
  };
  if (!target.functionName) {
    console.error(`--function is missing (the EmailIntakeFunctionName output).\n\n${USAGE}`);
    return 2;
  }
  const report = await redrive(target, values.key ?? []);
  console.log(values.json ? JSON.stringify(report) : reportLines(report));
  const clean = report.results.every((r) => r.status === 'taken') && report.recordsKept === 0 && report.recordsUnreadable === 0;
  return clean ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`redrive-email: ${(e as Error).name}: ${(e as Error).message}`);
      process.exit(2);
    },
  );
}
