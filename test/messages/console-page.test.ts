// The staff console page: what the CSP lets it do, that its config cannot
// break out of its element, that its limits are the staff API's schemas, and
// (the page running in happy-dom, its bundled script included) the requests
// it sends to Cognito and the staff API and what a person sees for each answer.
import { afterEach, describe, expect, it } from '@jest/globals';
import type { HTMLElement } from 'happy-dom';
import { PayoutActionSchema } from '../../functions/domain/staff/payout-actions';
import { FindingsSchema } from '../../functions/domain/staff/staff-use-cases';
import { CONSOLE_LIMITS, staffConsoleCsp, staffConsoleHtml } from '../../web/console';
import { closePages, openPage, type Reply, type Sent } from '../support/happy-dom-page';

const NONCE = 'bm9uY2UtZm9yLXRlc3Rz';
const COGNITO = { endpoint: 'https://cognito-idp.eu-west-1.amazonaws.com/', clientId: '4p1c11ent1d' };
const HOSTILE_CLIENT_ID = `</script><script>alert(1)</script><!-- $' $& \u2028`;

const render = (overrides: Partial<Parameters<typeof staffConsoleHtml>[0]> = {}) =>
  staffConsoleHtml({ nonce: NONCE, cognito: COGNITO, apiBase: '/prod/', ...overrides });

