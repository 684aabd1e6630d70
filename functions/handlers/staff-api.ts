// The staff API behind the identity provider's authorizer: the console's
// queue, case view, findings, compensation decisions, payout actions and the
// ways out of a dead end (resume, close). A thin adapter on the HTTP edge:
// claims → Actor, body → schema, one use case. The edge reads the body, refuses
// a request without a session (401), and answers the use cases' typed errors.
import type { z } from 'zod';
import { staffConsoleCsp, staffConsoleHtml } from '../../web/console';
import { isCaseId, parseCompensationId } from '../domain/case/case-id';
import { parseGroups, type Actor } from '../domain/staff/actor';
import { DecisionInputSchema, decideCompensation } from '../domain/staff/compensation-decision';
import { PayoutActionSchema, requestPayoutAction } from '../domain/staff/payout-actions';
import {
  CustomerMessageSchema,
  FindingsSchema,
  getCaseDetail,
  listRecentIncidents,
  listWaitingCases,
  markRepliesRead,
  messageCustomer,
  submitFindings,
} from '../domain/staff/staff-use-cases';
import { CloseInputSchema, closeStuckCase, requestResume, ResumeInputSchema } from '../domain/staff/stuck-cases';
import { config, staffDeps } from './shared/composition';
import { html, json, newNonce, type HttpEvent, type HttpResult } from './shared/http';
import { httpApi, validBody, type HttpRequest, type SignedInRoute } from './shared/http-edge';
import { NotFoundError } from './shared/http-errors';
import { logger } from './shared/powertools';

/** The signed-in staff member, from the claims API Gateway's Cognito authorizer passed. */
function actorOf(event: HttpEvent): Actor | undefined {
  const claims = (event.requestContext.authorizer?.claims ?? {}) as Record<string, unknown>;
  const userId = typeof claims.sub === 'string' ? claims.sub : undefined;
  if (!userId) return undefined;
  const username = String(claims['cognito:username'] ?? claims.email ?? userId);
  return { userId, username, groups: parseGroups(claims['cognito:groups']) };
}

const deps = staffDeps;

/** The case the path names; an id that cannot exist is a 404 before any lookup and before the body meets its schema. */
function caseIn({ event }: HttpRequest): string {
  const caseId = event.pathParameters?.caseId ?? '';
  if (!isCaseId(caseId)) throw new NotFoundError('No such case');
  return caseId;
}

function compensationIn({ event }: HttpRequest): { caseId: string; proposalId: string } {
  const compensation = parseCompensationId(event.pathParameters?.compensationId ?? '');
  if (!compensation) throw new NotFoundError('No such compensation');
  return compensation;
}

/** A POST that acts on one target the path names: its body through `schema` (a 400 worded `refused`), then `act`. */
function postAction<S extends z.ZodType, T>(
  resource: string,
  schema: S,
  refused: string,
  targetOf: (request: Parameters<SignedInRoute<Actor>['handler']>[0]) => T,
  act: (actor: Actor, target: T, input: z.infer<S>) => Promise<HttpResult>,
): SignedInRoute<Actor> {
  return {
    method: 'POST',
    resource,
    access: 'signed-in',
    body: true,
    handler: (request, actor) => act(actor, targetOf(request), validBody(schema, request.fields, refused)),
  };
}

/** A POST that acts on one case. */
const caseAction = <S extends z.ZodType>(
  resource: string,
  schema: S,
  refused: string,
  act: (actor: Actor, caseId: string, input: z.infer<S>) => Promise<HttpResult>,
) => postAction(resource, schema, refused, caseIn, act);

/** A POST that acts on one compensation (`<caseId>.<proposalId>`). */
const compensationAction = <S extends z.ZodType>(
  resource: string,
  schema: S,
  refused: string,
  act: (actor: Actor, compensation: { caseId: string; proposalId: string }, input: z.infer<S>) => Promise<HttpResult>,
) => postAction(resource, schema, refused, compensationIn, act);

function consolePage(): HttpResult {
  const nonce = newNonce();
  const endpoint = process.env.COGNITO_ENDPOINT ?? '';
  // A relative API base: the console and the API share an origin and a stage path, whatever the host is called.
  const page = staffConsoleHtml({
    nonce,
    cognito: { endpoint, clientId: process.env.COGNITO_CLIENT_ID ?? '' },
    apiBase: '',
    assetDecimals: config().compensation.assetDecimals,
  });
  // The console signs in against the identity provider directly from the browser.
  return html(200, page, nonce, { 'content-security-policy': staffConsoleCsp(nonce, endpoint) });
}

