// The whole system on one machine: dynalite (DynamoDB API), the Step Functions
// API running the synthesized definition, SES v2, an EventBridge recorder, the
// ledger fixture, the Lambda bundles, and API Gateway's routes on port 3000.
// Only endpoints differ from AWS; the definition and handler code are the same.
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  PutItemCommand,
  ResourceNotFoundException,
  type PutItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import { App } from 'aws-cdk-lib';
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { buildApp } from '../infra/app';
import { buildClientScripts } from '../web/build-client';
import { assemblyIsStale, CloudAssembly, type LocalTable } from './cloud-assembly';
import { startEventRecorder } from './event-recorder';
import { FaultSwitch, InvalidFaultRulesError, type FaultRule } from './fault-switch';
import { readBody, sendJson } from './http-util';
import { startApiGateway } from './api-gateway';
import { loadLocalCognito } from './cognito';
import { startLedgerFixture } from './ledger-fixture';
import { isPayoutServiceRule, PAYOUT_BEHAVIOURS, startPayoutFixture } from './payout-fixture';
import { startMailIntake } from './mail-intake';
import { createAsyncInvoker } from './async-invocation';
import { startLambdaApi } from './lambda-api';
import type { LocalPorts } from './ports';
import { startSqs } from './sqs';
import { LambdaRuntime } from './lambda-runtime';
import { startStepFunctionsServer, type StepFunctionsServer } from './stepfunctions';

const dynalite = require('dynalite') as (opts: Record<string, unknown>) => Server;
const sesLocal = require('aws-ses-v2-local') as { default: (cfg: { port: number; host: string }) => Promise<Server> };

export { DEFAULT_PORTS, portsFromEnv, type LocalPorts } from './ports';

export interface LocalStackOptions {
  readonly root: string;
  readonly dataDir: string;
  readonly ports: LocalPorts;
  readonly region?: string;
  /** Merged over each function's REDRESS_CONFIG, e.g. short timeouts for tests. */
  readonly configOverrides?: Record<string, unknown>;
  /** Every Retry waits this long instead of its interval (tests). */
  readonly retryIntervalMs?: number;
  /** Function fault rules, and `{service: 'payout', behaviour}` rules for the payout fixture. */
  readonly faults?: unknown[];
  /** Seeded staff users for local sign-in. @default local/staff-users.json */
  readonly staffUsersFile?: string;
  /** A stand-in of the Bedrock Converse API (HTTP/2): the classifier uses Bedrock through it instead of the offline one. */
  readonly bedrockEndpoint?: string;
  /** Run scheduled rules this often instead of their rate (tests). */
  readonly scheduleIntervalMs?: number;
  readonly log?: (line: string) => void;
}

export interface LocalStack {
  readonly urls: Record<keyof LocalPorts | 'mailbox', string>;
  readonly stateMachineArn: string;
  close(): Promise<void>;
}

/**
 * Runs the CDK app in-process when cdk.out is missing or older than the
 * sources. Several processes may start at once (tests, a developer's second
 * terminal): a lock file serializes them, and the new assembly is built in a
 * temporary directory and swapped in, so nobody reads a half-written one.
 */
export function synthesize(root: string, log: (l: string) => void = () => {}): string {
  // The pages' browser scripts, even when cdk.out is fresh: tests import the page modules, which import them.
  buildClientScripts();
  const outDir = join(root, 'cdk.out');
  if (!assemblyIsStale(root, outDir)) return outDir;
  const lock = join(root, '.cdk.out.lock');
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      // A lock older than ten minutes belongs to a process that died.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 10 * 60_000) rmSync(lock, { force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (!assemblyIsStale(root, outDir)) return outDir;
    log('synthesizing the CDK app (bundling functions with esbuild)…');
    const tmpDir = join(root, `cdk.out.tmp-${process.pid}`);
    rmSync(tmpDir, { recursive: true, force: true });
    const cwd = process.cwd();
    process.chdir(root);
    try {
      // Asset metadata (each function's bundle path) is what the CLI adds and local mode reads.
      buildApp(new App({ outdir: tmpDir, context: { 'aws:cdk:enable-asset-metadata': true } })).app.synth();
    } finally {
      process.chdir(cwd);
    }
    const oldDir = join(root, `cdk.out.old-${process.pid}`);
    if (existsSync(outDir)) renameSync(outDir, oldDir);
    renameSync(tmpDir, outDir);
    rmSync(oldDir, { recursive: true, force: true });
  } finally {
    rmSync(lock, { force: true });
  }
  return outDir;
}

