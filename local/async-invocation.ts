// Lambda's asynchronous invocation, locally: the event is tried once plus the function's
// MaximumRetryAttempts (from its EventInvokeConfig in the cloud assembly, Lambda's default of 2
// without one), and when every attempt failed a record of it goes to the on-failure destination
// in the shape Lambda writes, so a redrive reads the same record locally as on AWS.
import { randomUUID } from 'node:crypto';
import type { AsyncInvokeConfig } from './cloud-assembly';

export interface AsyncInvoker {
  /** Resolves once the event was handled or its failure recorded; never rejects for the function's error. */
  (functionName: string, event: unknown): Promise<void>;
}

/** The record Lambda sends to an on-failure destination when an event's retries are exhausted. */
export interface FailureRecord {
  readonly version: '1.0';
  readonly timestamp: string;
  readonly requestContext: {
    readonly requestId: string;
    readonly functionArn: string;
    readonly condition: 'RetriesExhausted';
    readonly approximateInvokeCount: number;
  };
  readonly requestPayload: unknown;
  readonly responseContext: { readonly statusCode: number; readonly executedVersion: string; readonly functionError: string };
  readonly responsePayload: unknown;
}

export function createAsyncInvoker(opts: {
  readonly configs: readonly AsyncInvokeConfig[];
  readonly functionArn: (functionName: string) => string | undefined;
  readonly invoke: (functionName: string, event: unknown) => Promise<{ FunctionError?: string; Payload: unknown }>;
  readonly sendToQueue: (queueName: string, body: string) => void;
  readonly log: (line: string) => void;
}): AsyncInvoker {
  return async (functionName, event) => {
    const config = opts.configs.find((c) => c.functionName === functionName);
    const attempts = 1 + (config?.maximumRetryAttempts ?? 2);
    const requestId = randomUUID();
    let last: { FunctionError?: string; Payload: unknown } = { Payload: null };
    for (let attempt = 1; attempt <= attempts; attempt++) {
      last = await opts.invoke(functionName, event);
      if (!last.FunctionError) return;
      // The error's type only: its message may quote what the function was reading.
      opts.log(
        `${functionName} failed an async invocation (attempt ${attempt} of ${attempts}): ${String((last.Payload as { errorType?: unknown } | null)?.errorType ?? last.FunctionError)}`,
      );
    }
    if (!config?.onFailureQueue) {
      opts.log(`${functionName}: an async event failed every attempt and was dropped (no on-failure destination)`);
      return;
    }
    const record: FailureRecord = {
      version: '1.0',
      timestamp: new Date().toISOString(),
      requestContext: {
        requestId,
        functionArn: `${opts.functionArn(functionName) ?? functionName}:$LATEST`,
        condition: 'RetriesExhausted',
        approximateInvokeCount: attempts,
      },
      requestPayload: event,
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: last.FunctionError ?? 'Unhandled' },
      responsePayload: last.Payload,
    };
    opts.sendToQueue(config.onFailureQueue, JSON.stringify(record));
    opts.log(`${functionName}: an async event failed every attempt; its record is in the ${config.onFailureQueue} queue`);
  };
}
