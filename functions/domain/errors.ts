// Domain errors. Their `name` is what Step Functions sees as the error type, so
// the state machine's Retry can name `TransientError` and nothing else retries.

/** Worth retrying: throttling, a 5xx, a race another attempt is finishing. */
export class TransientError extends Error {
  override readonly name = 'TransientError';
}

/**
 * The mail provider is throttling (a sending-rate limit): retried like a transient error but with
 * a longer backoff that outlasts the rate window (workflows/complaint-workflow.ts).
 */
export class MailThrottledError extends Error {
  override readonly name = 'MailThrottled';
}

export class CaseNotFoundError extends Error {
  override readonly name = 'CaseNotFoundError';
}

export class IllegalTransitionError extends Error {
  override readonly name = 'IllegalTransitionError';
}

export class RateLimitedError extends Error {
  override readonly name = 'RateLimitedError';
}

export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
}

export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}

/**
 * An Idempotency-Key sent again with a different complaint than the one it
 * opened. Answered with 422 (as the IETF Idempotency-Key draft asks): replaying
 * the first case would drop the second complaint without a word.
 */
export class IdempotencyKeyReusedError extends Error {
  override readonly name = 'IdempotencyKeyReusedError';

  constructor(
    /** The case the key opened; for logs, never for the caller, who may not own it. */
    readonly caseId: string,
  ) {
    super('This Idempotency-Key was already used for another complaint. Send this complaint with a new key.');
  }
}

/**
 * Input that passed its schema but fails a rule only the stored record can check (an amount
 * beyond its asset's precision, a lowered amount that is not lower). Answered with 400 and
 * `fieldErrors`, like a schema failure, so the form can mark the field.
 */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';

  constructor(
    message: string,
    readonly fieldErrors: Readonly<Record<string, readonly string[]>>,
  ) {
    super(message);
  }
}