/** HTTP servers and the SMTP server alike: what stopping the stack needs of each. */
type Closable = { close(callback: () => void): void };
const close = (server: Closable) => new Promise<void>((r) => server.close(() => r()));

export async function startLocalStack(opts: LocalStackOptions): Promise<LocalStack> {
  const log = opts.log ?? (() => {});
  const region = opts.region ?? 'us-east-1';
  const dataDir = resolve(opts.dataDir);
  mkdirSync(join(dataDir, 'dynamodb'), { recursive: true });
  const assembly = new CloudAssembly(synthesize(opts.root, log), region);

  const servers: Closable[] = [];
  const dynamo = dynalite({ path: join(dataDir, 'dynamodb'), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((r, j) => dynamo.once('error', j).listen(opts.ports.dynamodb, '127.0.0.1', () => r()));
  servers.push(dynamo);
  const endpoint = (port: number) => `http://127.0.0.1:${port}`;
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const ddb = new DynamoDBClient({ region, endpoint: endpoint(opts.ports.dynamodb), credentials });
  for (const table of assembly.tables()) await ensureTable(ddb, table);

  const ses = await sesLocal.default({ port: opts.ports.ses, host: '127.0.0.1' });
  servers.push(ses);
  const events = await startEventRecorder({ port: opts.ports.events, dataDir, buses: assembly.eventBuses() });
  servers.push(events.server);
  const ledger = await startLedgerFixture({ port: opts.ports.ledger });
  servers.push(ledger.server);

  const cognito = loadLocalCognito({ usersFile: opts.staffUsersFile ?? join(__dirname, 'staff-users.json'), dataDir });
  const payout = await startPayoutFixture({ port: opts.ports.payout, dataDir });
  servers.push(payout.server);
  const faults = new FaultSwitch();
  // One switch for every fault: rules naming the payout service set the fixture's behaviour, the rest are function faults.
  const setFaults = (rules: unknown[]) => {
    const forPayout = rules.filter(isPayoutServiceRule);
    for (const r of forPayout)
      if (!PAYOUT_BEHAVIOURS.includes(r.behaviour))
        throw new InvalidFaultRulesError([{ path: ['behaviour'], message: `must be one of ${PAYOUT_BEHAVIOURS.join(', ')}` }]);
    faults.set(rules.filter((r) => !isPayoutServiceRule(r)) as FaultRule[]);
    payout.setBehaviour(forPayout.at(-1)?.behaviour ?? 'pay');
  };
  const listFaults = () => [...faults.list(), ...(payout.behaviour() === 'pay' ? [] : [{ service: 'payout', behaviour: payout.behaviour() }])];
  setFaults(opts.faults ?? []);
  const sharedEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: endpoint(opts.ports.dynamodb),
    AWS_ENDPOINT_URL_SESV2: endpoint(opts.ports.ses),
    AWS_ENDPOINT_URL_SFN: endpoint(opts.ports.stepFunctions),
    AWS_ENDPOINT_URL_EVENTBRIDGE: endpoint(opts.ports.events),
    AWS_ENDPOINT_URL_S3: endpoint(opts.ports.s3),
    AWS_ENDPOINT_URL_SQS: endpoint(opts.ports.sqs),
    AWS_ENDPOINT_URL_LAMBDA: endpoint(opts.ports.lambda),
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
    // The functions' SDK would each print that 2027 releases need Node 22 (README: Deploying).
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    AWS_XRAY_CONTEXT_MISSING: 'IGNORE_ERROR',
  };
  const lambdas = new LambdaRuntime(
    assembly.functions(),
    sharedEnv,
    (fn) => {
      const base = JSON.parse(fn.environment.REDRESS_CONFIG ?? '{}') as Record<string, unknown>;
      const merged = deepMerge(base, opts.configOverrides ?? {});
      return {
        REDRESS_CONFIG: JSON.stringify(merged),
        PUBLIC_BASE_URL: `http://localhost:${opts.ports.web}`,
        // Local mode has no Bedrock (unless a stand-in of its API is given) and reaches the
        // ledger fixture over HTTP, as an operator's endpoint would be.
        ...(opts.bedrockEndpoint ? { CLASSIFIER: 'bedrock', AWS_ENDPOINT_URL_BEDROCK_RUNTIME: opts.bedrockEndpoint } : { CLASSIFIER: 'offline' }),
        ...(fn.environment.LEDGER_MODE ? { LEDGER_MODE: 'http', LEDGER_TARGET: ledger.url } : {}),
        // …and pays through the payout fixture, as `payout: {mode: "http"}` would.
        ...(fn.environment.PAYOUT_MODE ? { PAYOUT_MODE: 'http', PAYOUT_TARGET: payout.url } : {}),
        // Staff sign in against the local Cognito stand-in on the same origin as the console.
        ...(fn.environment.COGNITO_ENDPOINT
          ? { COGNITO_ENDPOINT: `http://localhost:${opts.ports.web}/_local/cognito`, COGNITO_CLIENT_ID: cognito.clientId }
          : {}),
      };
    },
    faults,
    log,
  );

  await lambdas.warm();
  const [machine] = assembly.stateMachines();
  if (!machine) throw new Error('The cloud assembly has no state machine');
  const sfn: StepFunctionsServer = await startStepFunctionsServer({
    port: opts.ports.stepFunctions,
    dataDir,
    region,
    accountId: '000000000000',
    stateMachines: assembly.stateMachines(),
    invokeLambda: (name, payload) => lambdas.invoke(name, payload),
    // The callback states' DynamoDB SDK integration, against the same local table.
    callDynamoDb: async (action, parameters) => {
      if (action !== 'PutItem') throw Object.assign(new Error(`${action} is not supported locally`), { name: 'ValidationException' });
      await ddb.send(new PutItemCommand(parameters as PutItemCommandInput));
      return {};
    },
    ...(opts.retryIntervalMs !== undefined ? { retryIntervalMs: opts.retryIntervalMs } : {}),
    log,
  });

  const api = await startApiGateway({
    port: opts.ports.web,
    routes: assembly.routes(),
    lambdas,
    verifyToken: (token) => cognito.verify(token),
    log,
    local: async (req, res, url) => {
      if (url.pathname === '/_local/health') return (sendJson(res, 200, { ok: true }), true);
      if (url.pathname === '/_local/cognito' || url.pathname === '/_local/cognito/') {
        // Cognito's endpoint answers browsers from any origin (the console signs in from its own
        // page); so does the stand-in, or a console opened at 127.0.0.1 could not reach localhost.
        res.setHeader('access-control-allow-origin', '*');
        if (req.method === 'OPTIONS') {
          res.writeHead(204, {
            'access-control-allow-methods': 'POST',
            'access-control-allow-headers': 'content-type, x-amz-target, x-amz-user-agent',
            'access-control-max-age': '600',
          });
          return (res.end(), true);
        }
        const out = await cognito.handle(await readBody(req), req.headers['x-amz-target'] as string | undefined);
        return (sendJson(res, out.status, out.body, 'application/x-amz-json-1.1'), true);
      }
      if (url.pathname === '/_local/schedules/run' && req.method === 'POST') {
        return (sendJson(res, 200, await runSchedules()), true);
      }
      if (url.pathname === '/_local/faults' && req.method === 'GET') return (sendJson(res, 200, listFaults()), true);
      // What the payout fixture recorded: credits, failures and pending payouts, by idempotency key.
      if (url.pathname === '/_local/payouts' && req.method === 'GET') return (sendJson(res, 200, payout.records()), true);
      if (url.pathname === '/_local/faults' && req.method === 'PUT') {
        try {
          const rules: unknown = JSON.parse(await readBody(req));
          if (!Array.isArray(rules)) throw new InvalidFaultRulesError([{ path: [], message: 'expected a JSON array of rules' }]);
          setFaults(rules);
        } catch (e) {
          if (e instanceof SyntaxError) return (sendJson(res, 400, { message: 'The body is not JSON' }), true);
          if (e instanceof InvalidFaultRulesError) return (sendJson(res, 400, { message: e.message, issues: e.issues }), true);
          throw e;
        }
        return (sendJson(res, 200, listFaults()), true);
      }
      // What each invocation changed, in order: lets a test fail a step after each of its effects.
      if (url.pathname === '/_local/effects' && req.method === 'GET') return (sendJson(res, 200, faults.effects.list()), true);
      if (url.pathname === '/_local/effects' && req.method === 'DELETE') return (faults.effects.clear(), sendJson(res, 200, []), true);
      return false;
    },
  });
  servers.push(api.server);

  // Async invocations (the inbound bucket's notification, Invoke with InvocationType Event) run as
  // on Lambda: retried per the function's EventInvokeConfig, then recorded in its failure queue.
  const sqs = await startSqs({ port: opts.ports.sqs, dataDir, region, queues: assembly.queues() });
  servers.push(sqs.server);
  const invokeAsync = createAsyncInvoker({
    configs: assembly.asyncInvokeConfigs(),
    functionArn: (name) => lambdas.find(name)?.arn,
    invoke: (name, event) => lambdas.invoke(name, event),
    sendToQueue: (queue, body) => void sqs.send(queue, body),
    log,
  });
  const lambdaApi = await startLambdaApi({
    port: opts.ports.lambda,
    exists: (name) => lambdas.find(name) !== undefined,
    invoke: (name, event) => lambdas.invoke(name, event),
    invokeAsync,
    log,
  });
  servers.push(lambdaApi.server);
  const mail = await startMailIntake({
    dataDir,
    s3Port: opts.ports.s3,
    smtpPort: opts.ports.smtp,
    notifications: assembly.bucketNotifications(),
    invokeAsync,
    log,
  });
  servers.push(...mail.servers);

  // EventBridge schedules (the sweeper): run on their rate, or faster when asked.
  const schedules = assembly.schedules();
  const runSchedules = () =>
    Promise.all(schedules.map((s) => lambdas.invoke(s.functionName, { source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} })));
  const timers = schedules.map((s) => setInterval(() => void runSchedules(), opts.scheduleIntervalMs ?? s.everyMs));

  return {
    urls: {
      web: api.url,
      dynamodb: endpoint(opts.ports.dynamodb),
      stepFunctions: endpoint(opts.ports.stepFunctions),
      ses: endpoint(opts.ports.ses),
      mailbox: `${endpoint(opts.ports.ses)}/`,
      events: `${events.url}/events`,
      ledger: ledger.url,
      s3: mail.s3Url,
      sqs: sqs.url,
      lambda: lambdaApi.url,
      payout: payout.url,
      smtp: `smtp://127.0.0.1:${mail.smtpPort}`,
    },
    stateMachineArn: machine.arn,
    async close() {
      timers.forEach(clearInterval);
      payout.close();
      await sfn.close();
      await lambdas.close();
      for (const s of servers.reverse()) await close(s);
      ddb.destroy();
    },
  };
}

async function ensureTable(client: DynamoDBClient, table: LocalTable): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: table.name }));
    return;
  } catch (e) {
    if (!(e instanceof ResourceNotFoundException) && (e as Error).name !== 'ResourceNotFoundException') throw e;
  }
  const p = table.properties;
  await client.send(
    new CreateTableCommand({
      TableName: table.name,
      KeySchema: p.KeySchema,
      AttributeDefinitions: p.AttributeDefinitions,
      BillingMode: 'PAY_PER_REQUEST',
      ...(p.GlobalSecondaryIndexes
        ? {
            GlobalSecondaryIndexes: (p.GlobalSecondaryIndexes as { IndexName: string; KeySchema: unknown; Projection: unknown }[]).map((g) => ({
              IndexName: g.IndexName,
              KeySchema: g.KeySchema,
              Projection: g.Projection,
            })),
          }
        : {}),
    } as ConstructorParameters<typeof CreateTableCommand>[0]),
  );
}

function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && out[k] && typeof out[k] === 'object'
        ? deepMerge(out[k] as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}
