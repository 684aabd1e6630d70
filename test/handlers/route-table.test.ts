// One route table per API, held against the synthesized template: every method
// API Gateway sends to a function reaches the use case it names, with the
// authorizer the template gives it (a Cognito route answers 401 without the
// claims and reads nothing), and answers with its status codes. The real
// middy handlers run on API Gateway proxy events; only the use cases are
// stubbed (jest module mocks), so the edge, the schemas and the pages are real.
import { App } from 'aws-cdk-lib';
import type { APIGatewayProxyResult, Context } from 'aws-lambda';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  CaseNotFoundError,
  ConflictError,
  ForbiddenError,
  IdempotencyKeyReusedError,
  InvalidInputError,
  RateLimitedError,
} from '../../functions/domain/errors';
import { buildApp } from '../../infra/app';
import { CloudAssembly, type LocalRoute } from '../../local/cloud-assembly';
import { bodyOf, headersOf, lambdaContext, proxyEvent, type ProxyRequest } from '../support/api-gateway-event';

jest.mock('../../functions/domain/use-cases/submit-complaint', () => ({
  ...jest.requireActual<object>('../../functions/domain/use-cases/submit-complaint'),
  submitComplaint: jest.fn(),
}));
jest.mock('../../functions/domain/use-cases/answer-satisfaction', () => ({
  ...jest.requireActual<object>('../../functions/domain/use-cases/answer-satisfaction'),
  openAnswerLink: jest.fn(),
  answerSatisfaction: jest.fn(),
}));
jest.mock('../../functions/domain/staff/staff-use-cases', () => ({
  ...jest.requireActual<object>('../../functions/domain/staff/staff-use-cases'),
  listWaitingCases: jest.fn(),
  listRecentIncidents: jest.fn(),
  getCaseDetail: jest.fn(),
  submitFindings: jest.fn(),
  markRepliesRead: jest.fn(),
  messageCustomer: jest.fn(),
}));
jest.mock('../../functions/domain/staff/stuck-cases', () => ({
  ...jest.requireActual<object>('../../functions/domain/staff/stuck-cases'),
  requestResume: jest.fn(),
  closeStuckCase: jest.fn(),
}));
jest.mock('../../functions/domain/staff/compensation-decision', () => ({
  ...jest.requireActual<object>('../../functions/domain/staff/compensation-decision'),
  decideCompensation: jest.fn(),
}));
jest.mock('../../functions/domain/staff/payout-actions', () => ({
  ...jest.requireActual<object>('../../functions/domain/staff/payout-actions'),
  requestPayoutAction: jest.fn(),
}));

type UseCase = jest.Mock<(...args: unknown[]) => Promise<unknown>>;
type Handler = (event: unknown, context: Context) => Promise<APIGatewayProxyResult>;

const CASE_ID = `c${'0123456789abcdef'.repeat(2).slice(0, 31)}`;
const LINK_ID = 'Lk_0123456789abcdef';
const CLAIMS = { sub: 'user-1', 'cognito:username': 'ana', 'cognito:groups': 'agent,supervisor' };
const ACTOR = { userId: 'user-1', username: 'ana', groups: ['agent', 'supervisor'] };
const LINK = { linkId: LINK_ID, caseId: CASE_ID, caseNumber: 'RDR-7K3M-Q9', language: 'en', expiresAt: '2099-01-01T00:00:00.000Z' };
const COMPLAINT = {
  name: 'Dana Whitfield',
  email: 'dana@example.com',
  description: 'The trading fee on my last order was higher than the fee schedule says.',
  language: 'en',
};
const lateAnswer = () => Object.assign(new Error('Task Timed Out'), { name: 'TaskTimedOut' });

/** What one route does: the request that reaches its use case, the call, and its answers. */
interface Expectation {
  /** The handler file under functions/handlers the route's function runs. */
  readonly api: 'complaint-api' | 'answer-api' | 'staff-api';
  readonly request: Omit<ProxyRequest, 'method' | 'resource' | 'claims'>;
  /** The mocked use case the route calls, what it resolves to and the arguments after its deps; none for a page. */
  readonly useCase?: { readonly name: string; readonly resolves: unknown; readonly args: readonly unknown[] };
  readonly status: number;
  /** Other answers: what the use case does instead (or the request instead), and the status. */
  readonly otherAnswers?: readonly (readonly [
    what: string,
    status: number,
    arrange: { rejects?: () => Error; resolves?: unknown; request?: Partial<ProxyRequest> },
  ])[];
}