export const handler = httpApi<Actor>({
  caller: actorOf,
  routes: [
    { method: 'GET', resource: '/console', access: 'public', handler: consolePage },
    {
      method: 'GET',
      resource: '/api/cases',
      access: 'signed-in',
      handler: async (_, actor) => json(200, { cases: await listWaitingCases(deps(), actor) }),
    },
    {
      method: 'GET',
      resource: '/api/incidents',
      access: 'signed-in',
      handler: async (_, actor) => json(200, { incidents: await listRecentIncidents(deps(), actor) }),
    },
    {
      method: 'GET',
      resource: '/api/cases/{caseId}',
      access: 'signed-in',
      handler: async (request, actor) => json(200, await getCaseDetail(deps(), actor, caseIn(request))),
    },
    caseAction('/api/cases/{caseId}/findings', FindingsSchema, 'The findings could not be accepted', async (actor, caseId, findings) => {
      await submitFindings(deps(), actor, caseId, findings);
      logger.info('findings submitted', { caseId, by: actor.userId });
      return json(202, { message: 'Findings recorded; the case moves on' });
    }),
    {
      method: 'POST',
      resource: '/api/cases/{caseId}/replies/read',
      access: 'signed-in',
      handler: async (request, actor) => {
        const caseId = caseIn(request);
        const marked = await markRepliesRead(deps(), actor, caseId);
        logger.info('replies read', { caseId, marked, by: actor.userId });
        return json(200, { marked });
      },
    },
    caseAction('/api/cases/{caseId}/messages', CustomerMessageSchema, 'The message could not be sent', async (actor, caseId, message) => {
      const result = await messageCustomer(deps(), actor, caseId, message);
      logger.info('customer messaged', { caseId, result, by: actor.userId });
      return json(result === 'sent' ? 202 : 200, { result });
    }),
    caseAction('/api/cases/{caseId}/resume', ResumeInputSchema, 'The case could not be resumed', async (actor, caseId, input) => {
      const result = await requestResume(deps(), actor, caseId, input);
      logger.info('case resume requested', {
        caseId,
        from: input.from,
        executionName: result.executionName,
        alreadyRequested: result.alreadyRequested,
        by: actor.userId,
      });
      return json(202, {
        message: result.alreadyRequested ? `Already resuming from ${input.from}` : `Resuming from ${input.from}`,
        executionName: result.executionName,
        alreadyRequested: result.alreadyRequested,
      });
    }),
    caseAction('/api/cases/{caseId}/close', CloseInputSchema, 'The case could not be closed', async (actor, caseId, input) => {
      const result = await closeStuckCase(deps(), actor, caseId, input);
      logger.info('case closed by staff', { caseId, result, by: actor.userId });
      return json(200, { message: result === 'closed' ? 'Case closed; the customer is told why' : 'This case was already closed', result });
    }),
    compensationAction(
      '/api/compensations/{compensationId}/decision',
      DecisionInputSchema,
      'The decision could not be accepted',
      async (actor, { caseId, proposalId }, decision) => {
        const result = await decideCompensation(deps(), actor, caseId, proposalId, decision);
        logger.info('compensation decided', { caseId, proposalId, decision: decision.decision, outcome: result.outcome, by: actor.userId });
        if (result.outcome === 'awaiting_second_approval') {
          return json(202, {
            message: `First approval recorded. The amount is above the single-approver limit${result.limit ? ` (${result.limit})` : ' (none is set for this asset)'}: a second, different supervisor must approve it.`,
            status: 'awaiting_second_approval',
          });
        }
        return json(202, { message: 'Decision recorded', status: 'sent' });
      },
    ),
    compensationAction(
      '/api/compensations/{compensationId}/payout',
      PayoutActionSchema,
      'The payout action could not be accepted',
      async (actor, { caseId, proposalId }, action) => {
        await requestPayoutAction(deps(), actor, caseId, proposalId, action);
        logger.info('payout action requested', { caseId, proposalId, action: action.action, by: actor.userId });
        return json(202, { message: 'Payout action sent; the case moves on', action: action.action });
      },
    ),
  ],
});
