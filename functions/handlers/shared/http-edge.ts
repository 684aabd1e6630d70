// The one HTTP edge. Each API (complaint form, satisfaction answers, staff
// console) is a route table handed to httpApi, which wraps it in the same middy
// middlewares: Powertools context and metrics, header normalising, content
// negotiation, security headers, JSON and form body parsing, and one error
// handler that answers the domain's typed errors with a status code and one
// shape, `{ message, errors? }` (or the route's page, where it has one and the
// browser asked for HTML). A route's handler only picks the use case.
import middy, { type MiddlewareObj, type MiddyfiedHandler, type Request } from '@middy/core';
import httpContentNegotiation from '@middy/http-content-negotiation';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import httpRouterHandler from '@middy/http-router';
import httpSecurityHeaders from '@middy/http-security-headers';
import httpUrlencodeBodyParser from '@middy/http-urlencode-body-parser';
import type { Context } from 'aws-lambda';
import type { z } from 'zod';
import {
  CaseNotFoundError,
  ConflictError,
  ForbiddenError,
  IdempotencyKeyReusedError,
  IllegalTransitionError,
  InvalidInputError,
  RateLimitedError,
} from '../../domain/errors';
import { fieldErrorsOf } from '../../domain/intake/complaint-schema';
import { isLateAnswer } from '../../domain/use-cases/complete-task';
import { html, json, newNonce, type HttpEvent, type HttpResult } from './http';
import { BadRequestError, MethodNotAllowedError, NotFoundError, UnauthorizedError, type FieldErrors } from './http-errors';
import { instrumented, logger } from './powertools';

export type HttpMethod = 'GET' | 'POST';

/** What a route's handler gets: the event as API Gateway sent it, and what the edge read from it. */
export interface HttpRequest {
  readonly event: HttpEvent;
  /** The body's fields, from JSON or a form post; empty on a route without a body. */
  readonly fields: Record<string, unknown>;
  /** The body was a form post (every field a string), not JSON. */
  readonly form: boolean;
  /** The client prefers a page to JSON (its Accept header, negotiated). */
  readonly wantsHtml: boolean;
}

/** How a route words and shows a refused request (400, 422). */
export interface Refusal {
  /** The summary every 400 from this route carries, in place of the error's own message. */
  readonly message?: string;
  /** The page a client that prefers HTML gets for a 400 or 422, instead of JSON. */
  readonly page?: (errors: FieldErrors, nonce: string) => string;
}

type Answer = Promise<HttpResult> | HttpResult;

interface RouteShape {
  readonly method: HttpMethod;
  /** The API Gateway resource, as the API defines it: `/api/cases/{caseId}`. */
  readonly resource: string;
  /** Reads a JSON or form-encoded body into `fields`. @default false */
  readonly body?: boolean;
  /** @default the error's own message, as JSON */
  readonly refusal?: Refusal;
}

/** Anyone may call it (API Gateway has no authorizer on it). */
export interface PublicRoute extends RouteShape {
  readonly access: 'public';
  readonly handler: (request: HttpRequest) => Answer;
}

/** API Gateway's authorizer admits only a signed-in caller; without the claims it passes, the edge answers 401. */
export interface SignedInRoute<C> extends RouteShape {
  readonly access: 'signed-in';
  readonly handler: (request: HttpRequest, caller: C) => Answer;
}

export type HttpRoute<C = never> = PublicRoute | SignedInRoute<C>;

export interface HttpApiOptions<C> {
  readonly routes: readonly HttpRoute<C>[];
  /** Who is calling, from what the authorizer passed; required when any route is signed-in. */
  readonly caller?: (event: HttpEvent) => C | undefined;
}

type NegotiatedContext = Context & { preferredMediaType?: string };

const MAX_BODY = 64 * 1024;
const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';

/** Throws the schema's complaints as a 400 with field errors, worded by `message`. */
export function validBody<S extends z.ZodType>(schema: S, fields: unknown, message: string): z.infer<S> {
  const parsed = schema.safeParse(fields);
  if (!parsed.success) throw new BadRequestError(message, fieldErrorsOf(parsed.error));
  return parsed.data;
}

/**
 * Builds one API's Lambda handler from its route table. Fails at setup (on the first import,
 * so a bad deploy fails at once) when two routes claim the same method and resource, or a
 * signed-in route has no way to know its caller.
 */
