// Reads each state machine definition once, at startup. It refuses what this
// runner would execute wrongly (JSONata, variables, distributed Map, Task
// resources it cannot call, state names that repeat) and derives the copy that
// aws-local-stepfunctions runs. The copy differs only in how Task states get
// their input and timeout; `libraryTaskState` says why.
import './promise-with-resolvers';
import { StateMachine, type StateMachineDefinition } from 'aws-local-stepfunctions';
import { InvalidDefinitionError } from './errors';
import { isJsonObject, type JsonObject, type JsonValue } from './json';
import type { LocalStateMachine } from './types';

/** Node cannot arm a timer longer than 2^31-1 ms; longer Task timeouts are clamped to this. */
export const MAX_LOCAL_TIMEOUT_SECONDS = 2_147_483;

/** The `$$` key under which a run serves what the library cannot pass otherwise. */
export const RUNNER_CONTEXT_KEY = 'RedressLocal';
const TASK_TIMEOUT_PATH = `$$.${RUNNER_CONTEXT_KEY}.TaskTimeoutSeconds`;
const RESUME_INPUT_PATH = `$$.${RUNNER_CONTEXT_KEY}.ResumeInput`;
/** The Pass state a resumed run starts with; it never shows in history. */
export const RESUME_STATE_NAME = 'RedressLocal.Resume';

export type TaskKind = 'invoke' | 'invoke.waitForTaskToken' | 'function' | 'dynamodb:putItem.waitForTaskToken';

/** Callback kinds: the state waits for SendTaskSuccess/Failure after its resource returns. */
export const isCallbackKind = (kind: TaskKind) => kind.endsWith('.waitForTaskToken');

export interface TaskSpec {
  readonly stateName: string;
  readonly kind: TaskKind;
  readonly resource: string;
  readonly timeoutSeconds?: number;
  readonly timeoutSecondsPath?: string;
}

export interface StateInfo {
  readonly type: string;
  readonly topLevel: boolean;
  readonly node: JsonObject;
}

/** What a Task handler receives from the wrapper `libraryTaskState` puts around the real Parameters. */
export interface TaskRequest {
  /** The input the resource is called with (Parameters applied), as on AWS. */
  readonly taskInput: JsonValue;
  /** TimeoutSecondsPath resolved against the state's input, when the state has one. */
  readonly timeoutSecondsFromPath?: JsonValue;
}

const RESOURCE_PATTERNS: ReadonlyArray<[TaskKind, RegExp]> = [
  ['invoke', /^arn:aws[a-z-]*:states:::lambda:invoke$/],
  ['invoke.waitForTaskToken', /^arn:aws[a-z-]*:states:::lambda:invoke\.waitForTaskToken$/],
  ['function', /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$/],
  ['dynamodb:putItem.waitForTaskToken', /^arn:aws[a-z-]*:states:::(aws-sdk:)?dynamodb:putItem\.waitForTaskToken$/],
];

// Fields that only mean something in JSONata or with variables. The library
// ignores the first and fails on the second, so a definition using them would
// run differently here than on AWS.
const JSONATA_STATE_FIELDS = ['Arguments', 'Output', 'Assign', 'Items'];
const DISTRIBUTED_MAP_FIELDS = ['ItemReader', 'ItemBatcher', 'ResultWriter', 'ToleratedFailurePercentage', 'ToleratedFailureCount'];

export class CompiledStateMachine {
  readonly definitionString: string;
  readonly tasks: ReadonlyMap<string, TaskSpec>;
  readonly states: ReadonlyMap<string, StateInfo>;
  readonly retryStateNames: readonly string[];
  readonly executionTimeoutSeconds: number | undefined;
  private readonly libraryDefinition: JsonObject;
  private readonly freshMachine: StateMachine;

