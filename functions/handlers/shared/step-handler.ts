// Wraps a workflow step in middy: validates the state machine's payload (zod),
// tags logs with the case id and the step, and sorts failures into the two
// kinds the state machine knows. `TransientError` is retried with backoff;
// anything else is permanent and caught into needs-attention.
import type { MiddlewareObj, MiddyfiedHandler } from '@middy/core';
import type { z } from 'zod';
import { MailThrottledError, TransientError } from '../../domain/errors';
import { instrumented, logger } from './powertools';

const TRANSIENT_NAMES = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'InternalServerError',
  'InternalFailure',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'TimeoutError',
  'RequestTimeout',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ModelNotReadyException',
]);

export function isTransient(error: unknown): boolean {
  if (error instanceof TransientError) return true;
  const e = error as { name?: string; code?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number } };
  if (e?.$retryable) return true;
  if ((e?.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  return TRANSIENT_NAMES.has(e?.name ?? '') || TRANSIENT_NAMES.has(e?.code ?? '');
}

/** The payload, parsed by the step's schema (defaults and transforms applied); a payload that fails it is a permanent error. */
function validInput<S extends z.ZodType<{ caseId: string }>>(schema: S, step: string): MiddlewareObj<unknown> {
  return {
    before: (request) => {
      const input = schema.parse(request.event);
      request.event = input;
      // Dropped when the invocation ends (powertools' resetKeys).
      logger.appendKeys({ caseId: input.caseId, step });
    },
  };
}

/** Logs the step's outcome and names a failure for the state machine's Retry. */
function stepOutcome(step: string): MiddlewareObj<unknown> {
  return {
    after: () => {
      logger.info('step done');
    },
    onError: (request) => {
      const error = request.error;
      const transient = isTransient(error);
      logger.warn('step failed', { errorName: (error as Error).name, transient });
      // Throttled mail keeps its own name: the state machine rides it out with a longer backoff.
      if (transient && !(error instanceof TransientError) && !(error instanceof MailThrottledError))
        request.error = new TransientError(`${(error as Error).name} in ${step}`);
    },
  };
}

export function stepHandler<S extends z.ZodType<{ caseId: string }>, O>(
  step: string,
  schema: S,
  run: (input: z.infer<S>) => Promise<O>,
): MiddyfiedHandler<unknown, O> {
  return instrumented<unknown, O>((input) => run(input as z.infer<S>))
    .use(stepOutcome(step))
    .use(validInput(schema, step));
}
