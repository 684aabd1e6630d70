// The public complaint page served at GET /. It is a plain HTML form that
// posts form-encoded to api/complaints (relative: on AWS the page is served under the
// API stage path) and works without JavaScript; the
// inline script upgrades it to a JSON request with an Idempotency-Key, shows
// field errors in place and the case number on success.
import { LANGUAGE_NATIVE_NAMES, SUPPORTED_LANGUAGES, escapeHtml } from '../functions/domain/messages';
import { PAGE_TEXT } from './page-text';
import { pageDocument } from './theme';

/** Mirrors ComplaintSubmissionSchema's limits so the browser stops what the server would refuse. */
const LIMITS = { name: 120, email: 254, accountId: 64, descriptionMin: 10, description: 5000 } as const;

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
<input class="medium" type="text" id="name" name="name" autocomplete="name" required maxlength="${LIMITS.name}">
</div>
<div class="field" id="field-email">
<label for="email">Email address</label>
<p class="hint" id="email-hint">We send your case number and updates here.</p>
<p class="field-error" id="email-error" hidden></p>
<input class="medium" type="email" id="email" name="email" autocomplete="email" inputmode="email" spellcheck="false" required maxlength="${LIMITS.email}" aria-describedby="email-hint">
</div>

<div class="field" id="field-accountId">
<label for="accountId">Account ID <span class="optional">(optional)</span></label>
<p class="hint" id="accountId-hint">Your account or user ID, if you know it. Letters, digits, - and _ only.</p>
<p class="field-error" id="accountId-error" hidden></p>
<input class="medium" type="text" id="accountId" name="accountId" autocomplete="off" spellcheck="false" autocapitalize="off" maxlength="${LIMITS.accountId}" pattern="[A-Za-z0-9_\\-]*" aria-describedby="accountId-hint">
</div>

<div class="field" id="field-description">
<label for="description">What happened?</label>
<p class="hint" id="description-hint">What happened, when, and what you would like us to do. Include amounts and assets if money is involved. Never include your seed phrase, private key or password.</p>
<p class="field-error" id="description-error" hidden></p>
<textarea id="description" name="description" rows="8" required minlength="${LIMITS.descriptionMin}" maxlength="${LIMITS.description}" aria-describedby="description-hint description-counter"></textarea>
<p class="counter" id="description-counter" hidden></p>
</div>

<div class="field" id="field-transactionHashes">
<label for="transactionHashes">Transaction hashes <span class="optional">(optional)</span></label>
<p class="hint" id="transactionHashes-hint">One per line, up to 20. You find them in your wallet or on a blockchain explorer.</p>
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

