// Refusals that belong to HTTP rather than to the domain: a body the edge
// cannot read or a schema refuses, a path that names nothing, a caller without
// a session, a method the resource does not have. The edge's error handler
// (http-edge.ts) answers them beside the domain's own errors (domain/errors.ts).

/** Messages by field; `_body` for what concerns the whole request. */
export type FieldErrors = Readonly<Record<string, readonly string[]>>;

/** 400: the request cannot be read, or its content fails the route's schema. */
export class BadRequestError extends Error {
  override readonly name = 'BadRequestError';

  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

/** 401: a signed-in route reached without the authorizer's claims. */
export class UnauthorizedError extends Error {
  override readonly name = 'UnauthorizedError';

  constructor() {
    super('Unauthorized');
  }
}

/** 404: nothing is at this path (an id that cannot exist, a resource the API does not have). */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';

  constructor(message = 'Not found') {
    super(message);
  }
}

/** 405: the resource exists, the method does not. */
export class MethodNotAllowedError extends Error {
  override readonly name = 'MethodNotAllowedError';

  constructor(readonly allowed: readonly string[]) {
    super('Method not allowed');
  }
}