/** The page's one script that runs: the bundled console. */
function consoleScript(html: string): string {
  const scripts = [...html.matchAll(/<script nonce="[^"]*">([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  return scripts[0]![1]!;
}

/** The JSON config block, as the script reads it. */
function configBlock(html: string): { raw: string; value: Record<string, unknown> } {
  const blocks = [...html.matchAll(/<script type="application\/json" id="console-config" nonce="[^"]*">([\s\S]*?)<\/script>/g)];
  expect(blocks).toHaveLength(1);
  const raw = blocks[0]![1]!;
  return { raw, value: JSON.parse(raw) as Record<string, unknown> };
}

afterEach(closePages);

describe('staff console page', () => {
  it('puts the nonce on every inline style and script and uses nothing the CSP forbids', () => {
    const html = render();

    const styles = html.match(/<style\b[^>]*>/g) ?? [];
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(styles).toHaveLength(2); // the theme's and the console's own
    expect(scripts).toEqual([`<script type="application/json" id="console-config" nonce="${NONCE}">`, `<script nonce="${NONCE}">`]);
    for (const tag of styles) expect(tag).toBe(`<style nonce="${NONCE}">`);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<link\b(?![^>]*rel="icon")/);
  });

  it('builds the DOM without HTML parsing, inline styles or handlers in its script', () => {
    const script = consoleScript(render());

    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
    expect(script).not.toMatch(/\.style\b|setAttribute\(["'](style|on)/);
    expect(script).not.toMatch(/localStorage/);
  });

  it('escapes the nonce into both style tags and both script tags', () => {
    const html = render({ nonce: '"x' });

    expect(html.match(/nonce="&quot;x"/g)).toHaveLength(4);
  });

  it('keeps a hostile client id inside the script as JSON', () => {
    const html = render({ cognito: { ...COGNITO, clientId: HOSTILE_CLIENT_ID } });

    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html).not.toContain('<!--');
    expect(configBlock(html).raw).toContain(
      '"clientId":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- $\' $\\u0026 \\u2028"',
    );
  });

  it('hands the script its config unchanged: Cognito, the API base, asset precision and the limits', () => {
    const html = render({ cognito: { ...COGNITO, clientId: HOSTILE_CLIENT_ID }, assetDecimals: { PEPE: 0 } });

    expect(configBlock(html).value).toEqual({
      cognito: { endpoint: COGNITO.endpoint, clientId: HOSTILE_CLIENT_ID },
      apiBase: '/prod/',
      assetDecimals: expect.objectContaining({ BTC: 8, USDT: 6, PEPE: 0 }),
      fallbackDecimals: 8,
      limits: CONSOLE_LIMITS,
    });
  });

  it.each([
    'signin-username',
    'signin-password',
    'signin-submit',
    'notice',
    'refresh',
    'findings-summary',
    'findings-lines',
    'comp-propose',
    'comp-amount',
    'comp-asset',
    'comp-reason',
    'findings-submit',
    'decision-approve',
    'decision-approve-lower',
    'decision-reject',
    'decision-amount',
    'decision-reason',
    'decision-submit',
    'decision-first-approval',
    'decision-second-self',
    'payout-retry',
    'payout-recheck',
    'payout-manual',
    'payout-reference',
    'payout-reason',
    'payout-submit',
    'resume-from',
    'resume-reason',
    'resume-submit',
    'close-reason',
    'close-submit',
    'signout',
  ])('has data-testid="%s"', (testid) => {
    expect(render()).toContain(`data-testid="${testid}"`);
  });

  it('gives every form control a label and every element a unique id', () => {
    const html = render();
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    const controls = [...html.matchAll(/<(input|textarea|select)\b[^>]*\sid="([^"]+)"/g)].map((m) => m[2]!);

    expect(new Set(ids).size).toBe(ids.length);
    expect(controls.length).toBeGreaterThan(10);
    for (const id of controls) expect(html).toContain(`<label for="${id}">`);
    expect(html).toMatch(/<div id="notice"[^>]*aria-live="polite"/);
  });

  it('lets the browser fill in the username and password', () => {
    const html = render();

    expect(html).toMatch(/<input type="text" id="signin-username"[^>]*autocomplete="username"/);
    expect(html).toMatch(/<input type="password" id="signin-password"[^>]*autocomplete="current-password"/);
  });

  it.each([
    ['a javascript: endpoint', { cognito: { ...COGNITO, endpoint: 'javascript:alert(1)' } }, /cognito\.endpoint/],
    ['a relative endpoint', { cognito: { ...COGNITO, endpoint: '/cognito' } }, /cognito\.endpoint/],
    ['no client id', { cognito: { ...COGNITO, clientId: '' } }, /clientId/],
    ['an apiBase without a trailing slash', { apiBase: '/prod' }, /apiBase/],
  ])('refuses %s', (_name, overrides, error) => {
    expect(() => render(overrides)).toThrow(error);
  });

  it('accepts an empty apiBase, for a console served next to the API', () => {
    expect(configBlock(render({ apiBase: '' })).value.apiBase).toBe('');
  });

  it("states the staff API's limits, read from its schemas", () => {
    const html = render();

    expect(html).toMatch(new RegExp(`id="findings-summary"[^>]*maxlength="${FindingsSchema.shape.summary.maxLength}"`));
    expect(html).toContain(`One finding per line, up to ${CONSOLE_LIMITS.findings.lines.maxItems}.`);
    expect(html).toMatch(new RegExp(`id="payout-reference"[^>]*maxlength="${CONSOLE_LIMITS.payout.reference.maxLength}"`));
    expect(html).not.toMatch(/maxlength="(?!\d+")/);
  });

  it('sends a CSP that lets the page reach only this API and Cognito', () => {
    expect(staffConsoleCsp('abc', 'https://cognito-idp.eu-west-1.amazonaws.com/')).toBe(
      "default-src 'none'; script-src 'nonce-abc'; style-src 'nonce-abc'; connect-src 'self' https://cognito-idp.eu-west-1.amazonaws.com; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
  });
});

type Route = (request: Sent) => Reply | undefined;

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
function idToken(claims: Record<string, unknown>, expiresInSeconds = 3600): string {
  return `${b64url({ alg: 'RS256', kid: 'k' })}.${b64url({ sub: 'u-1', exp: Math.floor(Date.now() / 1000) + expiresInSeconds, ...claims })}.c2lnbmF0dXJl`;
}
const SUPERVISOR = idToken({ email: 'sára@example.com', 'cognito:username': 'sara', 'cognito:groups': ['supervisor', 'agent'] });
const AGENT = idToken({ email: 'ana@example.com', 'cognito:username': 'ana', 'cognito:groups': ['agent'] });

const CASES = [
  { caseId: 'c-low', caseNumber: 'RDR-LLLL-22', status: 'awaiting_findings', priority: 'low', updatedAt: '2025-01-01T09:00:00Z' },
  {
    caseId: 'c-urgent',
    caseNumber: 'RDR-UUUU-11',
    status: 'awaiting_findings',
    priority: 'urgent',
    category: 'account_security',
    updatedAt: '2025-01-02T09:00:00Z',
    needsPersonReasons: ['security_flag'],
  },
  { caseId: 'c-decide', caseNumber: 'RDR-DDDD-33', status: 'awaiting_decision', priority: 'high', updatedAt: '2025-01-02T10:00:00Z' },
  { caseId: 'c-attn', caseNumber: 'RDR-AAAA-44', status: 'needs_attention', updatedAt: '2025-01-02T11:00:00Z', attentionReason: 'Mail bounced' },
];
const TX = 'a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d';
function caseDetail(caseId: string) {
  const summary = CASES.find((c) => c.caseId === caseId)!;
  return {
    case: {
      ...summary,
      contact: { name: 'Farah Haddad', email: 'farah@example.com' },
      language: 'en',
      description: '<img src=x onerror=alert(1)> my deposit is missing',
      transactionRefs: [TX],
      evidence: [
        { reference: TX, chain: 'bitcoin', explorerUrl: `https://mempool.space/tx/${TX}`, ledgerStatus: 'confirmed', amount: '0.05', asset: 'BTC' },
        { reference: 'bad-link', chain: 'bitcoin', explorerUrl: 'javascript:alert(1)' },
      ],
      reopenCount: 0,
    },
    timeline: [{ at: '2025-01-01T08:00:00Z', actor: 'customer', action: 'complaint.received', detail: { channel: 'web' } }],
    proposals:
      summary.status === 'awaiting_decision'
        ? [{ proposalId: 'p-9', amount: '0.05', asset: 'BTC', reason: 'Fee refund', proposedBy: 'agent:ana', status: 'awaiting_decision' }]
        : [],
  };
}

/** The staff API as the page expects it; a test's own route answers first. */
const defaultApi: Route = (r) => {
  const path = new URL(r.url, 'https://console.example').pathname;
  if (r.method === 'GET' && path === '/prod/api/cases') return { status: 200, body: { cases: CASES } };
  const one = path.match(/^\/prod\/api\/cases\/([^/]+)$/);
  if (r.method === 'GET' && one) return { status: 200, body: caseDetail(decodeURIComponent(one[1]!)) };
  if (r.method === 'POST') return { status: 202, body: {} };
  return undefined;
};

function loadConsole(opts: { token?: string; route?: Route; clientId?: string } = {}) {
  const html = render({ cognito: { ...COGNITO, clientId: opts.clientId ?? COGNITO.clientId } });
  const page = openPage(html, {
    url: 'https://console.example/prod/console',
    session: opts.token ? { 'redress.console.idToken': opts.token } : {},
    reply: (request) => opts.route?.(request) ?? defaultApi(request) ?? { status: 404, body: { message: 'Not found' } },
  });
  const session = page.window.sessionStorage;
  const api = () => page.sent.filter((r) => r.url !== COGNITO.endpoint);
  const row = (caseNumber: string) => page.el('queue').querySelector(`[data-testid="case-row-${caseNumber}"]`) as HTMLElement | null;
  const open = async (caseNumber: string) => {
    row(caseNumber)!.click();
    await page.settle();
  };
  const signIn = async (username = 'sara', password = 'correct horse') => {
    page.fill('signin-username', username);
    page.fill('signin-password', password);
    page.submit('signin-form');
    await page.settle();
  };
  /** The element with this data-testid under the element with this id. */
  const testid = (id: string, name: string) => page.el(id).querySelector(`[data-testid="${name}"]`);
  return { ...page, session, api, row, open, signIn, testid };
}

const cognitoReply =
  (reply: Reply): Route =>
  (r) =>
    r.url === COGNITO.endpoint ? reply : undefined;

describe('staff console script: signing in', () => {
  it('shows the sign-in form when nobody is signed in', () => {
    const page = loadConsole();
    const { sent } = page;

    expect(page.el('signin').hidden).toBe(false);
    expect(page.el('app').hidden).toBe(true);
    expect(page.el('needs-script').hidden).toBe(true);
    expect(sent).toHaveLength(0);
  });

  it("calls Cognito's InitiateAuth with USER_PASSWORD_AUTH and the page's client id", async () => {
    // Prepare
    const page = loadConsole({
      clientId: HOSTILE_CLIENT_ID,
      route: cognitoReply({ status: 200, body: { AuthenticationResult: { IdToken: SUPERVISOR, ExpiresIn: 3600 } } }),
    });

    // Act
    await page.signIn(' sara ', ' pass word ');

    // Assess
    expect(page.sent[0]).toEqual({
      url: COGNITO.endpoint,
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
      body: { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: HOSTILE_CLIENT_ID, AuthParameters: { USERNAME: 'sara', PASSWORD: ' pass word ' } },
    });
  });

  it('keeps the ID token in sessionStorage only, shows who is signed in, and loads the queue with the raw token', async () => {
    // Prepare
    const page = loadConsole({ route: cognitoReply({ status: 200, body: { AuthenticationResult: { IdToken: SUPERVISOR, ExpiresIn: 3600 } } }) });

    // Act
    await page.signIn();

    // Assess
    expect(page.session.getItem('redress.console.idToken')).toBe(SUPERVISOR);
    expect(page.window.localStorage.length).toBe(0);
    expect(page.field('signin-password').value).toBe('');
    expect(page.el('app').hidden).toBe(false);
    expect(page.el('signin').hidden).toBe(true);
    expect(page.el('who-name').textContent).toBe('sára@example.com');
    expect(page.el('who-groups').textContent).toBe('(supervisor, agent)');
    expect(page.api()[0]).toMatchObject({ url: '/prod/api/cases', method: 'GET', headers: { Authorization: SUPERVISOR } });
  });

  it.each(['NotAuthorizedException', 'UserNotFoundException', 'com.amazonaws.cognito#NotAuthorizedException'])(
    'says "Wrong username or password" for %s',
    async (type) => {
      const page = loadConsole({ route: cognitoReply({ status: 400, body: { __type: type, message: 'Incorrect username or password.' } }) });

      await page.signIn();

      expect(page.el('signin-message').hidden).toBe(false);
      expect(page.el('signin-message').textContent).toBe('Wrong username or password.');
      expect(page.el('app').hidden).toBe(true);
      expect(page.session.length).toBe(0);
    },
  );

  it("shows Cognito's own message for other refusals", async () => {
    const page = loadConsole({
      route: cognitoReply({ status: 400, body: { __type: 'PasswordResetRequiredException', message: 'Password reset required for the user' } }),
    });

    await page.signIn();

    expect(page.el('signin-message').textContent).toBe('Password reset required for the user');
  });

  it('explains that an admin must set a permanent password when Cognito asks for a new one', async () => {
    const page = loadConsole({ route: cognitoReply({ status: 200, body: { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 's', ChallengeParameters: {} } }) });

    await page.signIn();

    expect(page.el('signin-message').textContent).toMatch(/password change is required.*admin.*permanent password/);
    expect(page.session.length).toBe(0);
    expect(page.api()).toHaveLength(0);
  });

  it('picks up a signed-in session from sessionStorage on reload', async () => {
    const page = loadConsole({ token: AGENT });
    await page.settle();

    expect(page.el('app').hidden).toBe(false);
    expect(page.api()[0]!.headers.Authorization).toBe(AGENT);
  });

  it('forgets an expired token on reload and says why', () => {
    const page = loadConsole({ token: idToken({ 'cognito:groups': ['agent'] }, -60) });

    expect(page.session.length).toBe(0);
    expect(page.el('signin').hidden).toBe(false);
    expect(page.el('signin-message').textContent).toBe('Your session expired. Please sign in again.');
    expect(page.api()).toHaveLength(0);
  });

  it('signs out on a 401 and says the session expired', async () => {
    // Prepare
    const page = loadConsole({
      token: SUPERVISOR,
      route: (r) => (r.url.endsWith('/api/cases') ? { status: 401, body: { message: 'Unauthorized' } } : undefined),
    });

    // Act
    await page.settle();

    // Assess
    expect(page.session.length).toBe(0);
    expect(page.el('app').hidden).toBe(true);
    expect(page.el('signin').hidden).toBe(false);
    expect(page.el('signin-message').textContent).toBe('Your session expired. Please sign in again.');
  });

  it('forgets the token and what was on screen on sign-out', async () => {
    const page = loadConsole({ token: SUPERVISOR });
    await page.settle();
    expect(page.row('RDR-UUUU-11')).toBeDefined();

    page.click('signout');

    expect(page.session.length).toBe(0);
    expect(page.el('queue').children).toHaveLength(0);
    expect(page.el('who-name').textContent).toBe('');
    expect(page.el('signin').hidden).toBe(false);
  });
});

describe('staff console script: queue', () => {
  it('groups cases under their headings, most urgent first, with a row per case', async () => {
    // Prepare
    const page = loadConsole({ token: AGENT });

    // Act
    await page.settle();

    // Assess
    const headings = [...page.el('queue').querySelectorAll('h2')].map((h) => h.textContent.replace(/\s*\d+$/, ''));
    expect(headings).toEqual(['Waiting for findings', 'Waiting for a compensation decision', 'Waiting for a payout', 'With a supervisor', 'Needs attention']);
    const rows = [...page.el('queue').querySelectorAll('tr')].map((r) => r.getAttribute('data-testid')).filter(Boolean);
    expect(rows).toEqual(['case-row-RDR-UUUU-11', 'case-row-RDR-LLLL-22', 'case-row-RDR-DDDD-33', 'case-row-RDR-AAAA-44']);
    expect(page.row('RDR-UUUU-11')!.querySelector('.badge')!.className).toBe('badge badge-urgent');
    expect(page.row('RDR-DDDD-33')!.querySelector('.badge')!.className).toBe('badge badge-high');
    expect(page.row('RDR-AAAA-44')!.textContent).toContain('Mail bounced');
  });

  it('loads the queue again on Refresh', async () => {
    const page = loadConsole({ token: AGENT });
    await page.settle();

    page.click('refresh');
    await page.settle();

    expect(page.api().filter((r) => r.url === '/prod/api/cases')).toHaveLength(2);
  });

  it('shows the server refusing the queue in the notice area', async () => {
    const page = loadConsole({
      token: AGENT,
      route: (r) => (r.url.endsWith('/api/cases') ? { status: 403, body: { message: 'This needs one of the groups: agent, supervisor, admin' } } : undefined),
    });
    await page.settle();

    expect(page.el('notice').className).toBe('notice notice-error');
    expect(page.el('notice').textContent).toBe('This needs one of the groups: agent, supervisor, admin');
  });
});

describe('staff console script: a case', () => {
  it('opens the case on a row click and shows API text as text, with only http(s) explorer links', async () => {
    // Prepare
    const page = loadConsole({ token: AGENT });
    await page.settle();

    // Act
    await page.open('RDR-UUUU-11');

    // Assess
    expect(page.api().at(-1)).toMatchObject({ url: '/prod/api/cases/c-urgent', method: 'GET', headers: { Authorization: AGENT } });
    expect(page.el('case-view').hidden).toBe(false);
    expect(page.el('case-number').textContent).toBe('RDR-UUUU-11');
    const details = page.el('case-details');
    expect(details.textContent).toContain('<img src=x onerror=alert(1)> my deposit is missing');
    expect(details.querySelectorAll('img')).toHaveLength(0);
    const links = details.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe(`https://mempool.space/tx/${TX}`);
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(details.textContent).toContain('bad-link');
    expect(page.el('case-timeline').querySelector('ol')!.textContent).toContain('complaint.received');
  });

  it('sends findings with the proposed compensation and the case’s transactions as evidence, then reloads the queue', async () => {
    // Prepare
    const page = loadConsole({ token: AGENT });
    await page.settle();
    await page.open('RDR-UUUU-11');
    expect(page.el('findings-panel').hidden).toBe(false);
    page.field('findings-summary').value = ' Deposit credited late. ';
    page.field('findings-lines').value = 'Seen on chain at 10:02\n\n  Credited at 16:40  \r\n';
    page.check('comp-propose');
    page.field('comp-amount').value = '0.0005';
    page.field('comp-asset').value = ' btc ';
    page.field('comp-reason').value = 'Fee for the delay';

    // Act
    page.submit('findings-form');
    await page.settle();

    // Assess
    const post = page.api().find((r) => r.method === 'POST')!;
    expect(post).toMatchObject({ url: '/prod/api/cases/c-urgent/findings', headers: { Authorization: AGENT, 'Content-Type': 'application/json' } });
    expect(post.body).toEqual({
      summary: 'Deposit credited late.',
      lines: ['Seen on chain at 10:02', 'Credited at 16:40'],
      compensation: { amount: '0.0005', asset: 'BTC', reason: 'Fee for the delay', evidence: [TX] },
    });
    expect(page.el('notice').className).toBe('notice notice-success');
    expect(page.el('notice').textContent).toContain('RDR-UUUU-11');
    expect(page.el('case-view').hidden).toBe(true);
    expect(page.api().filter((r) => r.url === '/prod/api/cases')).toHaveLength(2);
  });

  it('leaves compensation out when none is proposed, even if its fields were filled', async () => {
    const page = loadConsole({ token: AGENT });
    await page.settle();
    await page.open('RDR-UUUU-11');
    page.field('findings-summary').value = 'Nothing owed.';
    page.field('comp-amount').value = '5';

    page.submit('findings-form');
    await page.settle();

    expect(page.api().find((r) => r.method === 'POST')!.body).toEqual({ summary: 'Nothing owed.', lines: [] });
  });

  it.each(['', '0', '0.0', '1,5', '-2', '1.123456789', '1e3'])('does not send findings without a summary or with the amount %j', async (amount) => {
    const page = loadConsole({ token: AGENT });
    await page.settle();
    await page.open('RDR-UUUU-11');
    page.check('comp-propose');
    page.field('comp-amount').value = amount;
    page.field('comp-asset').value = 'BTC';
    page.field('comp-reason').value = 'Delay';

    page.submit('findings-form');
    await page.settle();

    expect(page.api().filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(page.el('findings-summary').getAttribute('aria-invalid')).toBe('true');
    expect(page.el('comp-amount').getAttribute('aria-invalid')).toBe('true');
    expect(page.el('comp-asset').getAttribute('aria-invalid')).toBeNull();
    expect(page.el('findings-errors').hidden).toBe(false);
    expect(page.document.activeElement).toBe(page.el('findings-errors'));
  });

  it('does not send more findings lines than the API takes', async () => {
    const page = loadConsole({ token: AGENT });
    await page.settle();
    await page.open('RDR-UUUU-11');
    page.field('findings-summary').value = 'Found it.';
    page.field('findings-lines').value = Array.from({ length: 21 }, (_, i) => `line ${i}`).join('\n');

    page.submit('findings-form');
    await page.settle();

    expect(page.api().filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(page.el('findings-lines-error').textContent).toBe('At most 20 lines; you have 21.');
  });

  it('shows 400 errors next to their fields and the rest in the summary', async () => {
    // Prepare: the staff API names top-level fields only (fieldErrorsOf).
    const errors = { summary: ['Summarize what you found'], compensation: ['Must be more than zero'], _body: ['Unknown field(s): extra'] };
    const page = loadConsole({
      token: AGENT,
      route: (r) => (r.method === 'POST' ? { status: 400, body: { message: 'The findings could not be accepted', errors } } : undefined),
    });
    await page.settle();
    await page.open('RDR-UUUU-11');
    page.field('findings-summary').value = 'Found it.';
    page.check('comp-propose');
    page.field('comp-amount').value = '0.5';
    page.field('comp-asset').value = 'BTC';
    page.field('comp-reason').value = 'Delay';

    // Act
    page.submit('findings-form');
    await page.settle();

    // Assess
    expect(page.el('findings-summary-error').hidden).toBe(false);
    expect(page.el('findings-summary-error').textContent).toBe('Summarize what you found');
    expect(page.el('findings-summary').getAttribute('aria-invalid')).toBe('true');
    expect(page.el('findings-summary').getAttribute('aria-describedby')).toBe('findings-summary-error findings-summary-hint');
    expect(page.el('comp-fields-error').hidden).toBe(false);
    expect(page.el('comp-fields-error').textContent).toBe('Must be more than zero');
    expect(page.texts('findings-errors-list', 'li')).toEqual(['Summarize what you found', 'Must be more than zero', 'Unknown field(s): extra']);
    expect(page.el('findings-errors-list').querySelectorAll('li a')[1]!.getAttribute('href')).toBe('#comp-amount');
    expect(page.document.activeElement).toBe(page.el('findings-errors'));
    expect(page.el('case-view').hidden).toBe(false);
    expect(page.field('findings-submit').disabled).toBe(false);
  });

  it.each([
    ['approve', 'decision-approve', {}],
    ['approve_lower', 'decision-approve-lower', { amount: '0.01' }],
    ['reject', 'decision-reject', {}],
  ] as const)('lets a supervisor %s the waiting proposal', async (decision, radio, extra) => {
    // Prepare
    const page = loadConsole({ token: SUPERVISOR });
    await page.settle();
    await page.open('RDR-DDDD-33');
    expect(page.el('decision-panel').hidden).toBe(false);
    page.check(radio);
    page.field('decision-amount').value = '0.01';
    page.field('decision-reason').value = ' Checked the ledger ';

    // Act
    page.submit('decision-form');
    await page.settle();

    // Assess
    expect(page.el('field-decision-amount').hidden).toBe(decision !== 'approve_lower');
    const post = page.api().find((r) => r.method === 'POST')!;
    expect(post.url).toBe('/prod/api/compensations/c-decide.p-9/decision');
    expect(post.headers.Authorization).toBe(SUPERVISOR);
    expect(post.body).toEqual({ decision, reason: 'Checked the ledger', ...extra });
    expect(page.el('notice').className).toBe('notice notice-success');
  });

  it('tells an agent that a supervisor decides, and offers no decision form', async () => {
    const page = loadConsole({ token: AGENT });
    await page.settle();

    await page.open('RDR-DDDD-33');

    expect(page.el('decision-panel').hidden).toBe(true);
    expect(page.el('decision-not-allowed').hidden).toBe(false);
    expect(page.el('decision-not-allowed').getAttribute('data-testid')).toBe('decision-not-allowed');
  });

  it('does not send a "lower" amount that is not lower', async () => {
    const page = loadConsole({ token: SUPERVISOR });
    await page.settle();
    await page.open('RDR-DDDD-33');
    page.check('decision-approve-lower');
    page.field('decision-amount').value = '0.05';
    page.field('decision-reason').value = 'Checked';

    page.submit('decision-form');
    await page.settle();

    expect(page.api().filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(page.el('decision-amount-error').textContent).toBe('Enter less than the proposed 0.05 BTC, or choose Approve.');
  });

  it('asks for a reason before sending a decision', async () => {
    const page = loadConsole({ token: SUPERVISOR });
    await page.settle();
    await page.open('RDR-DDDD-33');
    page.check('decision-approve');

    page.submit('decision-form');
    await page.settle();

    expect(page.api().filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(page.el('decision-reason-error').textContent).toBe('Give a reason for the decision.');
  });

  it.each([
    [403, 'You cannot decide your own proposal'],
    [409, 'This proposal was already decided'],
  ])('shows a %i message in the notice area as an error', async (status, message) => {
    // Prepare
    const page = loadConsole({ token: SUPERVISOR, route: (r) => (r.method === 'POST' ? { status, body: { message } } : undefined) });
    await page.settle();
    await page.open('RDR-DDDD-33');
    page.check('decision-reject');
    page.field('decision-reason').value = 'No loss shown';

    // Act
    page.submit('decision-form');
    await page.settle();

    // Assess
    expect(page.el('notice').className).toBe('notice notice-error');
    expect(page.el('notice').textContent).toBe(message);
    expect(page.document.activeElement).toBe(page.el('notice'));
    expect(page.el('case-view').hidden).toBe(false);
  });
});

describe('staff console evidence', () => {
  it("flags a transaction the ledger holds under another account as not this customer's", async () => {
    // Prepare: the case quotes one transaction of its own and one of another account.
    const OTHER = `0x${'b'.repeat(64)}`;
    const route: Route = (r) => {
      if (r.method !== 'GET' || !r.url.endsWith('/api/cases/c-urgent')) return undefined;
      const detail = caseDetail('c-urgent');
      return {
        status: 200,
        body: {
          ...detail,
          case: {
            ...detail.case,
            evidence: [detail.case.evidence[0], { reference: OTHER, chain: 'ethereum', explorerUrl: `https://etherscan.io/tx/${OTHER}`, otherAccount: true }],
          },
        },
      };
    };
    const page = loadConsole({ token: AGENT, route });
    await page.settle();

    // Act
    await page.open('RDR-UUUU-11');

    // Assess: only the other account's item carries the flag.
    // Evidence items read "<reference> (<chain>, …)"; the case's bare references are listed elsewhere.
    const innermost = [...page.el('case-details').querySelectorAll('li')].filter((li) => li.querySelectorAll('li').length === 0);
    const items = innermost.filter((li) => /^\S+ \(/.test(li.textContent) && (li.textContent.includes(TX) || li.textContent.includes(OTHER)));
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).not.toContain('Not this customer’s transaction');
    expect(items[1]!.textContent).toContain('Not this customer’s transaction');
  });
});

describe('staff console script: dual control, payouts and stuck cases', () => {
  const SECOND = idToken({ email: 'sam@example.com', 'cognito:username': 'sam', 'cognito:groups': ['supervisor'] });
  const at = '2025-01-02T10:30:00Z';
  /** The API's case detail for c-decide, with one proposal as given. */
  const withProposal =
    (proposal: Record<string, unknown>, status = 'awaiting_decision'): Route =>
    (r) => {
      if (r.method !== 'GET' || !r.url.endsWith('/api/cases/c-decide')) return undefined;
      const detail = caseDetail('c-decide');
      return {
        status: 200,
        body: {
          ...detail,
          case: { ...detail.case, status },
          proposals: [{ proposalId: 'p0', amount: '600', asset: 'USDT', reason: 'Fee refund', proposedBy: 'rule:failed-withdrawal-fee', ...proposal }],
        },
      };
    };
  const FIRST = { by: 'sara', at, decision: 'approve', reason: 'The fee was wrong' };

  it('shows who approved first, and offers the second supervisor approve or reject only', async () => {
    // Prepare
    const page = loadConsole({ token: SECOND, route: withProposal({ status: 'awaiting_second_approval', firstApproval: FIRST }) });
    await page.settle();

    // Act
    await page.open('RDR-DDDD-33');

    // Assess
    expect(page.el('decision-panel').hidden).toBe(false);
    expect(page.el('decision-first-approval').hidden).toBe(false);
    expect(page.el('decision-first-approval-text').textContent).toContain('First approved by sara: approve of 600 USDT');
    expect(page.el('option-decision-approve-lower').hidden).toBe(true);
    expect(page.testid('case-details', 'proposal-p0')!.textContent).toContain('Waiting for a second approval');
    expect(page.testid('case-details', 'proposal-p0')!.textContent).toContain('approve by sara');

    page.check('decision-approve');
    page.field('decision-reason').value = 'Checked the ledger';
    page.submit('decision-form');
    await page.settle();
    expect(page.api().find((r) => r.method === 'POST')).toMatchObject({
      url: '/prod/api/compensations/c-decide.p0/decision',
      body: { decision: 'approve', reason: 'Checked the ledger' },
    });
  });

  it('tells the first approver that a different supervisor must approve, and offers no form', async () => {
    const page = loadConsole({ token: SUPERVISOR, route: withProposal({ status: 'awaiting_second_approval', firstApproval: FIRST }) });
    await page.settle();

    await page.open('RDR-DDDD-33');

    expect(page.el('decision-panel').hidden).toBe(true);
    expect(page.el('decision-second-self').hidden).toBe(false);
  });

  it('says a first approval was recorded when the API answers that a second is needed', async () => {
    const message = 'First approval recorded. The amount is above the single-approver limit (500): a second, different supervisor must approve it.';
    const route: Route = (r) =>
      withProposal({ status: 'awaiting_decision' })(r) ??
      (r.method === 'POST' ? { status: 202, body: { status: 'awaiting_second_approval', message } } : undefined);
    const page = loadConsole({ token: SUPERVISOR, route });
    await page.settle();
    await page.open('RDR-DDDD-33');
    page.check('decision-approve');
    page.field('decision-reason').value = 'Refund it';

    page.submit('decision-form');
    await page.settle();

    expect(page.el('notice').className).toBe('notice notice-success');
    expect(page.el('notice').textContent).toBe(`RDR-DDDD-33: ${message}`);
  });

  it.each([
    ['beyond the asset precision', '1.1234567', 'USDT has 6 decimal places; this amount has more.'],
    ['equal to the proposal, written longer', '600.000', 'Enter less than the proposed 600 USDT, or choose Approve.'],
    ['above it by a fraction', '600.000001', 'Enter less than the proposed 600 USDT, or choose Approve.'],
  ])('does not send a lower amount %s', async (_label, amount, error) => {
    const page = loadConsole({ token: SUPERVISOR, route: withProposal({ status: 'awaiting_decision' }) });
    await page.settle();
    await page.open('RDR-DDDD-33');
    page.check('decision-approve-lower');
    page.field('decision-amount').value = amount;
    page.field('decision-reason').value = 'Less';

    page.submit('decision-form');
    await page.settle();

    expect(page.api().filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(page.el('decision-amount-error').textContent).toBe(error);
  });

  const payout = (status: string, extra: Record<string, unknown> = {}) => ({
    status,
    key: 'c-decide.p0.1',
    attempt: 1,
    amount: '600',
    asset: 'USDT',
    accountId: 'ACC-1001',
    ...extra,
  });

  it('shows the payout and offers only the actions that fit it', async () => {
    const page = loadConsole({
      token: SUPERVISOR,
      route: withProposal(
        { status: 'approved', decision: { ...FIRST, secondBy: 'sam' }, payout: payout('failed', { reason: 'account_restricted' }) },
        'awaiting_payout',
      ),
    });
    await page.settle();

    await page.open('RDR-DDDD-33');
    expect(page.el('payout-panel').hidden).toBe(false);
    expect(page.el('payout-summary').textContent).toContain('account restricted');
    expect(page.el('option-payout-retry').hidden).toBe(false);
    expect(page.el('option-payout-recheck').hidden).toBe(true);
    expect(page.el('option-payout-manual').hidden).toBe(false);
    const proposal = page.testid('case-details', 'proposal-p0')!.textContent;
    expect(proposal).toContain('Second approval by');
    expect(proposal).toContain('sam');
    expect(proposal).toContain('Failed');
  });

  it('records a manual payment with its reference', async () => {
    // Prepare
    const page = loadConsole({
      token: SUPERVISOR,
      route: withProposal({ status: 'approved', payout: payout('pending', { reason: 'pending_too_long' }) }, 'awaiting_payout'),
    });
    await page.settle();
    await page.open('RDR-DDDD-33');
    page.check('payout-manual');
    expect(page.el('field-payout-reference').hidden).toBe(false);
    page.field('payout-reference').value = ' BANK-2026/11#42 ';
    page.field('payout-reason').value = 'Paid by bank transfer';

    // Act
    page.submit('payout-form');
    await page.settle();

    // Assess
    expect(page.api().find((r) => r.method === 'POST')).toMatchObject({
      url: '/prod/api/compensations/c-decide.p0/payout',
      body: { action: 'manual', reason: 'Paid by bank transfer', reference: 'BANK-2026/11#42' },
    });
    expect(page.el('notice').className).toBe('notice notice-success');
  });

  it('does not send a manual payment without a usable reference', async () => {
    const page = loadConsole({ token: SUPERVISOR, route: withProposal({ status: 'approved', payout: payout('failed') }, 'awaiting_payout') });
    await page.settle();
    await page.open('RDR-DDDD-33');
    page.check('payout-manual');
    page.field('payout-reference').value = '<script>';
    page.field('payout-reason').value = 'Paid';

    page.submit('payout-form');
    await page.settle();

    expect(page.api().filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(page.el('payout-reference').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the API refusing a payout action (409) as an error', async () => {
    const message = 'A payout that is paid cannot be retried';
    const route: Route = (r) =>
      withProposal({ status: 'approved', payout: payout('failed') }, 'awaiting_payout')(r) ??
      (r.method === 'POST' ? { status: 409, body: { message } } : undefined);
    const page = loadConsole({ token: SUPERVISOR, route });
    await page.settle();
    await page.open('RDR-DDDD-33');
    page.check('payout-retry');
    page.field('payout-reason').value = 'The bank is back';

    page.submit('payout-form');
    await page.settle();

    expect(page.el('notice').className).toBe('notice notice-error');
    expect(page.el('notice').textContent).toBe(message);
  });

  it('resumes a case that needs attention from the chosen step', async () => {
    const page = loadConsole({
      token: SUPERVISOR,
      route: (r) => (r.method === 'POST' ? { status: 202, body: { message: 'Resuming from findings', executionName: 'c-attn-r1' } } : undefined),
    });
    await page.settle();
    await page.open('RDR-AAAA-44');
    expect(page.el('stuck-panel').hidden).toBe(false);
    page.field('resume-from').value = 'findings';
    page.field('resume-reason').value = ' The customer sent the statement ';

    page.submit('resume-form');
    await page.settle();

    expect(page.api().find((r) => r.method === 'POST')).toMatchObject({
      url: '/prod/api/cases/c-attn/resume',
      body: { from: 'findings', reason: 'The customer sent the statement' },
    });
    expect(page.el('notice').textContent).toBe('RDR-AAAA-44: Resuming from findings.');
  });

  it('asks for a step and a reason before resuming, and shows 400 field errors from the API', async () => {
    const route: Route = (r) =>
      r.method === 'POST'
        ? {
            status: 400,
            body: {
              message: 'The case could not be resumed',
              errors: { from: ['One of the steps investigate, findings, resolve, decision, payout, satisfaction'] },
            },
          }
        : undefined;
    const page = loadConsole({ token: SUPERVISOR, route });
    await page.settle();
    await page.open('RDR-AAAA-44');

    page.submit('resume-form');
    await page.settle();
    expect(page.api().filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(page.el('resume-from-error').textContent).toBe('Choose the step to resume from.');

    // A step the select offers, refused by the server all the same.
    page.field('resume-from').value = 'findings';
    page.field('resume-reason').value = 'x';
    page.submit('resume-form');
    await page.settle();
    expect(page.el('resume-from-error').textContent).toContain('One of the steps');
  });

  it('closes a stuck case with the reason the customer reads', async () => {
    const page = loadConsole({ token: SUPERVISOR, route: (r) => (r.method === 'POST' ? { status: 200, body: { result: 'closed' } } : undefined) });
    await page.settle();
    await page.open('RDR-AAAA-44');
    page.field('close-reason').value = 'Settled by phone';

    page.submit('close-form');
    await page.settle();

    expect(page.api().find((r) => r.method === 'POST')).toMatchObject({ url: '/prod/api/cases/c-attn/close', body: { reason: 'Settled by phone' } });
    expect(page.el('notice').textContent).toBe('RDR-AAAA-44 closed; the customer is told why.');
  });

  it('offers agents no resume, close or payout actions', async () => {
    const page = loadConsole({ token: AGENT });
    await page.settle();

    await page.open('RDR-AAAA-44');

    expect(page.el('stuck-panel').hidden).toBe(true);
  });
});

// The console checks a form before sending it; what it lets through must be
// what the staff API's schema takes, so a limit changed in the schema changes here.
describe('staff console script: the same limits as the staff API', () => {
  async function findingsPage(fill: (page: ReturnType<typeof loadConsole>) => void) {
    const page = loadConsole({ token: AGENT });
    await page.settle();
    await page.open('RDR-UUUU-11');
    fill(page);
    page.submit('findings-form');
    await page.settle();
    return page.api().filter((r) => r.method === 'POST').length === 1;
  }

  const max = CONSOLE_LIMITS.findings.lines.maxItems;
  it.each([max, max + 1])('sends %i findings lines only if the schema takes them', async (count) => {
    const lines = Array.from({ length: count }, (_, i) => `line ${i}`);

    const sent = await findingsPage((page) => {
      page.fill('findings-summary', 'Found it.');
      page.fill('findings-lines', lines.join('\n'));
    });

    expect(sent).toBe(FindingsSchema.safeParse({ summary: 'Found it.', lines }).success);
  });

  it.each([
    ['25', 'USDT'],
    ['0.05', 'btc'],
    ['1'.repeat(18), 'EUR'],
    ['1'.repeat(19), 'EUR'],
    ['1.5', 'B'],
    ['1.5', 'ABCDEFGHIJK'],
    ['1.5', 'US DT'],
    ['1e3', 'USDT'],
  ])('sends an amount of %s %s only if the schema takes it', async (amount, asset) => {
    const sent = await findingsPage((page) => {
      page.fill('findings-summary', 'Found it.');
      page.check('comp-propose');
      page.fill('comp-amount', amount);
      page.fill('comp-asset', asset);
      page.fill('comp-reason', 'Delay');
    });

    expect(sent).toBe(FindingsSchema.safeParse({ summary: 'Found it.', compensation: { amount, asset, reason: 'Delay' } }).success);
  });

  const longest = CONSOLE_LIMITS.payout.reference.maxLength!;
  it.each([
    ['a bank reference', 'BANK-2026/11#42'],
    ['of the longest length', 'x'.repeat(longest)],
    ['one character too long', 'x'.repeat(longest + 1)],
    ['with markup', 'ref<script>'],
    ['with a semicolon', 'ref;drop'],
  ])('sends a payment reference %s only if the schema takes it', async (_label, reference) => {
    const route: Route = (r) =>
      r.method === 'GET' && r.url.endsWith('/api/cases/c-decide')
        ? {
            status: 200,
            body: {
              ...caseDetail('c-decide'),
              case: { ...caseDetail('c-decide').case, status: 'awaiting_payout' },
              proposals: [{ proposalId: 'p0', amount: '5', asset: 'USDT', status: 'approved', payout: { status: 'failed' } }],
            },
          }
        : undefined;
    const page = loadConsole({ token: SUPERVISOR, route });
    await page.settle();
    await page.open('RDR-DDDD-33');
    page.check('payout-manual');
    // Typing stops at maxlength; a pasted or scripted value need not.
    page.field('payout-reference').value = reference;
    page.fill('payout-reason', 'Paid by bank transfer');

    page.submit('payout-form');
    await page.settle();

    const sent = page.api().filter((r) => r.method === 'POST').length === 1;
    expect(sent).toBe(PayoutActionSchema.safeParse({ action: 'manual', reason: 'Paid by bank transfer', reference }).success);
  });
});
