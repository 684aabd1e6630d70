// Public intake: serves the complaint form and takes submissions. A thin
// adapter: parse, validate, call submitComplaint, map errors to responses.
import { complaintFormHtml } from '../../web/complaint-form';
import { complaintErrorsPage, complaintReceivedPage } from '../../web/pages';
import { ComplaintSubmissionSchema, fieldErrorsOf, fromFormFields, type FieldErrors } from '../domain/intake/complaint-schema';
import { derivedIdempotencyKey } from '../domain/intake/submission-fingerprint';
import { IdempotencyKeyReusedError, RateLimitedError } from '../domain/errors';
import { systemClock } from '../domain/ports';
import { submitComplaint } from '../domain/use-cases/submit-complaint';
import { cases, config, homeUrl, events, workflow } from './shared/composition';
import { BadRequestError, header, html, json, newNonce, parseBody, wantsHtml, type HttpEvent, type HttpResult } from './shared/http';
import { logger } from './shared/powertools';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

export async function handler(event: HttpEvent): Promise<HttpResult> {
  const route = `${event.httpMethod} ${event.resource}`;
  if (route === 'GET /') {
    const nonce = newNonce();
    return html(200, complaintFormHtml(nonce), nonce);
  }
  if (route === 'POST /api/complaints') return submit(event);
  return json(404, { message: 'Not found' });
}

async function submit(event: HttpEvent): Promise<HttpResult> {
  const asHtml = wantsHtml(event);
  let fields: Record<string, unknown>;
  let form: boolean;
  try {
    ({ fields, form } = parseBody(event));
  } catch (e) {
    if (e instanceof BadRequestError) return invalid(asHtml, { _body: [e.message] });
    throw e;
  }
  const parsed = ComplaintSubmissionSchema.safeParse(form ? fromFormFields(fields as Record<string, string>) : fields);
  if (!parsed.success) return invalid(asHtml, fieldErrorsOf(parsed.error));

  const givenKey = header(event, 'idempotency-key');
  if (givenKey !== undefined && !IDEMPOTENCY_KEY.test(givenKey)) {
    return invalid(asHtml, { 'Idempotency-Key': ['Must be 8-128 characters of letters, digits, _ . : -'] });
  }
  // Without a key (a plain HTML form post), the same complaint on the same day is one case.
  const idempotencyKey = givenKey ?? derivedIdempotencyKey(parsed.data, systemClock.now());

  try {
    const result = await submitComplaint(
      { cases: cases(), events: events(), workflow: workflow(), clock: systemClock, config: config(), warn: (m, f) => logger.warn(m, f) },
      { submission: parsed.data, channel: 'web', idempotencyKey, clientId: event.requestContext.identity.sourceIp ?? 'unknown' },
    );
    logger.info('complaint accepted', { caseId: result.caseId, created: result.created });
    if (asHtml) {
      const nonce = newNonce();
      return html(201, complaintReceivedPage({ caseNumber: result.caseNumber, language: parsed.data.language ?? 'en', nonce, homeHref: homeUrl() }), nonce);
    }
    return json(201, { caseNumber: result.caseNumber }, result.created ? {} : { 'idempotent-replayed': 'true' });
  } catch (e) {
    if (e instanceof RateLimitedError) return json(429, { message: e.message }, { 'retry-after': '3600' });
    if (e instanceof IdempotencyKeyReusedError) {
      logger.warn('idempotency key reused for another complaint', { caseId: e.caseId });
      // 422, not 409: the request is well-formed, but the key already names another complaint.
      return refused(422, asHtml, { 'Idempotency-Key': [e.message] }, e.message);
    }
    throw e;
  }
}

function invalid(asHtml: boolean, errors: FieldErrors): HttpResult {
  return refused(400, asHtml, errors, 'The complaint could not be accepted; see errors');
}

function refused(status: 400 | 422, asHtml: boolean, errors: FieldErrors, message: string): HttpResult {
  if (asHtml) {
    const nonce = newNonce();
    return html(status, complaintErrorsPage({ errors, language: 'en', nonce, homeHref: homeUrl() }), nonce);
  }
  return json(status, { message, errors });
}
