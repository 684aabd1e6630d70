// The fault switch's crash "after the N-th side effect", on the real Lambda
// host process: a tiny bundle writes to dynalite and calls HTTP fixtures, and
// the host must count its effects per invocation, cut off everything after the
// N-th, and report TransientError. Also: timeouts and runtime exits reach Step
// Functions under the names its Retry matches (TRANSIENT_ERRORS).
import { CreateTableCommand, DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DescribeExecutionCommand, GetExecutionHistoryCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { LocalFunction } from '../../local/cloud-assembly';
import { FaultSwitch, InvalidFaultRulesError } from '../../local/fault-switch';
import { LambdaRuntime } from '../../local/lambda-runtime';
import { startStepFunctionsServer, type StepFunctionsServer } from '../../local/stepfunctions';
import { TRANSIENT_ERRORS } from '../../workflows/complaint-workflow';

const dynalite = require('dynalite') as (opts: Record<string, unknown>) => Server;

const TABLE = 'effects-test';
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/** The bundle under test: plain CommonJS, the SDK from this repo, nothing that knows about faults. */
const HANDLER = (sdkPath: string) => `
const { DynamoDBClient, PutItemCommand, GetItemCommand } = require(${JSON.stringify(sdkPath)});
const fs = require('node:fs');
const client = new DynamoDBClient({});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const put = (caseId, sk) => client.send(new PutItemCommand({
  TableName: process.env.TABLE_NAME,
  Item: { PK: { S: 'CASE#' + caseId }, SK: { S: sk }, email: { S: 'alex@example.com' } },
}));
const post = (url, body) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
exports.handler = async (event) => {
  switch (event.action) {
    case 'two-writes':
      await put(event.caseId, 'TL#1');
      await client.send(new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { PK: { S: 'CASE#' + event.caseId }, SK: { S: 'TL#1' } } }));
      await sleep(event.pauseMs ?? 0);
      await put(event.caseId, 'MSG#ack');
      return { written: 2 };
    case 'swallow':
      await put(event.caseId, 'TL#1');
      try { await put(event.caseId, 'MSG#ack'); } catch (e) { return { swallowed: e.name }; }
      return { swallowed: false };
    case 'http':
      await post(process.env.LEDGER_TARGET + '/customers/lookup', { email: 'alex@example.com' });
      await post(process.env.LEDGER_TARGET + '/transactions/lookup', { references: ['0xabc'] });
      await post(process.env.PAYOUT_TARGET + '/payouts', { accountId: 'ACC-1', amount: '4.5', asset: 'USDT' });
      await fetch(process.env.PAYOUT_TARGET + '/payouts/' + event.caseId);
      await put(event.caseId, 'COMP#p0');
      return { ok: true };
    case 'flaky': {
      // Attempt 1 kills its runtime, attempt 2 outlives its timeout, attempt 3 succeeds.
      const file = process.env.ATTEMPTS_FILE;
      const attempt = (fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) : 0) + 1;
      fs.writeFileSync(file, String(attempt));
      if (attempt === 1) process.exit(1);
      if (attempt === 2) { await sleep(1500); await put(event.caseId, 'TL#late'); return { attempt }; }
      return { attempt };
    }
    default:
      throw new Error('unknown action ' + event.action);
  }
};
`;

let dir: string;
let db: Server;
let ddb: DynamoDBClient;
let fixture: Server;
const fixtureRequests: string[] = [];
let runtime: LambdaRuntime;
const faults = new FaultSwitch();

const fn = (name: string, timeoutSeconds: number, env: Record<string, string>): LocalFunction => ({
  logicalId: name,
  name,
  arn: `arn:aws:lambda:us-east-1:000000000000:function:${name}`,
  bundleDir: dir,
  handler: 'index.handler',
  environment: env,
  timeoutSeconds,
});

const listen = (server: Server) => new Promise<number>((r) => server.listen(0, '127.0.0.1', () => r((server.address() as AddressInfo).port)));

async function itemExists(caseId: string, sk: string): Promise<boolean> {
  const res = await ddb.send(new GetItemCommand({ TableName: TABLE, Key: { PK: { S: `CASE#${caseId}` }, SK: { S: sk } } }));
  return res.Item !== undefined;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redress-effects-'));
  writeFileSync(join(dir, 'index.js'), HANDLER(require.resolve('@aws-sdk/client-dynamodb')));
  db = dynalite({ createTableMs: 0 });
  const dbPort = await listen(db);
  ddb = new DynamoDBClient({ region: 'us-east-1', endpoint: `http://127.0.0.1:${dbPort}`, credentials });
  await ddb.send(
    new CreateTableCommand({
      TableName: TABLE,
      KeySchema: [
        { AttributeName: 'PK', KeyType: 'HASH' },
        { AttributeName: 'SK', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'PK', AttributeType: 'S' },
        { AttributeName: 'SK', AttributeType: 'S' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  // Ledger and payout fixtures in one: records what reached it, answers 200.
  fixture = createServer((req, res) => {
    fixtureRequests.push(`${req.method} ${req.url}`);
    req.resume().on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  const fixturePort = await listen(fixture);
  const env = {
    TABLE_NAME: TABLE,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: `http://127.0.0.1:${dbPort}`,
    LEDGER_TARGET: `http://localhost:${fixturePort}/ledger`,
    PAYOUT_TARGET: `http://127.0.0.1:${fixturePort}/payout`,
    ATTEMPTS_FILE: join(dir, 'attempts'),
  };
  runtime = new LambdaRuntime([fn('WriterFn', 10, env), fn('FlakyFn', 1, env)], { PATH: process.env.PATH ?? '' }, () => ({}), faults);
  await runtime.warm();
});

afterAll(async () => {
  await runtime?.close();
  await new Promise((r) => fixture?.close(r));
  await new Promise((r) => db?.close(r));
  ddb?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  faults.set([]);
  faults.effects.clear();
  fixtureRequests.length = 0;
});

describe('a fault after the N-th side effect', () => {
  it('without a rule, both writes happen and the effect log names them (reads are not effects)', async () => {
    // Act
    const res = await runtime.invoke('WriterFn', { action: 'two-writes', caseId: 'clean' });

    // Assess
    expect(res).toEqual({ Payload: { written: 2 } });
    expect(await itemExists('clean', 'TL#1')).toBe(true);
    expect(await itemExists('clean', 'MSG#ack')).toBe(true);
    expect(faults.effects.list()).toEqual([
      { function: 'WriterFn', action: 'two-writes', effects: ['dynamodb:PutItem TL#', 'dynamodb:PutItem MSG#'], ok: true },
    ]);
  });

  it('with afterEffect 1, the first write happens, the second never leaves the host, and the invocation fails with TransientError', async () => {
    // Prepare
    faults.set([{ function: 'Writer', afterEffect: 1 }]);

    // Act
    const res = await runtime.invoke('WriterFn', { action: 'two-writes', caseId: 'crashed' });

    // Assess
    expect(res).toEqual({
      FunctionError: 'Unhandled',
      Payload: { errorType: 'TransientError', errorMessage: 'Injected fault after effect 1 (dynamodb:PutItem TL#)' },
    });
    expect(await itemExists('crashed', 'TL#1')).toBe(true);
    expect(await itemExists('crashed', 'MSG#ack')).toBe(false);
    expect(faults.effects.list()).toEqual([
      {
        function: 'WriterFn',
        action: 'two-writes',
        effects: ['dynamodb:PutItem TL#'],
        ok: false,
        error: 'TransientError',
        fault: 'Injected fault after effect 1 (dynamodb:PutItem TL#)',
      },
    ]);
    // The rule has healed: the retry runs clean and finishes the work.
    expect(faults.list()).toEqual([{ function: 'Writer', mode: 'transient', afterEffect: 1, times: 0 }]);
    expect(await runtime.invoke('WriterFn', { action: 'two-writes', caseId: 'crashed' })).toEqual({ Payload: { written: 2 } });
    expect(await itemExists('crashed', 'MSG#ack')).toBe(true);
  });

  it('reports the crash even when the handler swallows the failed call and returns', async () => {
    // Prepare
    faults.set([{ function: 'WriterFn', action: 'swallow', afterEffect: 1 }]);

    // Act
    const res = await runtime.invoke('WriterFn', { action: 'swallow', caseId: 'swallowed' });

    // Assess
    expect(res.Payload).toMatchObject({ errorType: 'TransientError' });
    expect(await itemExists('swallowed', 'MSG#ack')).toBe(false);
  });

  it('attributes each call to its own invocation when one host runs two at once', async () => {
    // Prepare: the rule takes the first invocation only.
    faults.set([{ function: 'WriterFn', afterEffect: 1 }]);

    // Act
    const [doomed, healthy] = await Promise.all([
      runtime.invoke('WriterFn', { action: 'two-writes', caseId: 'first', pauseMs: 150 }),
      runtime.invoke('WriterFn', { action: 'two-writes', caseId: 'second', pauseMs: 150 }),
    ]);

    // Assess
    expect(doomed.Payload).toMatchObject({ errorType: 'TransientError' });
    expect(healthy).toEqual({ Payload: { written: 2 } });
    expect(await itemExists('first', 'MSG#ack')).toBe(false);
    expect(await itemExists('second', 'MSG#ack')).toBe(true);
    expect(faults.effects.list().map((e) => e.effects.length)).toEqual([1, 2]);
  });

  it('counts payout POSTs as effects and ledger lookups and GETs as reads, over fetch', async () => {
    // Act: no rule first, to read the effects.
    const clean = await runtime.invoke('WriterFn', { action: 'http', caseId: 'money' });

    // Assess
    expect(clean).toEqual({ Payload: { ok: true } });
    expect(faults.effects.list()[0]!.effects).toEqual(['payout:POST', 'dynamodb:PutItem COMP#']);

    // Prepare: crash right after the payout call.
    faults.effects.clear();
    fixtureRequests.length = 0;
    faults.set([{ function: 'WriterFn', afterEffect: 1 }]);

    // Act
    const crashed = await runtime.invoke('WriterFn', { action: 'http', caseId: 'money-crash' });

    // Assess: the payout was made and answered; the GET after it never left the host.
    expect(crashed.Payload).toEqual({ errorType: 'TransientError', errorMessage: 'Injected fault after effect 1 (payout:POST)' });
    expect(fixtureRequests).toEqual(['POST /ledger/customers/lookup', 'POST /ledger/transactions/lookup', 'POST /payout/payouts']);
    expect(await itemExists('money-crash', 'COMP#p0')).toBe(false);
  });

  it('logs step codes and labels only, never a value the handler wrote', async () => {
    await runtime.invoke('WriterFn', { action: 'two-writes', caseId: 'private' });
    expect(JSON.stringify(faults.effects.list())).not.toMatch(/alex@example\.com|private/);
  });

  it('rejects a malformed rule and keeps the rules it had', () => {
    faults.set([{ function: 'WriterFn', afterEffect: 2 }]);
    expect(() => faults.set([{ function: 'WriterFn', afterEffect: 0 }])).toThrow(InvalidFaultRulesError);
    expect(() => faults.set([{ function: 'WriterFn', mode: 'sometimes' }])).toThrow(/mode/);
    expect(() => faults.set([{ function: 'WriterFn', afterEfect: 1 }])).toThrow(InvalidFaultRulesError);
    expect(faults.list()).toEqual([{ function: 'WriterFn', mode: 'transient', afterEffect: 2, times: 1 }]);
  });
});

describe('timeouts and runtime exits', () => {
  let sfnServer: StepFunctionsServer;
  let sfnDir: string;

  afterAll(async () => {
    await sfnServer?.close();
    if (sfnDir) rmSync(sfnDir, { recursive: true, force: true });
  });

  it('are reported as Lambda names them, cut off the timed-out invocation, and are retried by TRANSIENT_ERRORS', async () => {
    // Prepare: one Task, retried on exactly the workflow's list.
    sfnDir = mkdtempSync(join(tmpdir(), 'redress-effects-sfn-'));
    const arn = 'arn:aws:states:us-east-1:000000000000:stateMachine:Flaky';
    sfnServer = await startStepFunctionsServer({
      port: 0,
      dataDir: sfnDir,
      region: 'us-east-1',
      accountId: '000000000000',
      retryIntervalMs: 10,
      invokeLambda: (name, payload) => runtime.invoke(name, payload),
      stateMachines: [
        {
          name: 'Flaky',
          arn,
          roleArn: 'arn:aws:iam::000000000000:role/Flaky',
          definition: {
            StartAt: 'Step',
            States: {
              Step: {
                Type: 'Task',
                Resource: 'arn:aws:states:::lambda:invoke',
                Parameters: { FunctionName: 'FlakyFn', Payload: { action: 'flaky', caseId: 'flaky' } },
                TimeoutSeconds: 30,
                Retry: [{ ErrorEquals: [...TRANSIENT_ERRORS], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 }],
                End: true,
              },
            },
          },
        },
      ],
    });
    const sfn = new SFNClient({ region: 'us-east-1', endpoint: sfnServer.url, credentials });

    // Act
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'flaky', input: '{}' }));
    let status = 'RUNNING';
    for (let i = 0; i < 200 && status === 'RUNNING'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      status = (await sfn.send(new DescribeExecutionCommand({ executionArn }))).status!;
    }

    // Assess
    expect(status).toBe('SUCCEEDED');
    const { events } = await sfn.send(new GetExecutionHistoryCommand({ executionArn }));
    expect(events!.filter((e) => e.type === 'TaskFailed').map((e) => e.taskFailedEventDetails?.error)).toEqual(['Runtime.ExitError', 'Sandbox.Timedout']);
    expect(faults.effects.list().map((e) => e.error ?? 'ok')).toEqual(['Runtime.ExitError', 'Sandbox.Timedout', 'ok']);
    // The timed-out attempt wakes up in the same host and tries to write: like a stopped sandbox, it changes nothing.
    await new Promise((r) => setTimeout(r, 900));
    expect(await itemExists('flaky', 'TL#late')).toBe(false);
    sfn.destroy();
  }, 20_000);
});
