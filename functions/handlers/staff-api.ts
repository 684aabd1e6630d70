// The staff API behind the identity provider's authorizer: the console's
// queue, case view, findings, compensation decisions, payout actions and the
// ways out of a dead end (resume, close). A thin adapter: claims → Actor,
// body → schema, one use case, typed errors → status codes.
import { staffConsoleCsp, staffConsoleHtml } from '../../web/console';
import { CaseNotFoundError, ConflictError, ForbiddenError, IllegalTransitionError, InvalidInputError } from '../domain/errors';
import { systemClock } from '../domain/ports';
import { parseGroups, type Actor } from '../domain/staff/actor';
import { DecisionInputSchema, decideCompensation } from '../domain/staff/compensation-decision';
import { PayoutActionSchema, requestPayoutAction } from '../domain/staff/payout-actions';
import { CustomerMessageSchema, FindingsSchema, getCaseDetail, listRecentIncidents, listWaitingCases, markRepliesRead, messageCustomer, submitFindings } from '../domain/staff/staff-use-cases';
import { CloseInputSchema, closeStuckCase, requestResume, ResumeInputSchema } from '../domain/staff/stuck-cases';
import { isLateAnswer } from '../domain/use-cases/complete-task';
import { fieldErrorsOf } from '../domain/intake/complaint-schema';
import { cases, config, events, mailer, workflow } from './shared/composition';
import { BadRequestError, html, json, newNonce, parseBody, type HttpEvent, type HttpResult } from './shared/http';
import { logger } from './shared/powertools';

const CASE_ID = /^c[0-9a-f]{31}$/;
const COMPENSATION_ID = /^(c[0-9a-f]{31})\.(p\d{1,3})$/;

function actorOf(event: HttpEvent): Actor | undefined {
  const claims = (event.requestContext.authorizer?.claims ?? {}) as Record<string, unknown>;
  const userId = typeof claims.sub === 'string' ? claims.sub : undefined;
  if (!userId) return undefined;
  const username = String(claims['cognito:username'] ?? claims.email ?? userId);
  return { userId, username, groups: parseGroups(claims['cognito:groups']) };
}

const deps = () => ({ cases: cases(), workflow: workflow(), events: events(), clock: systemClock, mailer: mailer(), config: config() });

