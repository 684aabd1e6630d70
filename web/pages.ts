// Small server-rendered pages around the form and the satisfaction link: what
// a customer without JavaScript sees after posting, and the confirm / thanks /
// expired pages behind the link in the satisfaction email. Every value that
// reaches the markup goes through escapeHtml; none of these pages runs script.
import { escapeHtml, formatTimeFrame, resolveLanguage, type SupportedLanguage } from '../functions/domain/messages';
import { SatisfactionAnswerSchema } from '../functions/domain/use-cases/answer-satisfaction';
import { PAGE_TEXT, type FormField, type PageText } from './page-text';
import { inputFields, limitAttributes, textLimit } from './schema-limits';
import { pageDocument, STATUS_ICONS } from './theme';

const COMMENT_LIMIT = textLimit(inputFields(SatisfactionAnswerSchema)('comment'));

interface LocalizedPage {
  readonly language: string;
  readonly nonce: string;
  /** Where the form lives: the API's public URL (behind a stage path on AWS). @default "/" */
  readonly homeHref?: string;
}

function textFor(language: string): { lang: SupportedLanguage; t: PageText } {
  const lang = resolveLanguage(language);
  return { lang, t: PAGE_TEXT[lang] };
}

function statusHeader(kind: keyof typeof STATUS_ICONS, heading: string): string {
  return `<div class="status-icon status-${kind}">${STATUS_ICONS[kind]}</div>\n<h1 id="page-title">${escapeHtml(heading)}</h1>`;
}

function caseBox(t: PageText, caseNumber: string): string {
  return `<div class="case-box">
<p class="label" id="case-number-label">${escapeHtml(t.caseNumberLabel)}</p>
<p class="case-number" data-testid="case-number" aria-describedby="case-number-label">${escapeHtml(caseNumber)}</p>
</div>`;
}

/** After a form post without JavaScript: the case number, big, and what happens next. */
export function complaintReceivedPage(input: LocalizedPage & { readonly caseNumber: string }): string {
  const { lang, t } = textFor(input.language);
  const r = t.received;
  const main = `<section class="card" aria-labelledby="page-title">
${statusHeader('success', r.title)}
${caseBox(t, input.caseNumber)}
<p>${escapeHtml(r.emailed)}</p>
<p>${escapeHtml(r.keep)}</p>
<h2>${escapeHtml(r.nextTitle)}</h2>
<ol class="steps">${r.steps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol>
<p class="actions"><a class="button button-secondary" href="${escapeHtml(input.homeHref ?? '/')}">${escapeHtml(r.backToForm)}</a></p>
</section>`;
  return pageDocument({ language: lang, title: r.title, nonce: input.nonce, homeHref: input.homeHref ?? '/', chrome: t.chrome, main, mainClass: 'narrow' });
}

/** A form post without JavaScript that failed validation: each problem, by field, and the way back. */
export function complaintErrorsPage(input: LocalizedPage & { readonly errors: Readonly<Record<string, readonly string[]>> }): string {
  const { lang, t } = textFor(input.language);
  const e = t.errors;
  const labels = e.fields as Readonly<Record<string, string>>;
  const items = Object.entries(input.errors)
    .filter(([, messages]) => Array.isArray(messages) && messages.length > 0)
    .map(([field, messages]) => {
      const label = Object.hasOwn(labels, field) ? labels[field as FormField]! : e.general;
      return `<li><strong>${escapeHtml(label)}:</strong> ${messages.map((m) => escapeHtml(String(m))).join(' ')}</li>`;
    })
    .join('\n');
  const main = `<section class="card" aria-labelledby="page-title">
${statusHeader('warn', e.title)}
<div class="error-summary" role="alert">
<p>${escapeHtml(e.intro)}</p>
<ul>
${items}
</ul>
</div>
<p>${escapeHtml(e.back)}</p>
<p class="actions"><a class="button button-secondary" href="${escapeHtml(input.homeHref ?? '/')}">${escapeHtml(e.startAgain)}</a></p>
</section>`;
  return pageDocument({ language: lang, title: e.title, nonce: input.nonce, homeHref: input.homeHref ?? '/', chrome: t.chrome, main, mainClass: 'narrow' });
}

/**
 * Opened from the satisfaction email. Mail scanners open links on their own,
 * so this page only asks; nothing is recorded until the customer posts it.
 */
