// The staff console served at GET /console: one page where agents and
// supervisors sign in with Cognito, see the cases waiting on a person, record
// findings and decide on compensation. Everything dynamic happens in the
// inline script, which builds the DOM with textContent only, so nothing the API
// returns (complaint text, names, explorer URLs) is ever parsed as HTML.
import { escapeHtml, safeHttpUrl } from '../functions/domain/messages';
import { DEFAULT_ASSET_DECIMALS, FALLBACK_DECIMALS } from '../functions/domain/money/amount';
import { pageDocument, type PageChrome } from './theme';

export interface StaffConsoleOptions {
  /** Per-response CSP nonce; the same value must be in the header's script-src and style-src. */
  readonly nonce: string;
  readonly cognito: {
    /** Cognito's JSON endpoint, e.g. https://cognito-idp.eu-west-1.amazonaws.com/. Its origin must be in connect-src. */
    readonly endpoint: string;
    /** The user pool's app client (no secret, USER_PASSWORD_AUTH enabled). */
    readonly clientId: string;
  };
  /**
   * What the staff API routes hang off, `${apiBase}api/cases`: "" or a URL or path ending in "/",
   * e.g. "https://abc.execute-api.eu-west-1.amazonaws.com/prod/". Must be this page's origin (connect-src 'self').
   */
  readonly apiBase: string;
  /**
   * Decimal places of assets beyond the built-in ones (config `compensation.assetDecimals`), so the
   * console refuses an amount finer than its asset before sending it. @default {}
   */
  readonly assetDecimals?: Readonly<Record<string, number>>;
}

const CHROME: PageChrome = {
  skipToContent: 'Skip to content',
  tagline: 'Staff console',
  footer: ['Internal tool. Case details are personal data: keep them in the console.'],
};

/**
 * The CSP to send with the page: the theme's nonce'd style and script, and
 * fetch to this API and to Cognito only.
 */
export function staffConsoleCsp(nonce: string, cognitoEndpoint: string): string {
  return `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self' ${cognitoOrigin(cognitoEndpoint)}; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;
}

function cognitoOrigin(endpoint: string): string {
  const url = safeHttpUrl(endpoint);
  if (!url) throw new Error('cognito.endpoint must be an absolute http(s) URL');
  return new URL(url).origin;
}

// What the theme lacks for a working tool: tables, badges, a success notice,
// definition lists and a timeline. Colours come from the theme's variables.
const CONSOLE_CSS = `
input[type="password"] {
  display: block; width: 100%; font: inherit; color: var(--text); background: var(--surface);
  border: 1.5px solid var(--border-strong); border-radius: 8px; padding: 0.65rem 0.75rem; min-height: 2.9rem;
}
.signin-card { max-width: 28rem; margin: 1rem auto 0; }
.console-bar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.75rem 1rem; margin: 0 0 1.25rem; }
.console-bar p { margin: 0; color: var(--muted); }
.console-bar strong { color: var(--text); }
.toolbar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.75rem 1rem; }
.toolbar h1 { margin: 0; }
.button-small { padding: 0.4rem 0.95rem; min-height: 2.5rem; }
.button-secondary:hover { background: var(--brand-soft); }
.button[disabled] { opacity: 0.7; cursor: progress; }
.notice-success { background: var(--success-soft); border-color: var(--success); color: var(--text); }
.queue-group { margin: 2rem 0 0; }
.queue-group h2 { display: flex; align-items: center; gap: 0.5rem; }
.count { display: inline-grid; place-items: center; min-width: 1.75rem; height: 1.5rem; padding: 0 0.45rem; border-radius: 999px; background: var(--surface-2); border: 1px solid var(--border); color: var(--muted); font-size: 0.85rem; }
.empty { color: var(--muted); margin: 0; }
.table-wrap { overflow-x: auto; border: 1px solid var(--border); border-radius: 10px; }
.queue-table { width: 100%; border-collapse: collapse; font-size: 0.95rem; }
.queue-table th, .queue-table td { text-align: start; vertical-align: top; padding: 0.6rem 0.75rem; border-bottom: 1px solid var(--border); }
.queue-table thead th { background: var(--surface-2); color: var(--muted); font-size: 0.85rem; font-weight: 600; white-space: nowrap; }
.queue-table tbody tr:last-child td { border-bottom: 0; }
.case-row { cursor: pointer; }
.case-row:hover td { background: var(--brand-soft); }
.link-button { font: inherit; font-family: var(--mono); font-weight: 700; color: var(--brand-strong); background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; text-underline-offset: 0.15em; white-space: nowrap; }
.nowrap { white-space: nowrap; }
.badges { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0 0 1.25rem; }
.badge { display: inline-block; padding: 0.05rem 0.55rem; border-radius: 999px; border: 1px solid var(--border-strong); background: var(--surface-2); color: var(--muted); font-size: 0.8rem; font-weight: 650; white-space: nowrap; }
.badge-urgent { background: var(--danger-soft); border-color: var(--danger); color: var(--danger); }
.badge-high { background: var(--warn-soft); border-color: var(--warn-border); color: var(--warn-text); }
.badge-status { background: var(--brand-soft); border-color: var(--brand); color: var(--brand-strong); }
.case-section { border-top: 1px solid var(--border); margin-top: 1.5rem; padding-top: 1.25rem; }
.details { display: grid; grid-template-columns: minmax(7rem, max-content) minmax(0, 1fr); gap: 0.3rem 1.25rem; margin: 0 0 1rem; }
.details dt { color: var(--muted); }
.details dd { margin: 0; overflow-wrap: anywhere; }
.description { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--surface-2); border: 1px solid var(--border); border-radius: 8px; padding: 0.75rem 1rem; }
.mono { font-family: var(--mono); font-size: 0.925rem; overflow-wrap: anywhere; }
.plain-list { margin: 0 0 1rem; padding-inline-start: 1.25rem; }
.plain-list li { margin-bottom: 0.35rem; }
.timeline { list-style: none; margin: 0; padding: 0; border-inline-start: 2px solid var(--border); }
.timeline li { position: relative; padding: 0 0 0.9rem; padding-inline-start: 1rem; }
.timeline li::before { content: ""; position: absolute; inset-inline-start: -0.45rem; top: 0.45rem; width: 0.8rem; height: 0.8rem; border-radius: 50%; background: var(--surface); border: 2px solid var(--brand); }
.timeline .meta { display: block; color: var(--muted); font-size: 0.875rem; }
.case-note { margin-top: 1.75rem; }
.error-summary h3 { font-size: 1.05rem; }
.action-panel { border: 1.5px solid var(--brand); border-radius: var(--radius); background: var(--surface-2); padding: 1.25rem; margin-top: 1.75rem; }
.action-panel .choice-card { background: var(--surface); }
.panel-part { margin-top: 1.5rem; padding-top: 1.25rem; border-top: 1px solid var(--border); }
.action-panel .options { grid-template-columns: minmax(0, 1fr); }
@media (min-width: 48rem) { .action-panel .options { grid-template-columns: repeat(3, minmax(0, 1fr)); } }
@media print { .console-bar, .action-panel, .toolbar .button { display: none; } }
`;

const MAIN = `<p class="notice notice-info" id="needs-script">The staff console needs JavaScript. If this message stays, reload the page.</p>

<section class="card signin-card" id="signin" aria-labelledby="signin-title" hidden>
<p class="eyebrow">Staff console</p>
<h1 id="signin-title" tabindex="-1">Sign in</h1>
<div class="notice notice-error" id="signin-message" data-testid="signin-message" role="alert" hidden></div>
<form id="signin-form">
<div class="field">
<label for="signin-username">Username or email</label>
<input type="text" id="signin-username" name="username" data-testid="signin-username" autocomplete="username" autocapitalize="off" spellcheck="false" required>
</div>
<div class="field">
<label for="signin-password">Password</label>
<input type="password" id="signin-password" name="password" data-testid="signin-password" autocomplete="current-password" required>
</div>
<div class="actions"><button type="submit" class="button button-primary" id="signin-submit" data-testid="signin-submit">Sign in</button></div>
</form>
</section>

<div id="app" hidden>
<div class="console-bar">
<p>Signed in as <strong id="who-name" data-testid="who-name"></strong> <span id="who-groups" data-testid="who-groups"></span></p>
<button type="button" class="button button-secondary button-small" id="signout" data-testid="signout">Sign out</button>
</div>

<div id="notice" data-testid="notice" role="status" aria-live="polite" aria-atomic="true" tabindex="-1"></div>

<section class="card" id="queue-view" aria-labelledby="queue-title">
<div class="toolbar">
<h1 id="queue-title" tabindex="-1">Cases waiting on a person</h1>
<button type="button" class="button button-secondary button-small" id="refresh" data-testid="refresh">Refresh</button>
</div>
<p class="fine-print" id="queue-updated"></p>
<div id="incidents" data-testid="incidents"></div>
<div id="queue" data-testid="queue"></div>
</section>

<section class="card" id="case-view" aria-labelledby="case-title" hidden>
<p><button type="button" class="button button-secondary button-small" id="back" data-testid="back-to-queue">Back to the queue</button></p>
<p class="eyebrow">Case</p>
<h1 id="case-title" tabindex="-1"><span class="case-inline" id="case-number" data-testid="case-number"></span></h1>
<div class="badges" id="case-badges"></div>
<div id="case-details" aria-busy="false"></div>

