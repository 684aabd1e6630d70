// The local Step Functions stand-in, driven through the real @aws-sdk/client-sfn:
// the definition runs as ASL (Retry, Catch, Choice, a task-token wait with
// TimeoutSecondsPath), errors reach the SDK as its exception classes, and an
// execution waiting on a token survives a restart without calling its Lambda again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  ExecutionAlreadyExists,
  GetExecutionHistoryCommand,
  InvalidName,
  InvalidToken,
  ListExecutionsCommand,
  ListStateMachinesCommand,
  SendTaskFailureCommand,
  SendTaskHeartbeatCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
  StateMachineDoesNotExist,
  StopExecutionCommand,
  TaskDoesNotExist,
  TaskTimedOut,
  type DescribeExecutionCommandOutput,
  type HistoryEvent,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { poll } from '../support/poll';
import { startStepFunctionsServer, type LambdaInvokeResult, type LocalStateMachine, type StepFunctionsServer } from '../../local/stepfunctions';

const REGION = 'us-east-1';
const ACCOUNT = '123456789012';
const STATE_MACHINE_ARN = `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:CaseWorkflow`;

const DEFINITION = {
  Comment: 'Classify a case, route it, and wait for a person when it is not simple.',
  StartAt: 'Classify',
  States: {
    Classify: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'classify', 'Payload.$': '$' },
      ResultSelector: { 'category.$': '$.Payload.category' },
      ResultPath: '$.classification',
      TimeoutSeconds: 30,
      Retry: [{ ErrorEquals: ['TransientError'], IntervalSeconds: 5, MaxAttempts: 2, BackoffRate: 2 }],
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.failure', Next: 'Escalate' }],
      Next: 'Route',
    },
    Route: {
      Type: 'Choice',
      Choices: [{ Variable: '$.classification.category', StringEquals: 'simple', Next: 'Resolve' }],
      Default: 'AwaitPerson',
    },
    AwaitPerson: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: {
        FunctionName: 'await-person',
        Payload: {
          'caseId.$': '$.caseId',
          'taskToken.$': '$$.Task.Token',
          'answerUrl.$': "States.Format('https://redress.local/answers/{}', $$.Task.Token)",
        },
      },
      TimeoutSecondsPath: '$.timeouts.personSeconds',
      ResultPath: '$.decision',
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.failure', Next: 'Escalate' }],
      Next: 'Resolve',
    },
    Resolve: { Type: 'Pass', Result: 'resolved', ResultPath: '$.outcome', End: true },
    Escalate: {
      Type: 'Pass',
      Parameters: { 'caseId.$': '$.caseId', escalated: true, 'error.$': '$.failure.Error', 'cause.$': '$.failure.Cause' },
      End: true,
    },
  },
};

const STATE_MACHINE: LocalStateMachine = {
  name: 'CaseWorkflow',
  arn: STATE_MACHINE_ARN,
  definition: DEFINITION,
  roleArn: `arn:aws:iam::${ACCOUNT}:role/CaseWorkflowRole`,
};

type Mode = 'simple' | 'complex' | 'flaky' | 'broken' | 'always-transient';

interface CaseInput {
  caseId: string;
  mode: Mode;
  timeouts: { personSeconds: number };
}

const functionError = (errorType: string, errorMessage: string): LambdaInvokeResult => ({
  FunctionError: 'Unhandled',
  Payload: { errorType, errorMessage, trace: [`${errorType}: ${errorMessage}`] },
});

/** In-process stand-in for the Lambda functions: scripted per case, records every call. */
class FakeLambdas {
  readonly calls: Array<{ functionName: string; caseId: string; payload: Record<string, unknown> }> = [];

  /** @param hangingFunction never answers, like a Lambda still running when the process dies. */
  constructor(private readonly hangingFunction?: string) {}

