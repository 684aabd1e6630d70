// The public complaint page served at GET /. It is a plain HTML form that
// posts form-encoded to api/complaints (relative: on AWS the page is served
// under the API stage path) and works without JavaScript; the inline script
// (web/client/complaint-form.ts, bundled by web/build-client.ts) upgrades it
// to a JSON request with an Idempotency-Key, shows field errors in place and
// the case number on success. The form's limits are ComplaintSubmissionSchema's.
import { ComplaintSubmissionSchema } from '../functions/domain/intake/complaint-schema';
import { LANGUAGE_NATIVE_NAMES, SUPPORTED_LANGUAGES, escapeHtml } from '../functions/domain/messages';
import { COMPLAINT_FORM_SCRIPT } from './generated/client-scripts';
import { PAGE_TEXT } from './page-text';
import { inputFields, limitAttributes, listLimit, textLimit } from './schema-limits';
import { pageDocument } from './theme';

const field = inputFields(ComplaintSubmissionSchema);
/** The browser checks these natively (and the script with checkValidity) before the server does. */
const LIMITS = {
  name: textLimit(field('name')),
  email: textLimit(field('email')),
  accountId: textLimit(field('accountId')),
  description: textLimit(field('description')),
  transactionHashes: listLimit(field('transactionHashes')),
};
const native = (limit: keyof Omit<typeof LIMITS, 'transactionHashes'>) => limitAttributes(LIMITS[limit], { withPattern: true });

const languageOptions = [
  '<option value="">Auto-detect from what I write</option>',
  ...SUPPORTED_LANGUAGES.map((code) => `<option value="${code}" lang="${code}">${escapeHtml(LANGUAGE_NATIVE_NAMES[code])}</option>`),
].join('');

const MAIN = `<div class="form-column">
<section class="card" id="form-card" aria-labelledby="form-title">
<p class="eyebrow">Complaints</p>
<h1 id="form-title">Tell us what went wrong</h1>
<p class="lead">A person reads every complaint. You get a case number straight away and an email confirming it, with the time frame we will answer in.</p>

<div class="notice notice-warn" role="note" id="secrets-warning">
<strong>Never enter your seed phrase, private key or password.</strong>
<p>Not here, not anywhere. We will never ask for them, and anyone who does is not us.</p>
</div>

<div class="error-summary" id="error-summary" tabindex="-1" hidden>
<h2 id="error-summary-title">Please check the form</h2>
<ul id="error-summary-list"></ul>
</div>

<form id="complaint-form" method="post" action="api/complaints" accept-charset="utf-8">
<div class="field" id="field-name">
<label for="name">Your name</label>
<p class="field-error" id="name-error" hidden></p>
<input class="medium" type="text" id="name" name="name" autocomplete="name" required${native('name')}>
</div>
<div class="field" id="field-email">
<label for="email">Email address</label>
<p class="hint" id="email-hint">We send your case number and updates here.</p>
<p class="field-error" id="email-error" hidden></p>
<input class="medium" type="email" id="email" name="email" autocomplete="email" inputmode="email" spellcheck="false" required${native('email')} aria-describedby="email-hint">
</div>

<div class="field" id="field-accountId">
<label for="accountId">Account ID <span class="optional">(optional)</span></label>
<p class="hint" id="accountId-hint">Your account or user ID, if you know it. Letters, digits, - and _ only.</p>
<p class="field-error" id="accountId-error" hidden></p>
<input class="medium" type="text" id="accountId" name="accountId" autocomplete="off" spellcheck="false" autocapitalize="off"${native('accountId')} aria-describedby="accountId-hint">
</div>

<div class="field" id="field-description">
<label for="description">What happened?</label>
<p class="hint" id="description-hint">What happened, when, and what you would like us to do. Include amounts and assets if money is involved. Never include your seed phrase, private key or password.</p>
<p class="field-error" id="description-error" hidden></p>
<textarea id="description" name="description" rows="8" required${native('description')} aria-describedby="description-hint description-counter"></textarea>
<p class="counter" id="description-counter" hidden></p>
</div>

<div class="field" id="field-transactionHashes">
<label for="transactionHashes">Transaction hashes <span class="optional">(optional)</span></label>
<p class="hint" id="transactionHashes-hint">One per line, up to ${LIMITS.transactionHashes.maxItems}. You find them in your wallet or on a blockchain explorer.</p>
<p class="field-error" id="transactionHashes-error" hidden></p>
<textarea class="mono" id="transactionHashes" name="transactionHashes" rows="3" spellcheck="false" autocapitalize="off" autocomplete="off" aria-describedby="transactionHashes-hint"></textarea>
</div>

<div class="field" id="field-language">
<label for="language">Language for our replies</label>
<p class="hint" id="language-hint">Leave on auto-detect and we answer in the language you write in.</p>
<p class="field-error" id="language-error" hidden></p>
<select id="language" name="language" aria-describedby="language-hint">${languageOptions}</select>
</div>

<div class="choice-card" id="field-wantsHuman">
<input type="checkbox" id="wantsHuman" name="wantsHuman" value="true" aria-describedby="wantsHuman-hint">
<div>
<label for="wantsHuman">I want to talk to a person</label>
<p class="hint" id="wantsHuman-hint">Tick this and a member of our team will contact you directly.</p>
<p class="field-error" id="wantsHuman-error" hidden></p>
</div>
</div>

<div class="notice notice-error" id="form-status" role="alert" hidden></div>
<div class="actions">
<button type="submit" class="button button-primary" id="submit" data-testid="submit">Send complaint</button>
<p class="fine-print">We use what you send only to handle your complaint.</p>
</div>
</form>
</section>

<section class="card" id="success" tabindex="-1" aria-labelledby="success-title" hidden>
<div class="status-icon status-success"><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 12.5l4.5 4.5L19 7.5"/></svg></div>
<h1 id="success-title">We have received your complaint</h1>
<div class="case-box">
<p class="label" id="case-number-label">Your case number</p>
<p class="case-number" id="case-number" data-testid="case-number" aria-describedby="case-number-label"></p>
</div>
<p>We emailed you an acknowledgement with this number. If it has not arrived in a few minutes, please check your spam folder.</p>
<p>Keep your case number. Replying to our email is the quickest way to reach the person handling your case.</p>
<p class="actions"><a class="button button-secondary" href="/">Send another complaint</a></p>
</section>
</div>

<aside class="aside" aria-labelledby="next-title">
<h2 id="next-title">What happens next</h2>
<ol class="steps">
<li>You get a case number as soon as you send this.</li>
<li>We email you an acknowledgement with the time frame we will answer in.</li>
<li>A person looks into it and writes to you with what they found.</li>
</ol>
<h2>Talk to a person</h2>
<p>Tick “I want to talk to a person”, or reply to any email we send you. A member of our team reads every reply.</p>
</aside>`;

/** The complaint page. `nonce` must match the CSP header sent with it. */
export function complaintFormHtml(nonce: string): string {
  return pageDocument({
    language: 'en',
    title: 'Make a complaint',
    nonce,
    chrome: PAGE_TEXT.en.chrome,
    main: MAIN,
    mainClass: 'layout',
    script: COMPLAINT_FORM_SCRIPT,
  });
}