<section class="action-panel" id="findings-panel" aria-labelledby="findings-title" hidden>
<h2 id="findings-title">Record your findings</h2>
<div class="error-summary" id="findings-errors" tabindex="-1" hidden>
<h3>Please check the findings</h3>
<ul id="findings-errors-list"></ul>
</div>
<form id="findings-form">
<div class="field" id="field-findings-summary">
<label for="findings-summary">Summary</label>
<p class="hint" id="findings-summary-hint">What you found, in a few sentences.</p>
<p class="field-error" id="findings-summary-error" hidden></p>
<textarea id="findings-summary" name="summary" data-testid="findings-summary" rows="4" maxlength="2000" required aria-describedby="findings-summary-hint"></textarea>
</div>
<div class="field" id="field-findings-lines">
<label for="findings-lines">Findings lines</label>
<p class="hint" id="findings-lines-hint">One finding per line, up to 20.</p>
<p class="field-error" id="findings-lines-error" hidden></p>
<textarea id="findings-lines" name="lines" data-testid="findings-lines" rows="4" aria-describedby="findings-lines-hint"></textarea>
</div>
<div class="choice-card" id="field-comp-propose">
<input type="checkbox" id="comp-propose" name="propose" data-testid="comp-propose" aria-controls="comp-fields" aria-describedby="comp-propose-hint">
<div>
<label for="comp-propose">Propose compensation</label>
<p class="hint" id="comp-propose-hint">A supervisor approves or rejects it. The case’s transaction references go with it as evidence.</p>
<p class="field-error" id="comp-propose-error" hidden></p>
</div>
</div>
<fieldset id="comp-fields" disabled hidden>
<legend>Compensation</legend>
<p class="field-error" id="comp-fields-error" hidden></p>
<div class="field" id="field-comp-amount">
<label for="comp-amount">Amount</label>
<p class="hint" id="comp-amount-hint">More than zero, with a decimal point if needed, e.g. 0.05.</p>
<p class="field-error" id="comp-amount-error" hidden></p>
<input type="text" class="medium" id="comp-amount" name="amount" data-testid="comp-amount" inputmode="decimal" autocomplete="off" pattern="[0-9]{1,18}([.][0-9]{1,18})?" required aria-describedby="comp-amount-hint">
</div>
<div class="field" id="field-comp-asset">
<label for="comp-asset">Asset</label>
<p class="hint" id="comp-asset-hint">The asset code, e.g. BTC or USDT.</p>
<p class="field-error" id="comp-asset-error" hidden></p>
<input type="text" class="medium" id="comp-asset" name="asset" data-testid="comp-asset" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="10" pattern="[A-Za-z0-9]{2,10}" required aria-describedby="comp-asset-hint">
</div>
<div class="field" id="field-comp-reason">
<label for="comp-reason">Reason</label>
<p class="field-error" id="comp-reason-error" hidden></p>
<textarea id="comp-reason" name="reason" data-testid="comp-reason" rows="3" maxlength="500" required></textarea>
</div>
</fieldset>
<div class="actions"><button type="submit" class="button button-primary" id="findings-submit" data-testid="findings-submit">Send findings</button></div>
</form>
</section>

<section class="action-panel" id="decision-panel" aria-labelledby="decision-title" hidden>
<h2 id="decision-title">Decide on the proposed compensation</h2>
<dl class="details" id="proposal-details"></dl>
<div class="notice notice-info" id="decision-first-approval" data-testid="decision-first-approval" hidden>
<p id="decision-first-approval-text"></p>
</div>
<div class="error-summary" id="decision-errors" tabindex="-1" hidden>
<h3>Please check the decision</h3>
<ul id="decision-errors-list"></ul>
</div>
<form id="decision-form">
<fieldset id="field-decision-choice">
<legend>Decision</legend>
<p class="field-error" id="decision-choice-error" hidden></p>
<div class="options">
<div class="option"><input type="radio" id="decision-approve" name="decision" value="approve" data-testid="decision-approve" required><label for="decision-approve">Approve</label></div>
<div class="option" id="option-decision-approve-lower"><input type="radio" id="decision-approve-lower" name="decision" value="approve_lower" data-testid="decision-approve-lower"><label for="decision-approve-lower">Approve a lower amount</label></div>
<div class="option"><input type="radio" id="decision-reject" name="decision" value="reject" data-testid="decision-reject"><label for="decision-reject">Reject</label></div>
</div>
</fieldset>
<div class="field" id="field-decision-amount" hidden>
<label for="decision-amount">Lower amount</label>
<p class="hint" id="decision-amount-hint">Less than the proposed amount, same asset.</p>
<p class="field-error" id="decision-amount-error" hidden></p>
<input type="text" class="medium" id="decision-amount" name="amount" data-testid="decision-amount" inputmode="decimal" autocomplete="off" pattern="[0-9]{1,18}([.][0-9]{1,18})?" disabled required aria-describedby="decision-amount-hint">
</div>
<div class="field" id="field-decision-reason">
<label for="decision-reason">Reason</label>
<p class="hint" id="decision-reason-hint">Recorded on the case. If you reject, the customer is told this reason.</p>
<p class="field-error" id="decision-reason-error" hidden></p>
<textarea id="decision-reason" name="reason" data-testid="decision-reason" rows="3" maxlength="1000" required aria-describedby="decision-reason-hint"></textarea>
</div>
<div class="actions"><button type="submit" class="button button-primary" id="decision-submit" data-testid="decision-submit">Record decision</button></div>
</form>
</section>

<div class="notice notice-info case-note" id="decision-second-self" data-testid="decision-second-self" hidden>
<p>You gave the first approval of this compensation. It is above the single-approver limit, so a second, different supervisor must approve it.</p>
</div>

<section class="action-panel" id="payout-panel" aria-labelledby="payout-title" hidden>
<h2 id="payout-title">The payout waits on you</h2>
<dl class="details" id="payout-summary" data-testid="payout-summary"></dl>
<div class="error-summary" id="payout-errors" tabindex="-1" hidden>
<h3>Please check the payout action</h3>
<ul id="payout-errors-list"></ul>
</div>
<form id="payout-form">
<fieldset id="field-payout-action">
<legend>What to do</legend>
<p class="field-error" id="payout-action-error" hidden></p>
<div class="options">
<div class="option" id="option-payout-retry"><input type="radio" id="payout-retry" name="action" value="retry" data-testid="payout-retry"><label for="payout-retry">Try the payout again</label></div>
<div class="option" id="option-payout-recheck"><input type="radio" id="payout-recheck" name="action" value="recheck" data-testid="payout-recheck"><label for="payout-recheck">Ask the payout service again</label></div>
<div class="option" id="option-payout-manual"><input type="radio" id="payout-manual" name="action" value="manual" data-testid="payout-manual"><label for="payout-manual">Record a payment made outside Redress</label></div>
</div>
</fieldset>
<div class="field" id="field-payout-reference" hidden>
<label for="payout-reference">Payment reference</label>
<p class="hint" id="payout-reference-hint">The reference of the payment you made, as your bank or system shows it: up to 200 letters, digits, spaces and . _ : / # -</p>
<p class="field-error" id="payout-reference-error" hidden></p>
<input type="text" class="medium" id="payout-reference" name="reference" data-testid="payout-reference" autocomplete="off" spellcheck="false" maxlength="200" pattern="[A-Za-z0-9 ._:/#-]{1,200}" disabled required aria-describedby="payout-reference-hint">
</div>
<div class="field" id="field-payout-reason">
<label for="payout-reason">Reason</label>
<p class="hint" id="payout-reason-hint">Recorded on the case with your name.</p>
<p class="field-error" id="payout-reason-error" hidden></p>
<textarea id="payout-reason" name="reason" data-testid="payout-reason" rows="3" maxlength="1000" required aria-describedby="payout-reason-hint"></textarea>
</div>
<div class="actions"><button type="submit" class="button button-primary" id="payout-submit" data-testid="payout-submit">Send payout action</button></div>
</form>
</section>

<section class="action-panel" id="stuck-panel" aria-labelledby="stuck-title" hidden>
<h2 id="stuck-title">Get this case moving again</h2>
<p class="hint">Resume it from a step once what stopped it is fixed, hand it back to an agent’s findings, or close it with a reason the customer is told.</p>
<div class="error-summary" id="resume-errors" tabindex="-1" hidden>
<h3>Please check the resume request</h3>
<ul id="resume-errors-list"></ul>
</div>
<form id="resume-form">
<div class="field" id="field-resume-from">
<label for="resume-from">Resume from</label>
<p class="field-error" id="resume-from-error" hidden></p>
<select id="resume-from" name="from" data-testid="resume-from" required>
<option value="">Choose a step</option>
<option value="investigate">Investigate again (ledger and rules)</option>
<option value="findings">Hand back to an agent for findings</option>
<option value="resolve">Write the resolution to the customer</option>
<option value="decision">Decide the compensation proposal</option>
<option value="payout">Pay the approved compensation</option>
<option value="satisfaction">Ask the customer if we resolved it</option>
</select>
</div>
<div class="field" id="field-resume-reason">
<label for="resume-reason">Reason</label>
<p class="hint" id="resume-reason-hint">Recorded on the case with your name.</p>
<p class="field-error" id="resume-reason-error" hidden></p>
<textarea id="resume-reason" name="reason" data-testid="resume-reason" rows="2" maxlength="1000" required aria-describedby="resume-reason-hint"></textarea>
</div>
<div class="actions"><button type="submit" class="button button-primary" id="resume-submit" data-testid="resume-submit">Resume the case</button></div>
</form>
<div class="panel-part">
<div class="error-summary" id="close-errors" tabindex="-1" hidden>
<h3>Please check the closing reason</h3>
<ul id="close-errors-list"></ul>
</div>
<form id="close-form">
<div class="field" id="field-close-reason">
<label for="close-reason">Close with this reason</label>
<p class="hint" id="close-reason-hint">The customer gets it by email, with a way to disagree.</p>
<p class="field-error" id="close-reason-error" hidden></p>
<textarea id="close-reason" name="reason" data-testid="close-reason" rows="2" maxlength="1000" required aria-describedby="close-reason-hint"></textarea>
</div>
<div class="actions"><button type="submit" class="button button-secondary" id="close-submit" data-testid="close-submit">Close the case</button></div>
</form>
</div>
</section>