  constructor(
    readonly config: LocalStateMachine,
    warn: (msg: string) => void,
  ) {
    const fail = (detail: string): never => {
      throw new InvalidDefinitionError(config.name, detail);
    };
    const definition = config.definition;
    if (!isJsonObject(definition) || !isJsonObject(definition.States) || typeof definition.StartAt !== 'string') {
      fail('the definition needs StartAt and States');
    }
    const root = definition as JsonObject;
    const jsonata = findJsonataUse(root);
    if (jsonata) fail(`${jsonata}. Only JSONPath definitions run locally (aws-local-stepfunctions ignores JSONata and fails on variables).`);
    try {
      new StateMachine(root as unknown as StateMachineDefinition);
    } catch (e) {
      fail((e as Error).message);
    }

    const states = new Map<string, StateInfo>();
    const tasks = new Map<string, TaskSpec>();
    for (const { name, state, topLevel } of eachState(root, true)) {
      if (states.has(name) || name === RESUME_STATE_NAME) {
        fail(`state name '${name}' is used twice; locally Tasks are bound by state name, so names must be unique across branches and iterators`);
      }
      states.set(name, { type: String(state.Type), topLevel, node: state });
      const distributed = DISTRIBUTED_MAP_FIELDS.find((field) => field in state);
      if (state.Type === 'Map' && distributed) fail(`Map state '${name}' uses '${distributed}'; distributed Map does not run locally`);
      if (state.Type === 'Task') tasks.set(name, readTaskSpec(name, state, fail, warn));
    }

    this.states = states;
    this.tasks = tasks;
    this.retryStateNames = [...states].filter(([, info]) => Array.isArray(info.node.Retry) && info.node.Retry.length > 0).map(([name]) => name);
    this.executionTimeoutSeconds = typeof root.TimeoutSeconds === 'number' ? root.TimeoutSeconds : undefined;
    this.definitionString = JSON.stringify(definition);
    this.libraryDefinition = mapTaskStates(root, (name, state) => libraryTaskState(state, tasks.get(name)!));
    this.freshMachine = toLibraryMachine(this.libraryDefinition);
  }

  get name(): string {
    return this.config.name;
  }

  get arn(): string {
    return this.config.arn;
  }

  /** The machine for a new execution, from StartAt. */
  machineFromStart(): StateMachine {
    return this.freshMachine;
  }

  /**
   * The same States, entered at `stateName`. The library takes the run input as
   * $$.Execution.Input, so the run gets the execution's original input and a
   * first Pass state swaps in the saved input of `stateName`.
   */
  machineResumingAt(stateName: string, executionTimeoutSeconds: number | undefined): StateMachine {
    const states = this.libraryDefinition.States as JsonObject;
    const resumed: JsonObject = {
      ...this.libraryDefinition,
      StartAt: RESUME_STATE_NAME,
      States: { ...states, [RESUME_STATE_NAME]: { Type: 'Pass', InputPath: RESUME_INPUT_PATH, Next: stateName } },
    };
    if (executionTimeoutSeconds !== undefined) resumed.TimeoutSeconds = executionTimeoutSeconds;
    return toLibraryMachine(resumed);
  }
}

/** Splits what a Task handler receives back into the real task input and timeout. */
export function readTaskRequest(received: JsonValue): TaskRequest {
  const wrapper = isJsonObject(received) ? received : {};
  const taskInput = 'parameters' in wrapper ? wrapper.parameters : (wrapper.effectiveInput ?? null);
  return { taskInput, timeoutSecondsFromPath: wrapper.timeoutSeconds };
}

/**
 * The Task state the library runs. Two things differ from the definition:
 * - AWS reads TimeoutSecondsPath from the state's input; the library reads it
 *   from the Parameters output, where `$.timeoutSeconds` no longer exists. So
 *   the real Parameters move under a wrapper that also carries the state input
 *   and the resolved TimeoutSecondsPath (evaluated by the library's own JSONPath).
 * - The library arms its timer from `$$.RedressLocal.TaskTimeoutSeconds`, which
 *   the Task handler sets just before: the configured timeout, or after a
 *   restart the time left until the persisted deadline.
 */
function libraryTaskState(state: JsonObject, spec: TaskSpec): JsonObject {
  const copy: JsonObject = { ...state };
  delete copy.TimeoutSeconds;
  delete copy.TimeoutSecondsPath;
  const wrapper: JsonObject = { 'effectiveInput.$': '$' };
  if (state.Parameters !== undefined) wrapper.parameters = state.Parameters;
  if (spec.timeoutSecondsPath !== undefined) wrapper['timeoutSeconds.$'] = spec.timeoutSecondsPath;
  return { ...copy, Parameters: wrapper, TimeoutSecondsPath: TASK_TIMEOUT_PATH };
}