  readonly invoke = async (functionName: string, payload: unknown): Promise<LambdaInvokeResult> => {
    const event = payload as Record<string, unknown>;
    const caseId = String(event.caseId);
    this.calls.push({ functionName, caseId, payload: event });
    if (functionName === this.hangingFunction) return new Promise<never>(() => undefined);
    if (functionName === 'await-person') return { Payload: { ref: `ref-${caseId}` } };
    const attempt = this.callsTo('classify', caseId).length;
    switch (event.mode as Mode) {
      case 'simple':
        return { Payload: { category: 'simple' } };
      case 'complex':
        return { Payload: { category: 'complex' } };
      case 'flaky':
        return attempt === 1 ? functionError('TransientError', 'throttled') : { Payload: { category: 'simple' } };
      case 'broken':
        return functionError('PermanentError', 'no such case');
      case 'always-transient':
        return functionError('TransientError', 'still throttled');
    }
  };

  callsTo(functionName: string, caseId: string) {
    return this.calls.filter((c) => c.functionName === functionName && c.caseId === caseId);
  }

  tokenFor(caseId: string): string {
    const call = this.callsTo('await-person', caseId).at(-1);
    if (!call) throw new Error(`await-person was not invoked for ${caseId}`);
    return String(call.payload.taskToken);
  }
}

