// One execution while it runs: drives aws-local-stepfunctions, turns its event
// log into AWS history, persists at every transition, and gives Task handlers
// what they need (tokens, timeouts, invocations). After a restart it enters the
// state the execution was in, with that state's saved input.
import type { ExecutionStatus, HistoryEventType } from '@aws-sdk/client-sfn';
import type { StateMachine } from 'aws-local-stepfunctions';
import { RESUME_STATE_NAME, RUNNER_CONTEXT_KEY, type CompiledStateMachine } from './definition';
import type { ExecutionPosition, ExecutionRecord, TokenRecord } from './execution-store';
import { appendEvent, details, toJsonText, type EventDetails } from './history';
import type { JsonValue } from './json';
import { createTaskHandler, StatesRuntimeFailure, type TaskAttempt, type TaskRunPort } from './task-handlers';
import { mintTaskToken, type TaskOutcome, type TaskTokenRegistry } from './token-registry';
import type { DynamoDbCaller, LambdaInvoker, LambdaInvokeResult } from './types';

type LibraryRun = ReturnType<StateMachine['run']>;
type LibraryEvent = LibraryRun['eventLogs'] extends AsyncGenerator<infer E> ? E : never;
type LibraryState = Extract<LibraryEvent, { type: 'StateEntered' }>['state'];

/** What a run needs from the engine that owns it. */
export interface RunHost {
  readonly region: string;
  readonly retryIntervalMs?: number;
  readonly tokens: TaskTokenRegistry;
  readonly invokeLambda: LambdaInvoker;
  readonly callDynamoDb?: DynamoDbCaller;
  save(record: ExecutionRecord): void;
  /** Something an idle() waiter may care about changed. */
  changed(): void;
  finished(run: ExecutionRun): void;
  log(msg: string): void;
}

const COMPOUND_TYPES = new Set(['Parallel', 'Map']);

export class ExecutionRun implements TaskRunPort {
  private active = true;
  private abortLibrary: () => void = () => undefined;
  private readonly interruption: Promise<never>;
  private interrupt: (error: Error) => void = () => undefined;
  /** Per-attempt values handed to the library through `$$` getters; see `context()`. */
  private readonly slot: { token?: string; timeoutSeconds?: number } = {};
  private readonly attempts = new Set<LocalTaskAttempt>();
  private inflightInvocations = 0;
  private resume?: { stateName: string; suppressEntered: boolean; tokens: Map<string, TokenRecord[]> };
  private readonly failedCompoundStates = new Set<string>();
  private lastEnteredState?: string;

  constructor(
    readonly record: ExecutionRecord,
    private readonly machine: CompiledStateMachine,
    private readonly host: RunHost,
  ) {
    this.interruption = new Promise<never>((_, reject) => {
      this.interrupt = reject;
    });
    this.interruption.catch(() => undefined);
  }

  get region(): string {
    return this.host.region;
  }

  /** Starts from StartAt, or re-enters the state the execution was in when the process stopped. */
  begin(): void {
    const position = this.record.position;
    let libraryMachine: StateMachine;
    if (position) {
      const timeLeft = this.executionSecondsLeft();
      if (timeLeft !== undefined && timeLeft <= 0) {
        this.finish('TIMED_OUT', 'ExecutionTimedOut', details.executionTimedOut(), { error: 'States.Timeout' });
        return;
      }
      this.resume = { stateName: position.stateName, suppressEntered: true, tokens: this.reusableTokens(position) };
      libraryMachine = this.machine.machineResumingAt(position.stateName, timeLeft);
      this.host.log(`stepfunctions: resuming ${this.record.executionArn} at state '${position.stateName}'`);
    } else {
      libraryMachine = this.machine.machineFromStart();
    }
    const run = libraryMachine.run(JSON.parse(this.record.input) as JsonValue, {
      context: this.context(position?.input ?? null),
      noThrowOnAbort: true,
      overrides: {
        taskResourceLocalHandlers: Object.fromEntries([...this.machine.tasks.values()].map((spec) => [spec.stateName, createTaskHandler(spec, this)])),
        retryIntervalOverrides:
          this.host.retryIntervalMs === undefined
            ? undefined
            : Object.fromEntries(this.machine.retryStateNames.map((name) => [name, this.host.retryIntervalMs!])),
      },
    });
    this.abortLibrary = run.abort;
    // The event log carries the outcome too, in order with everything else.
    run.result.catch(() => undefined);
    void this.follow(run.eventLogs);
  }