// ES2017, no modules, no dependencies: it runs as is in any current browser.
// Only DOM methods a small fake can provide are used, so tests can run it.
const SCRIPT = `
(function () {
  'use strict';
  var form = document.getElementById('complaint-form');
  if (!form || typeof window.fetch !== 'function' || typeof JSON === 'undefined') return;
  form.noValidate = true;

  var FIELDS = ['name', 'email', 'accountId', 'description', 'transactionHashes', 'language', 'wantsHuman'];
  var TEXT = {
    sending: 'Sending\\u2026',
    network: 'We could not reach our server. Please check your internet connection and try again \\u2014 what you typed is still here.',
    server: 'Something went wrong on our side. What you typed is still here; please try again in a moment.',
    tooMany: 'Too many requests. Please try again in a minute \\u2014 what you typed is still here.',
    summaryGeneral: 'Please check the form and try again.'
  };
  var $ = function (id) { return document.getElementById(id); };
  var button = $('submit');
  var buttonLabel = button.textContent;
  var statusBox = $('form-status');
  var summary = $('error-summary');
  var summaryList = $('error-summary-list');
  var counter = $('description-counter');
  var description = $('description');

  function uuid() {
    var c = window.crypto;
    if (c && typeof c.randomUUID === 'function') return c.randomUUID();
    // randomUUID needs a secure context; plain-http local networks still get a v4 UUID.
    var b = new Uint8Array(16);
    c.getRandomValues(b);
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = '';
    for (var i = 0; i < 16; i++) h += (b[i] + 256).toString(16).slice(1);
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  // One key per complaint: a double click, a retry after a timeout or a network
  // error sends the same words with the same key, so the server opens one case,
  // not two. Words changed since the last send are another complaint and get a
  // new key, because the server refuses a used key with other words (422).
  var idempotencyKey = uuid();
  var keyedBody = null;
  var busy = false;

  function updateCounter() {
    counter.hidden = false;
    counter.textContent = description.value.length + ' / ${LIMITS.description}';
  }
  description.addEventListener('input', updateCounter);
  updateCounter();

  function describedBy(el, id, add) {
    var ids = (el.getAttribute('aria-describedby') || '').split(' ').filter(function (x) { return x && x !== id; });
    if (add) ids.unshift(id);
    if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
    else el.removeAttribute('aria-describedby');
  }

  function clearErrors() {
    statusBox.hidden = true;
    statusBox.textContent = '';
    summary.hidden = true;
    while (summaryList.firstChild) summaryList.removeChild(summaryList.firstChild);
    FIELDS.forEach(function (f) {
      var input = $(f), err = $(f + '-error'), wrap = $('field-' + f);
      if (!input || !err) return;
      err.hidden = true;
      err.textContent = '';
      input.removeAttribute('aria-invalid');
      describedBy(input, f + '-error', false);
      if (wrap) wrap.classList.remove('has-error');
    });
  }

  function addSummaryItem(text, fieldId) {
    var li = document.createElement('li');
    if (fieldId) {
      var a = document.createElement('a');
      a.setAttribute('href', '#' + fieldId);
      a.textContent = text;
      a.addEventListener('click', function (event) {
        event.preventDefault();
        var target = $(fieldId);
        if (target) target.focus();
      });
      li.appendChild(a);
    } else {
      li.textContent = text;
    }
    summaryList.appendChild(li);
  }

  function showErrors(errors, message) {
    var shown = 0;
    Object.keys(errors || {}).forEach(function (key) {
      var messages = errors[key];
      if (!messages || !messages.length) return;
      var text = [].concat(messages).join(' ');
      var input = FIELDS.indexOf(key) >= 0 ? $(key) : null;
      var err = input ? $(key + '-error') : null;
      if (input && err) {
        err.textContent = text;
        err.hidden = false;
        input.setAttribute('aria-invalid', 'true');
        describedBy(input, key + '-error', true);
        var wrap = $('field-' + key);
        if (wrap) wrap.classList.add('has-error');
        addSummaryItem(text, key);
      } else {
        addSummaryItem(text, null);
      }
      shown++;
    });
    if (!shown) addSummaryItem(message || TEXT.summaryGeneral, null);
    summary.hidden = false;
    summary.focus();
  }

  function showStatus(text) {
    statusBox.textContent = text;
    statusBox.hidden = false;
  }

  function setBusy(on) {
    busy = on;
    button.disabled = on;
    button.textContent = on ? TEXT.sending : buttonLabel;
    if (on) form.setAttribute('aria-busy', 'true');
    else form.removeAttribute('aria-busy');
  }

  function clientErrors() {
    var errors = {};
    FIELDS.forEach(function (f) {
      var el = $(f);
      if (el && typeof el.checkValidity === 'function' && !el.checkValidity()) errors[f] = [el.validationMessage || TEXT.summaryGeneral];
    });
    return errors;
  }

  function payload() {
    var body = {
      name: $('name').value.trim(),
      email: $('email').value.trim(),
      description: $('description').value.trim(),
      wantsHuman: $('wantsHuman').checked === true
    };
    var accountId = $('accountId').value.trim();
    if (accountId) body.accountId = accountId;
    var hashes = $('transactionHashes').value.split(/[\\s,;]+/).filter(function (h) { return h.length > 0; });
    if (hashes.length) body.transactionHashes = hashes;
    var language = $('language').value;
    if (language) body.language = language;
    return body;
  }

  function showSuccess(caseNumber) {
    $('case-number').textContent = caseNumber;
    $('form-card').hidden = true;
    var success = $('success');
    success.hidden = false;
    document.title = 'Complaint received \\u00b7 Redress';
    success.focus();
    if (typeof window.scrollTo === 'function') window.scrollTo(0, 0);
  }

  function handle(result) {
    var body = result.body || {};
    if ((result.status === 201 || result.status === 200) && typeof body.caseNumber === 'string') return showSuccess(body.caseNumber);
    if (result.status === 400) {
      // Nothing was created, so the corrected complaint is a new request with a new key.
      idempotencyKey = uuid();
      return showErrors(body.errors, body.message);
    }
    if (result.status === 429) return showStatus(TEXT.tooMany);
    // The key was used for other words (keyedBody should prevent it): the next press sends these under a new key.
    if (result.status === 422) idempotencyKey = uuid();
    showStatus(TEXT.server);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (busy) return;
    clearErrors();
    var local = clientErrors();
    if (Object.keys(local).length) return showErrors(local, null);
    var body = JSON.stringify(payload());
    if (keyedBody !== null && body !== keyedBody) idempotencyKey = uuid();
    keyedBody = body;
    setBusy(true);
    window.fetch(form.getAttribute('action'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'Idempotency-Key': idempotencyKey },
      body: body,
      credentials: 'same-origin'
    }).then(function (res) {
      return res.text().then(function (raw) {
        var parsed = null;
        try { parsed = raw ? JSON.parse(raw) : null; } catch (e) { parsed = null; }
        return { status: res.status, body: parsed };
      });
    }).then(function (result) {
      setBusy(false);
      handle(result);
    }, function () {
      setBusy(false);
      showStatus(TEXT.network);
    });
  });
})();
`;

/** The complaint page. `nonce` must match the CSP header sent with it. */
export function complaintFormHtml(nonce: string): string {
  return pageDocument({
    language: 'en',
    title: 'Make a complaint',
    nonce,
    chrome: PAGE_TEXT.en.chrome,
    main: MAIN,
    mainClass: 'layout',
    script: SCRIPT,
  });
}

/** Exposed for tests, which run the script against a fake DOM. */
export const COMPLAINT_FORM_SCRIPT = SCRIPT;