const json = (body: unknown) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const caseNotFound = ['the case is not there', 404, { rejects: () => new CaseNotFoundError(CASE_ID) }] as const;
const forbidden = ['the actor may not', 403, { rejects: () => new ForbiddenError('Supervisors only') }] as const;
const conflict = ['the case has moved on', 409, { rejects: () => new ConflictError('Already decided') }] as const;
const malformedCaseId = ['a case id that cannot exist', 404, { request: { pathParameters: { caseId: 'c123' } } }] as const;
const malformedCompensationId = ['a compensation id that cannot exist', 404, { request: { pathParameters: { compensationId: 'not-a-case.p0' } } }] as const;
const unreadableBody = ['a body that is not JSON', 400, { request: { headers: { 'content-type': 'application/json' }, body: '{oops' } }] as const;
const schemaRefusal = ['a body its schema refuses', 400, { request: json({ unexpected: true }) }] as const;

const ROUTES: Record<string, Expectation> = {
  'GET /': { api: 'complaint-api', request: {}, status: 200 },
  'POST /api/complaints': {
    api: 'complaint-api',
    request: { headers: { 'content-type': 'application/json', 'idempotency-key': 'route-table-0001' }, body: JSON.stringify(COMPLAINT) },
    useCase: {
      name: 'submitComplaint',
      resolves: { caseId: CASE_ID, caseNumber: 'RDR-7K3M-Q9', created: true },
      args: [expect.objectContaining({ submission: expect.objectContaining({ email: COMPLAINT.email }), channel: 'web', idempotencyKey: 'route-table-0001' })],
    },
    status: 201,
    otherAnswers: [
      unreadableBody,
      schemaRefusal,
      [
        'a malformed Idempotency-Key',
        400,
        { request: { headers: { 'content-type': 'application/json', 'idempotency-key': 'short' }, body: JSON.stringify(COMPLAINT) } },
      ],
      ['a key that opened another complaint', 422, { rejects: () => new IdempotencyKeyReusedError(CASE_ID) }],
      ['too many complaints from one address', 429, { rejects: () => new RateLimitedError('Too many complaints') }],
    ],
  },
  'GET /answers/{linkId}': {
    api: 'answer-api',
    request: { pathParameters: { linkId: LINK_ID } },
    useCase: { name: 'openAnswerLink', resolves: LINK, args: [LINK_ID] },
    status: 200,
    otherAnswers: [
      ['a link used up or expired', 410, { resolves: undefined }],
      ['a link id that cannot exist', 404, { request: { pathParameters: { linkId: 'x' } } }],
    ],
  },
  'POST /answers/{linkId}': {
    api: 'answer-api',
    request: { pathParameters: { linkId: LINK_ID }, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'answer=yes&rating=5&comment=' },
    useCase: { name: 'answerSatisfaction', resolves: { kind: 'recorded', link: LINK }, args: [LINK_ID, { answer: 'yes', rating: 5 }] },
    status: 200,
    otherAnswers: [
      ['a link used up or expired', 410, { resolves: { kind: 'link-invalid' } }],
      ['an answer before the workflow waits for it', 503, { resolves: { kind: 'not-ready', link: LINK } }],
      ['a link id that cannot exist', 404, { request: { pathParameters: { linkId: 'x' } } }],
    ],
  },
  'GET /console': { api: 'staff-api', request: {}, status: 200 },
  'GET /api/cases': {
    api: 'staff-api',
    request: {},
    useCase: { name: 'listWaitingCases', resolves: [], args: [ACTOR] },
    status: 200,
    otherAnswers: [forbidden],
  },
  'GET /api/incidents': {
    api: 'staff-api',
    request: {},
    useCase: { name: 'listRecentIncidents', resolves: [], args: [ACTOR] },
    status: 200,
    otherAnswers: [forbidden],
  },
  'GET /api/cases/{caseId}': {
    api: 'staff-api',
    request: { pathParameters: { caseId: CASE_ID } },
    useCase: { name: 'getCaseDetail', resolves: { caseId: CASE_ID }, args: [ACTOR, CASE_ID] },
    status: 200,
    otherAnswers: [malformedCaseId, caseNotFound, forbidden],
  },
  'POST /api/cases/{caseId}/findings': {
    api: 'staff-api',
    request: { pathParameters: { caseId: CASE_ID }, ...json({ summary: 'Checked the fee schedule', lines: ['The taker fee is 0.1%.'] }) },
    useCase: {
      name: 'submitFindings',
      resolves: undefined,
      args: [ACTOR, CASE_ID, { summary: 'Checked the fee schedule', lines: ['The taker fee is 0.1%.'] }],
    },
    status: 202,
    otherAnswers: [
      malformedCaseId,
      unreadableBody,
      schemaRefusal,
      caseNotFound,
      forbidden,
      conflict,
      ['the workflow stopped waiting', 409, { rejects: lateAnswer }],
    ],
  },
  'POST /api/cases/{caseId}/replies/read': {
    api: 'staff-api',
    request: { pathParameters: { caseId: CASE_ID } },
    useCase: { name: 'markRepliesRead', resolves: 2, args: [ACTOR, CASE_ID] },
    status: 200,
    otherAnswers: [malformedCaseId, caseNotFound, forbidden],
  },
  'POST /api/cases/{caseId}/messages': {
    api: 'staff-api',
    request: { pathParameters: { caseId: CASE_ID }, ...json({ message: 'We are looking into it.' }) },
    useCase: { name: 'messageCustomer', resolves: 'sent', args: [ACTOR, CASE_ID, { message: 'We are looking into it.' }] },
    status: 202,
    otherAnswers: [['a message already sent', 200, { resolves: 'already-sent' }], malformedCaseId, unreadableBody, schemaRefusal, caseNotFound, forbidden],
  },
  'POST /api/cases/{caseId}/resume': {
    api: 'staff-api',
    request: { pathParameters: { caseId: CASE_ID }, ...json({ from: 'investigate', reason: 'The ledger is back.' }) },
    useCase: {
      name: 'requestResume',
      resolves: { executionName: `${CASE_ID}-r1`, alreadyRequested: false },
      args: [ACTOR, CASE_ID, { from: 'investigate', reason: 'The ledger is back.' }],
    },
    status: 202,
    otherAnswers: [malformedCaseId, unreadableBody, schemaRefusal, caseNotFound, forbidden, conflict],
  },
  'POST /api/cases/{caseId}/close': {
    api: 'staff-api',
    request: { pathParameters: { caseId: CASE_ID }, ...json({ reason: 'Settled by phone.' }) },
    useCase: { name: 'closeStuckCase', resolves: 'closed', args: [ACTOR, CASE_ID, { reason: 'Settled by phone.' }] },
    status: 200,
    otherAnswers: [malformedCaseId, unreadableBody, schemaRefusal, caseNotFound, forbidden, conflict],
  },
  'POST /api/compensations/{compensationId}/decision': {
    api: 'staff-api',
    request: { pathParameters: { compensationId: `${CASE_ID}.p0` }, ...json({ decision: 'approve', reason: 'Refund the fee.' }) },
    useCase: { name: 'decideCompensation', resolves: { outcome: 'sent' }, args: [ACTOR, CASE_ID, 'p0', { decision: 'approve', reason: 'Refund the fee.' }] },
    status: 202,
    otherAnswers: [
      ['a first of two approvals', 202, { resolves: { outcome: 'awaiting_second_approval', limit: '100 USDT' } }],
      malformedCompensationId,
      unreadableBody,
      schemaRefusal,
      ['an amount beyond the asset’s precision', 400, { rejects: () => new InvalidInputError('Too precise', { amount: ['At most 6 decimals'] }) }],
      caseNotFound,
      forbidden,
      conflict,
      ['the workflow stopped waiting', 409, { rejects: lateAnswer }],
    ],
  },
  'POST /api/compensations/{compensationId}/payout': {
    api: 'staff-api',
    request: { pathParameters: { compensationId: `${CASE_ID}.p0` }, ...json({ action: 'retry', reason: 'The service is back.' }) },
    useCase: { name: 'requestPayoutAction', resolves: undefined, args: [ACTOR, CASE_ID, 'p0', { action: 'retry', reason: 'The service is back.' }] },
    status: 202,
    otherAnswers: [
      malformedCompensationId,
      unreadableBody,
      schemaRefusal,
      caseNotFound,
      forbidden,
      conflict,
      ['the workflow stopped waiting', 409, { rejects: lateAnswer }],
    ],
  },
};

