// Domain errors. Their `name` is what Step Functions sees as the error type, so
// the state machine's Retry can name `TransientError` and nothing else retries.

/** Worth retrying: throttling, a 5xx, a race another attempt is finishing. */
export class TransientError extends Error {
  override readonly name = 'TransientError';
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