<div class="notice notice-info case-note" id="decision-not-allowed" data-testid="decision-not-allowed" hidden>
<p>A supervisor decides on this compensation proposal. You can see it here, but only someone in the supervisor or admin group can approve or reject it.</p>
</div>
<div class="notice notice-info case-note" id="decision-none" hidden>
<p>No compensation proposal on this case is waiting for a decision.</p>
</div>
<div id="case-timeline"></div>
</section>
</div>`;

// ES2017, no modules, no dependencies, called with the page's config as its
// one argument. It uses only DOM methods a small fake can provide, so tests can
// run it, and never innerHTML: every value from Cognito or the API goes in
// through textContent, setAttribute or a checked http(s) href.
const SCRIPT = String.raw`
(function (CONFIG) {
  'use strict';
  var TOKEN_KEY = 'redress.console.idToken';
  var STATUS_GROUPS = [
    ['awaiting_findings', 'Waiting for findings'],
    ['awaiting_decision', 'Waiting for a compensation decision'],
    ['awaiting_payout', 'Waiting for a payout'],
    ['with_supervisor', 'With a supervisor'],
    ['needs_attention', 'Needs attention']
  ];
  var PRIORITY_RANK = { urgent: 0, high: 1, normal: 2, low: 3 };
  // The staff API's own limits (FindingsSchema, DecisionInputSchema, PayoutActionSchema), so a
  // mistake is caught before it is sent. The asset's precision is the API's to check.
  var AMOUNT = /^\d{1,18}(\.\d{1,18})?$/;
  var ASSET = /^[A-Z0-9]{2,10}$/;
  var REFERENCE = /^[A-Za-z0-9 ._:\/#-]{1,200}$/;
  var MAX_LINES = 20, MAX_LINE = 500;
  function isAmount(value) { return AMOUNT.test(value) && /[1-9]/.test(value); }
  function decimalsOf(asset) {
    var table = CONFIG.assetDecimals || {};
    return table.hasOwnProperty(asset) ? table[asset] : CONFIG.fallbackDecimals;
  }
  /** Within the asset's precision (trailing zeros do not count), as money/amount.ts checks it. */
  function fitsAsset(value, asset) {
    var fraction = (str(value).split('.')[1] || '').replace(/0+$/, '');
    return fraction.length <= decimalsOf(str(asset));
  }
  /** a < b for two plain decimal strings, compared digit by digit: money is never a float. */
  function isLower(a, b) {
    var x = str(a).split('.'), y = str(b).split('.');
    var xi = x[0].replace(/^0+/, ''), yi = y[0].replace(/^0+/, '');
    if (xi.length !== yi.length) return xi.length < yi.length;
    if (xi !== yi) return xi < yi;
    var xf = (x[1] || ''), yf = (y[1] || '');
    var width = Math.max(xf.length, yf.length);
    while (xf.length < width) xf += '0';
    while (yf.length < width) yf += '0';
    return xf < yf;
  }
  var TEXT = {
    expired: 'Your session expired. Please sign in again.',
    wrongCredentials: 'Wrong username or password.',
    tooManyAttempts: 'Too many failed attempts. Wait a few minutes, then try again.',
    newPassword: 'A password change is required before you can sign in. The console cannot do this yet: ask an admin to set a permanent password for your account, then sign in again.',
    otherChallenge: 'Cognito asks for an extra sign-in step this console does not support yet. Ask an admin to check your account.',
    signinUnreachable: 'We could not reach the sign-in service. Check your connection and try again.',
    signinFailed: 'Sign-in failed. Try again in a moment.',
    unreachable: 'We could not reach the server. Check your connection and try again.',
    serverError: 'Something went wrong on the server. Try again in a moment.',
    forbidden: 'You do not have access to this.',
    conflict: 'This case changed in the meantime. Refresh the queue and look again.',
    checkForm: 'Please check the form.',
    loading: 'Loading\u2026',
    signingIn: 'Signing in\u2026',
    sending: 'Sending\u2026'
  };
  var $ = function (id) { return document.getElementById(id); };

  var session = null;
  // Bumped on sign-in and sign-out: a reply to a request from an earlier session is dropped.
  var generation = 0;
  // Bumped whenever a case is opened or closed: a slow reply for an earlier case is dropped.
  var caseView = 0;
  var current = null;
  var queueBusy = false;

  // ---------- small DOM helpers ----------
  function str(value) { return value === undefined || value === null ? '' : String(value); }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.setAttribute('class', className);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function httpUrl(value) {
    try {
      var url = new URL(String(value));
      if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password) return url.href;
    } catch (e) { /* not a URL: shown as text */ }
    return null;
  }
  function when(iso) {
    var date = new Date(str(iso));
    if (!iso || isNaN(date.getTime())) return str(iso);
    try { return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }); } catch (e) { return date.toISOString(); }
  }
  function timeEl(iso) {
    var node = el('time', null, when(iso));
    if (iso) node.setAttribute('datetime', str(iso));
    return node;
  }
  function humanize(code) { return str(code).replace(/_/g, ' '); }
  function statusLabel(status) {
    for (var i = 0; i < STATUS_GROUPS.length; i++) if (STATUS_GROUPS[i][0] === status) return STATUS_GROUPS[i][1];
    return humanize(status);
  }
  function priorityBadge(priority) {
    if (!priority) return null;
    var p = str(priority);
    var badge = el('span', 'badge' + (p === 'urgent' || p === 'high' ? ' badge-' + p : ''), p.charAt(0).toUpperCase() + p.slice(1));
    return badge;
  }
  // Nodes are built here; JSON from the API can never carry a function, so it can never pass for one.
  function isNode(value) { return !!value && typeof value === 'object' && typeof value.appendChild === 'function'; }
  /** A definition list of [label, value] pairs; a value may be a node, and empty values are left out. */
  function details(pairs) {
    var dl = el('dl', 'details');
    pairs.forEach(function (pair) {
      var value = pair[1];
      if (value === undefined || value === null || value === '') return;
      dl.appendChild(el('dt', null, pair[0]));
      var dd = el('dd');
      if (isNode(value)) dd.appendChild(value);
      else dd.textContent = str(value);
      dl.appendChild(dd);
    });
    return dl;
  }
  function setBusy(button, busy, busyLabel) {
    if (!button.getAttribute('data-label')) button.setAttribute('data-label', button.textContent);
    button.disabled = busy;
    button.textContent = busy ? busyLabel : button.getAttribute('data-label');
  }
  function readJson(res) {
    return res.text().then(function (raw) {
      var body = null;
      try { body = raw ? JSON.parse(raw) : null; } catch (e) { body = null; }
      return { status: res.status, body: body };
    });
  }
  function messageOf(result, fallback) {
    return result.body && typeof result.body.message === 'string' && result.body.message ? result.body.message : fallback;
  }

  // ---------- notices ----------
  var notice = $('notice');
  function showNotice(text, kind) {
    notice.setAttribute('class', 'notice notice-' + (kind === 'error' ? 'error' : kind === 'success' ? 'success' : 'info'));
    notice.textContent = text;
    if (kind === 'error') notice.focus();
  }
  function clearNotice() {
    notice.removeAttribute('class');
    notice.textContent = '';
  }
  function showFailure(result, what) {
    if (result.status === 0) return showNotice(TEXT.unreachable, 'error');
    if (result.status === 403) return showNotice(messageOf(result, TEXT.forbidden), 'error');
    if (result.status === 409) return showNotice(messageOf(result, TEXT.conflict), 'error');
    if (result.status === 404) return showNotice(what + ': not found.', 'error');
    showNotice(what + '. ' + (result.status >= 500 ? TEXT.serverError : messageOf(result, TEXT.serverError)), 'error');
  }

  // ---------- session ----------
  function storage() {
    try { return window.sessionStorage || null; } catch (e) { return null; }
  }
  /** The ID token's claims. Not verified here: the API's authorizer does that on every call. */
  function decodeClaims(token) {
    var part = str(token).split('.')[1];
    if (!part) return null;
    var b64 = part.replace(/-/g, '+').replace(/_/g, '/');
    while (b64.length % 4) b64 += '=';
    try {
      var binary = atob(b64);
      var text = binary;
      if (typeof TextDecoder === 'function') {
        var bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        text = new TextDecoder().decode(bytes);
      }
      var claims = JSON.parse(text);
      return claims && typeof claims === 'object' && !Array.isArray(claims) ? claims : null;
    } catch (e) {
      return null;
    }
  }
  function isExpired(claims) { return typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now(); }
  function groupsOf(claims) {
    var groups = claims['cognito:groups'];
    return Array.isArray(groups) ? groups.map(String) : [];
  }
  function canDecide() {
    var groups = session ? groupsOf(session.claims) : [];
    return groups.indexOf('supervisor') >= 0 || groups.indexOf('admin') >= 0;
  }
  /** The name the staff API records this person under (staff-api.ts actorOf). */
  function username() {
    var claims = session ? session.claims : {};
    return str(claims['cognito:username'] || claims.email || claims.sub);
  }

  var signin = $('signin');
  var signinForm = $('signin-form');
  var signinMessage = $('signin-message');
  var signinButton = $('signin-submit');
  var app = $('app');
  var signingIn = false;

  function showSignin(message, kind) {
    app.hidden = true;
    signin.hidden = false;
    if (message) {
      signinMessage.setAttribute('class', 'notice notice-' + (kind || 'error'));
      signinMessage.textContent = message;
      signinMessage.hidden = false;
    } else {
      signinMessage.hidden = true;
      signinMessage.textContent = '';
    }
    $('signin-username').focus();
  }

  function startSession(token, claims) {
    generation++;
    session = { token: token, claims: claims };
    var store = storage();
    if (store) store.setItem(TOKEN_KEY, token);
    var groups = groupsOf(claims);
    $('who-name').textContent = str(claims.email || claims['cognito:username'] || claims.username || claims.sub);
    $('who-groups').textContent = groups.length ? '(' + groups.join(', ') + ')' : '(in no staff group: ask an admin to add you to one)';
    signin.hidden = true;
    signinMessage.hidden = true;
    app.hidden = false;
    clearNotice();
    showQueue();
    loadQueue();
  }

  /** Forgets the token and everything shown with it: case details are personal data. */
  function endSession(message) {
    generation++;
    caseView++;
    session = null;
    current = null;
    queueBusy = false;
    var store = storage();
    if (store) store.removeItem(TOKEN_KEY);
    clear($('queue'));
    clear($('case-details'));
    clear($('case-timeline'));
    clear($('case-badges'));
    $('case-number').textContent = '';
    $('queue-updated').textContent = '';
    $('who-name').textContent = '';
    $('who-groups').textContent = '';
    setBusy($('refresh'), false, '');
    clearNotice();
    showSignin(message, 'info');
  }

  function onSignedIn(result) {
    var body = result.body || {};
    var auth = body.AuthenticationResult;
    if (result.status === 200 && auth && typeof auth.IdToken === 'string') {
      var claims = decodeClaims(auth.IdToken);
      if (!claims) return showSignin(TEXT.signinFailed);
      $('signin-password').value = '';
      return startSession(auth.IdToken, claims);
    }
    if (result.status === 200 && body.ChallengeName) {
      $('signin-password').value = '';
      return showSignin(body.ChallengeName === 'NEW_PASSWORD_REQUIRED' ? TEXT.newPassword : TEXT.otherChallenge + ' (' + str(body.ChallengeName) + ')');
    }
    if (result.status === 400) {
      // Cognito's __type is "NotAuthorizedException" or "com.amazonaws...#NotAuthorizedException".
      var type = str(body.__type).split('#').pop();
      var message = str(body.message);
      $('signin-password').value = '';
      if (type === 'NotAuthorizedException' && /attempts exceeded/i.test(message)) return showSignin(TEXT.tooManyAttempts);
      if (type === 'NotAuthorizedException' || type === 'UserNotFoundException') return showSignin(TEXT.wrongCredentials);
      return showSignin(message || TEXT.signinFailed);
    }
    showSignin(TEXT.signinFailed);
  }

  signinForm.noValidate = true;
  signinForm.addEventListener('submit', function (event) {
    event.preventDefault();
    if (signingIn) return;
    var username = $('signin-username').value.trim();
    var password = $('signin-password').value;
    if (!username || !password) return showSignin('Enter your username and password.');
    signingIn = true;
    setBusy(signinButton, true, TEXT.signingIn);
    window.fetch(CONFIG.cognito.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth'
      },
      body: JSON.stringify({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: CONFIG.cognito.clientId, AuthParameters: { USERNAME: username, PASSWORD: password } })
    }).then(readJson).then(function (result) {
      signingIn = false;
      setBusy(signinButton, false, '');
      onSignedIn(result);
    }, function () {
      signingIn = false;
      setBusy(signinButton, false, '');
      showSignin(TEXT.signinUnreachable);
    });
  });
  $('signout').addEventListener('click', function () { endSession(null); });

  // ---------- the staff API ----------
  /**
   * Resolves to {status, body}; status 0 when the server could not be reached.
   * Resolves to null when the session ended (a 401, or a sign-out while waiting):
   * the caller then has nothing left to show.
   */
  function api(method, path, payload) {
    if (!session) return Promise.resolve(null);
    if (isExpired(session.claims)) {
      endSession(TEXT.expired);
      return Promise.resolve(null);
    }
    var asked = generation;
    var headers = { 'Authorization': session.token, 'Accept': 'application/json' };
    var init = { method: method, headers: headers };
    if (payload !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(payload);
    }
    return window.fetch(CONFIG.apiBase + path, init).then(readJson).then(function (result) {
      if (asked !== generation) return null;
      if (result.status === 401) {
        endSession(TEXT.expired);
        return null;
      }
      return result;
    }, function () {
      return asked === generation ? { status: 0, body: null } : null;
    });
  }

  // ---------- queue ----------
  var queueBox = $('queue');
  var refresh = $('refresh');

  function showQueue() {
    caseView++;
    current = null;
    $('case-view').hidden = true;
    clear($('case-details'));
    clear($('case-timeline'));
    $('queue-view').hidden = false;
  }

  function loadQueue() {
    if (queueBusy || !session) return;
    queueBusy = true;
    setBusy(refresh, true, TEXT.loading);
    queueBox.setAttribute('aria-busy', 'true');
    var incidents = function () {
      api('GET', 'api/incidents').then(function (result) {
        if (result && result.status === 200 && result.body && Array.isArray(result.body.incidents)) renderIncidents(result.body.incidents);
      });
    };
    api('GET', 'api/cases').then(function (result) {
      incidents();
      if (!result) return;
      queueBusy = false;
      setBusy(refresh, false, '');
      queueBox.setAttribute('aria-busy', 'false');
      if (result.status === 200 && result.body && Array.isArray(result.body.cases)) {
        renderQueue(result.body.cases);
        $('queue-updated').textContent = 'Updated ' + when(new Date().toISOString()) + '.';
        return;
      }
      showFailure(result, 'The queue could not be loaded');
    });
  }
  // A wave of one kind of complaint, above the queue: it is likely one problem, not many cases.
  function renderIncidents(incidents) {
    var box = $('incidents');
    clear(box);
    incidents.forEach(function (i) {
      if (!i || typeof i !== 'object') return;
      var note = el('div', 'notice notice-error');
      note.setAttribute('data-testid', 'incident');
      note.appendChild(el('strong', null, 'Possible incident: '));
      note.appendChild(document.createTextNode(str(i.count) + ' ' + humanize(i.category) + ' complaints within ' + str(i.windowMinutes) + ' minutes, from ' + when(str(i.windowStart)) + '. Check the product before answering them one by one.'));
      box.appendChild(note);
    });
  }

  refresh.addEventListener('click', function () {
    clearNotice();
    loadQueue();
  });

  function byUrgencyThenAge(a, b) {
    var pa = PRIORITY_RANK.hasOwnProperty(a.priority) ? PRIORITY_RANK[a.priority] : 2;
    var pb = PRIORITY_RANK.hasOwnProperty(b.priority) ? PRIORITY_RANK[b.priority] : 2;
    if (pa !== pb) return pa - pb;
    return str(a.updatedAt) < str(b.updatedAt) ? -1 : str(a.updatedAt) > str(b.updatedAt) ? 1 : 0;
  }

  function renderQueue(cases) {
    clear(queueBox);
    var groups = STATUS_GROUPS.map(function (g) { return { status: g[0], title: g[1], cases: [] }; });
    var other = { status: 'other', title: 'Other', cases: [] };
    // What the customer wrote back comes first: they were told a person reads it.
    var replied = { status: 'replied', title: 'The customer wrote back', cases: [] };
    cases.forEach(function (c) {
      if (!c || typeof c !== 'object') return;
      var group = other;
      for (var i = 0; i < groups.length; i++) if (groups[i].status === c.status) group = groups[i];
      if (c.unreadReplies === true) group = replied;
      group.cases.push(c);
    });
    if (replied.cases.length) groups.unshift(replied);
    if (other.cases.length) groups.push(other);
    groups.forEach(function (group) {
      var section = el('section', 'queue-group');
      var headingId = 'queue-' + group.status;
      section.setAttribute('aria-labelledby', headingId);
      var h2 = el('h2', null, group.title + ' ');
      h2.setAttribute('id', headingId);
      var count = el('span', 'count', String(group.cases.length));
      count.setAttribute('aria-label', group.cases.length === 1 ? '1 case' : group.cases.length + ' cases');
      h2.appendChild(count);
      section.appendChild(h2);
      if (!group.cases.length) {
        section.appendChild(el('p', 'empty', 'Nothing here.'));
      } else {
        section.appendChild(queueTable(group.title, group.cases.slice().sort(byUrgencyThenAge)));
      }
      queueBox.appendChild(section);
    });
  }

  function queueTable(caption, cases) {
    var wrap = el('div', 'table-wrap');
    var table = el('table', 'queue-table');
    table.appendChild(el('caption', 'visually-hidden', caption));
    var head = el('thead');
    var headRow = el('tr');
    ['Case', 'Priority', 'Category', 'Queue', 'Assignee', 'Updated', 'Why a person'].forEach(function (title) {
      var th = el('th', null, title);
      th.setAttribute('scope', 'col');
      headRow.appendChild(th);
    });
    head.appendChild(headRow);
    table.appendChild(head);
    var body = el('tbody');
    cases.forEach(function (c) { body.appendChild(queueRow(c)); });
    table.appendChild(body);
    wrap.appendChild(table);
    return wrap;
  }

  function queueRow(c) {
    var row = el('tr', 'case-row');
    row.setAttribute('data-testid', 'case-row-' + str(c.caseNumber));
    var first = el('th');
    first.setAttribute('scope', 'row');
    // The button makes the row reachable by keyboard; its click bubbles to the row.
    var open = el('button', 'link-button', str(c.caseNumber));
    open.setAttribute('type', 'button');
    first.appendChild(open);
    row.appendChild(first);
    var priority = el('td');
    var badge = priorityBadge(c.priority);
    if (badge) priority.appendChild(badge);
    row.appendChild(priority);
    row.appendChild(el('td', null, humanize(c.category)));
    row.appendChild(el('td', null, str(c.queue)));
    row.appendChild(el('td', null, str(c.assignee)));
    var updated = el('td', 'nowrap');
    updated.appendChild(timeEl(c.updatedAt));
    row.appendChild(updated);
    var reasons = (Array.isArray(c.needsPersonReasons) ? c.needsPersonReasons.map(humanize) : []);
    if (c.attentionReason) reasons.push(str(c.attentionReason));
    row.appendChild(el('td', null, reasons.join('; ')));
    row.addEventListener('click', function () { openCase(str(c.caseId)); });
    return row;
  }

  // ---------- one case ----------
  var caseDetails = $('case-details');

  function hideActions() {
    ['findings-panel', 'decision-panel', 'decision-not-allowed', 'decision-none', 'decision-second-self', 'payout-panel', 'stuck-panel'].forEach(function (id) { $(id).hidden = true; });
  }

  function openCase(caseId) {
    var mine = ++caseView;
    current = null;
    clearNotice();
    hideActions();
    clear(caseDetails);
    clear($('case-timeline'));
    clear($('case-badges'));
    $('case-number').textContent = '';
    caseDetails.appendChild(el('p', 'empty', TEXT.loading));
    caseDetails.setAttribute('aria-busy', 'true');
    $('queue-view').hidden = true;
    $('case-view').hidden = false;
    api('GET', 'api/cases/' + encodeURIComponent(caseId)).then(function (result) {
      if (!result || mine !== caseView) return;
      caseDetails.setAttribute('aria-busy', 'false');
      if (result.status === 200 && result.body && result.body.case) {
        renderCase(result.body);
        $('case-title').focus();
        return;
      }
      showQueue();
      showFailure(result, 'The case could not be loaded');
    });
  }
  $('back').addEventListener('click', function () {
    showQueue();
    $('queue-title').focus();
  });

  function section(title, parent) {
    var node = el('section', 'case-section');
    node.appendChild(el('h2', null, title));
    (parent || caseDetails).appendChild(node);
    return node;
  }

  function list(items, className) {
    var ul = el('ul', className || 'plain-list');
    items.forEach(function (item) {
      var li = el('li');
      if (isNode(item)) li.appendChild(item);
      else li.textContent = str(item);
      ul.appendChild(li);
    });
    return ul;
  }

  function detailText(detail) {
    if (detail === undefined || detail === null) return '';
    if (typeof detail !== 'object') return str(detail);
    return Object.keys(detail).map(function (k) { return k + ': ' + str(detail[k]); }).join(', ');
  }

  function renderCase(data) {
    var kase = data.case;
    var proposals = Array.isArray(data.proposals) ? data.proposals : [];
    var timeline = Array.isArray(data.timeline) ? data.timeline : [];
    current = { kase: kase, proposals: proposals };
    clear(caseDetails);

    $('case-number').textContent = str(kase.caseNumber);
    var badges = $('case-badges');
    clear(badges);
    badges.appendChild(el('span', 'badge badge-status', statusLabel(kase.status)));
    var badge = priorityBadge(kase.priority);
    if (badge) badges.appendChild(badge);
    if (kase.category) badges.appendChild(el('span', 'badge', humanize(kase.category)));
    if (kase.classification && kase.classification.securityFlag === true) badges.appendChild(el('span', 'badge badge-urgent', 'Security'));

    var contact = kase.contact || {};
    caseDetails.appendChild(details([
      ['Customer', contact.name],
      ['Email', contact.email],
      ['Account ID', contact.accountId],
      ['Language', kase.language],
      ['Queue', kase.queue],
      ['Assignee', kase.assignee],
      ['Updated', kase.updatedAt ? timeEl(kase.updatedAt) : ''],
      ['Reopened', kase.reopenCount ? kase.reopenCount + (kase.reopenCount === 1 ? ' time' : ' times') : ''],
      ['Why a person', Array.isArray(kase.needsPersonReasons) ? kase.needsPersonReasons.map(humanize).join('; ') : ''],
      ['Needs attention because', kase.attentionReason]
    ]));

    var complaint = section('Complaint');
    complaint.appendChild(el('p', 'description', str(kase.description)));
    var refs = Array.isArray(kase.transactionRefs) ? kase.transactionRefs : [];
    if (refs.length) {
      complaint.appendChild(el('h3', null, 'Transaction references'));
      complaint.appendChild(list(refs.map(function (r) { return el('span', 'mono', str(r)); })));
    }

    var replies = Array.isArray(data.replies) ? data.replies : [];
    if (replies.length) {
      var rs = section('What the customer wrote back');
      replies.forEach(function (r) {
        var item = el('div', 'reply');
        item.setAttribute('data-testid', 'reply');
        var meta = el('p', 'meta');
        meta.appendChild(timeEl(r.at));
        meta.appendChild(document.createTextNode(' \u00b7 by ' + str(r.channel) + (r.attachments ? ' \u00b7 ' + r.attachments + (r.attachments === 1 ? ' attachment (not kept)' : ' attachments (not kept)') : '') + (r.readAt ? ' \u00b7 read by ' + str(r.readBy) : ' \u00b7 unread')));
        item.appendChild(meta);
        item.appendChild(el('p', 'description', str(r.text)));
        rs.appendChild(item);
      });
      if (replies.some(function (r) { return !r.readAt; })) {
        var mark = el('button', 'button button-secondary button-small', 'Mark as read');
        mark.setAttribute('type', 'button');
        mark.setAttribute('data-testid', 'replies-read');
        mark.addEventListener('click', function () {
          var caseId = str(kase.caseId);
          var caseNumber = str(kase.caseNumber);
          setBusy(mark, true, TEXT.sending);
          api('POST', 'api/cases/' + encodeURIComponent(caseId) + '/replies/read', {}).then(function (result) {
            if (!result) return;
            setBusy(mark, false, '');
            if (result.status !== 200) return showFailure(result, 'The replies could not be marked as read');
            openCase(caseId);
            showNotice('Replies on ' + caseNumber + ' marked as read.', 'success');
          });
        });
        rs.appendChild(mark);
      }
    }

    caseDetails.appendChild(customerMessageForm(kase));

    var evidence = Array.isArray(kase.evidence) ? kase.evidence : [];
    if (evidence.length) {
      var ev = section('Evidence');
      ev.appendChild(list(evidence.map(evidenceItem)));
    }

    var cls = kase.classification;
    if (cls) {
      var classification = section('Classification');
      classification.appendChild(details([
        ['Category', humanize(cls.category)],
        ['Priority', cls.priority],
        ['Security', cls.securityFlag === true ? 'Yes: possible account or fund security issue' : 'No'],
        ['Confidence', typeof cls.confidence === 'number' ? Math.round(cls.confidence * 100) + '%' : cls.confidence],
        ['Classifier', cls.classifier],
        ['Model', cls.modelId],
        ['Prompt version', cls.promptVersion],
        ['Latency', typeof cls.latencyMs === 'number' ? (Math.round(cls.latencyMs * 10) / 10) + ' ms' : undefined],
        ['Tokens in / out', typeof cls.inputTokens === 'number' ? cls.inputTokens + ' / ' + cls.outputTokens : undefined],
        ['Queue', cls.queue],
        ['Summary', cls.summary],
        ['Fallback reason', cls.fallbackReason],
        ['Offline cross-check', cls.crossCheck ? humanize(cls.crossCheck.category) + (cls.crossCheck.agreed ? ' (agrees)' : ' (disagrees: confidence capped)') : undefined]
      ]));
      var auto = kase.automaticAnswer;
      if (auto) classification.appendChild(details([['Answered automatically', auto.kind === 'article' ? 'Help article ' + auto.articleId : humanize(auto.kind)]]));
    }

    var findings = kase.findings;
    if (findings) {
      var fs = section('Findings');
      fs.appendChild(details([['By', findings.by], ['At', findings.at ? timeEl(findings.at) : '']]));
      fs.appendChild(el('p', 'description', str(findings.summary)));
      if (Array.isArray(findings.lines) && findings.lines.length) fs.appendChild(list(findings.lines));
    }

    if (proposals.length) {
      var ps = section('Compensation proposals');
      proposals.forEach(function (p) { ps.appendChild(proposalDetails(p)); });
    }

    var views = Array.isArray(data.views) ? data.views : [];
    if (views.length) {
      // Everyone who opens a case sees who opened it before: access to personal data is not silent.
      var vs = section('Who opened this case');
      var viewList = list(views.map(function (v) { return str(v.by) + ' \u00b7 ' + when(str(v.at)); }), 'plain-list meta');
      viewList.setAttribute('data-testid', 'case-views');
      vs.appendChild(viewList);
    }

    // History goes below the action panels: what to do next should not sit under a long timeline.
    var timelineBox = $('case-timeline');
    clear(timelineBox);
    var tl = section('Timeline', timelineBox);
    var ol = el('ol', 'timeline');
    timeline.forEach(function (entry) {
      var li = el('li');
      var meta = el('span', 'meta');
      meta.appendChild(timeEl(entry.at));
      meta.appendChild(document.createTextNode(' \u00b7 ' + str(entry.actor)));
      li.appendChild(meta);
      li.appendChild(el('span', null, humanize(entry.action)));
      var text = detailText(entry.detail);
      if (text) li.appendChild(el('span', 'meta', text));
      ol.appendChild(li);
    });
    if (!timeline.length) tl.appendChild(el('p', 'empty', 'Nothing recorded yet.'));
    else tl.appendChild(ol);

    showActions(kase, proposals);
  }

  // Writing to the customer: an answer to what they wrote back, a question, an update.
  function customerMessageForm(kase) {
    var box = el('section', 'case-section');
    box.appendChild(el('h2', null, 'Write to the customer'));
    var form = el('form');
    var label = el('label', null, 'Message');
    label.setAttribute('for', 'customer-message');
    var hint = el('p', 'hint', 'Sent by email with the case number, framed in the customer\u2019s language (write your words in it too). Their reply comes back to this case.');
    hint.setAttribute('id', 'customer-message-hint');
    var text = el('textarea');
    text.setAttribute('id', 'customer-message');
    text.setAttribute('data-testid', 'customer-message');
    text.setAttribute('rows', '4');
    text.setAttribute('maxlength', '4000');
    text.setAttribute('aria-describedby', 'customer-message-hint');
    var send = el('button', 'button button-primary', 'Send to the customer');
    send.setAttribute('type', 'submit');
    send.setAttribute('data-testid', 'customer-message-send');
    var actions = el('div', 'actions');
    actions.appendChild(send);
    [label, hint, text, actions].forEach(function (n) { form.appendChild(n); });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var message = text.value.trim();
      if (!message) return showNotice('Write something to the customer first.', 'error');
      var caseId = str(kase.caseId);
      var caseNumber = str(kase.caseNumber);
      setBusy(send, true, TEXT.sending);
      api('POST', 'api/cases/' + encodeURIComponent(caseId) + '/messages', { message: message }).then(function (result) {
        if (!result) return;
        setBusy(send, false, '');
        if (result.status !== 200 && result.status !== 202) return showFailure(result, 'The message could not be sent');
        openCase(caseId);
        showNotice(result.status === 202 ? 'Sent to the customer of ' + caseNumber + '.' : 'That message was already sent to the customer of ' + caseNumber + '.', 'success');
      });
    });
    box.appendChild(form);
    return box;
  }

  function evidenceItem(item) {
    var wrap = el('span');
    var url = httpUrl(item.explorerUrl);
    var ref = el(url ? 'a' : 'span', 'mono', str(item.reference));
    if (url) {
      ref.setAttribute('href', url);
      ref.setAttribute('target', '_blank');
      ref.setAttribute('rel', 'noopener noreferrer');
    }
    wrap.appendChild(ref);
    var facts = [str(item.chain)];
    if (item.ledgerStatus) facts.push(humanize(item.ledgerStatus));
    if (item.amount) facts.push(str(item.amount) + (item.asset ? ' ' + str(item.asset) : ''));
    wrap.appendChild(document.createTextNode(' (' + facts.filter(Boolean).join(', ') + ')'));
    // The ledger holds it under another account: the customer is told nothing about it either way.
    if (item.otherAccount === true) {
      wrap.appendChild(document.createTextNode(' '));
      wrap.appendChild(el('span', 'badge badge-high evidence-other-account', 'Not this customer’s transaction'));
    }
    return wrap;
  }

  var PROPOSAL_STATUS = {
    proposed: 'Proposed',
    awaiting_decision: 'Waiting for a decision',
    awaiting_second_approval: 'Waiting for a second approval',
    approved: 'Approved',
    approved_lower: 'Approved, lower amount',
    rejected: 'Rejected'
  };
  var PAYOUT_STATUS = { requested: 'Requested', pending: 'Pending at the payout service', paid: 'Paid', failed: 'Failed' };
  function decisionText(d) {
    if (!d || typeof d !== 'object') return '';
    return humanize(d.decision) + (d.amount ? ' (' + str(d.amount) + ')' : '') + (d.by ? ' by ' + str(d.by) : '') + (d.at ? ', ' + when(d.at) : '');
  }
  function payoutText(payout) {
    if (!payout || typeof payout !== 'object') return '';
    var status = PAYOUT_STATUS.hasOwnProperty(payout.status) ? PAYOUT_STATUS[payout.status] : humanize(payout.status);
    return status + (payout.manual === true ? ', paid outside Redress' : '') + (payout.attempt > 1 ? ' (attempt ' + str(payout.attempt) + ')' : '');
  }

  function proposalDetails(p) {
    var decision = p.decision;
    var first = p.firstApproval;
    var payout = p.payout && typeof p.payout === 'object' ? p.payout : null;
    var dl = details([
      ['Amount', str(p.amount) + ' ' + str(p.asset)],
      ['Status', PROPOSAL_STATUS.hasOwnProperty(p.status) ? PROPOSAL_STATUS[p.status] : humanize(p.status)],
      ['Proposed by', p.proposedBy],
      ['Reason', p.reason],
      ['First approval', first && !decision ? decisionText(first) : ''],
      ['First approval reason', first && !decision ? first.reason : ''],
      ['Decision', decisionText(decision)],
      ['Second approval by', decision && decision.secondBy ? decision.secondBy : ''],
      ['Decision reason', decision ? decision.reason : ''],
      ['Payout', payoutText(payout)],
      ['Payout amount', payout && payout.amount ? str(payout.amount) + ' ' + str(payout.asset) : ''],
      ['Payout reference', payout ? payout.reference : ''],
      ['Payout problem', payout && payout.reason ? humanize(payout.reason) : ''],
      ['Payout recorded by', payout ? payout.recordedBy : '']
    ]);
    dl.setAttribute('data-testid', 'proposal-' + str(p.proposalId));
    return dl;
  }

  function showActions(kase, proposals) {
    hideActions();
    if (kase.status === 'awaiting_findings') {
      resetFindings();
      $('findings-panel').hidden = false;
      return;
    }
    if (kase.status === 'awaiting_payout') return showPayoutActions(proposals);
    if (kase.status === 'needs_attention' || kase.status === 'with_supervisor') {
      if (!canDecide()) return;
      resetStuck();
      $('stuck-panel').hidden = false;
      return;
    }
    if (kase.status !== 'awaiting_decision') return;
    var waiting = proposals.filter(function (p) { return p && (p.status === 'awaiting_decision' || p.status === 'awaiting_second_approval'); })[0];
    if (!waiting) {
      $('decision-none').hidden = false;
      return;
    }
    if (!canDecide()) {
      $('decision-not-allowed').hidden = false;
      return;
    }
    var first = waiting.status === 'awaiting_second_approval' && waiting.firstApproval && typeof waiting.firstApproval === 'object' ? waiting.firstApproval : null;
    // Dual control: the first approver cannot give the second approval.
    if (first && str(first.by) === username()) {
      $('decision-second-self').hidden = false;
      return;
    }
    current.proposal = waiting;
    current.firstApproval = first;
    resetDecision();
    var summary = $('proposal-details');
    clear(summary);
    [['Amount', str(waiting.amount) + ' ' + str(waiting.asset)], ['Proposed by', waiting.proposedBy], ['Reason', waiting.reason]].forEach(function (pair) {
      summary.appendChild(el('dt', null, pair[0]));
      summary.appendChild(el('dd', null, str(pair[1])));
    });
    // The second supervisor confirms the first approval as it stands, or rejects it.
    $('decision-first-approval').hidden = !first;
    $('option-decision-approve-lower').hidden = !!first;
    $('decision-title').textContent = first ? 'Second approval of the compensation' : 'Decide on the proposed compensation';
    if (first) {
      $('decision-first-approval-text').textContent = 'First approved by ' + str(first.by) + ': ' + humanize(first.decision) + ' of ' + str(first.amount || waiting.amount) + ' ' + str(waiting.asset) +
        '. The amount is above the single-approver limit, so a second, different supervisor must approve it. Approve to confirm it as it stands, or reject it.';
    }
    $('decision-panel').hidden = false;
  }

  // A payout that failed, stays pending, or waits for a manual reference.
  var PAYOUT_ACTIONS = [['payout-retry', 'retry'], ['payout-recheck', 'recheck'], ['payout-manual', 'manual']];
  function payoutActionAllowed(action, status) {
    if (action === 'retry') return status === 'failed';
    if (action === 'recheck') return status === 'pending' || status === 'requested';
    return status !== 'paid';
  }
  function showPayoutActions(proposals) {
    var waiting = proposals.filter(function (p) { return p && (p.status === 'approved' || p.status === 'approved_lower') && !(p.payout && p.payout.status === 'paid'); }).pop();
    if (!waiting) return;
    if (!canDecide()) {
      $('decision-not-allowed').hidden = false;
      return;
    }
    current.proposal = waiting;
    var payout = waiting.payout && typeof waiting.payout === 'object' ? waiting.payout : {};
    var summary = $('payout-summary');
    clear(summary);
    [
      ['Amount', str(payout.amount || waiting.amount) + ' ' + str(payout.asset || waiting.asset)],
      ['Status', payoutText(payout) || 'Not requested yet'],
      ['Problem', payout.reason ? humanize(payout.reason) : ''],
      ['Reference', payout.reference],
      ['Account', payout.accountId]
    ].forEach(function (pair) {
      if (!pair[1]) return;
      summary.appendChild(el('dt', null, pair[0]));
      summary.appendChild(el('dd', null, str(pair[1])));
    });
    resetPayout();
    PAYOUT_ACTIONS.forEach(function (a) {
      var allowed = payoutActionAllowed(a[1], payout.status);
      $('option-' + a[0]).hidden = !allowed;
      $(a[0]).disabled = !allowed;
    });
    $('payout-panel').hidden = false;
  }

  // ---------- field errors, shared by both forms ----------
  function field(input, error, wrap, group) { return { input: input, error: error || input + '-error', wrap: wrap || 'field-' + input, group: group === true }; }
  var FORMS = {
    findings: {
      box: 'findings-errors',
      list: 'findings-errors-list',
      fields: {
        summary: field('findings-summary'),
        lines: field('findings-lines'),
        // The API names only the top-level field, so a compensation error belongs to the whole group.
        compensation: field('comp-amount', 'comp-fields-error', 'comp-fields', true),
        'compensation.amount': field('comp-amount'),
        'compensation.asset': field('comp-asset'),
        'compensation.reason': field('comp-reason'),
        amount: field('comp-amount'),
        asset: field('comp-asset'),
        reason: field('comp-reason')
      }
    },
    decision: {
      box: 'decision-errors',
      list: 'decision-errors-list',
      fields: {
        decision: field('decision-approve', 'decision-choice-error', 'field-decision-choice'),
        amount: field('decision-amount'),
        reason: field('decision-reason')
      }
    },
    payout: {
      box: 'payout-errors',
      list: 'payout-errors-list',
      fields: {
        action: field('payout-retry', 'payout-action-error', 'field-payout-action'),
        reference: field('payout-reference'),
        reason: field('payout-reason')
      }
    },
    resume: {
      box: 'resume-errors',
      list: 'resume-errors-list',
      fields: { from: field('resume-from'), reason: field('resume-reason') }
    },
    close: {
      box: 'close-errors',
      list: 'close-errors-list',
      fields: { reason: field('close-reason') }
    }
  };

  /** "compensation.amount", "compensation[amount]" or "lines.2" to the form's field, if it has one. */
  function fieldFor(form, key) {
    var parts = str(key).replace(/\[(\w+)\]/g, '.$1').split(/[.,\/]/).filter(Boolean);
    for (var n = parts.length; n > 0; n--) {
      var joined = parts.slice(0, n).join('.');
      if (form.fields.hasOwnProperty(joined)) return form.fields[joined];
    }
    var last = parts[parts.length - 1];
    return last && form.fields.hasOwnProperty(last) ? form.fields[last] : null;
  }

  function describedBy(input, id, add) {
    var ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (x) { return x && x !== id; });
    if (add) ids.unshift(id);
    if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
    else input.removeAttribute('aria-describedby');
  }

  function clearErrors(form) {
    $(form.box).hidden = true;
    clear($(form.list));
    Object.keys(form.fields).forEach(function (key) {
      var f = form.fields[key];
      var input = $(f.input), error = $(f.error), wrap = $(f.wrap);
      if (error) { error.hidden = true; error.textContent = ''; }
      if (input) { input.removeAttribute('aria-invalid'); describedBy(input, f.error, false); }
      if (wrap) wrap.classList.remove('has-error');
    });
  }

  function showErrors(form, errors, message) {
    var listNode = $(form.list);
    var shown = 0;
    Object.keys(errors || {}).forEach(function (key) {
      var messages = [].concat(errors[key] || []).map(str).filter(Boolean);
      if (!messages.length) return;
      var text = messages.join(' ');
      var f = fieldFor(form, key);
      var li = el('li');
      if (f && $(f.input)) {
        var input = $(f.input), error = $(f.error), wrap = $(f.wrap);
        if (error) {
          // Two keys can land on one field (amount and compensation.amount): keep both messages.
          error.textContent = error.hidden ? text : error.textContent + ' ' + text;
          error.hidden = false;
        }
        if (!f.group) {
          input.setAttribute('aria-invalid', 'true');
          describedBy(input, f.error, true);
        }
        if (wrap) wrap.classList.add('has-error');
        var link = el('a', null, text);
        link.setAttribute('href', '#' + f.input);
        link.addEventListener('click', function (event) {
          event.preventDefault();
          input.focus();
        });
        li.appendChild(link);
      } else {
        li.textContent = text;
      }
      listNode.appendChild(li);
      shown++;
    });
    if (!shown) listNode.appendChild(el('li', null, message || TEXT.checkForm));
    var box = $(form.box);
    box.hidden = false;
    box.focus();
  }

  // After a write: back to a fresh queue on success, errors in place otherwise.
  function afterWrite(result, form, button, success) {
    if (!result) return;
    setBusy(button, false, '');
    if (result.status === 200 || result.status === 202) {
      showQueue();
      showNotice(success, 'success');
      loadQueue();
      $('queue-title').focus();
      return;
    }
    if (result.status === 400) return showErrors(form, result.body && result.body.errors, messageOf(result, TEXT.checkForm));
    if (result.status === 403 || result.status === 409) return showNotice(messageOf(result, result.status === 403 ? TEXT.forbidden : TEXT.conflict), 'error');
    showFailure(result, 'Not saved');
  }

  // ---------- findings ----------
  var findingsForm = $('findings-form');
  var propose = $('comp-propose');
  var compFields = $('comp-fields');

  function showCompensation(on) {
    compFields.hidden = !on;
    compFields.disabled = !on;
    propose.setAttribute('aria-expanded', on ? 'true' : 'false');
  }
  function resetFindings() {
    ['findings-summary', 'findings-lines', 'comp-amount', 'comp-asset', 'comp-reason'].forEach(function (id) { $(id).value = ''; });
    propose.checked = false;
    showCompensation(false);
    clearErrors(FORMS.findings);
    setBusy($('findings-submit'), false, '');
  }
  propose.addEventListener('change', function () { showCompensation(propose.checked === true); });

  findingsForm.noValidate = true;
  findingsForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = $('findings-submit');
    if (!current || button.disabled) return;
    clearErrors(FORMS.findings);
    var payload = {
      summary: $('findings-summary').value.trim(),
      lines: $('findings-lines').value.split(/\r?\n/).map(function (l) { return l.trim(); }).filter(Boolean)
    };
    var errors = {};
    if (!payload.summary) errors.summary = ['Write a summary of what you found.'];
    if (payload.lines.length > MAX_LINES) errors.lines = ['At most ' + MAX_LINES + ' lines; you have ' + payload.lines.length + '.'];
    else if (payload.lines.some(function (l) { return l.length > MAX_LINE; })) errors.lines = ['Keep each line under ' + MAX_LINE + ' characters.'];
    if (propose.checked) {
      payload.compensation = {
        amount: $('comp-amount').value.trim(),
        asset: $('comp-asset').value.trim().toUpperCase(),
        reason: $('comp-reason').value.trim(),
        evidence: (Array.isArray(current.kase.transactionRefs) ? current.kase.transactionRefs : []).map(str)
      };
      if (!isAmount(payload.compensation.amount)) errors['compensation.amount'] = ['Enter an amount more than zero, such as 25 or 0.05.'];
      else if (ASSET.test(payload.compensation.asset) && !fitsAsset(payload.compensation.amount, payload.compensation.asset)) errors['compensation.amount'] = [payload.compensation.asset + ' has ' + decimalsOf(payload.compensation.asset) + ' decimal places; this amount has more.'];
      if (!ASSET.test(payload.compensation.asset)) errors['compensation.asset'] = ['Enter an asset code of 2 to 10 letters or digits, e.g. BTC.'];
      if (!payload.compensation.reason) errors['compensation.reason'] = ['Say why the customer should be compensated.'];
    }
    if (Object.keys(errors).length) return showErrors(FORMS.findings, errors, null);
    var caseNumber = str(current.kase.caseNumber);
    setBusy(button, true, TEXT.sending);
    api('POST', 'api/cases/' + encodeURIComponent(str(current.kase.caseId)) + '/findings', payload).then(function (result) {
      afterWrite(result, FORMS.findings, button, 'Findings recorded for ' + caseNumber + '.');
    });
  });

  // ---------- decision ----------
  var decisionForm = $('decision-form');
  var DECISIONS = [['decision-approve', 'approve'], ['decision-approve-lower', 'approve_lower'], ['decision-reject', 'reject']];

  function chosenDecision() {
    for (var i = 0; i < DECISIONS.length; i++) if ($(DECISIONS[i][0]).checked) return DECISIONS[i][1];
    return '';
  }
  function showLowerAmount() {
    var on = chosenDecision() === 'approve_lower';
    $('field-decision-amount').hidden = !on;
    $('decision-amount').disabled = !on;
  }
  function resetDecision() {
    DECISIONS.forEach(function (d) { $(d[0]).checked = false; });
    $('decision-amount').value = '';
    $('decision-reason').value = '';
    showLowerAmount();
    clearErrors(FORMS.decision);
    setBusy($('decision-submit'), false, '');
  }
  DECISIONS.forEach(function (d) { $(d[0]).addEventListener('change', showLowerAmount); });

  decisionForm.noValidate = true;
  decisionForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = $('decision-submit');
    if (!current || !current.proposal || button.disabled) return;
    clearErrors(FORMS.decision);
    var payload = { decision: chosenDecision(), reason: $('decision-reason').value.trim() };
    var second = !!current.firstApproval;
    var errors = {};
    if (!payload.decision) errors.decision = [second ? 'Choose approve or reject.' : 'Choose approve, approve a lower amount or reject.'];
    else if (second && payload.decision === 'approve_lower') errors.decision = ['A second approval confirms the first as it stands: choose approve or reject.'];
    if (payload.decision === 'approve_lower' && !second) {
      payload.amount = $('decision-amount').value.trim();
      if (!isAmount(payload.amount)) errors.amount = ['Enter the lower amount, such as 10 or 0.01.'];
      else if (!fitsAsset(payload.amount, current.proposal.asset)) errors.amount = [str(current.proposal.asset) + ' has ' + decimalsOf(str(current.proposal.asset)) + ' decimal places; this amount has more.'];
      else if (!isLower(payload.amount, current.proposal.amount)) errors.amount = ['Enter less than the proposed ' + str(current.proposal.amount) + ' ' + str(current.proposal.asset) + ', or choose Approve.'];
    }
    if (!payload.reason) errors.reason = ['Give a reason for the decision.'];
    if (Object.keys(errors).length) return showErrors(FORMS.decision, errors, null);
    var caseNumber = str(current.kase.caseNumber);
    var id = encodeURIComponent(str(current.kase.caseId)) + '.' + encodeURIComponent(str(current.proposal.proposalId));
    setBusy(button, true, TEXT.sending);
    api('POST', 'api/compensations/' + id + '/decision', payload).then(function (result) {
      var firstOnly = result && result.body && result.body.status === 'awaiting_second_approval';
      afterWrite(result, FORMS.decision, button, firstOnly ? caseNumber + ': ' + messageOf(result, 'First approval recorded; a second supervisor must approve.') : 'Decision recorded for ' + caseNumber + ': ' + humanize(payload.decision) + '.');
    });
  });

  // ---------- payout ----------
  function chosenPayoutAction() {
    for (var i = 0; i < PAYOUT_ACTIONS.length; i++) if ($(PAYOUT_ACTIONS[i][0]).checked) return PAYOUT_ACTIONS[i][1];
    return '';
  }
  function showPayoutReference() {
    var on = chosenPayoutAction() === 'manual';
    $('field-payout-reference').hidden = !on;
    $('payout-reference').disabled = !on;
  }
  function resetPayout() {
    PAYOUT_ACTIONS.forEach(function (a) { $(a[0]).checked = false; });
    $('payout-reference').value = '';
    $('payout-reason').value = '';
    showPayoutReference();
    clearErrors(FORMS.payout);
    setBusy($('payout-submit'), false, '');
  }
  PAYOUT_ACTIONS.forEach(function (a) { $(a[0]).addEventListener('change', showPayoutReference); });

  $('payout-form').noValidate = true;
  $('payout-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var button = $('payout-submit');
    if (!current || !current.proposal || button.disabled) return;
    clearErrors(FORMS.payout);
    var payload = { action: chosenPayoutAction(), reason: $('payout-reason').value.trim() };
    var errors = {};
    if (!payload.action) errors.action = ['Choose what to do about the payout.'];
    if (payload.action === 'manual') {
      payload.reference = $('payout-reference').value.trim();
      if (!REFERENCE.test(payload.reference)) errors.reference = ['Enter the payment reference: up to 200 letters, digits, spaces and . _ : / # -'];
    }
    if (!payload.reason) errors.reason = ['Say why.'];
    if (Object.keys(errors).length) return showErrors(FORMS.payout, errors, null);
    var caseNumber = str(current.kase.caseNumber);
    var id = encodeURIComponent(str(current.kase.caseId)) + '.' + encodeURIComponent(str(current.proposal.proposalId));
    setBusy(button, true, TEXT.sending);
    api('POST', 'api/compensations/' + id + '/payout', payload).then(function (result) {
      afterWrite(result, FORMS.payout, button, payload.action === 'manual' ? 'Manual payment recorded for ' + caseNumber + '.' : 'Payout action sent for ' + caseNumber + ': ' + payload.action + '.');
    });
  });

  // ---------- stuck cases: resume or close ----------
  function resetStuck() {
    $('resume-from').value = '';
    $('resume-reason').value = '';
    $('close-reason').value = '';
    clearErrors(FORMS.resume);
    clearErrors(FORMS.close);
    setBusy($('resume-submit'), false, '');
    setBusy($('close-submit'), false, '');
  }

  $('resume-form').noValidate = true;
  $('resume-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var button = $('resume-submit');
    if (!current || button.disabled) return;
    clearErrors(FORMS.resume);
    var payload = { from: str($('resume-from').value), reason: $('resume-reason').value.trim() };
    var errors = {};
    if (!payload.from) errors.from = ['Choose the step to resume from.'];
    if (!payload.reason) errors.reason = ['Say why the case can go on now.'];
    if (Object.keys(errors).length) return showErrors(FORMS.resume, errors, null);
    var caseNumber = str(current.kase.caseNumber);
    setBusy(button, true, TEXT.sending);
    api('POST', 'api/cases/' + encodeURIComponent(str(current.kase.caseId)) + '/resume', payload).then(function (result) {
      afterWrite(result, FORMS.resume, button, caseNumber + ': ' + messageOf(result || {}, 'Resuming.') + '.');
    });
  });

  $('close-form').noValidate = true;
  $('close-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var button = $('close-submit');
    if (!current || button.disabled) return;
    clearErrors(FORMS.close);
    var payload = { reason: $('close-reason').value.trim() };
    if (!payload.reason) return showErrors(FORMS.close, { reason: ['Give the reason the customer will read.'] }, null);
    var caseNumber = str(current.kase.caseNumber);
    setBusy(button, true, TEXT.sending);
    api('POST', 'api/cases/' + encodeURIComponent(str(current.kase.caseId)) + '/close', payload).then(function (result) {
      afterWrite(result, FORMS.close, button, caseNumber + ' closed; the customer is told why.');
    });
  });

  // ---------- start ----------
  $('needs-script').hidden = true;
  var store = storage();
  var saved = store ? store.getItem(TOKEN_KEY) : null;
  var savedClaims = saved ? decodeClaims(saved) : null;
  if (savedClaims && !isExpired(savedClaims)) startSession(saved, savedClaims);
  else {
    if (saved && store) store.removeItem(TOKEN_KEY);
    showSignin(saved ? TEXT.expired : null, 'info');
  }
})`;

/** JSON that cannot end the <script> element or an HTML comment, and is valid JS in every engine. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The staff console page. Send it with `staffConsoleCsp(nonce, cognito.endpoint)`.
 * Throws when the configuration could never work, so a bad deploy fails on the
 * first request rather than at a staff member's first sign-in.
 */
export function staffConsoleHtml(opts: StaffConsoleOptions): string {
  cognitoOrigin(opts.cognito.endpoint);
  if (!opts.cognito.clientId) throw new Error('cognito.clientId is required');
  if (opts.apiBase !== '' && !opts.apiBase.endsWith('/')) throw new Error('apiBase must be "" or end with "/"');

  const config = {
    cognito: { endpoint: opts.cognito.endpoint, clientId: opts.cognito.clientId },
    apiBase: opts.apiBase,
    // The same table money/amount.ts checks amounts against on the server.
    assetDecimals: { ...DEFAULT_ASSET_DECIMALS, ...opts.assetDecimals },
    fallbackDecimals: FALLBACK_DECIMALS,
  };
  const page = pageDocument({
    language: 'en',
    title: 'Staff console',
    nonce: opts.nonce,
    homeHref: `${opts.apiBase}console`,
    chrome: CHROME,
    main: MAIN,
    script: `${SCRIPT}(${jsonForScript(config)});\n`,
  });
  // The shared shell has one <style>, the theme's; the console's own rules go next to it, with the same nonce.
  const headEnd = page.indexOf('</head>');
  if (headEnd < 0) throw new Error('pageDocument returned no </head>');
  return `${page.slice(0, headEnd)}<style nonce="${escapeHtml(opts.nonce)}">${CONSOLE_CSS}</style>\n${page.slice(headEnd)}`;
}