export function httpApi<C = never>(options: HttpApiOptions<C>): MiddyfiedHandler<HttpEvent, HttpResult> {
  const seen = new Set<string>();
  for (const route of options.routes) {
    const key = `${route.method} ${route.resource}`;
    if (seen.has(key)) throw new Error(`Two routes for ${key}`);
    seen.add(key);
    if (route.access === 'signed-in' && !options.caller) throw new Error(`${key} is signed-in, but the API has no caller`);
  }
  const chains = new Map(options.routes.map((route) => [route, routeChain(route, options.caller)] as const));

  // @middy/http-router matches a REST event's `path`. Behind a custom domain, `path` carries the
  // base path mapping's prefix (/v1/api/cases/c…) and would match nothing; `resource` is always
  // the template this API defines (/api/cases/{caseId}), and API Gateway has already matched it.
  // So the router is handed the resource in place of the path (a template matches its own
  // pattern) and only picks the route; the edge then runs the route with the event exactly as
  // API Gateway sent it, path parameters included, rather than with a copy whose path is not a path.
  // (The router's handlers return the route instead of an answer, hence its loose types here.)
  const pickRoute = httpRouterHandler<any, any>({
    routes: options.routes.map((route) => ({ method: route.method, path: route.resource, handler: async () => route })),
    notFoundResponse: ({ path }) => {
      const allowed = options.routes.filter((r) => r.resource === path).map((r) => r.method);
      throw allowed.length ? new MethodNotAllowedError(allowed) : new NotFoundError();
    },
  }) as unknown as (event: { httpMethod: string; path: string }, context: Context) => Promise<HttpRoute<C>>;

  const dispatch = async (event: HttpEvent, context: Context): Promise<HttpResult> => {
    if (!event.resource || !event.httpMethod) throw new NotFoundError();
    const route = await pickRoute({ httpMethod: event.httpMethod, path: event.resource }, context);
    return chains.get(route)!(event, context);
  };

  return instrumented(dispatch)
    .use(responseHeaders)
    .use(securityHeaders())
    .use(httpHeaderNormalizer())
    .use(
      httpContentNegotiation({
        parseCharsets: false,
        parseEncodings: false,
        parseLanguages: false,
        availableMediaTypes: [JSON_TYPE, 'text/html'],
        failOnMismatch: false,
      }),
    )
    .use(errorResponses());
}

/** The middlewares of one route, inside the edge's: the caller check, then the body, then the route's own wording of refusals. */
function routeChain<C>(route: HttpRoute<C>, caller: HttpApiOptions<C>['caller']): MiddyfiedHandler<HttpEvent, HttpResult> {
  const run = async (event: HttpEvent, context: NegotiatedContext): Promise<HttpResult> => {
    const request: HttpRequest = {
      event,
      fields: route.body ? (event.body as unknown as Record<string, unknown>) : {},
      form: route.body === true && event.headers['content-type'] === FORM_TYPE,
      wantsHtml: context.preferredMediaType === 'text/html',
    };
    if (route.access === 'public') return route.handler(request);
    // signedIn has refused a request without a caller already; asked again, the type knows it too.
    const who = caller?.(event);
    if (who === undefined) throw new UnauthorizedError();
    return route.handler(request, who);
  };
  const chain = middy<HttpEvent, HttpResult>(run, { timeoutEarlyInMillis: 0 });
  // A caller without a session is refused before anything of the request is read.
  if (route.access === 'signed-in') chain.use(signedIn(caller!));
  if (route.body) chain.use(requestBody());
  return chain.use(errorResponses(route.refusal));
}

function signedIn<C>(caller: (event: HttpEvent) => C | undefined): MiddlewareObj<HttpEvent, HttpResult> {
  return {
    before: ({ event }) => {
      if (caller(event) === undefined) throw new UnauthorizedError();
    },
  };
}

/**
 * The body as JSON or a form post, through middy's parsers. Around them, what this API has
 * always promised: at most 64 KiB, JSON when no type is given, the media type read
 * case-insensitively (the parsers match it case-sensitively, so it is written back in lower
 * case), a JSON body that is an object, and one value per form field (the last, as a browser's
 * URLSearchParams keeps it).
 */
