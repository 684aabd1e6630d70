// Powertools singletons, created once per container. Logs carry ids, step
// names and error names — never an event, a request body or a case. Metrics
// carry counts and a reason, never a case id or anything a customer wrote.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { CLASSIFIER_FALLBACK_METRIC, type FallbackReason } from '../../domain/classification/fallback-reason';

export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'redress' });

export const metrics = new Metrics({ namespace: CLASSIFIER_FALLBACK_METRIC.namespace, serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'redress' });

/** One ClassifierFallback data point, dimensioned by its reason (and the service), written at once. */
export function countClassifierFallback(reason: FallbackReason): void {
  const point = metrics.singleMetric();
  point.addDimension('reason', reason);
  point.addMetric(CLASSIFIER_FALLBACK_METRIC.name, MetricUnit.Count, 1);
}
