// Powertools singletons, created once per container, and the middy middlewares
// that give every handler the Lambda context in its logs (request id, cold
// start) and flush its metrics. Logs carry ids, step names and error names —
// never an event, a request body or a case. Metrics carry counts and a reason,
// never a case id or anything a customer wrote.
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy, { type MiddlewareObj, type MiddyfiedHandler } from '@middy/core';
import type { Context } from 'aws-lambda';
import { CLASSIFIER_FALLBACK_METRIC, type FallbackReason } from '../../domain/classification/fallback-reason';

export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'redress' });

const text = (content: unknown[]) => content.map(String).join(' ');

/**
 * logMetrics flushes after every invocation and warns when there was nothing to flush, which
 * for most handlers is every invocation: that note goes to debug. Metrics' other warnings (a
 * bad dimension, a skipped metric) stay warnings, in the same structured log as the rest.
 */
const metricsLog = {
  debug: (...content: unknown[]) => logger.debug(text(content)),
  info: (...content: unknown[]) => logger.info(text(content)),
  warn: (...content: unknown[]) => (text(content).startsWith('No application metrics to publish') ? logger.debug(text(content)) : logger.warn(text(content))),
  error: (...content: unknown[]) => logger.error(text(content)),
};

export const metrics = new Metrics({
  namespace: CLASSIFIER_FALLBACK_METRIC.namespace,
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'redress',
  logger: metricsLog,
});

/** One ClassifierFallback data point, dimensioned by its reason (and the service), written at once. */
export function countClassifierFallback(reason: FallbackReason): void {
  const point = metrics.singleMetric();
  point.addDimension('reason', reason);
  point.addMetric(CLASSIFIER_FALLBACK_METRIC.name, MetricUnit.Count, 1);
}

/**
 * The outermost middlewares of every handler: the Lambda context into the logger (keys a
 * handler appends are dropped when the invocation ends, so none leaks into the next), and
 * stored metrics flushed when it ends, whether it returned or threw.
 */
export const powertools = (): MiddlewareObj[] => [injectLambdaContext(logger, { resetKeys: true }), logMetrics(metrics)];

/**
 * A handler on middy with the Powertools middlewares outermost; the HTTP edge and the step
 * wrapper add theirs inside. middy's early timeout is off: Lambda's own timeout stays the one
 * that fires (Sandbox.Timedout, which the state machine retries like any crash).
 */
export function instrumented<E, R>(handler: (event: E, context: Context) => Promise<R>): MiddyfiedHandler<E, R> {
  return middy<E, R>(handler, { timeoutEarlyInMillis: 0 }).use(powertools());
}
