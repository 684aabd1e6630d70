// Starts `npm start`'s entry point as its own process on free ports and a
// fresh data directory, the way a developer runs it, and gives tests typed
// clients for what a user would look at: the HTTP API, the mailbox, the
// lifecycle events, DynamoDB and the Step Functions API.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DescribeExecutionCommand, GetExecutionHistoryCommand, SFNClient, type HistoryEvent } from '@aws-sdk/client-sfn';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
export const TABLE = 'redress-cases';

export interface Mail {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  at: number;
}

export interface StackHandle {
  web: string;
  ses: string;
  events: string;
  /** Port of the local SMTP server that takes customers' emails. */
  smtpPort: number;
  /** The SQS stand-in (the email intake's failure queue) and the Lambda Invoke API. */
  sqs: string;
  lambda: string;
  /** The environment `npm start` got: ports and data dir, for tools run against this stack. */
  env: Record<string, string>;
  sfn: SFNClient;
  doc: DynamoDBDocumentClient;
  stateMachineArn: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
  restart(): Promise<void>;
  cleanup(): void;
}

export interface HarnessOptions {
  basePort: number;
  configOverrides?: Record<string, unknown>;
  faults?: unknown[];
  retryIntervalMs?: number;
  scheduleIntervalMs?: number;
  /** Points the classifier at a Bedrock Converse stand-in (REDRESS_BEDROCK_ENDPOINT). */
  bedrockEndpoint?: string;
}

function withTestDefaults(overrides: Record<string, unknown>): Record<string, unknown> {
  const compensation = (overrides.compensation ?? {}) as Record<string, unknown>;
  return { ...overrides, compensation: { ruleProposalsPer30Days: 1000, ...compensation } };
}

export async function startStack(opts: HarnessOptions): Promise<StackHandle> {
  const dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-'));
  const p = opts.basePort;
  const ports = {
    web: p,
    dynamodb: p + 1,
    sfn: p + 2,
    ses: p + 3,
    events: p + 4,
    ledger: p + 5,
    s3: p + 6,
    smtp: p + 7,
    sqs: p + 8,
    lambda: p + 9,
    payout: p + 10,
  };
  const env = {
    ...process.env,
    REDRESS_DATA_DIR: dataDir,
    REDRESS_WEB_PORT: String(ports.web),
    REDRESS_DYNAMODB_PORT: String(ports.dynamodb),
    REDRESS_SFN_PORT: String(ports.sfn),
    REDRESS_SES_PORT: String(ports.ses),
    REDRESS_EVENTS_PORT: String(ports.events),
    REDRESS_LEDGER_PORT: String(ports.ledger),
    REDRESS_S3_PORT: String(ports.s3),
    REDRESS_SMTP_PORT: String(ports.smtp),
    REDRESS_SQS_PORT: String(ports.sqs),
    REDRESS_LAMBDA_PORT: String(ports.lambda),
    REDRESS_PAYOUT_PORT: String(ports.payout),
    REDRESS_RETRY_INTERVAL_MS: String(opts.retryIntervalMs ?? 50),
    // Suites drive many fee refunds for ACC-1001 through one stack: the per-customer cap on rule
    // proposals (its own tests pin it) would stop them after two, so it is lifted unless a suite sets it.
    REDRESS_CONFIG_OVERRIDES: JSON.stringify(withTestDefaults(opts.configOverrides ?? {})),
    ...(opts.faults ? { REDRESS_FAULTS: JSON.stringify(opts.faults) } : {}),
    ...(opts.bedrockEndpoint ? { REDRESS_BEDROCK_ENDPOINT: opts.bedrockEndpoint } : {}),
    ...(opts.scheduleIntervalMs ? { REDRESS_SCHEDULE_INTERVAL_MS: String(opts.scheduleIntervalMs) } : {}),
  };
  let output = '';
  const launch = async (): Promise<ChildProcess> => {
    const child = spawn(process.execPath, ['--disable-warning=NodeVersionSupportWarning', '--import', 'tsx', join(ROOT, 'local', 'start.ts')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const from = output.length;
    await new Promise<void>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`local stack did not start in time:\n${output}`)), 180_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.slice(from).includes('redress: ready')) {
          clearTimeout(timer);
          ok();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`local stack exited with ${code}:\n${output}`));
      });
    });
    return child;
  };
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const handle: StackHandle = {
    web: `http://127.0.0.1:${ports.web}`,
    ses: `http://127.0.0.1:${ports.ses}`,
    events: `http://127.0.0.1:${ports.events}`,
    smtpPort: ports.smtp,
    sqs: `http://127.0.0.1:${ports.sqs}`,
    lambda: `http://127.0.0.1:${ports.lambda}`,
    env: Object.fromEntries(
      Object.entries(env)
        .filter(([k]) => k.startsWith('REDRESS_'))
        .map(([k, v]) => [k, String(v)]),
    ),
    sfn: new SFNClient({ region: 'us-east-1', endpoint: `http://127.0.0.1:${ports.sfn}`, credentials }),
    doc: DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1', endpoint: `http://127.0.0.1:${ports.dynamodb}`, credentials })),
    stateMachineArn: 'arn:aws:states:us-east-1:000000000000:stateMachine:ComplaintStateMachine',
    dataDir,
    process: await launch(),
    output: () => output,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      const child = handle.process;
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill(signal);
      await exited;
    },
    async restart() {
      handle.process = await launch();
    },
    cleanup() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return handle;
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}

