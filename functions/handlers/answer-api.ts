// The customer's answer to the satisfaction question. GET shows a page (a mail
// scanner opening the link changes nothing); only the POST records it.
import { linkExpiredPage, satisfactionConfirmPage, satisfactionThanksPage } from '../../web/pages';
import { systemClock, type AnswerLink } from '../domain/ports';
import { answerSatisfaction, openAnswerLink, SatisfactionAnswerSchema } from '../domain/use-cases/answer-satisfaction';
import { cases, config, homeUrl, workflow } from './shared/composition';
import { BadRequestError, html, json, newNonce, parseBody, type HttpEvent, type HttpResult } from './shared/http';
import { logger } from './shared/powertools';

const LINK_ID = /^[A-Za-z0-9_-]{16,64}$/;

export async function handler(event: HttpEvent): Promise<HttpResult> {
  const linkId = event.pathParameters?.linkId ?? '';
  const nonce = newNonce();
  const expired = (status: number) => html(status, linkExpiredPage({ language: 'en', nonce, homeHref: homeUrl() }), nonce);
  const confirm = (status: number, link: AnswerLink, extra?: Record<string, string>) =>
    html(status, satisfactionConfirmPage({ caseNumber: link.caseNumber, formAction: `./${linkId}`, language: link.language, nonce, homeHref: homeUrl() }), nonce, extra);
  if (!LINK_ID.test(linkId)) return expired(404);
  const method = event.httpMethod;

  if (method === 'GET') {
    const link = await openAnswerLink({ cases: cases(), clock: systemClock }, linkId);
    return link ? confirm(200, link) : expired(410);
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
    return link ? confirm(400, link) : expired(410);
  }
  const outcome = await answerSatisfaction({ cases: cases(), workflow: workflow(), clock: systemClock }, linkId, parsed.data);
  if (outcome.kind === 'link-invalid') return expired(410);
  // Nothing was used up: the same form, sent again a moment later, works.
  if (outcome.kind === 'not-ready') return confirm(503, outcome.link, { 'retry-after': '30' });
  logger.info('satisfaction answered', { caseId: outcome.link.caseId, answer: parsed.data.answer });
  return html(
    200,
    satisfactionThanksPage({ caseNumber: outcome.link.caseNumber, answer: parsed.data.answer, language: outcome.link.language, nonce, homeHref: homeUrl(), timeFrameHours: config().timeFrames.reopenedHours }),
    nonce,
  );
}