let routes: LocalRoute[];
/** The handler file each function runs, from its environment (RedressFunction names the service after the file). */
let handlerFileOf: Map<string, string>;
const handlers = new Map<string, Handler>();
const useCases = new Map<string, UseCase>();

const keyOf = (r: { method: string; resource: string }) => `${r.method} ${r.resource}`;

beforeAll(async () => {
  // Prepare: the template, synthesized without bundling; the routes as local mode reads them from it
  const outdir = mkdtempSync(join(tmpdir(), 'redress-routes-'));
  const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
  buildApp(app);
  const assembly = app.synth();
  routes = new CloudAssembly(outdir, 'us-east-1').routes();
  handlerFileOf = new Map();
  for (const stack of assembly.stacks) {
    for (const [logicalId, res] of Object.entries(
      stack.template.Resources as Record<string, { Type: string; Properties?: { Environment?: { Variables?: Record<string, unknown> } } }>,
    )) {
      const service = res.Type === 'AWS::Lambda::Function' ? res.Properties?.Environment?.Variables?.POWERTOOLS_SERVICE_NAME : undefined;
      if (typeof service === 'string') handlerFileOf.set(logicalId.replace(/[0-9A-F]{8}$/, ''), service.replace(/^redress-/, ''));
    }
  }

  // The environment CDK gives the functions; nothing is reached through it, the use cases are stubs.
  Object.assign(process.env, {
    AWS_REGION: 'us-east-1',
    TABLE_NAME: 'redress-cases',
    EVENT_BUS_NAME: 'redress-events',
    STATE_MACHINE_ARN: 'arn:aws:states:us-east-1:000000000000:stateMachine:redress',
    SENDER_EMAIL: 'complaints@example.com',
    PUBLIC_BASE_URL: 'https://complaints.example.com/',
    COGNITO_ENDPOINT: 'https://cognito-idp.us-east-1.amazonaws.com/',
    COGNITO_CLIENT_ID: 'client-1',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
  });
  for (const api of ['complaint-api', 'answer-api', 'staff-api'])
    handlers.set(api, ((await import(`../../functions/handlers/${api}`)) as { handler: Handler }).handler);
  const modules = await Promise.all([
    import('../../functions/domain/use-cases/submit-complaint'),
    import('../../functions/domain/use-cases/answer-satisfaction'),
    import('../../functions/domain/staff/staff-use-cases'),
    import('../../functions/domain/staff/stuck-cases'),
    import('../../functions/domain/staff/compensation-decision'),
    import('../../functions/domain/staff/payout-actions'),
  ]);
  for (const module of modules) for (const [name, value] of Object.entries(module)) if (jest.isMockFunction(value)) useCases.set(name, value as UseCase);
});

