// The three Task resources the CDK app uses, run as aws-local-stepfunctions
// Task overrides: lambda:invoke, lambda:invoke.waitForTaskToken and a plain
// function ARN. Each attempt writes the AWS task events, owns its deadline and,
// for callbacks, registers its token before the Lambda can hand it out.
import type { HistoryEventType } from '@aws-sdk/client-sfn';
import { isCallbackKind, MAX_LOCAL_TIMEOUT_SECONDS, readTaskRequest, type TaskRequest, type TaskSpec } from './definition';
import type { TokenRecord } from './execution-store';
import { toJsonText, type EventDetails } from './history';
import { isJsonObject, type JsonValue } from './json';
import type { TaskOutcome } from './token-registry';
import type { LambdaInvokeResult } from './types';

/** A Task failure as the library's Retry and Catch see it: `name` is the error, `message` the cause. */
export class TaskFailure extends Error {
  constructor(error: string, cause: string) {
    super(cause);
    this.name = error;
  }
}

/** States.Runtime: neither retried nor caught, like on AWS. The library reads these two flags. */
export class StatesRuntimeFailure extends Error {
  readonly isRetryable = false;
  readonly isCatchable = false;
  constructor(message: string) {
    super(message);
    this.name = 'States.Runtime';
  }
}

/** One attempt of a Task state: its deadline timer and whether it already ended. */
export interface TaskAttempt {
  readonly ended: boolean;
  readonly timedOut: boolean;
  /** Ends the attempt (clears the timer); false if it had ended already. */
  end(): boolean;
}

/** What a Task handler needs from the execution it runs in (implemented by ExecutionRun). */
export interface TaskRunPort {
  readonly region: string;
  isActive(): boolean;
  /** The token the state's Parameters received through $$.Task.Token, if any. */
  claimMintedToken(): string | undefined;
  /** Must be called before the handler returns control: the library reads it to arm its own timer. */
  armLibraryTimeout(seconds: number): void;
  /** A token this state was waiting on before a restart. */
  takeResumedToken(stateName: string): TokenRecord | undefined;
  startAttempt(timeoutSeconds: number, onTimeout: () => void): TaskAttempt;
  /** Resolves once the library's pending events are in history, so task events follow StateEntered. */
  settleEvents(): Promise<void>;
  recordEvent(type: HistoryEventType, details: EventDetails): void;
  registerToken(record: Omit<TokenRecord, 'enteredEventId'>): TokenRecord;
  waitForAnswer(token: string): Promise<TaskOutcome>;
  endToken(token: string, status: 'timedOut'): void;
  invoke(functionName: string, payload: unknown): Promise<LambdaInvokeResult>;
  callDynamoDb(action: string, parameters: unknown): Promise<unknown>;
}

type TaskHandler = (received: JsonValue) => Promise<JsonValue>;

/** Never settles: returned when the library has already settled the state (timeout). */
const pendingForever = (): Promise<never> => new Promise<never>(() => undefined);

const interrupted = (): StatesRuntimeFailure => new StatesRuntimeFailure('The execution stopped');

export function createTaskHandler(spec: TaskSpec, run: TaskRunPort): TaskHandler {
  return (received) => {
    // Until the first await this runs between the library resolving Parameters
    // and arming its timeout timer, so the timeout set here is the one it uses.
    const request = readTaskRequest(received);
    const mintedToken = run.claimMintedToken();
    const resumed = isCallbackKind(spec.kind) ? run.takeResumedToken(spec.stateName) : undefined;
    const timeout = resolveTimeout(spec, request, resumed);
    run.armLibraryTimeout(timeout.seconds);
    const callback: { token?: string } = {};
    // Same duration, armed first: this fires just before the library's timer, so
    // the token is dead before the library moves the state on.
    const attempt = run.startAttempt(timeout.seconds, () => {
      if (callback.token) run.endToken(callback.token, 'timedOut');
      run.recordEvent(...timedOutEvent(spec));
    });
    if (timeout.invalid) {
      attempt.end();
      return Promise.reject(new StatesRuntimeFailure(timeout.invalid));
    }
    const context: AttemptContext = { spec, run, request, attempt, timeoutInSeconds: timeout.configured };
    const running =
      spec.kind === 'invoke'
        ? invokeTask(context)
        : spec.kind === 'function'
          ? functionTask(context)
          : callbackTask(context, { mintedToken, resumed, deadline: timeout.deadline, callback });
    return running.finally(() => attempt.end());
  };
}