  /** StopExecution. */
  stop(error?: string, cause?: string): void {
    this.finish('ABORTED', 'ExecutionAborted', details.executionAborted(error, cause), { error, cause });
  }

  /**
   * Server shutdown: unwinds the library run without writing anything, so the
   * execution stays RUNNING on disk, at its state, and resumes on next start.
   */
  detach(): void {
    if (!this.active) return;
    this.active = false;
    this.unwindLibrary();
  }

  /** Nothing left to do until someone answers a task token. */
  isWaitingOnTaskTokenOnly(): boolean {
    return this.active && this.inflightInvocations === 0 && this.host.tokens.waitingCount(this.record.executionArn) > 0;
  }

  // --- TaskRunPort -----------------------------------------------------------

  isActive(): boolean {
    return this.active;
  }

  claimMintedToken(): string | undefined {
    const token = this.slot.token;
    this.slot.token = undefined;
    return token;
  }

  armLibraryTimeout(seconds: number): void {
    this.slot.timeoutSeconds = seconds;
  }

  takeResumedToken(stateName: string): TokenRecord | undefined {
    return this.resume?.tokens.get(stateName)?.shift();
  }

  startAttempt(timeoutSeconds: number, onTimeout: () => void): TaskAttempt {
    const attempt = new LocalTaskAttempt(timeoutSeconds * 1000, onTimeout, (done) => this.attempts.delete(done));
    this.attempts.add(attempt);
    return attempt;
  }

