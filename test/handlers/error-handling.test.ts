// The shared HTTP edge (functions/handlers/shared/http-edge.ts), through a
// small API built on it and invoked with API Gateway proxy events: each typed
// error becomes its status code and the one shape `{ message, errors? }`; a body
// the edge cannot read is a 400 in that shape (middy's parsers say 415); a page
// where the route has one and the browser asked for HTML; and every response
// carries the headers the API has always sent.
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { APIGatewayProxyResult } from 'aws-lambda';
import {
  CaseNotFoundError,
  ConflictError,
  ForbiddenError,
  IdempotencyKeyReusedError,
  IllegalTransitionError,
  InvalidInputError,
  RateLimitedError,
} from '../../functions/domain/errors';
import { html, json, newNonce } from '../../functions/handlers/shared/http';
import { httpApi } from '../../functions/handlers/shared/http-edge';
import { BadRequestError, NotFoundError } from '../../functions/handlers/shared/http-errors';
import { logger } from '../../functions/handlers/shared/powertools';
import { bodyOf, headersOf, lambdaContext, proxyEvent, type ProxyRequest } from '../support/api-gateway-event';
import { seededRandom } from '../support/seeded-random';

const CASE_ID = `c${'a'.repeat(31)}`;
const lateAnswer = () => Object.assign(new Error('Task Timed Out'), { name: 'TaskTimedOut' });

/** What a route of the test API throws, by the `{kind}` in its path. */
const THROWN: Record<string, () => Error> = {
  'bad-request': () => new BadRequestError('The findings could not be accepted', { summary: ['Summarize what you found'] }),
  'invalid-input': () => new InvalidInputError('The amount has more decimals than USDT has', { amount: ['At most 6 decimals'] }),
  forbidden: () => new ForbiddenError('Only a supervisor may decide'),
  'not-found': () => new NotFoundError('No such case'),
  'case-not-found': () => new CaseNotFoundError(`No case ${CASE_ID}`),
  conflict: () => new ConflictError('Already decided'),
  'illegal-transition': () => new IllegalTransitionError('closed cannot take findings'),
  'late-answer': lateAnswer,
  'key-reused': () => new IdempotencyKeyReusedError(CASE_ID),
  'rate-limited': () => new RateLimitedError('Too many complaints from this address; try again later'),
  unknown: () => new TypeError('Cannot read properties of undefined'),
};

const COMPLAINT_REFUSED = 'The complaint could not be accepted; see errors';
const errorsPage = (errors: Readonly<Record<string, readonly string[]>>, nonce: string) =>
  `<!doctype html><style nonce="${nonce}"></style><ul>${Object.keys(errors)
    .map((k) => `<li>${k}</li>`)
    .join('')}</ul>`;

const api = httpApi<{ userId: string }>({
  caller: (event) => {
    const sub = (event.requestContext.authorizer?.claims as Record<string, string> | undefined)?.sub;
    return sub ? { userId: sub } : undefined;
  },
  routes: [
    {
      method: 'GET',
      resource: '/throw/{kind}',
      access: 'public',
      handler: ({ event }) => {
        throw THROWN[event.pathParameters!.kind!]!();
      },
    },
    { method: 'POST', resource: '/echo', access: 'public', body: true, handler: ({ fields, form }) => json(200, { fields, form }) },
    { method: 'POST', resource: '/staff/echo', access: 'signed-in', body: true, handler: ({ fields }, caller) => json(200, { fields, caller }) },
    {
      method: 'POST',
      resource: '/complaints/{kind}',
      access: 'public',
      body: true,
      refusal: { message: COMPLAINT_REFUSED, page: errorsPage },
      handler: ({ event }) => {
        throw THROWN[event.pathParameters!.kind!]!();
      },
    },
    {
      method: 'GET',
      resource: '/page',
      access: 'public',
      handler: () => {
        const nonce = newNonce();
        return html(200, `<p nonce="${nonce}">hello</p>`, nonce);
      },
    },
  ],
});

// The edge logs what it refuses; these tests read answers (and say when they read a log).
beforeAll(() => {
  jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
});

