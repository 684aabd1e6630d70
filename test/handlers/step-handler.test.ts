// Workflow steps on middy (functions/handlers/shared/step-handler.ts): the
// payload is validated, logs carry the case and the step for that invocation
// only, and a failure reaches the state machine under the name its Retry
// expects: TransientError for what is worth retrying, MailThrottled as itself,
// anything else unchanged (permanent, caught into needs-attention). And the
// classify step's ClassifierFallback metric is written once per use, with
// logMetrics flushing nothing more after it.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import { CaseIdSchema } from '../../functions/domain/case/case-id';
import { MailThrottledError, TransientError } from '../../functions/domain/errors';
import { logger } from '../../functions/handlers/shared/powertools';
import { stepHandler } from '../../functions/handlers/shared/step-handler';
import { lambdaContext } from '../support/api-gateway-event';

jest.mock('../../functions/domain/use-cases/classify-case', () => ({ classifyCase: jest.fn() }));

const CASE_ID = `c${'f'.repeat(31)}`;
const sdkError = (name: string, extra: object = {}) => Object.assign(new Error(`${name} from the SDK`), { name, ...extra });

/** A step whose use case fails with `failure` (or succeeds), counting its runs. */
function stepFailingWith(failure?: () => unknown) {
  const runs: unknown[] = [];
  const handler = stepHandler('acknowledge', z.object({ caseId: CaseIdSchema, count: z.number().default(1) }), async (input) => {
    runs.push(input);
    if (failure) throw failure();
    return { done: true, count: input.count };
  });
  return { handler: (event: unknown) => handler(event, lambdaContext('AcknowledgeFn')), runs };
}

/** Powertools' JSON log lines (and metrics' EMF lines) written while `act` runs; `raw` has every line. */
async function written(act: () => Promise<unknown>): Promise<Record<string, any>[] & { raw: string }> {
  const lines: string[] = [];
  const spies = [process.stdout, process.stderr].map((stream) =>
    jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true)),
  );
  try {
    await act().catch(() => undefined);
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return Object.assign(
    lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, any>),
    { raw: lines.join('') },
  );
}

// Quiet by default: the tests that read the logs say so.
beforeEach(() => {
  jest.spyOn(logger, 'info').mockImplementation(() => undefined);
  jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  jest.restoreAllMocks();
});

describe('a workflow step', () => {
  it('runs the use case on the payload its schema parsed, defaults applied', async () => {
    const { handler } = stepFailingWith();
    await expect(handler({ caseId: CASE_ID })).resolves.toEqual({ done: true, count: 1 });
  });

  it('refuses a payload its schema does not take, as a permanent error, without running the use case', async () => {
    const { handler, runs } = stepFailingWith();
    await expect(handler({ caseId: 'not-a-case' })).rejects.toMatchObject({ name: 'ZodError' });
    expect(runs).toEqual([]);
  });

  it('logs with the Lambda context, the case and the step, and keeps the case out of the next invocation', async () => {
    // Prepare
    jest.restoreAllMocks();
    const { handler } = stepFailingWith();
    // Act
    const logs = await written(async () => {
      await handler({ caseId: CASE_ID });
      logger.info('between invocations');
    });
    // Assess
    expect(logs.find((l) => l.message === 'step done')).toMatchObject({
      caseId: CASE_ID,
      step: 'acknowledge',
      function_name: 'AcknowledgeFn',
      function_request_id: 'aws-req-1',
    });
    expect(logs.find((l) => l.message === 'between invocations')).not.toHaveProperty('caseId');
  });

  it.each([
    ['a throttled AWS call', () => sdkError('ThrottlingException'), 'TransientError', 'ThrottlingException in acknowledge'],
    ['an SDK error marked retryable', () => sdkError('SomethingOdd', { $retryable: {} }), 'TransientError', 'SomethingOdd in acknowledge'],
    ['a 5xx from a service', () => sdkError('InternalError', { $metadata: { httpStatusCode: 503 } }), 'TransientError', 'InternalError in acknowledge'],
    ['a dropped connection', () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'TransientError', 'Error in acknowledge'],
    ['a TransientError of the domain', () => new TransientError('the ledger is busy'), 'TransientError', 'the ledger is busy'],
    ['throttled mail, which keeps its own name for its longer backoff', () => new MailThrottledError('SES sending rate'), 'MailThrottled', 'SES sending rate'],
    ['anything else, which stays as it is (permanent)', () => new RangeError('bad amount'), 'RangeError', 'bad amount'],
  ])('names %s for the state machine', async (_what, failure, name, message) => {
    const { handler } = stepFailingWith(failure);
    await expect(handler({ caseId: CASE_ID })).rejects.toMatchObject({ name, message });
  });

  it('logs a failure by its name and kind, never its message', async () => {
    const { handler } = stepFailingWith(() => sdkError('ThrottlingException'));
    await handler({ caseId: CASE_ID }).catch(() => undefined);
    expect(logger.warn).toHaveBeenCalledWith('step failed', { errorName: 'ThrottlingException', transient: true });
  });
});

describe('the classify step', () => {
  it('writes one ClassifierFallback data point per fallback, and logMetrics flushes nothing more', async () => {
    // Prepare: the use case falls back once; the handler runs with its middlewares as on Lambda
    Object.assign(process.env, { TABLE_NAME: 'redress-cases', AWS_REGION: 'us-east-1' });
    const { classifyCase } = jest.requireMock<{ classifyCase: jest.Mock<(deps: { countFallback: (r: string) => void }) => Promise<unknown>> }>(
      '../../functions/domain/use-cases/classify-case',
    );
    classifyCase.mockImplementation(async (deps) => {
      deps.countFallback('model_not_found');
      return { category: 'fees_or_pricing' };
    });
    const { handler } = (await import('../../functions/handlers/classify')) as { handler: (event: unknown, context: Context) => Promise<unknown> };
    // Act
    const out = await written(() => handler({ caseId: CASE_ID }, lambdaContext('ClassifyFn')));
    // Assess
    const emf = out.filter((l) => '_aws' in l);
    expect(emf).toHaveLength(1);
    expect(emf[0]).toMatchObject({ reason: 'model_not_found', ClassifierFallback: 1 });
    expect(classifyCase).toHaveBeenCalledTimes(1);
    // Nothing stored was left to flush, and saying so is not worth a warning on every invocation.
    expect(out.raw).not.toContain('No application metrics to publish');
  });
});