function sfnClient(server: StepFunctionsServer): SFNClient {
  return new SFNClient({ region: REGION, endpoint: server.url, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
}

const caseInput = (caseId: string, mode: Mode, personSeconds = 60): CaseInput => ({ caseId, mode, timeouts: { personSeconds } });

async function start(client: SFNClient, input: CaseInput, name = input.caseId): Promise<string> {
  const { executionArn } = await client.send(new StartExecutionCommand({ stateMachineArn: STATE_MACHINE_ARN, name, input: JSON.stringify(input) }));
  return executionArn!;
}

async function finished(client: SFNClient, executionArn: string, timeoutMs = 10_000): Promise<DescribeExecutionCommandOutput> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const described = await client.send(new DescribeExecutionCommand({ executionArn }));
    if (described.status !== 'RUNNING') return described;
    if (Date.now() > deadline) throw new Error(`${executionArn} still RUNNING after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function history(client: SFNClient, executionArn: string): Promise<HistoryEvent[]> {
  const { events } = await client.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }));
  return events ?? [];
}

const types = (events: HistoryEvent[]) => events.map((e) => e.type);
const outputOf = (described: DescribeExecutionCommandOutput) => JSON.parse(described.output ?? 'null') as Record<string, unknown>;

/** A token of the right shape that was never issued. */
const forgedToken = () => Buffer.alloc(64, 7).toString('base64url');

describe('local Step Functions API', () => {
  const lambdas = new FakeLambdas();
  let dataDir: string;
  let server: StepFunctionsServer;
  let client: SFNClient;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'redress-sfn-'));
    server = await startStepFunctionsServer({
      port: 0,
      dataDir,
      region: REGION,
      accountId: ACCOUNT,
      stateMachines: [STATE_MACHINE],
      invokeLambda: lambdas.invoke,
      retryIntervalMs: 10,
    });
    client = sfnClient(server);
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs a simple case to SUCCEEDED with the Lambda result in the output', async () => {
    // Act
    const arn = await start(client, caseInput('case-simple', 'simple'));
    const described = await finished(client, arn);

    // Assess
    expect(described.status).toBe('SUCCEEDED');
    expect(described.startDate).toBeInstanceOf(Date);
    expect(described.stopDate!.getTime()).toBeGreaterThanOrEqual(described.startDate!.getTime());
    expect(outputOf(described)).toMatchObject({ caseId: 'case-simple', classification: { category: 'simple' }, outcome: 'resolved' });
    const events = await history(client, arn);
    expect(types(events)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskSucceeded',
      'TaskStateExited',
      'ChoiceStateEntered',
      'ChoiceStateExited',
      'PassStateEntered',
      'PassStateExited',
      'ExecutionSucceeded',
    ]);
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i + 1));
    const scheduled = events.find((e) => e.type === 'TaskScheduled')!;
    expect(scheduled.taskScheduledEventDetails).toMatchObject({ resourceType: 'lambda', resource: 'invoke', region: REGION, timeoutInSeconds: 30 });
    expect(JSON.parse(scheduled.taskScheduledEventDetails!.parameters!)).toEqual({ FunctionName: 'classify', Payload: caseInput('case-simple', 'simple') });
    const succeeded = events.find((e) => e.type === 'TaskSucceeded')!;
    expect(JSON.parse(succeeded.taskSucceededEventDetails!.output!)).toEqual({
      ExecutedVersion: '$LATEST',
      Payload: { category: 'simple' },
      StatusCode: 200,
      SdkHttpMetadata: { HttpStatusCode: 200 },
    });
    expect(events[1]!.stateEnteredEventDetails).toEqual({
      name: 'Classify',
      input: JSON.stringify(caseInput('case-simple', 'simple')),
      inputDetails: { truncated: false },
    });
  });

  it('applies the AWS rules to a repeated execution name', async () => {
    // Prepare
    const input = caseInput('case-repeat', 'complex');
    const first = await client.send(new StartExecutionCommand({ stateMachineArn: STATE_MACHINE_ARN, name: 'case-repeat', input: JSON.stringify(input) }));
    await server.idle();

    // Act / Assess: same name and input while RUNNING returns the same execution
    const again = await client.send(new StartExecutionCommand({ stateMachineArn: STATE_MACHINE_ARN, name: 'case-repeat', input: JSON.stringify(input) }));
    expect(again.executionArn).toBe(first.executionArn);
    expect(again.startDate).toEqual(first.startDate);
    expect(first.executionArn).toBe(`arn:aws:states:${REGION}:${ACCOUNT}:execution:CaseWorkflow:case-repeat`);

    // Other input: refused
    await expect(
      client.send(new StartExecutionCommand({ stateMachineArn: STATE_MACHINE_ARN, name: 'case-repeat', input: JSON.stringify({ ...input, mode: 'simple' }) })),
    ).rejects.toBeInstanceOf(ExecutionAlreadyExists);

    // Same input once the execution is closed: refused
    await client.send(new SendTaskSuccessCommand({ taskToken: lambdas.tokenFor('case-repeat'), output: '{}' }));
    expect((await finished(client, first.executionArn!)).status).toBe('SUCCEEDED');
    await expect(
      client.send(new StartExecutionCommand({ stateMachineArn: STATE_MACHINE_ARN, name: 'case-repeat', input: JSON.stringify(input) })),
    ).rejects.toBeInstanceOf(ExecutionAlreadyExists);
    expect(lambdas.callsTo('classify', 'case-repeat')).toHaveLength(1);
  });

  it.each(['has space', 'a/b', 'x'.repeat(81), 'star*', ''])('refuses the execution name %j with InvalidName', async (name) => {
    await expect(
      client.send(new StartExecutionCommand({ stateMachineArn: STATE_MACHINE_ARN, name, input: JSON.stringify(caseInput('case-name', 'simple')) })),
    ).rejects.toBeInstanceOf(InvalidName);
  });

  it('names executions with a UUID when no name is given, and refuses unknown state machines', async () => {
    const { executionArn } = await client.send(
      new StartExecutionCommand({ stateMachineArn: STATE_MACHINE_ARN, input: JSON.stringify(caseInput('case-anon', 'simple')) }),
    );
    expect(executionArn).toMatch(/:execution:CaseWorkflow:[0-9a-f-]{36}$/);
    await expect(
      client.send(new StartExecutionCommand({ stateMachineArn: `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:Nope`, input: '{}' })),
    ).rejects.toBeInstanceOf(StateMachineDoesNotExist);
  });

  it('retries a transient Lambda error and shows each attempt in history', async () => {
    // Act
    const arn = await start(client, caseInput('case-flaky', 'flaky'));
    const described = await finished(client, arn);

    // Assess
    expect(described.status).toBe('SUCCEEDED');
    expect(outputOf(described)).toMatchObject({ classification: { category: 'simple' }, outcome: 'resolved' });
    expect(lambdas.callsTo('classify', 'case-flaky')).toHaveLength(2);
    const events = await history(client, arn);
    expect(types(events).slice(0, 9)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskFailed',
      'TaskScheduled',
      'TaskStarted',
      'TaskSucceeded',
      'TaskStateExited',
    ]);
    const failed = events.find((e) => e.type === 'TaskFailed')!.taskFailedEventDetails!;
    expect(failed).toMatchObject({ error: 'TransientError', resourceType: 'lambda', resource: 'invoke' });
    expect(JSON.parse(failed.cause!)).toMatchObject({ errorType: 'TransientError', errorMessage: 'throttled' });
  });

  it('stops retrying after MaxAttempts and lets Catch take the error', async () => {
    const arn = await start(client, caseInput('case-always-transient', 'always-transient'));
    const described = await finished(client, arn);

    expect(described.status).toBe('SUCCEEDED');
    expect(outputOf(described)).toMatchObject({ escalated: true, error: 'TransientError' });
    // One attempt and MaxAttempts (2) retries.
    expect(lambdas.callsTo('classify', 'case-always-transient')).toHaveLength(3);
    expect(types(await history(client, arn)).filter((t) => t === 'TaskFailed')).toHaveLength(3);
  });

  it('catches a permanent Lambda error without retrying it', async () => {
    // Act
    const arn = await start(client, caseInput('case-broken', 'broken'));
    const described = await finished(client, arn);

    // Assess: the Catch output carries Error = errorType and Cause = the error payload, as on AWS
    expect(described.status).toBe('SUCCEEDED');
    const output = outputOf(described);
    expect(output).toMatchObject({ caseId: 'case-broken', escalated: true, error: 'PermanentError' });
    expect(JSON.parse(String(output.cause))).toMatchObject({ errorType: 'PermanentError', errorMessage: 'no such case' });
    expect(lambdas.callsTo('classify', 'case-broken')).toHaveLength(1);
    const sequence = types(await history(client, arn));
    expect(sequence.filter((t) => t === 'TaskScheduled')).toHaveLength(1);
    const failedAt = sequence.indexOf('TaskFailed');
    expect(failedAt).toBeGreaterThan(0);
    expect(sequence.slice(failedAt)).toEqual(['TaskFailed', 'TaskStateExited', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
  });

  it('waits on a task token and continues with the output given to SendTaskSuccess', async () => {
    // Prepare
    const arn = await start(client, caseInput('case-token-ok', 'complex'));
    await server.idle();
    const token = lambdas.tokenFor('case-token-ok');
    const call = lambdas.callsTo('await-person', 'case-token-ok')[0]!;

    // Assess the wait: one token per attempt, the same in every reference
    expect(token).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(call.payload.answerUrl).toBe(`https://redress.local/answers/${token}`);
    expect((await client.send(new DescribeExecutionCommand({ executionArn: arn }))).status).toBe('RUNNING');
    await expect(client.send(new SendTaskHeartbeatCommand({ taskToken: token }))).resolves.toBeDefined();

    // Act
    await client.send(new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify({ approved: true }) }));
    const described = await finished(client, arn);

    // Assess
    expect(described.status).toBe('SUCCEEDED');
    expect(outputOf(described)).toMatchObject({ decision: { approved: true }, outcome: 'resolved' });
    const events = await history(client, arn);
    const waitEvents = events.filter(
      (e) =>
        e.taskScheduledEventDetails?.resource === 'invoke.waitForTaskToken' ||
        e.type === 'TaskSubmitted' ||
        (e.type === 'TaskSucceeded' && e.taskSucceededEventDetails?.resource === 'invoke.waitForTaskToken'),
    );
    expect(types(waitEvents)).toEqual(['TaskScheduled', 'TaskSubmitted', 'TaskSucceeded']);
    expect(waitEvents[0]!.taskScheduledEventDetails?.timeoutInSeconds).toBe(60);
    expect(JSON.parse(waitEvents[1]!.taskSubmittedEventDetails!.output!)).toMatchObject({ Payload: { ref: 'ref-case-token-ok' }, StatusCode: 200 });
    expect(waitEvents[2]!.taskSucceededEventDetails?.output).toBe(JSON.stringify({ approved: true }));

    // A token whose task completed is dead
    await expect(client.send(new SendTaskSuccessCommand({ taskToken: token, output: '{}' }))).rejects.toBeInstanceOf(TaskTimedOut);
  });

  it('fails the waiting task with the error and cause given to SendTaskFailure', async () => {
    const arn = await start(client, caseInput('case-token-fail', 'complex'));
    await server.idle();

    await client.send(new SendTaskFailureCommand({ taskToken: lambdas.tokenFor('case-token-fail'), error: 'Rejected', cause: 'supervisor said no' }));
    const described = await finished(client, arn);

    expect(described.status).toBe('SUCCEEDED');
    expect(outputOf(described)).toMatchObject({ escalated: true, error: 'Rejected', cause: 'supervisor said no' });
    const failed = (await history(client, arn)).find((e) => e.type === 'TaskFailed');
    expect(failed?.taskFailedEventDetails).toEqual({
      resourceType: 'lambda',
      resource: 'invoke.waitForTaskToken',
      error: 'Rejected',
      cause: 'supervisor said no',
    });
  });

  it('refuses forged and malformed tokens', async () => {
    await expect(client.send(new SendTaskSuccessCommand({ taskToken: forgedToken(), output: '{}' }))).rejects.toBeInstanceOf(TaskDoesNotExist);
    await expect(client.send(new SendTaskSuccessCommand({ taskToken: 'not-a-token', output: '{}' }))).rejects.toBeInstanceOf(InvalidToken);
    await expect(client.send(new SendTaskFailureCommand({ taskToken: forgedToken(), error: 'X' }))).rejects.toBeInstanceOf(TaskDoesNotExist);
    await expect(client.send(new SendTaskHeartbeatCommand({ taskToken: 'not-a-token' }))).rejects.toBeInstanceOf(InvalidToken);
  });

  it('times the wait out from TimeoutSecondsPath, after which the token is dead', async () => {
    // Act: personSeconds is read from the state input, not from the Parameters
    const arn = await start(client, caseInput('case-timeout', 'complex', 1));
    await server.idle();
    const token = lambdas.tokenFor('case-timeout');
    const described = await finished(client, arn, 5000);

    // Assess
    expect(described.status).toBe('SUCCEEDED');
    expect(outputOf(described)).toMatchObject({ escalated: true, error: 'States.Timeout' });
    const events = await history(client, arn);
    expect(events.find((e) => e.type === 'TaskTimedOut')?.taskTimedOutEventDetails).toMatchObject({
      error: 'States.Timeout',
      resource: 'invoke.waitForTaskToken',
    });
    await expect(client.send(new SendTaskSuccessCommand({ taskToken: token, output: '{}' }))).rejects.toBeInstanceOf(TaskTimedOut);
  });

  it('stops an execution: ABORTED, recorded in history, token dead', async () => {
    // Prepare
    const arn = await start(client, caseInput('case-stop', 'complex'));
    await server.idle();

    // Act
    const { stopDate } = await client.send(new StopExecutionCommand({ executionArn: arn, error: 'Withdrawn', cause: 'customer withdrew' }));

    // Assess
    const described = await client.send(new DescribeExecutionCommand({ executionArn: arn }));
    expect(described.status).toBe('ABORTED');
    expect(described.stopDate).toEqual(stopDate);
    const events = await history(client, arn);
    expect(events.at(-1)).toMatchObject({ type: 'ExecutionAborted', executionAbortedEventDetails: { error: 'Withdrawn', cause: 'customer withdrew' } });
    await expect(client.send(new SendTaskSuccessCommand({ taskToken: lambdas.tokenFor('case-stop'), output: '{}' }))).rejects.toBeInstanceOf(TaskTimedOut);
    const { executions } = await client.send(new ListExecutionsCommand({ stateMachineArn: STATE_MACHINE_ARN, statusFilter: 'ABORTED' }));
    expect(executions?.map((e) => e.name)).toEqual(['case-stop']);
  });

  it('pages history in either order and can leave execution data out', async () => {
    const arn = await start(client, caseInput('case-pages', 'simple'));
    await finished(client, arn);
    const all = await history(client, arn);

    const firstPage = await client.send(new GetExecutionHistoryCommand({ executionArn: arn, maxResults: 4, reverseOrder: true }));
    const secondPage = await client.send(
      new GetExecutionHistoryCommand({ executionArn: arn, maxResults: 4, reverseOrder: true, nextToken: firstPage.nextToken }),
    );
    expect([...firstPage.events!, ...secondPage.events!].map((e) => e.id)).toEqual(
      all
        .map((e) => e.id)
        .reverse()
        .slice(0, 8),
    );
    expect(firstPage.events![0]!.timestamp).toBeInstanceOf(Date);

    const withoutData = await client.send(new GetExecutionHistoryCommand({ executionArn: arn, includeExecutionData: false }));
    expect(withoutData.events![0]!.executionStartedEventDetails).toEqual({ inputDetails: undefined, roleArn: STATE_MACHINE.roleArn });
    expect(withoutData.events!.some((e) => e.stateEnteredEventDetails?.input !== undefined || e.taskScheduledEventDetails?.parameters !== undefined)).toBe(
      false,
    );
    expect(withoutData.events!.find((e) => e.stateEnteredEventDetails)?.stateEnteredEventDetails?.name).toBe('Classify');
  });

  it('describes the state machine with the definition it runs', async () => {
    const described = await client.send(new DescribeStateMachineCommand({ stateMachineArn: STATE_MACHINE_ARN }));

    expect(JSON.parse(described.definition!)).toEqual(DEFINITION);
    expect(described).toMatchObject({
      name: 'CaseWorkflow',
      stateMachineArn: STATE_MACHINE_ARN,
      roleArn: STATE_MACHINE.roleArn,
      type: 'STANDARD',
      status: 'ACTIVE',
      loggingConfiguration: { level: 'OFF' },
    });
    expect(described.creationDate).toBeInstanceOf(Date);
    const { stateMachines } = await client.send(new ListStateMachinesCommand({}));
    expect(stateMachines?.map((m) => m.stateMachineArn)).toEqual([STATE_MACHINE_ARN]);
    await expect(
      client.send(new DescribeStateMachineCommand({ stateMachineArn: `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:Nope` })),
    ).rejects.toBeInstanceOf(StateMachineDoesNotExist);
  });
});

