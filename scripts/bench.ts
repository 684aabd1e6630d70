// Benchmark: starts the local stack, pushes N complaints through to the
// satisfaction question, and prints latency figures plus an estimate of what
// each complaint costs on AWS from the work it actually did (state
// transitions, Lambda invocations, DynamoDB writes, mails). Figures only:
// nothing here asserts a timing.
//   npm run bench -- [--complaints 30] [--concurrency 5]
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { GetExecutionHistoryCommand, SFNClient } from '@aws-sdk/client-sfn';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { offlineClassifier } from '../functions/domain/classification/offline-classifier';
import { startLocalStack } from '../local/local-stack';

// As npm start: the SDK's Node 22 notice is for whoever pins the SDK, not for someone reading figures.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('complaints', 30);
const CONCURRENCY = arg('concurrency', 5);

// us-east-1 list prices (2026): Standard workflows per state transition, Lambda arm64 per GB-s and per request,
// DynamoDB on-demand per write/read request unit, SES per message, EventBridge custom events.
const PRICE = {
  transition: 0.000025,
  lambdaGbSecond: 0.0000133334,
  lambdaRequest: 0.0000002,
  write: 0.000000625,
  read: 0.000000125,
  mail: 0.0001,
  event: 0.000001,
};

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

const TEXTS = [
  'The trading fee on my last spot order was higher than the fee schedule says. Why was I charged more?',
  'Mi retiro de USDT lleva tres días pendiente y nadie me responde.',
  'Мой депозит BTC не зачислен уже 6 часов, хотя подтверждений много.',
  'Tôi không thể đăng nhập vào tài khoản sau khi đổi số điện thoại.',
  '我的身份验证一直没有通过，已经提交了三次护照照片。',
];

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'redress-bench-'));
  const base = 16100;
  const t0 = performance.now();
  const stack = await startLocalStack({
    root: resolve(__dirname, '..'),
    dataDir,
    ports: {
      web: base,
      dynamodb: base + 1,
      stepFunctions: base + 2,
      ses: base + 3,
      events: base + 4,
      ledger: base + 5,
      s3: base + 6,
      smtp: base + 7,
      sqs: base + 8,
      lambda: base + 9,
      payout: base + 10,
    },
    configOverrides: { rateLimits: { perAddressPerHour: 100000, perClientPerHour: 100000 } },
  });
  const startupMs = performance.now() - t0;
  const creds = { accessKeyId: 'local', secretAccessKey: 'local' };
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1', endpoint: stack.urls.dynamodb, credentials: creds }));
  const sfn = new SFNClient({ region: 'us-east-1', endpoint: stack.urls.stepFunctions, credentials: creds });

  const intakeMs: number[] = [];
  const toAckMs: number[] = [];
  const toQuestionMs: number[] = [];
  const caseIds: string[] = [];
  let next = 0;
  const runOne = async (i: number) => {
    const started = performance.now();
    const res = await fetch(`${stack.urls.web}/api/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${Date.now()}-${i}` },
      body: JSON.stringify({ name: 'Bench Customer', email: `bench-${i}@example.com`, description: TEXTS[i % TEXTS.length] }),
    });
    intakeMs.push(performance.now() - started);
    const { caseNumber } = (await res.json()) as { caseNumber: string };
    const caseId = (await doc.send(new GetCommand({ TableName: 'redress-cases', Key: { PK: `CASENO#${caseNumber}`, SK: 'CASENO' } }))).Item!.caseId as string;
    caseIds.push(caseId);
    let acked = false;
    for (;;) {
      const status = (await doc.send(new GetCommand({ TableName: 'redress-cases', Key: { PK: `CASE#${caseId}`, SK: 'CASE' } }))).Item?.status as string;
      if (!acked && status !== 'received') {
        acked = true;
        toAckMs.push(performance.now() - started);
      }
      if (['awaiting_satisfaction', 'awaiting_findings', 'awaiting_decision', 'needs_attention'].includes(status)) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    toQuestionMs.push(performance.now() - started);
  };
  const wall = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < N) await runOne(next++);
    }),
  );
  const wallMs = performance.now() - wall;

  // What the work cost: count it from the execution histories and the case store.
  let transitions = 0;
  let lambdaCalls = 0;
  let items = 0;
  let mails = 0;
  for (const caseId of caseIds) {
    const arn = `${stack.stateMachineArn.replace(':stateMachine:', ':execution:')}:${caseId}`;
    const events = (await sfn.send(new GetExecutionHistoryCommand({ executionArn: arn, maxResults: 1000 }))).events ?? [];
    transitions += events.filter((e) => e.type?.endsWith('StateEntered')).length;
    lambdaCalls += events.filter((e) => e.type === 'TaskScheduled' && e.taskScheduledEventDetails?.resourceType === 'lambda').length;
    const rows =
      (
        await doc.send(
          new QueryCommand({ TableName: 'redress-cases', KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': `CASE#${caseId}` } }),
        )
      ).Items ?? [];
    items += rows.length;
    mails += rows.filter((r) => r.entity === 'message').length;
  }
  const per = (x: number) => x / caseIds.length;
  // Each Lambda call: ~300 ms at 512 MB on arm64 (measured locally per step, rounded up); each stored item ~3 writes (put + updates).
  const lambdaCost = per(lambdaCalls) * (0.3 * 0.5 * PRICE.lambdaGbSecond + PRICE.lambdaRequest) + 2 * PRICE.lambdaRequest;
  const cost =
    per(transitions) * PRICE.transition + lambdaCost + per(items) * 3 * PRICE.write + per(items) * 4 * PRICE.read + per(mails) * PRICE.mail + 7 * PRICE.event;

  // The classifier alone, in process.
  const classifyMs: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const s = performance.now();
    await offlineClassifier.classify({ text: TEXTS[i % TEXTS.length]! + ` order ${i}` });
    classifyMs.push(performance.now() - s);
  }

  const f = (x: number) => x.toFixed(1);
  console.log(`\nRedress local benchmark: ${caseIds.length} complaints, concurrency ${CONCURRENCY}`);
  console.log(`  stack start (synth cached, Lambdas warmed)   ${f(startupMs)} ms`);
  console.log(`  intake POST /api/complaints  p50 ${f(pct(intakeMs, 50))} ms  p95 ${f(pct(intakeMs, 95))} ms`);
  console.log(`  to acknowledged              p50 ${f(pct(toAckMs, 50))} ms  p95 ${f(pct(toAckMs, 95))} ms`);
  console.log(`  to waiting on a person       p50 ${f(pct(toQuestionMs, 50))} ms  p95 ${f(pct(toQuestionMs, 95))} ms`);
  console.log(`  throughput                   ${f((caseIds.length / wallMs) * 60_000)} complaints/min`);
  console.log(`  offline classifier           p50 ${pct(classifyMs, 50).toFixed(3)} ms  p99 ${pct(classifyMs, 99).toFixed(3)} ms`);
  console.log(
    `  per complaint (to the question): ${f(per(transitions))} state transitions, ${f(per(lambdaCalls))} Lambda calls, ${f(per(items))} items, ${f(per(mails))} mails`,
  );
  console.log(`  estimated AWS cost per complaint ≈ $${cost.toFixed(5)} (${f(cost * 1000)} USD per 1000), SES the largest part`);
  await stack.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