export async function mailbox(stack: StackHandle): Promise<Mail[]> {
  const res = await fetch(`${stack.ses}/store`);
  return ((await res.json()) as { emails: Mail[] }).emails;
}

export async function mailsTo(stack: StackHandle, address: string): Promise<Mail[]> {
  return (await mailbox(stack)).filter((m) => m.destination.to.includes(address));
}

export async function submitComplaint(stack: StackHandle, body: Record<string, unknown>, key?: string): Promise<{ status: number; json: Record<string, any> }> {
  const res = await fetch(`${stack.web}/api/complaints`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, any> };
}

export async function caseIdByNumber(stack: StackHandle, caseNumber: string): Promise<string> {
  const res = await stack.doc.send(new GetCommand({ TableName: TABLE, Key: { PK: `CASENO#${caseNumber}`, SK: 'CASENO' } }));
  return res.Item!.caseId as string;
}

export async function caseItem(stack: StackHandle, caseId: string): Promise<Record<string, any>> {
  const res = await stack.doc.send(new GetCommand({ TableName: TABLE, Key: { PK: `CASE#${caseId}`, SK: 'CASE' } }));
  return res.Item ?? {};
}

export async function timeline(stack: StackHandle, caseId: string): Promise<Record<string, any>[]> {
  const res = await stack.doc.send(
    new QueryCommand({
      TableName: TABLE,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :tl)',
      ExpressionAttributeValues: { ':pk': `CASE#${caseId}`, ':tl': 'TL#' },
    }),
  );
  return res.Items ?? [];
}

export async function lifecycleEvents(stack: StackHandle, caseId: string): Promise<{ detailType: string; source: string; detail: Record<string, unknown> }[]> {
  return (await (await fetch(`${stack.events}/events?caseId=${caseId}`)).json()) as { detailType: string; source: string; detail: Record<string, unknown> }[];
}

export function executionArn(stack: StackHandle, caseId: string): string {
  return stack.stateMachineArn.replace(':stateMachine:', ':execution:') + `:${caseId}`;
}

export async function executionStatus(stack: StackHandle, caseId: string): Promise<string | undefined> {
  return (await stack.sfn.send(new DescribeExecutionCommand({ executionArn: executionArn(stack, caseId) }))).status;
}

export async function history(stack: StackHandle, caseId: string): Promise<HistoryEvent[]> {
  const events: HistoryEvent[] = [];
  let nextToken: string | undefined;
  do {
    const res = await stack.sfn.send(new GetExecutionHistoryCommand({ executionArn: executionArn(stack, caseId), maxResults: 1000, nextToken }));
    events.push(...(res.events ?? []));
    nextToken = res.nextToken;
  } while (nextToken);
  return events;
}