function requestBody(): MiddlewareObj<HttpEvent, HttpResult>[] {
  const gate: MiddlewareObj<HttpEvent, HttpResult> = {
    before: ({ event }) => {
      const raw = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body) : '';
      if (raw.length > MAX_BODY) throw bodyError('Request body is too large');
      const headers = (event.headers ??= {});
      const type = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() || JSON_TYPE;
      if (type !== JSON_TYPE && type !== FORM_TYPE)
        throw bodyError(`Unsupported content type ${type}; send application/json or application/x-www-form-urlencoded`);
      if (type === JSON_TYPE && !raw.trim()) throw bodyError('Request body is empty');
      headers['content-type'] = type;
    },
  };
  const shape: MiddlewareObj<HttpEvent, HttpResult> = {
    before: ({ event }) => {
      const body = event.body as unknown;
      if (event.headers['content-type'] === JSON_TYPE) {
        if (!body || typeof body !== 'object' || Array.isArray(body)) throw bodyError('Request body must be a JSON object');
        return;
      }
      const fields = Object.entries(body as Record<string, string | string[]>).map(([k, v]) => [k, Array.isArray(v) ? v.at(-1) : v]);
      (event as { body: unknown }).body = Object.fromEntries(fields);
    },
  };
  return [
    gate,
    httpJsonBodyParser({ disableContentTypeError: true }) as MiddlewareObj<HttpEvent, HttpResult>,
    httpUrlencodeBodyParser({ disableContentTypeError: true }) as unknown as MiddlewareObj<HttpEvent, HttpResult>,
    shape,
  ];
}

const bodyError = (message: string) => new BadRequestError(message, { _body: [message] });

/**
 * The body as every route with one reads it, for tests that hold a limit (the WAF's) against
 * the API's own reading. Throws what the edge would answer with a 400.
 */
export const readRequestBody = async (event: HttpEvent): Promise<{ fields: Record<string, unknown>; form: boolean }> =>
  middy<HttpEvent, { fields: Record<string, unknown>; form: boolean }>(async (e: HttpEvent) => ({
    fields: e.body as unknown as Record<string, unknown>,
    form: e.headers['content-type'] === FORM_TYPE,
  }))
    .use(httpHeaderNormalizer())
    .use(requestBody() as unknown as MiddlewareObj<HttpEvent>[])(structuredClone(event), {} as Context);

// ---------------------------------------------------------------------------
// Errors to answers
// ---------------------------------------------------------------------------

interface Problem {
  readonly status: number;
  readonly message: string;
  readonly errors?: FieldErrors;
  readonly headers?: Record<string, string>;
}

/** middy's body parsers refuse with 415 what this API has always refused with a 400 and its own words. */
const PARSER_REFUSALS: Record<string, string> = {
  '@middy/http-json-body-parser': 'Request body is not valid JSON',
  '@middy/http-urlencode-body-parser': 'Request body is not a valid form',
};

/** The one table of typed errors and their answers; anything else is not ours to answer (Lambda reports it, API Gateway answers 502). */
export function problemOf(error: unknown): Problem | undefined {
  if (error instanceof BadRequestError) return { status: 400, message: error.message, errors: error.fieldErrors };
  if (error instanceof InvalidInputError) return { status: 400, message: error.message, errors: error.fieldErrors };
  if (error instanceof UnauthorizedError) return { status: 401, message: error.message };
  if (error instanceof ForbiddenError) return { status: 403, message: error.message };
  if (error instanceof NotFoundError) return { status: 404, message: error.message };
  // Never says which case: a caller may not learn what exists.
  if (error instanceof CaseNotFoundError) return { status: 404, message: 'Not found' };
  if (error instanceof MethodNotAllowedError) return { status: 405, message: error.message, headers: { allow: error.allowed.join(', ') } };
  if (error instanceof ConflictError || error instanceof IllegalTransitionError) return { status: 409, message: error.message };
  // The workflow stopped waiting (it timed out and moved on) before this answer reached it.
  if (isLateAnswer(error)) return { status: 409, message: 'Too late: the case stopped waiting for this answer and moved on. Refresh the case.' };
  // 422, not 409: the request is well-formed, but the key already names another complaint.
  if (error instanceof IdempotencyKeyReusedError) return { status: 422, message: error.message, errors: { 'Idempotency-Key': [error.message] } };
  if (error instanceof RateLimitedError) return { status: 429, message: error.message, headers: { 'retry-after': '3600' } };
  const parser =
    (error as { statusCode?: number; cause?: { package?: string } })?.statusCode === 415
      ? (error as { cause?: { package?: string } }).cause?.package
      : undefined;
  const refusal = parser ? PARSER_REFUSALS[parser] : undefined;
  if (refusal) return { status: 400, message: refusal, errors: { _body: [refusal] } };
  return undefined;
}

