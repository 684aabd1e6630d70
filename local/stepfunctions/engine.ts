// The Step Functions service behind the API: state machines, executions and
// task tokens, with AWS's rules for names, repeated starts and late answers.
import { randomUUID } from 'node:crypto';
import type { ExecutionStatus } from '@aws-sdk/client-sfn';
import type { CompiledStateMachine } from './definition';
import { StepFunctionsApiError } from './errors';
import { ExecutionRun, type RunHost } from './execution-run';
import type { ExecutionRecord, ExecutionStore, TokenRecord } from './execution-store';
import { appendEvent, details, historyPage, type HistoryPageRequest } from './history';
import { tryParseJson } from './json';
import { paginate } from './pagination';
import { isWellFormedTaskToken, TaskTokenRegistry } from './token-registry';
import type { DynamoDbCaller, LambdaInvoker } from './types';

export interface EngineOptions {
  readonly region: string;
  readonly machines: readonly CompiledStateMachine[];
  readonly store: ExecutionStore;
  readonly invokeLambda: LambdaInvoker;
  readonly callDynamoDb?: DynamoDbCaller;
  readonly retryIntervalMs?: number;
  readonly log: (msg: string) => void;
}

/** 256 KiB, the AWS limit for input and output. */
const MAX_PAYLOAD_CHARS = 262_144;
// AWS refuses whitespace, brackets, wildcards, these punctuation marks and control characters in names.
const INVALID_NAME_CHARS = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/u;

export class StepFunctionsEngine {
  readonly createdAt = Date.now();
  private readonly machines: ReadonlyMap<string, CompiledStateMachine>;
  private readonly executions = new Map<string, ExecutionRecord>();
  private readonly runs = new Map<string, ExecutionRun>();
  private readonly tokens = new TaskTokenRegistry();
  private readonly idleWaiters = new Set<() => void>();
  private readonly host: RunHost;

  constructor(private readonly options: EngineOptions) {
    this.machines = new Map(options.machines.map((machine) => [machine.arn, machine]));
    this.host = {
      region: options.region,
      retryIntervalMs: options.retryIntervalMs,
      tokens: this.tokens,
      invokeLambda: options.invokeLambda,
      callDynamoDb: options.callDynamoDb,
      log: options.log,
      save: (record) => {
        options.store.save(record);
        this.changed();
      },
      changed: () => this.changed(),
      finished: (run) => {
        this.runs.delete(run.record.executionArn);
        this.changed();
      },
    };
  }

  /** Loads every persisted execution and resumes those that were RUNNING. */
  resumePersisted(): void {
    const records = this.options.store.loadAll(this.options.log);
    for (const record of records) {
      this.executions.set(record.executionArn, record);
      for (const token of record.tokens) this.tokens.add(record, token);
    }
    for (const record of records.filter((r) => r.status === 'RUNNING')) {
      const machine = this.machines.get(record.stateMachineArn);
      if (!machine) {
        this.options.log(`stepfunctions: cannot resume ${record.executionArn}: its state machine is not configured`);
        continue;
      }
      this.launch(record, machine);
    }
  }

  startExecution(request: { stateMachineArn: string; name?: string; input?: string }): { executionArn: string; startDate: number } {
    const machine = this.requireMachine(request.stateMachineArn);
    const name = request.name ?? randomUUID();
    validateName(name);
    const input = request.input ?? '{}';
    const parsed = tryParseJson(input);
    if (!parsed || input.length > MAX_PAYLOAD_CHARS) throw new StepFunctionsApiError('InvalidExecutionInput', 'Invalid State Machine Execution Input');
    const executionArn = `${machine.arn.replace(':stateMachine:', ':execution:')}:${name}`;

    const existing = this.executions.get(executionArn);
    if (existing) {
      // AWS makes StartExecution idempotent only for a RUNNING execution started with the same input.
      if (existing.status === 'RUNNING' && existing.input === input) return { executionArn, startDate: existing.startDate };
      throw new StepFunctionsApiError('ExecutionAlreadyExists', `Execution Already Exists: '${executionArn}'`);
    }

    const record: ExecutionRecord = {
      formatVersion: 1,
      executionArn,
      stateMachineArn: machine.arn,
      name,
      status: 'RUNNING',
      input,
      startDate: Date.now(),
      tokens: [],
      history: [],
    };
    appendEvent(record.history, 'ExecutionStarted', details.executionStarted(input, machine.config.roleArn), record.startDate);
    this.options.store.save(record);
    this.executions.set(executionArn, record);
    this.options.log(`stepfunctions: started ${executionArn}`);
    this.launch(record, machine);
    return { executionArn, startDate: record.startDate };
  }

  describeExecution(executionArn: string): ExecutionRecord {
    return this.requireExecution(executionArn);
  }

