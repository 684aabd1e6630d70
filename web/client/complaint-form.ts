// The complaint page's script. The form works without it (a form-encoded post
// and a server-rendered answer page); this upgrades it to a JSON request with
// an Idempotency-Key, field errors in place and the case number on the page.
// The browser checks the limits the server rendered into the form's
// attributes (from ComplaintSubmissionSchema); the server checks them again.
import { button, byId, input, select, textarea } from './dom';
import { clearErrors, errorField, showErrors, type ErrorForm } from './field-errors';
import { fieldErrorsIn, readJson, type ApiResult, type FieldErrors } from './http';

const TEXT = {
  sending: 'Sending…',
  network: 'We could not reach our server. Please check your internet connection and try again — what you typed is still here.',
  server: 'Something went wrong on our side. What you typed is still here; please try again in a moment.',
  tooMany: 'Too many requests. Please try again in a minute — what you typed is still here.',
  summaryGeneral: 'Please check the form and try again.',
};

const FIELDS = ['name', 'email', 'accountId', 'description', 'transactionHashes', 'language', 'wantsHuman'] as const;
const ERRORS: ErrorForm = { box: 'error-summary', list: 'error-summary-list', fields: Object.fromEntries(FIELDS.map((f) => [f, errorField(f)])) };

/** A v4 UUID; randomUUID needs a secure context, so plain-http local networks get one from getRandomValues. */
function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 15) | 64;
  b[8] = (b[8]! & 63) | 128;
  const h = Array.from(b, (x) => (x + 256).toString(16).slice(1)).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The JSON the intake schema expects; optional fields left blank are left out. */
function payload(): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: input('name').value.trim(),
    email: input('email').value.trim(),
    description: textarea('description').value.trim(),
    wantsHuman: input('wantsHuman').checked,
  };
  const accountId = input('accountId').value.trim();
  if (accountId) body.accountId = accountId;
  const hashes = textarea('transactionHashes')
    .value.split(/[\s,;]+/)
    .filter((h) => h.length > 0);
  if (hashes.length) body.transactionHashes = hashes;
  const language = select('language').value;
  if (language) body.language = language;
  return body;
}

/** What the browser's own validation finds, by field. */
function browserErrors(): FieldErrors {
  const errors: Record<string, string[]> = {};
  for (const f of FIELDS) {
    const control = document.getElementById(f) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null;
    if (control && !control.checkValidity()) errors[f] = [control.validationMessage || TEXT.summaryGeneral];
  }
  return errors;
}

function start(): void {
  const form = document.getElementById('complaint-form');
  if (!(form instanceof HTMLFormElement) || typeof window.fetch !== 'function') return;
  form.noValidate = true;
  const submit = button('submit');
  const label = submit.textContent ?? '';
  const statusBox = byId('form-status');
  const counter = byId('description-counter');
  const description = textarea('description');

  // One key per complaint: a double click, a retry after a timeout or a network
  // error sends the same words with the same key, so the server opens one case,
  // not two. Words changed since the last send are another complaint and get a
  // new key, because the server refuses a used key with other words (422).
  let idempotencyKey = uuid();
  let keyedBody: string | null = null;
  let busy = false;

  const updateCounter = () => {
    counter.hidden = false;
    counter.textContent = `${description.value.length} / ${description.maxLength}`;
  };
  description.addEventListener('input', updateCounter);
  updateCounter();

  const showStatus = (text: string) => {
    statusBox.textContent = text;
    statusBox.hidden = false;
  };
  const setBusy = (on: boolean) => {
    busy = on;
    submit.disabled = on;
    submit.textContent = on ? TEXT.sending : label;
    if (on) form.setAttribute('aria-busy', 'true');
    else form.removeAttribute('aria-busy');
  };
  const showSuccess = (caseNumber: string) => {
    byId('case-number').textContent = caseNumber;
    byId('form-card').hidden = true;
    const success = byId('success');
    success.hidden = false;
    document.title = 'Complaint received · Redress';
    success.focus();
    window.scrollTo(0, 0);
  };
  const handle = (result: ApiResult) => {
    const caseNumber = result.body?.caseNumber;
    if ((result.status === 201 || result.status === 200) && typeof caseNumber === 'string') return showSuccess(caseNumber);
    if (result.status === 400) {
      // Nothing was created, so the corrected complaint is a new request with a new key.
      idempotencyKey = uuid();
      const message = result.body?.message;
      return showErrors(ERRORS, fieldErrorsIn(result.body), typeof message === 'string' && message ? message : TEXT.summaryGeneral);
    }
    if (result.status === 429) return showStatus(TEXT.tooMany);
    // The key was used for other words (keyedBody should prevent it): the next press sends these under a new key.
    if (result.status === 422) idempotencyKey = uuid();
    showStatus(TEXT.server);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    statusBox.hidden = true;
    statusBox.textContent = '';
    clearErrors(ERRORS);
    const local = browserErrors();
    if (Object.keys(local).length) return showErrors(ERRORS, local, TEXT.summaryGeneral);
    const body = JSON.stringify(payload());
    if (keyedBody !== null && body !== keyedBody) idempotencyKey = uuid();
    keyedBody = body;
    setBusy(true);
    window
      .fetch(form.getAttribute('action') ?? '', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
        body,
        credentials: 'same-origin',
      })
      .then(readJson)
      .then(
        (result) => {
          setBusy(false);
          handle(result);
        },
        () => {
          setBusy(false);
          showStatus(TEXT.network);
        },
      );
  });
}

start();