interface AttemptContext {
  readonly spec: TaskSpec;
  readonly run: TaskRunPort;
  readonly request: TaskRequest;
  readonly attempt: TaskAttempt;
  readonly timeoutInSeconds?: number;
}

/** Checks after each await: a stopped run unwinds, a timed-out attempt stays silent. */
async function stillCurrent<T>(context: AttemptContext, value: Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await value;
  } catch (e) {
    if (!context.run.isActive()) throw interrupted();
    if (context.attempt.timedOut) return pendingForever();
    throw e;
  }
  if (!context.run.isActive()) throw interrupted();
  if (context.attempt.timedOut) return pendingForever();
  return result;
}

async function invokeTask(context: AttemptContext): Promise<JsonValue> {
  const { run, request } = context;
  const functionName = readFunctionName(request.taskInput);
  await stillCurrent(context, run.settleEvents());
  recordScheduled(context, 'invoke');
  const response = await stillCurrent(context, invokeOrFail(context, 'invoke', functionName, readPayload(request.taskInput)));
  const result = invokeEnvelope(response);
  run.recordEvent('TaskSucceeded', { taskSucceededEventDetails: { resourceType: 'lambda', resource: 'invoke', output: toJsonText(result) } });
  return result;
}

async function functionTask(context: AttemptContext): Promise<JsonValue> {
  const { run, request, spec } = context;
  await stillCurrent(context, run.settleEvents());
  run.recordEvent('LambdaFunctionScheduled', {
    lambdaFunctionScheduledEventDetails: {
      resource: spec.resource,
      input: toJsonText(request.taskInput),
      inputDetails: { truncated: false },
      timeoutInSeconds: context.timeoutInSeconds,
    },
  });
  run.recordEvent('LambdaFunctionStarted', {});
  let response: LambdaInvokeResult;
  try {
    response = await stillCurrent(context, run.invoke(spec.resource, request.taskInput));
  } catch (e) {
    if (e instanceof StatesRuntimeFailure) throw e;
    throw failFunction(context, invokerFailure(e));
  }
  if (response.FunctionError) throw failFunction(context, functionErrorOf(response));
  const payload = asJson(response.Payload);
  run.recordEvent('LambdaFunctionSucceeded', { lambdaFunctionSucceededEventDetails: { output: toJsonText(payload), outputDetails: { truncated: false } } });
  return payload;
}

interface CallbackSetup {
  readonly mintedToken?: string;
  readonly resumed?: TokenRecord;
  readonly deadline: number;
  readonly callback: { token?: string };
}

async function callbackTask(context: AttemptContext, setup: CallbackSetup): Promise<JsonValue> {
  const { run, request, spec } = context;
  const isDynamoDb = spec.kind === 'dynamodb:putItem.waitForTaskToken';
  const resourceType = isDynamoDb ? 'dynamodb' : 'lambda';
  const resource = isDynamoDb ? 'putItem.waitForTaskToken' : 'invoke.waitForTaskToken';
  const functionName = isDynamoDb ? '' : readFunctionName(request.taskInput);
  const { mintedToken, resumed } = setup;
  if (!resumed && !mintedToken) throw new StatesRuntimeFailure(`Task '${spec.stateName}' got no $$.Task.Token in its Parameters`);
  // After a restart the Lambda (if it runs again) gets the token it was given
  // before, so links already handed to people keep working.
  const parameters = resumed && mintedToken ? replaceText(request.taskInput, mintedToken, resumed.token) : request.taskInput;
  await stillCurrent(context, run.settleEvents());

  // Registered (and persisted) before the Lambda runs: it may pass the token on at once.
  const token =
    resumed ??
    run.registerToken({ token: mintedToken!, stateName: spec.stateName, deadline: setup.deadline, status: 'waiting', phase: 'invoking', reported: false });
  setup.callback.token = token.token;

  if (token.status === 'waiting' && token.phase === 'invoking') {
    recordScheduled(context, resource, parameters, resourceType);
    const submitted = isDynamoDb
      ? await stillCurrent(context, putItemOrFail(context, resource, parameters, token))
      : invokeEnvelope(await stillCurrent(context, invokeOrFail(context, resource, functionName, readPayload(parameters), token)));
    token.phase = 'submitted';
    run.recordEvent('TaskSubmitted', {
      taskSubmittedEventDetails: { resourceType, resource, output: toJsonText(submitted), outputDetails: { truncated: false } },
    });
  }

  const outcome = await stillCurrent(context, run.waitForAnswer(token.token));
  const alreadyReported = token.reported;
  token.reported = true;
  if (outcome.kind === 'success') {
    if (!alreadyReported)
      run.recordEvent('TaskSucceeded', { taskSucceededEventDetails: { resourceType, resource, output: outcome.output, outputDetails: { truncated: false } } });
    return JSON.parse(outcome.output) as JsonValue;
  }
  if (!alreadyReported) run.recordEvent('TaskFailed', { taskFailedEventDetails: { resourceType, resource, error: outcome.error, cause: outcome.cause } });
  throw new TaskFailure(outcome.error ?? '', outcome.cause ?? '');
}