  settleEvents(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  recordEvent(type: HistoryEventType, eventDetails: EventDetails): void {
    if (!this.active) return;
    appendEvent(this.record.history, type, eventDetails);
    this.save();
  }

  registerToken(token: Omit<TokenRecord, 'enteredEventId'>): TokenRecord {
    const record: TokenRecord = { ...token, enteredEventId: this.record.position?.enteredEventId ?? 0 };
    this.record.tokens.push(record);
    this.host.tokens.add(this.record, record);
    this.save();
    return record;
  }

  waitForAnswer(token: string): Promise<TaskOutcome> {
    return Promise.race([this.host.tokens.wait(token), this.interruption]);
  }

  endToken(token: string, status: 'timedOut'): void {
    this.host.tokens.end(token, status);
  }

  async callDynamoDb(action: string, parameters: unknown): Promise<unknown> {
    if (!this.host.callDynamoDb) throw Object.assign(new Error('No DynamoDB endpoint is configured for service integrations'), { name: 'States.Runtime' });
    this.inflightInvocations++;
    try {
      return await Promise.race([this.host.callDynamoDb(action, parameters), this.interruption]);
    } finally {
      this.inflightInvocations--;
      this.host.changed();
    }
  }

  async invoke(functionName: string, payload: unknown): Promise<LambdaInvokeResult> {
    this.inflightInvocations++;
    try {
      return await Promise.race([this.host.invokeLambda(functionName, payload), this.interruption]);
    } finally {
      this.inflightInvocations--;
      this.host.changed();
    }
  }

  // --- library events → history ---------------------------------------------

  private async follow(events: AsyncGenerator<LibraryEvent>): Promise<void> {
    try {
      for await (const event of events) {
        // Once stopped or detached, what the library still does is not this execution's history.
        if (!this.active) return;
        this.onLibraryEvent(event);
      }
    } catch (e) {
      this.host.log(`stepfunctions: local runner error in ${this.record.executionArn}: ${(e as Error).message}`);
      this.finish('FAILED', 'ExecutionFailed', details.executionFailed('States.Runtime', 'Local runner error'), {
        error: 'States.Runtime',
        cause: 'Local runner error',
      });
    }
  }

  private onLibraryEvent(event: LibraryEvent): void {
    switch (event.type) {
      case 'StateEntered':
        return this.onStateEntered(event.state, event.timestamp);
      case 'StateExited':
        return this.onStateExited(event.state, event.timestamp);
      case 'StateFailed':
        if (COMPOUND_TYPES.has(event.state.type)) {
          this.failedCompoundStates.add(event.state.name);
          this.append(`${event.state.type}StateFailed` as HistoryEventType, {}, event.timestamp);
          this.save();
        }
        return;
      case 'MapIterationStarted':
      case 'MapIterationSucceeded':
      case 'MapIterationFailed': {
        const phase = event.type === 'MapIterationStarted' ? 'Started' : event.type === 'MapIterationSucceeded' ? 'Succeeded' : 'Failed';
        this.append(event.type, details.mapIteration(phase, event.parentState.name, event.index), event.timestamp);
        this.save();
        return;
      }
      case 'ExecutionSucceeded': {
        const output = toJsonText(event.output);
        return this.finish('SUCCEEDED', 'ExecutionSucceeded', details.executionSucceeded(output), { output }, event.timestamp);
      }
      case 'ExecutionFailed': {
        const failure = this.describeFailure(event.Error, event.Cause);
        return this.finish('FAILED', 'ExecutionFailed', details.executionFailed(failure.error, failure.cause), failure, event.timestamp);
      }
      case 'ExecutionTimeout':
        return this.finish('TIMED_OUT', 'ExecutionTimedOut', details.executionTimedOut(), { error: 'States.Timeout' }, event.timestamp);
      default:
        // ExecutionStarted and ExecutionAborted are written by the engine; retries
        // and catches show through the Task events; branches have no AWS event.
        return;
    }
  }

  private onStateEntered(state: LibraryState, timestamp: number): void {
    if (state.name === RESUME_STATE_NAME) return;
    this.lastEnteredState = state.name;
    if (this.resume?.suppressEntered && state.name === this.resume.stateName) {
      // Its StateEntered is in history from before the restart.
      this.resume.suppressEntered = false;
      return;
    }
    const entered = this.append(`${state.type}StateEntered` as HistoryEventType, details.stateEntered(state.name, state.input), timestamp);
    if (state.type === 'Parallel') this.append('ParallelStateStarted', {}, timestamp);
    if (state.type === 'Map') this.append('MapStateStarted', {}, timestamp);
    this.failedCompoundStates.delete(state.name);
    if (this.machine.states.get(state.name)?.topLevel) {
      this.record.position = { stateName: state.name, input: state.input, enteredEventId: entered.id };
      this.cancelTokensBefore(entered.id);
    }
    this.save();
  }

  private onStateExited(state: LibraryState & { output?: JsonValue }, timestamp: number): void {
    if (state.name === RESUME_STATE_NAME) return;
    if (COMPOUND_TYPES.has(state.type) && !this.failedCompoundStates.has(state.name)) {
      this.append(`${state.type}StateSucceeded` as HistoryEventType, {}, timestamp);
    }
    this.append(`${state.type}StateExited` as HistoryEventType, details.stateExited(state.name, state.output), timestamp);
    this.save();
  }

  /** The library names an anonymous Fail state's error 'FailStateError'; AWS leaves it empty. */
  private describeFailure(error: string, cause: unknown): { error?: string; cause?: string } {
    const causeText = cause === undefined || cause === null ? undefined : typeof cause === 'string' ? cause : JSON.stringify(cause);
    const failState = this.lastEnteredState ? this.machine.states.get(this.lastEnteredState) : undefined;
    if (failState?.type !== 'Fail') return { error, cause: causeText };
    const node = failState.node;
    return {
      error: node.Error !== undefined || node.ErrorPath !== undefined ? error : undefined,
      cause: node.Cause !== undefined || node.CausePath !== undefined ? causeText : undefined,
    };
  }

  // --- lifecycle -------------------------------------------------------------

  private finish(
    status: ExecutionStatus,
    type: HistoryEventType,
    eventDetails: EventDetails,
    fields: { output?: string; error?: string; cause?: string },
    timestamp = Date.now(),
  ): void {
    if (!this.active) return;
    this.active = false;
    for (const token of this.record.tokens) if (token.status === 'waiting') this.host.tokens.end(token.token, 'cancelled');
    this.unwindLibrary();
    Object.assign(this.record, { status, stopDate: timestamp, position: undefined }, fields);
    appendEvent(this.record.history, type, eventDetails, timestamp);
    this.host.save(this.record);
    this.host.log(`stepfunctions: ${this.record.executionArn} ${status}`);
    this.host.finished(this);
  }

  private unwindLibrary(): void {
    for (const attempt of [...this.attempts]) attempt.end();
    this.abortLibrary();
    // Task handlers still waiting (token, Lambda) reject, so the library clears its timers.
    this.interrupt(new StatesRuntimeFailure('The execution stopped'));
  }

  private append(type: HistoryEventType, eventDetails: EventDetails, timestamp?: number) {
    return appendEvent(this.record.history, type, eventDetails, timestamp);
  }

  private save(): void {
    if (this.active) this.host.save(this.record);
  }

  /** A token left waiting by an earlier state (a Parallel branch that was abandoned) can no longer be answered. */
  private cancelTokensBefore(enteredEventId: number): void {
    for (const token of this.record.tokens) {
      if (token.status === 'waiting' && token.enteredEventId < enteredEventId) this.host.tokens.end(token.token, 'cancelled');
    }
  }

  /** Tokens of the state being resumed whose answer is still to be used, per state name, oldest first. */
  private reusableTokens(position: ExecutionPosition): Map<string, TokenRecord[]> {
    const byState = new Map<string, TokenRecord[]>();
    for (const token of this.record.tokens) {
      if (token.enteredEventId !== position.enteredEventId) {
        if (token.status === 'waiting') this.host.tokens.end(token.token, 'cancelled');
        continue;
      }
      const reusable = token.status === 'waiting' || token.status === 'succeeded' || (token.status === 'failed' && !token.reported);
      if (reusable) byState.set(token.stateName, [...(byState.get(token.stateName) ?? []), token]);
    }
    return byState;
  }

  private executionSecondsLeft(): number | undefined {
    const limit = this.machine.executionTimeoutSeconds;
    return limit === undefined ? undefined : (this.record.startDate + limit * 1000 - Date.now()) / 1000;
  }

  /**
   * The `$$` context. The library copies it shallowly into every run and
   * Parallel branch, so these getters stay shared:
   * - Task.Token mints one token per Task attempt. All references in one
   *   Parameters see the same token; the Task handler, called synchronously
   *   right after Parameters, claims it so the next attempt gets a new one.
   * - RedressLocal.TaskTimeoutSeconds is the timeout the Task handler chose;
   *   the library reads it right after calling the handler.
   * - RedressLocal.ResumeInput is the saved input of the state a restart re-enters.
   */
  private context(resumeInput: JsonValue) {
    const slot = this.slot;
    return {
      Execution: { Id: this.record.executionArn, Name: this.record.name, RoleArn: this.machine.config.roleArn },
      StateMachine: { Id: this.machine.arn, Name: this.machine.name },
      Task: {
        get Token(): string {
          slot.token ??= mintTaskToken();
          return slot.token;
        },
      },
      [RUNNER_CONTEXT_KEY]: {
        get TaskTimeoutSeconds(): number | undefined {
          return slot.timeoutSeconds;
        },
        ResumeInput: resumeInput,
      },
    };
  }
}

class LocalTaskAttempt implements TaskAttempt {
  ended = false;
  timedOut = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    timeoutMs: number,
    onTimeout: () => void,
    private readonly onEnd: (attempt: LocalTaskAttempt) => void,
  ) {
    this.timer = setTimeout(() => {
      if (!this.end()) return;
      this.timedOut = true;
      onTimeout();
    }, timeoutMs);
  }

  end(): boolean {
    if (this.ended) return false;
    this.ended = true;
    clearTimeout(this.timer);
    this.onEnd(this);
    return true;
  }
}