export function answerLinkIn(mail: Mail): string {
  const m = /(https?:\/\/[^\s"<>]+\/answers\/[A-Za-z0-9_-]+)/.exec(mail.body.text ?? '');
  if (!m) throw new Error('No answer link in the mail');
  return m[1]!;
}

export type { EffectLogEntry } from '../../local/fault-switch';

/** The local control API (`/_local/…`): faults, the effect log, the payout fixture's credits. */
export async function localControl(stack: StackHandle, method: 'GET' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${stack.web}${path}`, {
    method,
    ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: await res.json() };
}

/** Replaces the fault switch's rules (function faults and `{service: 'payout', behaviour}`); refused rules fail the test. */
export async function setFaults(stack: StackHandle, rules: unknown[]): Promise<void> {
  const res = await localControl(stack, 'PUT', '/_local/faults', rules);
  if (res.status !== 200) throw new Error(`fault rules refused: ${res.status} ${JSON.stringify(res.json)}`);
}

/** What the payout fixture recorded for one case (credits, failures, pending), oldest first. */
export async function payoutCredits(
  stack: StackHandle,
  caseId: string,
): Promise<{ key: string; accountId: string; amount: string; asset: string; status: string; reference?: string }[]> {
  const all = (await localControl(stack, 'GET', '/_local/payouts')).json as {
    key: string;
    accountId: string;
    amount: string;
    asset: string;
    status: string;
    reference?: string;
  }[];
  return all.filter((c) => c.key.startsWith(`${caseId}.`));
}

export async function signIn(stack: StackHandle, username: string, password: string): Promise<string> {
  const res = await fetch(`${stack.web}/_local/cognito`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
    body: JSON.stringify({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'local-console', AuthParameters: { USERNAME: username, PASSWORD: password } }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed for ${username}: ${res.status}`);
  return ((await res.json()) as { AuthenticationResult: { IdToken: string } }).AuthenticationResult.IdToken;
}

export const USERS = {
  agent: ['agent', 'agent-password'],
  supervisor: ['supervisor', 'supervisor-password'],
  admin: ['admin', 'admin-password'],
} as const;

export async function staff(
  stack: StackHandle,
  token: string | undefined,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, any> }> {
  const res = await fetch(`${stack.web}${path}`, {
    method,
    headers: { ...(token ? { authorization: token } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: (await res.json()) as Record<string, any> };
}

export async function waitForStatus(stack: StackHandle, caseId: string, status: string, timeoutMs = 60_000): Promise<Record<string, any>> {
  return waitFor(
    `case ${caseId} to be ${status}`,
    async () => {
      const k = await caseItem(stack, caseId);
      return k.status === status ? k : undefined;
    },
    timeoutMs,
  );
}

/** Waits until the case's n-th mail whose tag kind (from the subject's wording) matches arrives. */
export async function waitForMail(stack: StackHandle, address: string, match: RegExp, count = 1, timeoutMs = 60_000): Promise<Mail[]> {
  return waitFor(
    `${count} mail(s) to ${address} matching ${match}`,
    async () => {
      const found = (await mailsTo(stack, address)).filter((m) => match.test(m.subject));
      return found.length >= count ? found : undefined;
    },
    timeoutMs,
  );
}

/** Answers the newest satisfaction question the customer got. */
export async function answerSatisfaction(
  stack: StackHandle,
  address: string,
  answer: 'yes' | 'no',
  round: number,
  rating = answer === 'yes' ? 5 : 2,
): Promise<void> {
  const questions = await waitForMail(stack, address, /Did we resolve/, round + 1);
  const link = answerLinkIn(questions[round]!).replace(/^http:\/\/localhost:\d+/, stack.web);
  const res = await fetch(link, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `answer=${answer}&rating=${rating}`,
  });
  if (res.status !== 200) throw new Error(`answering ${answer} failed: ${res.status}`);
}

export async function openComplaint(stack: StackHandle, body: Record<string, unknown>, key: string): Promise<{ caseId: string; caseNumber: string }> {
  const res = await submitComplaint(stack, body, key);
  if (res.status !== 201) throw new Error(`complaint refused: ${res.status} ${JSON.stringify(res.json)}`);
  const caseNumber = res.json.caseNumber as string;
  return { caseNumber, caseId: await caseIdByNumber(stack, caseNumber) };
}

/** A withdrawal the ledger fixture marks failed with a fee charged: the ledger rule proposes a refund. */
export const FAILED_WITHDRAWAL = '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060';

/** One of ACC-1001's generated failed withdrawals (local/ledger-fixture.ts), its own for each address: a fee is refunded once per transaction. */
export const failedWithdrawalFor = (email: string) => `0xfa11ed${createHash('sha256').update(email).digest('hex').slice(0, 58)}`;

export const feeRefundComplaint = (email: string, reference = failedWithdrawalFor(email)) => ({
  name: 'Alex Rivera',
  email,
  accountId: 'ACC-1001',
  description: `My USDT withdrawal failed but the fee was still taken from my balance. Transaction ${reference}`,
  language: 'en',
});

export const simpleComplaint = (email: string) => ({
  name: 'Sam Lee',
  email,
  description: 'The trading fee on my last spot order was higher than your fee schedule says. Why was I charged more?',
  language: 'en',
});