function recordScheduled(context: AttemptContext, resource: string, parameters: JsonValue = context.request.taskInput, resourceType = 'lambda'): void {
  context.run.recordEvent('TaskScheduled', {
    taskScheduledEventDetails: {
      resourceType,
      resource,
      region: context.run.region,
      parameters: toJsonText(parameters),
      timeoutInSeconds: context.timeoutInSeconds,
    },
  });
  context.run.recordEvent('TaskStarted', { taskStartedEventDetails: { resourceType, resource } });
}

/** dynamodb:putItem(.waitForTaskToken): the service's exception becomes `DynamoDB.<Name>`, as on AWS. */
async function putItemOrFail(context: AttemptContext, resource: string, parameters: JsonValue, token: TokenRecord): Promise<JsonValue> {
  try {
    const result = await context.run.callDynamoDb('PutItem', parameters);
    return asJson(result ?? {});
  } catch (e) {
    if (e instanceof StatesRuntimeFailure) throw e;
    const error = e instanceof Error ? e : new Error(String(e));
    const failure = { error: `DynamoDB.${error.name && error.name !== 'Error' ? error.name : 'AmazonDynamoDBException'}`, cause: error.message };
    if (token.status === 'waiting') Object.assign(token, { status: 'failed', error: failure.error, cause: failure.cause, reported: true });
    if (context.run.isActive() && !context.attempt.timedOut)
      context.run.recordEvent('TaskFailed', { taskFailedEventDetails: { resourceType: 'dynamodb', resource, ...failure } });
    throw new TaskFailure(failure.error, failure.cause);
  }
}

/** Invokes for lambda:invoke(.waitForTaskToken); a function error fails the task as on AWS. */
async function invokeOrFail(
  context: AttemptContext,
  resource: string,
  functionName: string,
  payload: JsonValue,
  token?: TokenRecord,
): Promise<LambdaInvokeResult> {
  const fail = (failure: { error: string; cause: string }): TaskFailure => {
    // The Lambda failing ends the callback: its token can no longer be answered.
    if (token?.status === 'waiting') Object.assign(token, { status: 'failed', error: failure.error, cause: failure.cause, reported: true });
    if (context.run.isActive() && !context.attempt.timedOut) {
      context.run.recordEvent('TaskFailed', { taskFailedEventDetails: { resourceType: 'lambda', resource, ...failure } });
    }
    return new TaskFailure(failure.error, failure.cause);
  };
  let response: LambdaInvokeResult;
  try {
    response = await context.run.invoke(functionName, payload);
  } catch (e) {
    if (e instanceof StatesRuntimeFailure) throw e;
    throw fail(invokerFailure(e));
  }
  if (response.FunctionError) throw fail(functionErrorOf(response));
  return response;
}

function failFunction(context: AttemptContext, failure: { error: string; cause: string }): Error {
  if (!context.run.isActive()) return interrupted();
  if (!context.attempt.timedOut) context.run.recordEvent('LambdaFunctionFailed', { lambdaFunctionFailedEventDetails: failure });
  return new TaskFailure(failure.error, failure.cause);
}

