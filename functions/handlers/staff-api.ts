// The staff API behind the identity provider's authorizer: the console's
// queue, case view, findings and compensation decisions. A thin adapter:
// claims → Actor, body → schema, one use case, typed errors → status codes.
import { staffConsoleCsp, staffConsoleHtml } from '../../web/console';
import { CaseNotFoundError, ConflictError, ForbiddenError } from '../domain/errors';
import { systemClock } from '../domain/ports';
import { parseGroups, type Actor } from '../domain/staff/actor';
import { CustomerMessageSchema, DecisionInputSchema, decideCompensation, FindingsSchema, getCaseDetail, listRecentIncidents, listWaitingCases, markRepliesRead, messageCustomer, submitFindings } from '../domain/staff/staff-use-cases';
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
      case 'POST /api/compensations/{compensationId}/decision': {
        const match = COMPENSATION_ID.exec(event.pathParameters?.compensationId ?? '');
        if (!match) return json(404, { message: 'No such compensation' });
        const parsed = DecisionInputSchema.safeParse(parseBody(event).fields);
        if (!parsed.success) return json(400, { message: 'The decision could not be accepted', errors: fieldErrorsOf(parsed.error) });
        await decideCompensation(deps(), actor, match[1]!, match[2]!, parsed.data);
        logger.info('compensation decided', { caseId: match[1], proposalId: match[2], decision: parsed.data.decision, by: actor.userId });
        return json(202, { message: 'Decision recorded' });
      }
      default:
        return json(404, { message: 'Not found' });
    }
  } catch (e) {
    if (e instanceof BadRequestError) return json(400, { message: e.message, errors: { _body: [e.message] } });
    if (e instanceof ForbiddenError) return json(403, { message: e.message });
    if (e instanceof CaseNotFoundError) return json(404, { message: 'Not found' });
    if (e instanceof ConflictError) return json(409, { message: e.message });
    throw e;
  }
}

function consolePage(): HttpResult {
  const nonce = newNonce();
  const endpoint = process.env.COGNITO_ENDPOINT ?? '';
  // A relative API base: the console and the API share an origin and a stage path, whatever the host is called.
  const page = staffConsoleHtml({ nonce, cognito: { endpoint, clientId: process.env.COGNITO_CLIENT_ID ?? '' }, apiBase: '' });
  // The console signs in against the identity provider directly from the browser.
  return html(200, page, nonce, { 'content-security-policy': staffConsoleCsp(nonce, endpoint) });
}