beforeEach(() => {
  for (const useCase of useCases.values()) useCase.mockReset();
});

function invoke(route: LocalRoute, request: Omit<ProxyRequest, 'method' | 'resource'>): Promise<APIGatewayProxyResult> {
  const handler = handlers.get(handlerFileOf.get(route.functionName)!)!;
  return handler(proxyEvent({ method: route.method, resource: route.resource, ...request }), lambdaContext(route.functionName));
}

/** As API Gateway sends it: the Cognito authorizer's claims on the routes the template gives it. */
const signedIn = (route: LocalRoute) => (route.authorizationType === 'COGNITO_USER_POOLS' ? { claims: CLAIMS } : {});

const calledUseCases = () => [...useCases].filter(([, fn]) => fn.mock.calls.length > 0).map(([name]) => name);

describe('the route tables and the template', () => {
  it('name the same routes, each served by the API the template wires it to', () => {
    expect(routes.map(keyOf).sort()).toEqual(Object.keys(ROUTES).sort());
    for (const route of routes) expect([keyOf(route), handlerFileOf.get(route.functionName)]).toEqual([keyOf(route), ROUTES[keyOf(route)]!.api]);
  });

  it('put every staff route but the console page behind the Cognito authorizer, and nothing public behind it', () => {
    const guarded = routes.filter((r) => r.authorizationType === 'COGNITO_USER_POOLS').map(keyOf);
    expect(guarded.sort()).toEqual(
      routes
        .filter((r) => ROUTES[keyOf(r)]!.api === 'staff-api' && r.resource !== '/console')
        .map(keyOf)
        .sort(),
    );
  });
});

