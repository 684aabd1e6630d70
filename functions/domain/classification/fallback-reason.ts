// Why a classifier's answer was not used: one vocabulary for the case record,
// its timeline and the ClassifierFallback metric the alarms watch. Read from
// the error's name (the SDK's exception names), never from its message alone.

/** The CloudWatch metric each fallback adds one to, with `reason` as its dimension. */
export const CLASSIFIER_FALLBACK_METRIC = { namespace: 'Redress', name: 'ClassifierFallback' } as const;

export const FALLBACK_REASONS = [
  'invalid_output',
  'throttled',
  'timeout',
  'model_not_found',
  'access_denied',
  'validation',
  'service_error',
  'classifier_error',
] as const;
export type FallbackReason = (typeof FALLBACK_REASONS)[number];

const BY_ERROR_NAME: Readonly<Record<string, FallbackReason>> = {
  ZodError: 'invalid_output',
  InvalidModelOutputError: 'invalid_output',
  ThrottlingException: 'throttled',
  ServiceQuotaExceededException: 'throttled',
  ModelTimeoutException: 'timeout',
  TimeoutError: 'timeout',
  RequestTimeout: 'timeout',
  // A retired model, or a Legacy one the account has not used lately, on Converse.
  ResourceNotFoundException: 'model_not_found',
  AccessDeniedException: 'access_denied',
  ValidationException: 'validation',
  ModelNotReadyException: 'service_error',
  ModelErrorException: 'service_error',
  InternalServerException: 'service_error',
  ServiceUnavailableException: 'service_error',
};

/** Some retired models are refused as invalid input rather than as missing. */
const RETIRED_MODEL = /model identifier is invalid|end of (its )?life/i;

export function fallbackReasonOf(error: unknown): FallbackReason {
  const { name, message } = (error ?? {}) as { name?: string; message?: string };
  if (name === 'ValidationException' && RETIRED_MODEL.test(message ?? '')) return 'model_not_found';
  return BY_ERROR_NAME[name ?? ''] ?? 'classifier_error';
}