/** Error = errorType, Cause = the error payload as JSON text: what Retry/Catch see on AWS. */
function functionErrorOf(response: LambdaInvokeResult): { error: string; cause: string } {
  const payload = response.Payload;
  const errorType =
    typeof payload === 'object' && payload !== null && 'errorType' in payload && typeof payload.errorType === 'string' ? payload.errorType : undefined;
  return { error: errorType ?? response.FunctionError ?? 'Unhandled', cause: JSON.stringify(payload ?? null) };
}

/** The invoker itself failed (no such function, crash of the local runtime): AWS names these Lambda.<Exception>. */
function invokerFailure(e: unknown): { error: string; cause: string } {
  const error = e instanceof Error ? e : new Error(String(e));
  const name = error.name && error.name !== 'Error' ? error.name : 'ServiceException';
  return { error: name.startsWith('Lambda.') ? name : `Lambda.${name}`, cause: error.message };
}

function invokeEnvelope(response: LambdaInvokeResult): JsonValue {
  return { ExecutedVersion: '$LATEST', Payload: asJson(response.Payload), SdkHttpMetadata: { HttpStatusCode: 200 }, StatusCode: 200 };
}

function timedOutEvent(spec: TaskSpec): [HistoryEventType, EventDetails] {
  const failure = { error: 'States.Timeout' };
  if (spec.kind === 'function') return ['LambdaFunctionTimedOut', { lambdaFunctionTimedOutEventDetails: failure }];
  if (spec.kind.startsWith('dynamodb:'))
    return ['TaskTimedOut', { taskTimedOutEventDetails: { resourceType: 'dynamodb', resource: spec.kind.slice('dynamodb:'.length), ...failure } }];
  return ['TaskTimedOut', { taskTimedOutEventDetails: { resourceType: 'lambda', resource: spec.kind, ...failure } }];
}

interface ResolvedTimeout {
  /** What both timers are armed with. */
  readonly seconds: number;
  readonly deadline: number;
  /** As configured, for TaskScheduled (undefined when the state has none). */
  readonly configured?: number;
  /** Why TimeoutSecondsPath gave no usable value. */
  readonly invalid?: string;
}

function resolveTimeout(spec: TaskSpec, request: TaskRequest, resumed: TokenRecord | undefined): ResolvedTimeout {
  const now = Date.now();
  if (resumed) {
    // Only the time left: a restart must not give a person a fresh full timeout.
    const seconds = Math.max(1, Math.ceil((resumed.deadline - now) / 1000));
    return { seconds, deadline: resumed.deadline };
  }
  let configured = spec.timeoutSeconds;
  if (configured === undefined && spec.timeoutSecondsPath !== undefined) {
    const value = request.timeoutSecondsFromPath;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      return {
        seconds: 1,
        deadline: now + 1000,
        invalid: `TimeoutSecondsPath '${spec.timeoutSecondsPath}' of Task '${spec.stateName}' must select a positive integer`,
      };
    }
    configured = value;
  }
  // No timeout on AWS means none; locally, the longest timer Node can arm.
  const seconds = Math.min(configured ?? MAX_LOCAL_TIMEOUT_SECONDS, MAX_LOCAL_TIMEOUT_SECONDS);
  return { seconds, deadline: now + seconds * 1000, configured };
}

function readFunctionName(taskInput: JsonValue): string {
  const name = isJsonObject(taskInput) ? taskInput.FunctionName : undefined;
  if (typeof name !== 'string' || name === '') throw new StatesRuntimeFailure('Parameters.FunctionName must be a non-empty string');
  return name;
}

function readPayload(taskInput: JsonValue): JsonValue {
  return isJsonObject(taskInput) && taskInput.Payload !== undefined ? taskInput.Payload : {};
}

function asJson(value: unknown): JsonValue {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as JsonValue);
}

function replaceText(value: JsonValue, from: string, to: string): JsonValue {
  if (typeof value === 'string') return value.split(from).join(to);
  if (Array.isArray(value)) return value.map((item) => replaceText(item, from, to));
  if (isJsonObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceText(item, from, to)]));
  return value;
}
