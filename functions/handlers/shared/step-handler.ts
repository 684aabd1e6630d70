// Wraps a workflow step: validates the state machine's payload, tags logs with
// the case id, and sorts failures into the two kinds the state machine knows.
// `TransientError` is retried with backoff; anything else is permanent and
// caught into needs-attention.
import { z } from 'zod';
import { MailThrottledError, TransientError } from '../../domain/errors';
import { logger } from './powertools';

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

export function stepHandler<S extends z.ZodType<{ caseId: string }>, O>(step: string, schema: S, run: (input: z.infer<S>) => Promise<O>) {
  return async (event: unknown): Promise<O> => {
    const input = schema.parse(event);
    logger.appendKeys({ caseId: input.caseId, step });
    try {
      const output = await run(input);
      logger.info('step done');
      return output;
    } catch (error) {
      const transient = isTransient(error);
      logger.warn('step failed', { errorName: (error as Error).name, transient });
      // Throttled mail keeps its own name: the state machine rides it out with a longer backoff.
      if (transient && !(error instanceof TransientError) && !(error instanceof MailThrottledError)) throw new TransientError(`${(error as Error).name} in ${step}`);
      throw error;
    } finally {
      logger.removeKeys(['caseId', 'step']);
    }
  };
}

export const CaseIdSchema = z.string().regex(/^c[0-9a-f]{31}$/);
