// The customer's answer to the satisfaction question. GET shows a page (a mail
// scanner opening the link changes nothing); only the POST records it.
import { linkExpiredPage, satisfactionConfirmPage, satisfactionThanksPage } from '../../web/pages';
import { systemClock } from '../domain/ports';
import { answerSatisfaction, openAnswerLink, SatisfactionAnswerSchema } from '../domain/use-cases/answer-satisfaction';
import { cases, config, homeUrl, workflow } from './shared/composition';
import { BadRequestError, html, json, newNonce, parseBody, type HttpEvent, type HttpResult } from './shared/http';
import { logger } from './shared/powertools';

const LINK_ID = /^[A-Za-z0-9_-]{16,64}$/;

export async function handler(event: HttpEvent): Promise<HttpResult> {
  const linkId = event.pathParameters?.linkId ?? '';
  const nonce = newNonce();
  if (!LINK_ID.test(linkId)) return html(404, linkExpiredPage({ language: 'en', nonce, homeHref: homeUrl() }), nonce);
  const method = event.httpMethod;

  if (method === 'GET') {
    const link = await openAnswerLink({ cases: cases(), clock: systemClock }, linkId);
    if (!link) return html(410, linkExpiredPage({ language: 'en', nonce, homeHref: homeUrl() }), nonce);
    return html(200, satisfactionConfirmPage({ caseNumber: link.caseNumber, formAction: `./${linkId}`, language: link.language, nonce, homeHref: homeUrl() }), nonce);
  }
  if (method !== 'POST') return json(405, { message: 'Method not allowed' }, { allow: 'GET, POST' });

  let fields: Record<string, unknown>;
  try {
    ({ fields } = parseBody(event));
  } catch (e) {
    if (e instanceof BadRequestError) return json(400, { message: e.message });
    throw e;
  }
  const parsed = SatisfactionAnswerSchema.safeParse({ ...fields, rating: fields.rating === '' ? undefined : fields.rating, comment: fields.comment === '' ? undefined : fields.comment });
  if (!parsed.success) {
    const link = await openAnswerLink({ cases: cases(), clock: systemClock }, linkId);
    if (!link) return html(410, linkExpiredPage({ language: 'en', nonce, homeHref: homeUrl() }), nonce);
    return html(400, satisfactionConfirmPage({ caseNumber: link.caseNumber, formAction: `./${linkId}`, language: link.language, nonce, homeHref: homeUrl() }), nonce);
  }
  const outcome = await answerSatisfaction({ cases: cases(), workflow: workflow(), clock: systemClock }, linkId, parsed.data);
  if (outcome.kind === 'link-invalid') return html(410, linkExpiredPage({ language: 'en', nonce, homeHref: homeUrl() }), nonce);
  if (outcome.kind === 'not-ready') {
    // Nothing was used up: the same form, sent again a moment later, works.
    const link = await openAnswerLink({ cases: cases(), clock: systemClock }, linkId);
    const page = satisfactionConfirmPage({ caseNumber: link?.caseNumber ?? '', formAction: `./${linkId}`, language: link?.language ?? 'en', nonce, homeHref: homeUrl() });
    return { ...html(503, page, nonce), headers: { ...html(503, page, nonce).headers, 'retry-after': '30' } };
  }
  logger.info('satisfaction answered', { caseId: outcome.link.caseId, answer: parsed.data.answer });
  return html(
    200,
    satisfactionThanksPage({ caseNumber: outcome.link.caseNumber, answer: parsed.data.answer, language: outcome.link.language, nonce, homeHref: homeUrl(), timeFrameHours: config().timeFrames.reopenedHours }),
    nonce,
  );
}