export async function handler(event: HttpEvent): Promise<HttpResult> {
  const route = `${event.httpMethod} ${event.resource}`;
  if (route === 'GET /console') return consolePage();
  const actor = actorOf(event);
  if (!actor) return json(401, { message: 'Unauthorized' });
  try {
    switch (route) {
      case 'GET /api/cases':
        return json(200, { cases: await listWaitingCases(deps(), actor) });
      case 'GET /api/incidents':
        return json(200, { incidents: await listRecentIncidents(deps(), actor) });
      case 'GET /api/cases/{caseId}': {
        const caseId = event.pathParameters?.caseId ?? '';
        if (!CASE_ID.test(caseId)) return json(404, { message: 'No such case' });
        return json(200, await getCaseDetail(deps(), actor, caseId));
      }
      case 'POST /api/cases/{caseId}/findings': {
        const caseId = event.pathParameters?.caseId ?? '';
        if (!CASE_ID.test(caseId)) return json(404, { message: 'No such case' });
        const parsed = FindingsSchema.safeParse(parseBody(event).fields);
        if (!parsed.success) return json(400, { message: 'The findings could not be accepted', errors: fieldErrorsOf(parsed.error) });
        await submitFindings(deps(), actor, caseId, parsed.data);
        logger.info('findings submitted', { caseId, by: actor.userId });
        return json(202, { message: 'Findings recorded; the case moves on' });
      }
      case 'POST /api/cases/{caseId}/replies/read': {
        const caseId = event.pathParameters?.caseId ?? '';
        if (!CASE_ID.test(caseId)) return json(404, { message: 'No such case' });
        const marked = await markRepliesRead(deps(), actor, caseId);
        logger.info('replies read', { caseId, marked, by: actor.userId });
        return json(200, { marked });
      }
      case 'POST /api/cases/{caseId}/messages': {
        const caseId = event.pathParameters?.caseId ?? '';
        if (!CASE_ID.test(caseId)) return json(404, { message: 'No such case' });
        const parsed = CustomerMessageSchema.safeParse(parseBody(event).fields);
        if (!parsed.success) return json(400, { message: 'The message could not be sent', errors: fieldErrorsOf(parsed.error) });
        const result = await messageCustomer(deps(), actor, caseId, parsed.data);
        logger.info('customer messaged', { caseId, result, by: actor.userId });
        return json(result === 'sent' ? 202 : 200, { result });
      }
      case 'POST /api/cases/{caseId}/resume': {
        const caseId = event.pathParameters?.caseId ?? '';
        if (!CASE_ID.test(caseId)) return json(404, { message: 'No such case' });
        const parsed = ResumeInputSchema.safeParse(parseBody(event).fields);
        if (!parsed.success) return json(400, { message: 'The case could not be resumed', errors: fieldErrorsOf(parsed.error) });
        const result = await requestResume(deps(), actor, caseId, parsed.data);
        logger.info('case resume requested', { caseId, from: parsed.data.from, executionName: result.executionName, alreadyRequested: result.alreadyRequested, by: actor.userId });
        return json(202, {
          message: result.alreadyRequested ? `Already resuming from ${parsed.data.from}` : `Resuming from ${parsed.data.from}`,
          executionName: result.executionName,
          alreadyRequested: result.alreadyRequested,
        });
      }
      case 'POST /api/cases/{caseId}/close': {
        const caseId = event.pathParameters?.caseId ?? '';
        if (!CASE_ID.test(caseId)) return json(404, { message: 'No such case' });
        const parsed = CloseInputSchema.safeParse(parseBody(event).fields);
        if (!parsed.success) return json(400, { message: 'The case could not be closed', errors: fieldErrorsOf(parsed.error) });
        const result = await closeStuckCase(deps(), actor, caseId, parsed.data);
        logger.info('case closed by staff', { caseId, result, by: actor.userId });
        return json(200, { message: result === 'closed' ? 'Case closed; the customer is told why' : 'This case was already closed', result });
      }
      case 'POST /api/compensations/{compensationId}/decision': {
        const match = COMPENSATION_ID.exec(event.pathParameters?.compensationId ?? '');
        if (!match) return json(404, { message: 'No such compensation' });
        const parsed = DecisionInputSchema.safeParse(parseBody(event).fields);
        if (!parsed.success) return json(400, { message: 'The decision could not be accepted', errors: fieldErrorsOf(parsed.error) });
        const result = await decideCompensation(deps(), actor, match[1]!, match[2]!, parsed.data);
        logger.info('compensation decided', { caseId: match[1], proposalId: match[2], decision: parsed.data.decision, outcome: result.outcome, by: actor.userId });
        if (result.outcome === 'awaiting_second_approval') {
          return json(202, {
            message: `First approval recorded. The amount is above the single-approver limit${result.limit ? ` (${result.limit})` : ' (none is set for this asset)'}: a second, different supervisor must approve it.`,
            status: 'awaiting_second_approval',
          });
        }
        return json(202, { message: 'Decision recorded', status: 'sent' });
      }
      case 'POST /api/compensations/{compensationId}/payout': {
        const match = COMPENSATION_ID.exec(event.pathParameters?.compensationId ?? '');
        if (!match) return json(404, { message: 'No such compensation' });
        const parsed = PayoutActionSchema.safeParse(parseBody(event).fields);
        if (!parsed.success) return json(400, { message: 'The payout action could not be accepted', errors: fieldErrorsOf(parsed.error) });
        await requestPayoutAction(deps(), actor, match[1]!, match[2]!, parsed.data);
        logger.info('payout action requested', { caseId: match[1], proposalId: match[2], action: parsed.data.action, by: actor.userId });
        return json(202, { message: 'Payout action sent; the case moves on', action: parsed.data.action });
      }
      default:
        return json(404, { message: 'Not found' });
    }
  } catch (e) {
    if (e instanceof BadRequestError) return json(400, { message: e.message, errors: { _body: [e.message] } });
    if (e instanceof InvalidInputError) return json(400, { message: e.message, errors: e.fieldErrors });
    if (e instanceof ForbiddenError) return json(403, { message: e.message });
    if (e instanceof CaseNotFoundError) return json(404, { message: 'Not found' });
    if (e instanceof ConflictError || e instanceof IllegalTransitionError) return json(409, { message: e.message });
    // The workflow stopped waiting (it timed out and moved on) before this answer reached it.
    if (isLateAnswer(e)) return json(409, { message: 'Too late: the case stopped waiting for this answer and moved on. Refresh the case.' });
    throw e;
  }
}

function consolePage(): HttpResult {
  const nonce = newNonce();
  const endpoint = process.env.COGNITO_ENDPOINT ?? '';
  // A relative API base: the console and the API share an origin and a stage path, whatever the host is called.
  const page = staffConsoleHtml({ nonce, cognito: { endpoint, clientId: process.env.COGNITO_CLIENT_ID ?? '' }, apiBase: '', assetDecimals: config().compensation.assetDecimals });
  // The console signs in against the identity provider directly from the browser.
  return html(200, page, nonce, { 'content-security-policy': staffConsoleCsp(nonce, endpoint) });
}
