// `npm start`: the whole of Redress on this machine, no AWS account needed.
// Ports and the data directory come from the environment (see README).
import { resolve } from 'node:path';
import { portsFromEnv, startLocalStack } from './local-stack';

// Local mode runs on this machine's Node 20; the SDK's notice that its 2027 releases need Node 22
// is for whoever pins the SDK (README: Deploying), not something a newcomer running npm start can act on.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

async function main() {
  const root = resolve(__dirname, '..');
  const overrides = process.env.REDRESS_CONFIG_OVERRIDES ? (JSON.parse(process.env.REDRESS_CONFIG_OVERRIDES) as Record<string, unknown>) : undefined;
  const stack = await startLocalStack({
    root,
    dataDir: process.env.REDRESS_DATA_DIR ?? resolve(root, '.data'),
    ports: portsFromEnv(),
    ...(overrides ? { configOverrides: overrides } : {}),
    ...(process.env.REDRESS_RETRY_INTERVAL_MS ? { retryIntervalMs: Number(process.env.REDRESS_RETRY_INTERVAL_MS) } : {}),
    ...(process.env.REDRESS_FAULTS ? { faults: JSON.parse(process.env.REDRESS_FAULTS) } : {}),
    ...(process.env.REDRESS_BEDROCK_ENDPOINT ? { bedrockEndpoint: process.env.REDRESS_BEDROCK_ENDPOINT } : {}),
    ...(process.env.REDRESS_STAFF_USERS ? { staffUsersFile: resolve(process.env.REDRESS_STAFF_USERS) } : {}),
    ...(process.env.REDRESS_SCHEDULE_INTERVAL_MS ? { scheduleIntervalMs: Number(process.env.REDRESS_SCHEDULE_INTERVAL_MS) } : {}),
    log: (line) => console.log(`[redress] ${line}`),
  });
  const u = stack.urls;
  console.log(
    [
      '',
      'Redress is running locally:',
      `  Complaint form & APIs     ${u.web}/`,
      `  Staff console             ${u.web}/console   (users: local/staff-users.json)`,
      `  Mailbox (SES v2)          ${u.mailbox}   (JSON: ${u.ses}/store)`,
      `  Inbound mail (SMTP)       ${u.smtp}   (write to complaints@example.com; replies keep the [RDR-…] subject)`,
      `  Lifecycle events          ${u.events}`,
      `  Step Functions API        ${u.stepFunctions}   (${stack.stateMachineArn})`,
      `  DynamoDB API              ${u.dynamodb}`,
      `  Ledger fixture            ${u.ledger}`,
      `  Payout fixture            ${u.payout}   (credits: ${u.web}/_local/payouts; behaviour through /_local/faults)`,
      `  SQS (failed email intake) ${u.sqs}   (redrive: npm run redrive-email -- --local)`,
      `  Lambda Invoke API         ${u.lambda}`,
      '',
      'redress: ready',
    ].join('\n'),
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await stack.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error('[redress] failed to start:', e);
  process.exit(1);
});