const call = (request: ProxyRequest) => api(proxyEvent(request), lambdaContext()) as Promise<APIGatewayProxyResult>;
const thrown = (kind: string) => call({ method: 'GET', resource: '/throw/{kind}', pathParameters: { kind } });
const post = (body: string | undefined, headers: Record<string, string> = { 'content-type': 'application/json' }, extra: Partial<ProxyRequest> = {}) =>
  call({ method: 'POST', resource: '/echo', headers, ...(body === undefined ? {} : { body }), ...extra });

describe('the shared error handler', () => {
  it.each([
    ['bad-request', 400, { message: 'The findings could not be accepted', errors: { summary: ['Summarize what you found'] } }],
    ['invalid-input', 400, { message: 'The amount has more decimals than USDT has', errors: { amount: ['At most 6 decimals'] } }],
    ['forbidden', 403, { message: 'Only a supervisor may decide' }],
    ['not-found', 404, { message: 'No such case' }],
    ['case-not-found', 404, { message: 'Not found' }],
    ['conflict', 409, { message: 'Already decided' }],
    ['illegal-transition', 409, { message: 'closed cannot take findings' }],
    ['late-answer', 409, { message: 'Too late: the case stopped waiting for this answer and moved on. Refresh the case.' }],
    [
      'key-reused',
      422,
      { message: new IdempotencyKeyReusedError(CASE_ID).message, errors: { 'Idempotency-Key': [new IdempotencyKeyReusedError(CASE_ID).message] } },
    ],
    ['rate-limited', 429, { message: 'Too many complaints from this address; try again later' }],
  ])('answers %s with %d and { message, errors? }', async (kind, status, body) => {
    // Act
    const res = await thrown(kind);
    // Assess
    expect(res.statusCode).toBe(status);
    expect(headersOf(res)['content-type']).toBe('application/json; charset=utf-8');
    expect(bodyOf(res)).toEqual(body);
  });

  it('never tells the caller which case an error was about', async () => {
    for (const kind of ['case-not-found', 'key-reused']) expect((await thrown(kind)).body).not.toContain(CASE_ID);
  });

  it('logs the case a reused Idempotency-Key opened, for the operator', async () => {
    // Act
    await thrown('key-reused');
    // Assess
    expect(logger.warn).toHaveBeenCalledWith('idempotency key reused for another complaint', { caseId: CASE_ID });
  });

  it('asks a rate-limited client to come back in an hour', async () => {
    expect(headersOf(await thrown('rate-limited'))['retry-after']).toBe('3600');
  });

  it('leaves any other error to Lambda, so API Gateway answers 502 as it always has', async () => {
    await expect(thrown('unknown')).rejects.toThrow(TypeError);
  });

  it('answers 404 for a resource the API does not have and 405, with Allow, for a method it does not have', async () => {
    const missing = await call({ method: 'GET', resource: '/nowhere' });
    const wrongMethod = await call({ method: 'DELETE', resource: '/echo' });

    expect([missing.statusCode, bodyOf(missing)]).toEqual([404, { message: 'Not found' }]);
    expect([wrongMethod.statusCode, bodyOf(wrongMethod), headersOf(wrongMethod).allow]).toEqual([405, { message: 'Method not allowed' }, 'POST']);
  });

  it('routes on the resource, not the path: a custom domain base path or a stage prefix changes nothing', async () => {
    const res = await call({ method: 'GET', resource: '/throw/{kind}', pathParameters: { kind: 'forbidden' }, basePath: '/v1' });
    expect(res.statusCode).toBe(403);
  });
});

