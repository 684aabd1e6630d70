// Public contract of the local Step Functions stand-in (re-exported by index.ts).
import type { LoggingConfiguration } from '@aws-sdk/client-sfn';

export interface LocalStateMachine {
  name: string;
  arn: string;
  /** ASL in JSONPath; JSONata is refused at startup. */
  definition: Record<string, unknown>;
  roleArn: string;
  type?: 'STANDARD';
  /** Echoed by DescribeStateMachine. @default { level: 'OFF', includeExecutionData: false } */
  loggingConfiguration?: LoggingConfiguration;
}

/** FunctionError set ('Unhandled') when the handler threw; Payload is then {errorType, errorMessage, trace?}. */
export interface LambdaInvokeResult {
  Payload: unknown;
  FunctionError?: string;
}

/** `action` is the API name (PutItem), `parameters` the resolved Parameters in DynamoDB JSON. */
export type DynamoDbCaller = (action: string, parameters: unknown) => Promise<unknown>;

export type LambdaInvoker = (functionNameOrArn: string, payload: unknown) => Promise<LambdaInvokeResult>;

export interface StepFunctionsServerOptions {
  /** 0 = pick a free one. */
  port: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Executions persist under <dataDir>/stepfunctions/. */
  dataDir: string;
  region: string;
  accountId: string;
  stateMachines: LocalStateMachine[];
  invokeLambda: LambdaInvoker;
  /** Runs a DynamoDB API call for `dynamodb:*` service integrations (e.g. PutItem); throws the service's error. */
  callDynamoDb?: DynamoDbCaller;
  /** If set, every Retry waits this long instead of IntervalSeconds (fast local/test runs). */
  retryIntervalMs?: number;
  /** Receives names, ARNs and states only, never execution input or output. */
  log?: (msg: string) => void;
}

export interface StepFunctionsServer {
  url: string;
  port: number;
  close(): Promise<void>;
  /** Resolves when no execution is RUNNING except those waiting on a task token. */
  idle(): Promise<void>;
}