describe('restart', () => {
  let dataDir: string;
  const servers: StepFunctionsServer[] = [];

  const startServer = async (lambdas: FakeLambdas) => {
    const server = await startStepFunctionsServer({
      port: 0,
      dataDir,
      region: REGION,
      accountId: ACCOUNT,
      stateMachines: [STATE_MACHINE],
      invokeLambda: lambdas.invoke,
      retryIntervalMs: 10,
    });
    servers.push(server);
    return server;
  };

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'redress-sfn-restart-'));
  });

  afterAll(async () => {
    for (const server of servers) await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('resumes a waiting execution; the old token completes it without invoking the Lambda again', async () => {
    // Prepare: an execution waiting on a person, then the process goes away
    const lambdas = new FakeLambdas();
    const before = await startServer(lambdas);
    const arn = await start(sfnClient(before), caseInput('case-restart', 'complex'));
    await before.idle();
    const token = lambdas.tokenFor('case-restart');
    const historyBefore = await history(sfnClient(before), arn);
    await before.close();

    // Act
    const after = await startServer(lambdas);
    const client = sfnClient(after);
    await after.idle();
    expect((await client.send(new DescribeExecutionCommand({ executionArn: arn }))).status).toBe('RUNNING');
    await client.send(new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify({ approved: 'after restart' }) }));
    const described = await finished(client, arn);

    // Assess
    expect(described.status).toBe('SUCCEEDED');
    expect(outputOf(described)).toMatchObject({ caseId: 'case-restart', decision: { approved: 'after restart' }, outcome: 'resolved' });
    expect(lambdas.callsTo('await-person', 'case-restart')).toHaveLength(1);
    expect(lambdas.callsTo('classify', 'case-restart')).toHaveLength(1);
    const events = await history(client, arn);
    expect(events.slice(0, historyBefore.length)).toEqual(historyBefore);
    expect(types(events.slice(historyBefore.length))).toEqual([
      'TaskSucceeded',
      'TaskStateExited',
      'PassStateEntered',
      'PassStateExited',
      'ExecutionSucceeded',
    ]);
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i + 1));
    expect(types(events).filter((t) => t === 'TaskStateEntered')).toHaveLength(2);
  });

  it('runs a Lambda task again when the process went away while it was running', async () => {
    // Prepare: classify never answers in the first process
    const hanging = new FakeLambdas('classify');
    const before = await startServer(hanging);
    const arn = await start(sfnClient(before), caseInput('case-restart-lambda', 'simple'));
    await poll(() => hanging.callsTo('classify', 'case-restart-lambda').length).toBe(1);
    await before.close();

    // Act
    const lambdas = new FakeLambdas();
    const after = await startServer(lambdas);
    const client = sfnClient(after);
    const described = await finished(client, arn);

    // Assess: at least once, like a Lambda retry; the state is entered once in history
    expect(described.status).toBe('SUCCEEDED');
    expect(lambdas.callsTo('classify', 'case-restart-lambda')).toHaveLength(1);
    const sequence = types(await history(client, arn));
    expect(sequence.filter((t) => t === 'TaskStateEntered')).toHaveLength(1);
    expect(sequence.slice(0, 7)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskScheduled',
      'TaskStarted',
      'TaskSucceeded',
    ]);
  });

  it('keeps the original deadline of a waiting task across a restart', async () => {
    // Prepare: 4 s to answer; 2.5 s pass before the restart
    const lambdas = new FakeLambdas();
    const before = await startServer(lambdas);
    const startedAt = Date.now();
    const arn = await start(sfnClient(before), caseInput('case-restart-deadline', 'complex', 4));
    await before.idle();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await before.close();

    // Act
    const after = await startServer(lambdas);
    const client = sfnClient(after);
    const described = await finished(client, arn, 8000);

    // Assess: timed out about 4 s after the start (a fresh timeout would end after 6.5 s)
    expect(outputOf(described)).toMatchObject({ escalated: true, error: 'States.Timeout' });
    expect(described.stopDate!.getTime() - startedAt).toBeLessThan(5800);
    expect(lambdas.callsTo('await-person', 'case-restart-deadline')).toHaveLength(1);
    await expect(client.send(new SendTaskSuccessCommand({ taskToken: lambdas.tokenFor('case-restart-deadline'), output: '{}' }))).rejects.toBeInstanceOf(
      TaskTimedOut,
    );
  });
});

