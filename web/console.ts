// The staff console served at GET /console: one page where agents and
// supervisors sign in with Cognito, see the cases waiting on a person, record
// findings and decide on compensation. This module renders the markup, the
// CSP and a JSON config block; the script (web/client/console.ts, bundled by
// web/build-client.ts) builds everything dynamic with textContent only, so
// nothing the API returns is ever parsed as HTML. Every limit the page states
// comes from the staff API's zod schemas.
import { RESUME_STEPS, type ResumeStep } from '../functions/domain/case/case';
import { escapeHtml, safeHttpUrl } from '../functions/domain/messages';
import { DEFAULT_ASSET_DECIMALS, FALLBACK_DECIMALS } from '../functions/domain/money/amount';
import { DecisionInputSchema } from '../functions/domain/staff/compensation-decision';
import { PayoutActionSchema } from '../functions/domain/staff/payout-actions';
import { CustomerMessageSchema, FindingsSchema } from '../functions/domain/staff/staff-use-cases';
import { CloseInputSchema, ResumeInputSchema } from '../functions/domain/staff/stuck-cases';
import { CONSOLE_CONFIG_ID, type ConsoleConfig, type ConsoleLimits, type TextLimit } from './console-config';
import { CONSOLE_SCRIPT } from './generated/client-scripts';
import { inputFields, limitAttributes, listLimit, textLimit } from './schema-limits';
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

const findings = inputFields(FindingsSchema);
const decision = inputFields(DecisionInputSchema);
const payout = inputFields(PayoutActionSchema);

/** What the staff API accepts, field by field: rendered into the markup and handed to the script. */
export const CONSOLE_LIMITS: ConsoleLimits = {
  findings: {
    summary: textLimit(findings('summary')),
    lines: listLimit(findings('lines')),
    amount: textLimit(findings('compensation.amount')),
    asset: textLimit(findings('compensation.asset')),
    reason: textLimit(findings('compensation.reason')),
  },
  decision: { amount: textLimit(decision('amount')), reason: textLimit(decision('reason')) },
  payout: { reference: textLimit(payout('reference')), reason: textLimit(payout('reason')) },
  resume: { reason: textLimit(inputFields(ResumeInputSchema)('reason')) },
  close: { reason: textLimit(inputFields(CloseInputSchema)('reason')) },
  customerMessage: textLimit(inputFields(CustomerMessageSchema)('message')),
};
const L = CONSOLE_LIMITS;

/** The steps a stuck case resumes from, as a supervisor reads them; the compiler keeps it in step with RESUME_STEPS. */
const RESUME_STEP_LABELS: Readonly<Record<ResumeStep, string>> = {
  investigate: 'Investigate again (ledger and rules)',
  findings: 'Hand back to an agent for findings',
  resolve: 'Write the resolution to the customer',
  decision: 'Decide the compensation proposal',
  payout: 'Pay the approved compensation',
  satisfaction: 'Ask the customer if we resolved it',
};
const resumeOptions = RESUME_STEPS.map((step) => `<option value="${step}">${escapeHtml(RESUME_STEP_LABELS[step])}</option>`).join('\n');