export function satisfactionConfirmPage(input: LocalizedPage & { readonly caseNumber: string; readonly formAction: string }): string {
  const { lang, t } = textFor(input.language);
  const c = t.confirm;
  const ratings = [1, 2, 3, 4, 5]
    .map((n) => {
      const end =
        n === 1
          ? ` <span class="visually-hidden">(${escapeHtml(c.ratingLow)})</span>`
          : n === 5
            ? ` <span class="visually-hidden">(${escapeHtml(c.ratingHigh)})</span>`
            : '';
      return `<span><input type="radio" id="rating-${n}" name="rating" value="${n}"><label for="rating-${n}">${n}${end}</label></span>`;
    })
    .join('');
  const main = `<section class="card" aria-labelledby="page-title">
<p class="eyebrow">${escapeHtml(c.caseLabel)} <span class="case-inline">${escapeHtml(input.caseNumber)}</span></p>
<h1 id="page-title">${escapeHtml(c.title)}</h1>
<p class="lead">${escapeHtml(c.intro)}</p>
<form method="post" action="${escapeHtml(input.formAction)}" accept-charset="utf-8">
<fieldset aria-describedby="answer-hint">
<legend class="visually-hidden">${escapeHtml(c.title)}</legend>
<p class="hint" id="answer-hint">${escapeHtml(c.noHint)}</p>
<div class="options">
<div class="option"><input type="radio" id="answer-yes" name="answer" value="yes" required><label for="answer-yes">${escapeHtml(c.yes)}</label></div>
<div class="option"><input type="radio" id="answer-no" name="answer" value="no"><label for="answer-no">${escapeHtml(c.no)}</label></div>
</div>
</fieldset>
<fieldset>
<legend>${escapeHtml(c.ratingLegend)} <span class="optional">${escapeHtml(c.optional)}</span></legend>
<div class="scale">${ratings}</div>
<div class="scale-ends" aria-hidden="true"><span>1 · ${escapeHtml(c.ratingLow)}</span><span>5 · ${escapeHtml(c.ratingHigh)}</span></div>
</fieldset>
<div class="field">
<label for="comment">${escapeHtml(c.commentLabel)} <span class="optional">${escapeHtml(c.optional)}</span></label>
<p class="hint" id="comment-hint">${escapeHtml(c.commentHint)}</p>
<textarea id="comment" name="comment" rows="4"${limitAttributes(COMMENT_LIMIT)} aria-describedby="comment-hint"></textarea>
</div>
<div class="actions"><button type="submit" class="button button-primary" data-testid="submit-answer">${escapeHtml(c.submit)}</button></div>
</form>
</section>`;
  return pageDocument({ language: lang, title: c.title, nonce: input.nonce, homeHref: input.homeHref ?? '/', chrome: t.chrome, main, mainClass: 'narrow' });
}

/** After the answer is recorded. On "no", says when a person will pick the case up again. */
export function satisfactionThanksPage(
  input: LocalizedPage & { readonly caseNumber: string; readonly answer: 'yes' | 'no'; readonly timeFrameHours?: number },
): string {
  const { lang, t } = textFor(input.language);
  const th = t.thanks;
  const within =
    input.timeFrameHours !== undefined && Number.isFinite(input.timeFrameHours) && input.timeFrameHours > 0
      ? formatTimeFrame(input.timeFrameHours, lang)
      : undefined;
  const body =
    input.answer === 'yes'
      ? `${statusHeader('success', th.yesHeading)}\n<p>${escapeHtml(th.yesBody)}</p>`
      : `${statusHeader('info', th.noHeading)}\n<p>${escapeHtml(th.noBody(within))}</p>\n<p>${escapeHtml(th.addMore)}</p>`;
  const main = `<section class="card" aria-labelledby="page-title">
<p class="eyebrow">${escapeHtml(t.confirm.caseLabel)} <span class="case-inline">${escapeHtml(input.caseNumber)}</span></p>
${body}
</section>`;
  return pageDocument({ language: lang, title: th.title, nonce: input.nonce, homeHref: input.homeHref ?? '/', chrome: t.chrome, main, mainClass: 'narrow' });
}

/** A used, expired or unknown answer link: what happened, and how to reach a person anyway. */
export function linkExpiredPage(input: LocalizedPage): string {
  const { lang, t } = textFor(input.language);
  const x = t.expired;
  const main = `<section class="card" aria-labelledby="page-title">
${statusHeader('warn', x.title)}
<p>${escapeHtml(x.body)}</p>
<p>${escapeHtml(x.reach)}</p>
<p class="actions"><a class="button button-secondary" href="${escapeHtml(input.homeHref ?? '/')}">${escapeHtml(x.newComplaint)}</a></p>
</section>`;
  return pageDocument({ language: lang, title: x.title, nonce: input.nonce, homeHref: input.homeHref ?? '/', chrome: t.chrome, main, mainClass: 'narrow' });
}
