// Public intake: serves the complaint form and takes submissions. A thin
// adapter on the HTTP edge: validate the body, call submitComplaint, answer.
// The edge reads the body and turns refusals into a 400/422 (a page when the
// browser asked for one) and a rate limit into a 429.
import { complaintFormHtml } from '../../web/complaint-form';
import { complaintErrorsPage, complaintReceivedPage } from '../../web/pages';
import { ComplaintSubmissionSchema, fromFormFields } from '../domain/intake/complaint-schema';
import { derivedIdempotencyKey } from '../domain/intake/submission-fingerprint';
import { systemClock } from '../domain/ports';
import { submitComplaint } from '../domain/use-cases/submit-complaint';
import { cases, config, counters, events, homeUrl, workflow } from './shared/composition';
import { html, json, newNonce } from './shared/http';
import { httpApi, validBody, type HttpRequest } from './shared/http-edge';
import { BadRequestError } from './shared/http-errors';
import { logger } from './shared/powertools';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,128}$/;
const REFUSED = 'The complaint could not be accepted; see errors';

function complaintForm() {
  const nonce = newNonce();
  return html(200, complaintFormHtml(nonce), nonce);
}

async function submit({ event, fields, form, wantsHtml }: HttpRequest) {
  const submission = validBody(ComplaintSubmissionSchema, form ? fromFormFields(fields as Record<string, string>) : fields, REFUSED);
  const givenKey = event.headers['idempotency-key'];
  if (givenKey !== undefined && !IDEMPOTENCY_KEY.test(givenKey)) {
    throw new BadRequestError(REFUSED, { 'Idempotency-Key': ['Must be 8-128 characters of letters, digits, _ . : -'] });
  }
  // Without a key (a plain HTML form post), the same complaint on the same day is one case.
  const idempotencyKey = givenKey ?? derivedIdempotencyKey(submission, systemClock.now());

  const result = await submitComplaint(
    { cases: cases(), counters: counters(), events: events(), workflow: workflow(), clock: systemClock, config: config(), warn: (m, f) => logger.warn(m, f) },
    { submission, channel: 'web', idempotencyKey, clientId: event.requestContext.identity.sourceIp ?? 'unknown' },
  );
  logger.info('complaint accepted', { caseId: result.caseId, created: result.created });
  if (wantsHtml) {
    const nonce = newNonce();
    return html(201, complaintReceivedPage({ caseNumber: result.caseNumber, language: submission.language ?? 'en', nonce, homeHref: homeUrl() }), nonce);
  }
  return json(201, { caseNumber: result.caseNumber }, result.created ? {} : { 'idempotent-replayed': 'true' });
}

export const handler = httpApi({
  routes: [
    { method: 'GET', resource: '/', access: 'public', handler: complaintForm },
    {
      method: 'POST',
      resource: '/api/complaints',
      access: 'public',
      body: true,
      // A browser posting the form without JavaScript gets the errors as a page it can go back from.
      refusal: { message: REFUSED, page: (errors, nonce) => complaintErrorsPage({ errors, language: 'en', nonce, homeHref: homeUrl() }) },
      handler: submit,
    },
  ],
});