function answerTo(problem: Problem, refusal: Refusal | undefined, wantsHtml: boolean): HttpResult {
  const message = problem.status === 400 && refusal?.message ? refusal.message : problem.message;
  if (refusal?.page && wantsHtml && (problem.status === 400 || problem.status === 422)) {
    const nonce = newNonce();
    return html(problem.status, refusal.page(problem.errors ?? { _body: [message] }, nonce), nonce, problem.headers);
  }
  return json(problem.status, problem.errors ? { message, errors: problem.errors } : { message }, problem.headers);
}

/** The shared error handler: the route's (with its refusal wording) and the edge's (routing, and whatever a route left). */
function errorResponses(refusal?: Refusal): MiddlewareObj<HttpEvent, HttpResult> {
  return {
    onError: (request: Request<HttpEvent, HttpResult>) => {
      if (request.response !== undefined && request.response !== null) return;
      const error = request.error;
      const problem = problemOf(error);
      if (!problem) return;
      // The case the key opened is for the logs, never for the caller, who may not own it.
      if (error instanceof IdempotencyKeyReusedError) logger.warn('idempotency key reused for another complaint', { caseId: error.caseId });
      request.response = answerTo(problem, refusal, (request.context as NegotiatedContext).preferredMediaType === 'text/html');
    },
  };
}

// ---------------------------------------------------------------------------
// Response headers
// ---------------------------------------------------------------------------

/**
 * middy's security headers, set to what this API has always sent (HSTS for two years without
 * preload, no referrer, nosniff, frames denied) plus what the middleware adds (cross-origin
 * isolation of pages, a Permissions-Policy that turns the powerful features off, no DNS
 * prefetch). The policy's experimental entries that would restrict the page itself stay
 * 'self': the form and the console move focus to errors and notices after a fetch (no user
 * activation then), and their scripts are inline, parser-blocking ones. Left out: its static CSP (each page sends its own, with a nonce made for that response),
 * Cross-Origin-Embedder-Policy (nothing here needs cross-origin isolation, and it would fail
 * the console's first cross-origin image or font), Report-To and Reporting-Endpoints (there is
 * no endpoint to report to), and X-XSS-Protection (the filter it drove is gone from browsers,
 * and where it lingers it can be turned against a page).
 */
const securityHeaders = () =>
  httpSecurityHeaders({
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    reportTo: false,
    xssProtection: false,
    strictTransportSecurity: { maxAge: 63_072_000, includeSubDomains: true, preload: false },
    referrerPolicy: { policy: 'no-referrer' },
    permissionsPolicy: {
      'focus-without-user-activation': 'self',
      'sync-script': 'self',
      'vertical-scroll': 'self',
      'execution-while-not-rendered': 'self',
      'execution-while-out-of-viewport': 'self',
    },
  }) as MiddlewareObj<HttpEvent, HttpResult>;

/**
 * Runs after the security headers: every name in lower case (as HTTP/2 sends them, and as this
 * API always has, so no header goes out twice in two spellings), nothing cached, and frames
 * denied on JSON too (the middleware denies them on pages only).
 */
const responseHeaders: MiddlewareObj<HttpEvent, HttpResult> = {
  after: finishHeaders,
  onError: finishHeaders,
};

function finishHeaders(request: Request<HttpEvent, HttpResult>): void {
  const response = request.response;
  if (!response) return;
  const headers: Record<string, string | number | boolean> = { 'cache-control': 'no-store', 'x-frame-options': 'DENY' };
  for (const [name, value] of Object.entries(response.headers ?? {})) if (value !== undefined && value !== '') headers[name.toLowerCase()] = value;
  response.headers = headers;
}
