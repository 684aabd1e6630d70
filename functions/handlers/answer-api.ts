// The customer's answer to the satisfaction question. GET shows a page (a mail
// scanner opening the link changes nothing); only the POST records it. The
// answers are pages, the link having come from a mail: only a body the edge
// cannot read is refused in JSON, as on every API.
import { linkExpiredPage, satisfactionConfirmPage, satisfactionThanksPage } from '../../web/pages';
import { systemClock, type AnswerLink } from '../domain/ports';
import { answerSatisfaction, openAnswerLink, SatisfactionAnswerSchema } from '../domain/use-cases/answer-satisfaction';
import { cases, config, homeUrl, tasks, workflow } from './shared/composition';
import { html, newNonce, type HttpResult } from './shared/http';
import { httpApi, type HttpRequest } from './shared/http-edge';
import { logger } from './shared/powertools';

const LINK_ID = /^[A-Za-z0-9_-]{16,64}$/;

const linkIdOf = ({ event }: HttpRequest) => event.pathParameters?.linkId ?? '';

function expired(status: number): HttpResult {
  const nonce = newNonce();
  return html(status, linkExpiredPage({ language: 'en', nonce, homeHref: homeUrl() }), nonce);
}

function confirm(status: number, linkId: string, link: AnswerLink, extra?: Record<string, string>): HttpResult {
  const nonce = newNonce();
  return html(
    status,
    satisfactionConfirmPage({ caseNumber: link.caseNumber, formAction: `./${linkId}`, language: link.language, nonce, homeHref: homeUrl() }),
    nonce,
    extra,
  );
}

async function showQuestion(request: HttpRequest): Promise<HttpResult> {
  const linkId = linkIdOf(request);
  if (!LINK_ID.test(linkId)) return expired(404);
  const link = await openAnswerLink({ tasks: tasks(), clock: systemClock }, linkId);
  return link ? confirm(200, linkId, link) : expired(410);
}

async function recordAnswer(request: HttpRequest): Promise<HttpResult> {
  const linkId = linkIdOf(request);
  if (!LINK_ID.test(linkId)) return expired(404);
  const { fields } = request;
  // A form sends an empty field for a rating or comment left out.
  const parsed = SatisfactionAnswerSchema.safeParse({
    ...fields,
    rating: fields.rating === '' ? undefined : fields.rating,
    comment: fields.comment === '' ? undefined : fields.comment,
  });
  if (!parsed.success) {
    // Not an error page: the same question again, to answer properly.
    const link = await openAnswerLink({ tasks: tasks(), clock: systemClock }, linkId);
    return link ? confirm(400, linkId, link) : expired(410);
  }
  const outcome = await answerSatisfaction({ cases: cases(), tasks: tasks(), workflow: workflow(), clock: systemClock }, linkId, parsed.data);
  if (outcome.kind === 'link-invalid') return expired(410);
  // Nothing was used up: the same form, sent again a moment later, works.
  if (outcome.kind === 'not-ready') return confirm(503, linkId, outcome.link, { 'retry-after': '30' });
  logger.info('satisfaction answered', { caseId: outcome.link.caseId, answer: parsed.data.answer });
  const nonce = newNonce();
  return html(
    200,
    satisfactionThanksPage({
      caseNumber: outcome.link.caseNumber,
      answer: parsed.data.answer,
      language: outcome.link.language,
      nonce,
      homeHref: homeUrl(),
      timeFrameHours: config().timeFrames.reopenedHours,
    }),
    nonce,
  );
}

export const handler = httpApi({
  routes: [
    { method: 'GET', resource: '/answers/{linkId}', access: 'public', handler: showQuestion },
    { method: 'POST', resource: '/answers/{linkId}', access: 'public', body: true, handler: recordAnswer },
  ],
});