  listExecutions(request: { stateMachineArn: string; statusFilter?: ExecutionStatus; maxResults?: number; nextToken?: string }): {
    executions: ExecutionRecord[];
    nextToken?: string;
  } {
    this.requireMachine(request.stateMachineArn);
    const matching = [...this.executions.values()]
      .filter((e) => e.stateMachineArn === request.stateMachineArn && (!request.statusFilter || e.status === request.statusFilter))
      .sort((a, b) => b.startDate - a.startDate);
    const { page, nextToken } = paginate(matching, request.maxResults, request.nextToken);
    return nextToken ? { executions: page, nextToken } : { executions: page };
  }

  executionHistory(executionArn: string, page: HistoryPageRequest): ReturnType<typeof historyPage> {
    return historyPage(this.requireExecution(executionArn).history, page);
  }

  stopExecution(executionArn: string, error?: string, cause?: string): { stopDate: number } {
    const record = this.requireExecution(executionArn);
    this.runs.get(executionArn)?.stop(error, cause);
    return { stopDate: record.stopDate ?? Date.now() };
  }

  sendTaskSuccess(taskToken: string, output: string): void {
    const { execution } = this.requireLiveToken(taskToken);
    if (!tryParseJson(output) || output.length > MAX_PAYLOAD_CHARS) throw new StepFunctionsApiError('InvalidOutput', 'Invalid Output');
    this.tokens.answer(taskToken, { kind: 'success', output });
    // Persisted before we answer 200: an accepted answer survives a crash.
    this.host.save(execution);
  }

  sendTaskFailure(taskToken: string, error?: string, cause?: string): void {
    const { execution } = this.requireLiveToken(taskToken);
    this.tokens.answer(taskToken, { kind: 'failure', error, cause });
    this.host.save(execution);
  }

  /** HeartbeatSeconds is not enforced locally; a heartbeat only checks the token. */
  sendTaskHeartbeat(taskToken: string): void {
    this.requireLiveToken(taskToken);
  }

  listStateMachines(maxResults?: number, nextToken?: string): { stateMachines: CompiledStateMachine[]; nextToken?: string } {
    const { page, nextToken: next } = paginate([...this.machines.values()], maxResults, nextToken);
    return next ? { stateMachines: page, nextToken: next } : { stateMachines: page };
  }

  describeStateMachine(stateMachineArn: string): CompiledStateMachine {
    return this.requireMachine(stateMachineArn);
  }

  /** Resolves when every RUNNING execution is waiting on a task token and nothing else. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.add(resolve));
  }

  /** Detaches every run; RUNNING executions stay as persisted and resume on the next start. */
  close(): void {
    for (const run of this.runs.values()) run.detach();
    this.runs.clear();
    this.changed();
  }

  private launch(record: ExecutionRecord, machine: CompiledStateMachine): void {
    const run = new ExecutionRun(record, machine, this.host);
    this.runs.set(record.executionArn, run);
    run.begin();
  }

  private isIdle(): boolean {
    return [...this.runs.values()].every((run) => run.isWaitingOnTaskTokenOnly());
  }

  private changed(): void {
    if (this.idleWaiters.size === 0 || !this.isIdle()) return;
    const waiters = [...this.idleWaiters];
    this.idleWaiters.clear();
    for (const resolve of waiters) resolve();
  }

  private requireMachine(stateMachineArn: string): CompiledStateMachine {
    if (!/^arn:aws[a-z-]*:states:[a-z0-9-]+:\d{12}:stateMachine:.+/.test(stateMachineArn)) {
      throw new StepFunctionsApiError('InvalidArn', `Invalid Arn: '${stateMachineArn}'`);
    }
    const machine = this.machines.get(stateMachineArn);
    if (!machine) throw new StepFunctionsApiError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${stateMachineArn}'`);
    return machine;
  }

  private requireExecution(executionArn: string): ExecutionRecord {
    if (!/^arn:aws[a-z-]*:states:[a-z0-9-]+:\d{12}:execution:[^:]+:.+/.test(executionArn)) {
      throw new StepFunctionsApiError('InvalidArn', `Invalid Arn: '${executionArn}'`);
    }
    const record = this.executions.get(executionArn);
    if (!record) throw new StepFunctionsApiError('ExecutionDoesNotExist', `Execution Does Not Exist: '${executionArn}'`);
    return record;
  }

  /**
   * InvalidToken for something that is not a token, TaskDoesNotExist for a
   * token never issued, TaskTimedOut for one whose task already ended (timed
   * out, answered, failed or its execution stopped), as AWS answers.
   */
  private requireLiveToken(taskToken: string): { execution: ExecutionRecord; record: TokenRecord } {
    if (!isWellFormedTaskToken(taskToken)) throw new StepFunctionsApiError('InvalidToken', 'Invalid Token');
    const found = this.tokens.find(taskToken);
    if (!found) throw new StepFunctionsApiError('TaskDoesNotExist', 'Task Does Not Exist');
    if (found.record.status !== 'waiting' || found.execution.status !== 'RUNNING') {
      throw new StepFunctionsApiError('TaskTimedOut', 'Task Timed Out');
    }
    return found;
  }
}

function validateName(name: string): void {
  if (name.length < 1 || name.length > 80 || INVALID_NAME_CHARS.test(name)) {
    throw new StepFunctionsApiError('InvalidName', `Invalid Name: '${name}'`);
  }
}