describe('definitions that would not run faithfully', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'redress-sfn-invalid-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const startWith = (definition: Record<string, unknown>) =>
    startStepFunctionsServer({
      port: 0,
      dataDir,
      region: REGION,
      accountId: ACCOUNT,
      stateMachines: [{ ...STATE_MACHINE, definition }],
      invokeLambda: new FakeLambdas().invoke,
    });

  it.each([
    ['JSONata as the query language', { QueryLanguage: 'JSONata', StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, /JSONata/],
    ['a JSONata Output field', { StartAt: 'A', States: { A: { Type: 'Pass', Output: '{% $states.input %}', End: true } } }, /'Output'/],
    [
      'a JSONata Choice Condition',
      { StartAt: 'A', States: { A: { Type: 'Choice', Choices: [{ Condition: '{% true %}', Next: 'B' }], Default: 'B' }, B: { Type: 'Succeed' } } },
      /Condition/,
    ],
    ['variables', { StartAt: 'A', States: { A: { Type: 'Pass', Assign: { x: 1 }, End: true } } }, /'Assign'/],
    [
      'a Task resource the runner cannot call',
      { StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', End: true } } },
      /sqs:sendMessage/,
    ],
    [
      'a callback Task that never passes its token',
      {
        StartAt: 'A',
        States: { A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', Parameters: { FunctionName: 'f' }, End: true } },
      },
      /Task\.Token/,
    ],
    ['a broken transition', { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Missing' } } }, /Missing/],
  ])('refuses %s at startup with InvalidDefinition', async (_label, definition, message) => {
    await expect(startWith(definition)).rejects.toMatchObject({ name: 'InvalidDefinition', message: expect.stringMatching(message) });
  });
});