/** A labelled textarea with its hint, its error line and the schema's limit, named as the error display expects. */
function textareaField(f: { id: string; name: string; label: string; hint?: string; rows: number; limit?: TextLimit; required?: boolean }): string {
  const hint = f.hint ? `\n<p class="hint" id="${f.id}-hint">${escapeHtml(f.hint)}</p>` : '';
  const attrs = `${f.limit ? limitAttributes(f.limit) : ''}${f.required ? ' required' : ''}${f.hint ? ` aria-describedby="${f.id}-hint"` : ''}`;
  return `<div class="field" id="field-${f.id}">
<label for="${f.id}">${escapeHtml(f.label)}</label>${hint}
<p class="field-error" id="${f.id}-error" hidden></p>
<textarea id="${f.id}" name="${f.name}" data-testid="${f.id}" rows="${f.rows}"${attrs}></textarea>
</div>`;
}

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
${textareaField({ id: 'findings-summary', name: 'summary', label: 'Summary', hint: 'What you found, in a few sentences.', rows: 4, limit: L.findings.summary, required: true })}
${textareaField({ id: 'findings-lines', name: 'lines', label: 'Findings lines', hint: `One finding per line, up to ${L.findings.lines.maxItems}.`, rows: 4 })}
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
<input type="text" class="medium" id="comp-amount" name="amount" data-testid="comp-amount" inputmode="decimal" autocomplete="off" required aria-describedby="comp-amount-hint">
</div>
<div class="field" id="field-comp-asset">
<label for="comp-asset">Asset</label>
<p class="hint" id="comp-asset-hint">The asset code, e.g. BTC or USDT.</p>
<p class="field-error" id="comp-asset-error" hidden></p>
<input type="text" class="medium" id="comp-asset" name="asset" data-testid="comp-asset" autocomplete="off" autocapitalize="characters" spellcheck="false"${limitAttributes(L.findings.asset)} required aria-describedby="comp-asset-hint">
</div>
${textareaField({ id: 'comp-reason', name: 'reason', label: 'Reason', rows: 3, limit: L.findings.reason, required: true })}
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
<input type="text" class="medium" id="decision-amount" name="amount" data-testid="decision-amount" inputmode="decimal" autocomplete="off" disabled required aria-describedby="decision-amount-hint">
</div>
${textareaField({ id: 'decision-reason', name: 'reason', label: 'Reason', hint: 'Recorded on the case. If you reject, the customer is told this reason.', rows: 3, limit: L.decision.reason, required: true })}
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
<p class="hint" id="payout-reference-hint">The reference of the payment you made, as your bank or system shows it: up to ${L.payout.reference.maxLength} letters, digits, spaces and . _ : / # -</p>
<p class="field-error" id="payout-reference-error" hidden></p>
<input type="text" class="medium" id="payout-reference" name="reference" data-testid="payout-reference" autocomplete="off" spellcheck="false"${limitAttributes(L.payout.reference)} disabled required aria-describedby="payout-reference-hint">
</div>
${textareaField({ id: 'payout-reason', name: 'reason', label: 'Reason', hint: 'Recorded on the case with your name.', rows: 3, limit: L.payout.reason, required: true })}
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
${resumeOptions}
</select>
</div>
${textareaField({ id: 'resume-reason', name: 'reason', label: 'Reason', hint: 'Recorded on the case with your name.', rows: 2, limit: L.resume.reason, required: true })}
<div class="actions"><button type="submit" class="button button-primary" id="resume-submit" data-testid="resume-submit">Resume the case</button></div>
</form>
<div class="panel-part">
<div class="error-summary" id="close-errors" tabindex="-1" hidden>
<h3>Please check the closing reason</h3>
<ul id="close-errors-list"></ul>
</div>
<form id="close-form">
${textareaField({ id: 'close-reason', name: 'reason', label: 'Close with this reason', hint: 'The customer gets it by email, with a way to disagree.', rows: 2, limit: L.close.reason, required: true })}
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

/**
 * The staff console page. Send it with `staffConsoleCsp(nonce, cognito.endpoint)`.
 * Throws when the configuration could never work, so a bad deploy fails on the
 * first request rather than at a staff member's first sign-in.
 */
export function staffConsoleHtml(opts: StaffConsoleOptions): string {
  cognitoOrigin(opts.cognito.endpoint);
  if (!opts.cognito.clientId) throw new Error('cognito.clientId is required');
  if (opts.apiBase !== '' && !opts.apiBase.endsWith('/')) throw new Error('apiBase must be "" or end with "/"');

  const config: ConsoleConfig = {
    cognito: { endpoint: opts.cognito.endpoint, clientId: opts.cognito.clientId },
    apiBase: opts.apiBase,
    // The same table money/amount.ts checks amounts against on the server.
    assetDecimals: { ...DEFAULT_ASSET_DECIMALS, ...opts.assetDecimals },
    fallbackDecimals: FALLBACK_DECIMALS,
    limits: CONSOLE_LIMITS,
  };
  const page = pageDocument({
    language: 'en',
    title: 'Staff console',
    nonce: opts.nonce,
    homeHref: `${opts.apiBase}console`,
    chrome: CHROME,
    main: MAIN,
    scriptData: { id: CONSOLE_CONFIG_ID, value: config },
    script: CONSOLE_SCRIPT,
  });
  // The shared shell has one <style>, the theme's; the console's own rules go next to it, with the same nonce.
  const headEnd = page.indexOf('</head>');
  if (headEnd < 0) throw new Error('pageDocument returned no </head>');
  return `${page.slice(0, headEnd)}<style nonce="${escapeHtml(opts.nonce)}">${CONSOLE_CSS}</style>\n${page.slice(headEnd)}`;
}