function readTaskSpec(name: string, state: JsonObject, fail: (detail: string) => never, warn: (msg: string) => void): TaskSpec {
  const resource = String(state.Resource);
  const kind = RESOURCE_PATTERNS.find(([, pattern]) => pattern.test(resource))?.[0];
  if (!kind) {
    fail(
      `Task '${name}' uses resource '${resource}'; locally only arn:aws:states:::lambda:invoke, lambda:invoke.waitForTaskToken, dynamodb:putItem.waitForTaskToken and Lambda function ARNs run`,
    );
  }
  if (kind !== 'function') {
    const parameters = state.Parameters;
    const isLambda = kind === 'invoke' || kind === 'invoke.waitForTaskToken';
    if (isLambda && (!isJsonObject(parameters) || !('FunctionName' in parameters || 'FunctionName.$' in parameters))) {
      fail(`Task '${name}' needs Parameters.FunctionName`);
    }
    if (!isLambda && (!isJsonObject(parameters) || !('TableName' in parameters) || !('Item' in parameters))) {
      fail(`Task '${name}' needs Parameters.TableName and Parameters.Item`);
    }
    if (isCallbackKind(kind!) && !JSON.stringify(parameters).includes('$$.Task.Token')) {
      fail(`Task '${name}' waits for a task token but its Parameters never pass $$.Task.Token`);
    }
  }
  const timeoutSeconds = typeof state.TimeoutSeconds === 'number' ? state.TimeoutSeconds : undefined;
  if (timeoutSeconds !== undefined && timeoutSeconds > MAX_LOCAL_TIMEOUT_SECONDS) {
    warn(`Task '${name}': TimeoutSeconds ${timeoutSeconds} is above what Node can time locally; it will time out after ${MAX_LOCAL_TIMEOUT_SECONDS} s`);
  }
  const timeoutSecondsPath = typeof state.TimeoutSecondsPath === 'string' ? state.TimeoutSecondsPath : undefined;
  return { stateName: name, kind: kind!, resource, timeoutSeconds, timeoutSecondsPath };
}

function findJsonataUse(root: JsonObject): string | undefined {
  if (root.QueryLanguage === 'JSONata') return 'its top-level QueryLanguage is JSONata';
  for (const { name, state } of eachState(root, true)) {
    if (state.QueryLanguage === 'JSONata') return `state '${name}' sets QueryLanguage to JSONata`;
    const field = JSONATA_STATE_FIELDS.find((f) => f in state);
    if (field) return `state '${name}' uses '${field}'`;
    const rules = [...asObjects(state.Choices), ...asObjects(state.Catch)];
    const ruleField = rules.flatMap((rule) => ['Condition', 'Assign', 'Output'].filter((f) => f in rule))[0];
    if (ruleField) return `state '${name}' has a Choice or Catch rule with '${ruleField}'`;
  }
  return undefined;
}

function asObjects(value: JsonValue | undefined): JsonObject[] {
  return Array.isArray(value) ? value.filter(isJsonObject) : [];
}

/** Branches of a Parallel state, or the iterator of a Map state. */
function childScopes(state: JsonObject): JsonObject[] {
  if (state.Type === 'Parallel') return asObjects(state.Branches);
  if (state.Type === 'Map') {
    const processor = state.ItemProcessor ?? state.Iterator;
    return isJsonObject(processor) ? [processor] : [];
  }
  return [];
}

function* eachState(scope: JsonObject, topLevel: boolean): Generator<{ name: string; state: JsonObject; topLevel: boolean }> {
  const states = isJsonObject(scope.States) ? scope.States : {};
  for (const [name, state] of Object.entries(states)) {
    if (!isJsonObject(state)) continue;
    yield { name, state, topLevel };
    for (const child of childScopes(state)) yield* eachState(child, false);
  }
}

function mapTaskStates(scope: JsonObject, rewrite: (name: string, state: JsonObject) => JsonObject): JsonObject {
  const states = isJsonObject(scope.States) ? scope.States : {};
  const mapped = Object.entries(states).map(([name, value]): [string, JsonValue] => {
    if (!isJsonObject(value)) return [name, value];
    let state = value.Type === 'Task' ? rewrite(name, value) : value;
    if (state.Type === 'Parallel') state = { ...state, Branches: asObjects(state.Branches).map((b) => mapTaskStates(b, rewrite)) };
    if (state.Type === 'Map') {
      const key = isJsonObject(state.ItemProcessor) ? 'ItemProcessor' : 'Iterator';
      const processor = state[key];
      if (isJsonObject(processor)) state = { ...state, [key]: mapTaskStates(processor, rewrite) };
    }
    return [name, state];
  });
  return { ...scope, States: Object.fromEntries(mapped) };
}

function toLibraryMachine(definition: JsonObject): StateMachine {
  // Already validated in its original form; the rewritten copy points
  // TimeoutSecondsPath at `$$`, which asl-validator's path check would reject.
  return new StateMachine(definition as unknown as StateMachineDefinition, { validationOptions: { noValidate: true } });
}