describe.each(['complaint-api', 'answer-api', 'staff-api'])('%s', (api) => {
  const mine = () => routes.filter((r) => ROUTES[keyOf(r)]!.api === api);

  it('maps every route to its use case, with its arguments, and answers with its status', async () => {
    for (const route of mine()) {
      // Prepare
      for (const fn of useCases.values()) fn.mockReset();
      const expected = ROUTES[keyOf(route)]!;
      if (expected.useCase) useCases.get(expected.useCase.name)!.mockResolvedValue(expected.useCase.resolves);
      // Act
      const res = await invoke(route, { ...expected.request, ...signedIn(route) });
      // Assess
      expect({ route: keyOf(route), status: res.statusCode }).toEqual({ route: keyOf(route), status: expected.status });
      expect({ route: keyOf(route), called: calledUseCases() }).toEqual({ route: keyOf(route), called: expected.useCase ? [expected.useCase.name] : [] });
      if (expected.useCase) expect(useCases.get(expected.useCase.name)!.mock.calls[0]!.slice(1)).toEqual(expected.useCase.args);
    }
  });

  it('refuses a route behind the authorizer with 401 when the claims are missing, and calls nothing', async () => {
    for (const route of mine().filter((r) => r.authorizationType === 'COGNITO_USER_POOLS')) {
      const res = await invoke(route, ROUTES[keyOf(route)]!.request);
      expect({ route: keyOf(route), status: res.statusCode, body: bodyOf(res) }).toEqual({
        route: keyOf(route),
        status: 401,
        body: { message: 'Unauthorized' },
      });
      expect(calledUseCases()).toEqual([]);
    }
  });

  it('serves its public routes without a session', async () => {
    for (const route of mine().filter((r) => r.authorizationType === 'NONE')) {
      const expected = ROUTES[keyOf(route)]!;
      if (expected.useCase) useCases.get(expected.useCase.name)!.mockResolvedValue(expected.useCase.resolves);
      expect({ route: keyOf(route), status: (await invoke(route, expected.request)).statusCode }).toEqual({ route: keyOf(route), status: expected.status });
    }
  });

  it('answers its other outcomes with their status codes, in the one shape', async () => {
    for (const route of mine()) {
      const expected = ROUTES[keyOf(route)]!;
      for (const [what, status, arrange] of expected.otherAnswers ?? []) {
        // Prepare
        for (const fn of useCases.values()) fn.mockReset();
        const useCase = expected.useCase && useCases.get(expected.useCase.name)!;
        if (arrange.rejects) useCase!.mockRejectedValue(arrange.rejects());
        else useCase?.mockResolvedValue('resolves' in arrange ? arrange.resolves : expected.useCase!.resolves);
        // Act
        const res = await invoke(route, { ...expected.request, ...arrange.request, ...signedIn(route) });
        // Assess
        expect({ route: keyOf(route), what, status: res.statusCode }).toEqual({ route: keyOf(route), what, status });
        if (status >= 400 && headersOf(res)['content-type']!.startsWith('application/json'))
          expect(bodyOf(res)).toEqual(expect.objectContaining({ message: expect.any(String) }));
        // A path or a body the edge refuses never reaches the use case.
        if (arrange.request) expect({ route: keyOf(route), what, called: calledUseCases() }).toEqual({ route: keyOf(route), what, called: [] });
      }
    }
  });
});