describe('a signed-in route', () => {
  const claims = { sub: 'user-1', 'cognito:username': 'ana' };

  it('is refused with 401 without the authorizer claims, before its body is read', async () => {
    const res = await call({ method: 'POST', resource: '/staff/echo', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect([res.statusCode, bodyOf(res)]).toEqual([401, { message: 'Unauthorized' }]);
  });

  it('gets the caller the API derived from the claims', async () => {
    const res = await call({ method: 'POST', resource: '/staff/echo', headers: { 'content-type': 'application/json' }, body: '{"a":1}', claims });
    expect(bodyOf(res)).toEqual({ fields: { a: 1 }, caller: { userId: 'user-1' } });
  });
});

describe('the body', () => {
  it.each([
    ['malformed JSON (middy says 415)', '{oops', 'application/json', 'Request body is not valid JSON'],
    ['an empty JSON body', '', 'application/json', 'Request body is empty'],
    ['no body at all', undefined, 'application/json', 'Request body is empty'],
    ['a JSON array', '[1,2]', 'application/json', 'Request body must be a JSON object'],
    ['JSON null', 'null', 'application/json', 'Request body must be a JSON object'],
    ['a JSON string', '"hello"', 'application/json', 'Request body must be a JSON object'],
    ['text/plain', 'hello', 'text/plain', 'Unsupported content type text/plain; send application/json or application/x-www-form-urlencoded'],
    [
      'a +json type',
      '{}',
      'application/merge-patch+json',
      'Unsupported content type application/merge-patch+json; send application/json or application/x-www-form-urlencoded',
    ],
    [
      'multipart',
      '--x',
      'multipart/form-data; boundary=x',
      'Unsupported content type multipart/form-data; send application/json or application/x-www-form-urlencoded',
    ],
    ['a body over 64 KiB', JSON.stringify({ a: 'x'.repeat(64 * 1024) }), 'application/json', 'Request body is too large'],
  ])('refuses %s with a 400 and the reason as a body error', async (_what, body, type, message) => {
    // Act
    const res = await post(body, { 'content-type': type });
    // Assess
    expect(res.statusCode).toBe(400);
    expect(bodyOf(res)).toEqual({ message, errors: { _body: [message] } });
  });

  it('takes a body of exactly 64 KiB', async () => {
    const body = JSON.stringify({ a: 'x'.repeat(64 * 1024 - 8) });
    expect(body.length).toBe(64 * 1024);
    expect((await post(body)).statusCode).toBe(200);
  });

  it.each([
    ['JSON', '{"name":"Ana","n":1}', { 'content-type': 'application/json; charset=utf-8' }, { name: 'Ana', n: 1 }, false],
    ['JSON without a content type', '{"name":"Ana"}', {}, { name: 'Ana' }, false],
    ['JSON with the media type in capitals, header name too', '{"name":"Ana"}', { 'Content-Type': 'Application/JSON' }, { name: 'Ana' }, false],
    [
      'a form post',
      'name=Ana+Lima&wantsHuman=on&empty=',
      { 'content-type': 'application/x-www-form-urlencoded' },
      { name: 'Ana Lima', wantsHuman: 'on', empty: '' },
      true,
    ],
    [
      'a form post in UTF-8, percent-encoded',
      `description=${encodeURIComponent('Мой вывод — 0,5 BTC')}`,
      { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
      { description: 'Мой вывод — 0,5 BTC' },
      true,
    ],
    [
      'a form post naming a field twice (the last wins, as in URLSearchParams)',
      'answer=yes&answer=no',
      { 'content-type': 'application/x-www-form-urlencoded' },
      { answer: 'no' },
      true,
    ],
  ])('reads %s', async (_what, body, headers, fields, form) => {
    const res = await post(body, headers);
    expect([res.statusCode, bodyOf(res)]).toEqual([200, { fields, form }]);
  });

  it('reads a base64-encoded body', async () => {
    const res = await post(Buffer.from('{"name":"Zoë"}').toString('base64'), { 'content-type': 'application/json' }, { isBase64Encoded: true });
    expect(bodyOf(res)).toEqual({ fields: { name: 'Zoë' }, form: false });
  });

  it('answers any body with a 200 or a 400 in the one shape, never a crash (fuzz)', async () => {
    // Prepare: seeded, so a failure can be replayed
    const next = seededRandom(0x5eed);
    const types = [
      'application/json',
      'application/x-www-form-urlencoded',
      'APPLICATION/JSON; charset=utf-8',
      'text/plain',
      '',
      'application/json;',
      'application/x-www-form-urlencoded;charset',
      ' application/json ',
    ];
    const parts = [
      '{',
      '}',
      '[',
      ']',
      '"',
      ':',
      ',',
      'a',
      '=',
      '&',
      '%',
      '%zz',
      '%E2%82',
      '+',
      'null',
      '1e999',
      '\\u0000',
      '__proto__',
      'constructor',
      ' ',
      '\n',
      'ж',
      '💸',
      'true',
      '"x"',
    ];
    for (let i = 0; i < 1500; i++) {
      let body = '';
      for (let n = Math.floor(next() * 12); n > 0; n--) body += parts[Math.floor(next() * parts.length)];
      const type = types[Math.floor(next() * types.length)]!;
      // Act
      const res = await post(body, type ? { 'content-type': type } : {});
      // Assess
      const answer = bodyOf(res);
      if (res.statusCode === 200) {
        expect(typeof answer.fields).toBe('object');
        expect(Array.isArray(answer.fields)).toBe(false);
      } else {
        expect({ body, type, status: res.statusCode }).toEqual({ body, type, status: 400 });
        expect(answer).toEqual({ message: expect.any(String), errors: { _body: [answer.message] } });
      }
    }
  });
});

describe('a route that refuses with a page', () => {
  const complaint = (kind: string, accept: string, body = '{}') =>
    call({ method: 'POST', resource: '/complaints/{kind}', pathParameters: { kind }, headers: { 'content-type': 'application/json', accept }, body });

  it('words every 400 its own way, keeping the field errors', async () => {
    const bad = await complaint('bad-request', 'application/json');
    const unreadable = await complaint('bad-request', 'application/json', '{oops');

    expect(bodyOf(bad)).toEqual({ message: COMPLAINT_REFUSED, errors: { summary: ['Summarize what you found'] } });
    expect(bodyOf(unreadable)).toEqual({ message: COMPLAINT_REFUSED, errors: { _body: ['Request body is not valid JSON'] } });
  });

  it.each([
    ['a 400', 'bad-request', 400],
    ['a 422', 'key-reused', 422],
  ])('shows %s as its page to a browser that asked for HTML, under a CSP with that page’s nonce', async (_what, kind, status) => {
    // Act
    const res = await complaint(kind, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8');
    // Assess
    expect(res.statusCode).toBe(status);
    expect(headersOf(res)['content-type']).toBe('text/html; charset=utf-8');
    const nonce = /nonce="([^"]+)"/.exec(res.body)![1]!;
    expect(headersOf(res)['content-security-policy']).toContain(`script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'`);
  });

  it('keeps JSON for a client that prefers it, and for what has no page (429)', async () => {
    expect(headersOf(await complaint('bad-request', 'application/json, text/html'))['content-type']).toBe('application/json; charset=utf-8');
    expect(headersOf(await complaint('bad-request', '*/*'))['content-type']).toBe('application/json; charset=utf-8');
    expect(headersOf(await complaint('rate-limited', 'text/html'))['content-type']).toBe('application/json; charset=utf-8');
  });
});

describe('the headers of every answer', () => {
  /** What the API sent before middy, on JSON and pages alike. */
  const ALWAYS = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'strict-transport-security': 'max-age=63072000; includeSubDomains',
    'cache-control': 'no-store',
  };

  it.each([
    ['a JSON answer', () => post('{"a":1}')],
    ['a refusal', () => thrown('forbidden')],
    ['a page', () => call({ method: 'GET', resource: '/page' })],
    [
      'a refusal as a page',
      () => call({ method: 'POST', resource: '/complaints/{kind}', pathParameters: { kind: 'bad-request' }, headers: { accept: 'text/html' }, body: '{}' }),
    ],
  ])('%s carries the headers the API has always sent, each name once and in lower case', async (_what, send) => {
    const res = await send();
    expect(headersOf(res)).toMatchObject(ALWAYS);
    for (const name of Object.keys(res.headers ?? {})) expect(name).toBe(name.toLowerCase());
  });

  it('sends a page the CSP of its own nonce and the cross-origin and permissions policies of @middy/http-security-headers', async () => {
    const res = await call({ method: 'GET', resource: '/page' });
    const nonce = /nonce="([^"]+)"/.exec(res.body)![1]!;
    expect(headersOf(res)).toMatchObject({
      'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'permissions-policy': expect.stringContaining('camera=()'),
    });
    // Left out on purpose (see http-edge.ts): no empty or deprecated headers.
    for (const name of ['x-xss-protection', 'report-to', 'reporting-endpoints', 'cross-origin-embedder-policy', 'server', 'x-powered-by'])
      expect(headersOf(res)).not.toHaveProperty(name);
  });

  it('makes a new nonce for every page', async () => {
    const nonces = await Promise.all([1, 2, 3].map(async () => /nonce="([^"]+)"/.exec((await call({ method: 'GET', resource: '/page' })).body)![1]));
    expect(new Set(nonces).size).toBe(3);
  });
});
