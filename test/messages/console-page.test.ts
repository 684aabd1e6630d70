// The staff console page: what the CSP lets it do, that its config cannot
// break out of the script, and — running the served script against a small
// fake DOM — the requests it sends to Cognito and the staff API and what a
// person sees for each answer.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from '@jest/globals';
import { staffConsoleCsp, staffConsoleHtml } from '../../web/console';

const NONCE = 'bm9uY2UtZm9yLXRlc3Rz';
const COGNITO = { endpoint: 'https://cognito-idp.eu-west-1.amazonaws.com/', clientId: '4p1c11ent1d' };
const HOSTILE_CLIENT_ID = `</script><script>alert(1)</script><!-- $' $& \u2028`;

const render = (overrides: Partial<Parameters<typeof staffConsoleHtml>[0]> = {}) =>
  staffConsoleHtml({ nonce: NONCE, cognito: COGNITO, apiBase: '/prod/', ...overrides });

function inlineScript(html: string): string {
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  return scripts[0]![1]!;
}

describe('staff console page', () => {
  it('puts the nonce on every inline style and script and uses nothing the CSP forbids', () => {
    const html = render();

    const styles = html.match(/<style\b[^>]*>/g) ?? [];
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(styles).toHaveLength(2); // the theme's and the console's own
    expect(scripts).toHaveLength(1);
    for (const tag of [...styles, ...scripts]) expect(tag).toBe(tag.startsWith('<style') ? `<style nonce="${NONCE}">` : `<script nonce="${NONCE}">`);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<link\b(?![^>]*rel="icon")/);
  });

  it('builds the DOM without HTML parsing, inline styles or handlers in its script', () => {
    const script = inlineScript(render());

    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
    expect(script).not.toMatch(/\.style\b|setAttribute\('(style|on)/);
    expect(script).not.toMatch(/localStorage/);
  });

  it('escapes the nonce into both style tags and the script tag', () => {
    const html = render({ nonce: '"x' });

    expect(html.match(/nonce="&quot;x"/g)).toHaveLength(3);
  });

  it('keeps a hostile client id inside the script as JSON', () => {
    const html = render({ cognito: { ...COGNITO, clientId: HOSTILE_CLIENT_ID } });

    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).not.toContain('<!--');
    expect(inlineScript(html)).toContain('"clientId":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- $\' $\\u0026 \\u2028"');
  });

  it('hands the endpoint and client id to the script unchanged', () => {
    const html = render({ cognito: { ...COGNITO, clientId: HOSTILE_CLIENT_ID } });

    expect(inlineScript(html)).toMatch(/\(\{"cognito":\{"endpoint":"https:\/\/cognito-idp\.eu-west-1\.amazonaws\.com\/","clientId":".*"\},"apiBase":"\/prod\/","assetDecimals":\{[^}]*"BTC":8[^}]*\},"fallbackDecimals":8\}\);\s*$/);
  });

  it.each(['signin-username', 'signin-password', 'signin-submit', 'notice', 'refresh', 'findings-summary', 'findings-lines', 'comp-propose', 'comp-amount', 'comp-asset', 'comp-reason', 'findings-submit', 'decision-approve', 'decision-approve-lower', 'decision-reject', 'decision-amount', 'decision-reason', 'decision-submit', 'decision-first-approval', 'decision-second-self', 'payout-retry', 'payout-recheck', 'payout-manual', 'payout-reference', 'payout-reason', 'payout-submit', 'resume-from', 'resume-reason', 'resume-submit', 'close-reason', 'close-submit', 'signout'])(
    'has data-testid="%s"',
    (testid) => {
      expect(render()).toContain(`data-testid="${testid}"`);
    },
  );

  it('names queue rows by case number, for browser tests', () => {
    expect(inlineScript(render())).toContain(`setAttribute('data-testid', 'case-row-' + str(c.caseNumber))`);
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
    expect(inlineScript(render({ apiBase: '' }))).toContain('"apiBase":""');
  });

  it('sends a CSP that lets the page reach only this API and Cognito', () => {
    expect(staffConsoleCsp('abc', 'https://cognito-idp.eu-west-1.amazonaws.com/')).toBe(
      "default-src 'none'; script-src 'nonce-abc'; style-src 'nonce-abc'; connect-src 'self' https://cognito-idp.eu-west-1.amazonaws.com; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
  });
});

// ---------------------------------------------------------------------------
// A fake DOM just large enough for the script: elements with an id come from
// the page's own markup; everything the script creates hangs off them.

type Listener = (event: { preventDefault(): void }) => void;

class FakeNode {
  hidden = false;
  value = '';
  checked = false;
  disabled = false;
  noValidate = false;
  children: FakeNode[] = [];
  readonly attributes = new Map<string, string>();
  private text = '';
  private readonly classes = new Set<string>();
  private readonly listeners = new Map<string, Listener[]>();
  readonly classList = {
    add: (c: string) => void this.classes.add(c),
    remove: (c: string) => void this.classes.delete(c),
    contains: (c: string) => this.classes.has(c),
  };

  constructor(
    readonly tagName: string,
    private readonly doc: FakeDocument,
  ) {}

  get textContent(): string {
    return this.text + this.children.map((c) => c.textContent).join('');
  }
  set textContent(value: string) {
    this.text = String(value);
    this.children = [];
  }
  get firstChild(): FakeNode | null {
    return this.children[0] ?? null;
  }
  get className(): string {
    return this.attributes.get('class') ?? [...this.classes].join(' ');
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  appendChild(child: FakeNode): FakeNode {
    this.children.push(child);
    return child;
  }
  removeChild(child: FakeNode): FakeNode {
    this.children.splice(this.children.indexOf(child), 1);
    return child;
  }
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  dispatch(type: string): void {
    for (const l of this.listeners.get(type) ?? []) l({ preventDefault() {} });
  }
  focus(): void {
    this.doc.activeElement = this;
  }
  /** This node and everything under it. */
  *walk(): Generator<FakeNode> {
    yield this;
    for (const c of this.children) yield* c.walk();
  }
  find(testid: string): FakeNode | undefined {
    for (const n of this.walk()) if (n.getAttribute('data-testid') === testid) return n;
    return undefined;
  }
  all(tag: string): FakeNode[] {
    return [...this.walk()].filter((n) => n.tagName === tag);
  }
}

class FakeDocument {
  activeElement: FakeNode | undefined;
  private readonly byId = new Map<string, FakeNode>();

  constructor(html: string) {
    for (const m of html.matchAll(/<([a-z0-9]+)\b([^>]*)>/g)) {
      const attrs = new Map([...m[2]!.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, a[2] ?? ''] as const));
      const id = attrs.get('id');
      if (!id) continue;
      const node = new FakeNode(m[1]!, this);
      for (const [k, v] of attrs) if (k !== 'hidden' && k !== 'disabled') node.attributes.set(k, v);
      node.hidden = attrs.has('hidden');
      node.disabled = attrs.has('disabled');
      if (m[1] === 'button') node.textContent = html.slice(m.index! + m[0].length, html.indexOf('</button>', m.index!));
      this.byId.set(id, node);
    }
  }
  getElementById(id: string): FakeNode | null {
    return this.byId.get(id) ?? null;
  }
  createElement(tag: string): FakeNode {
    return new FakeNode(tag, this);
  }
  createTextNode(text: string): FakeNode {
    const node = new FakeNode('#text', this);
    node.textContent = text;
    return node;
  }
  el(id: string): FakeNode {
    const node = this.byId.get(id);
    if (!node) throw new Error(`no #${id}`);
    return node;
  }
}

class FakeStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}
type Reply = { status: number; body?: unknown };
type Route = (request: Sent) => Reply | undefined;

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
function idToken(claims: Record<string, unknown>, expiresInSeconds = 3600): string {
  return `${b64url({ alg: 'RS256', kid: 'k' })}.${b64url({ sub: 'u-1', exp: Math.floor(Date.now() / 1000) + expiresInSeconds, ...claims })}.c2lnbmF0dXJl`;
}
const SUPERVISOR = idToken({ email: 'sára@example.com', 'cognito:username': 'sara', 'cognito:groups': ['supervisor', 'agent'] });
const AGENT = idToken({ email: 'ana@example.com', 'cognito:username': 'ana', 'cognito:groups': ['agent'] });

const CASES = [
  { caseId: 'c-low', caseNumber: 'RDR-LLLL-22', status: 'awaiting_findings', priority: 'low', updatedAt: '2025-01-01T09:00:00Z' },
  { caseId: 'c-urgent', caseNumber: 'RDR-UUUU-11', status: 'awaiting_findings', priority: 'urgent', category: 'account_security', updatedAt: '2025-01-02T09:00:00Z', needsPersonReasons: ['security_flag'] },
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
    proposals: summary.status === 'awaiting_decision' ? [{ proposalId: 'p-9', amount: '0.05', asset: 'BTC', reason: 'Fee refund', proposedBy: 'agent:ana', status: 'awaiting_decision' }] : [],
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
  const doc = new FakeDocument(html);
  const session = new FakeStorage();
  const local = new FakeStorage();
  if (opts.token) session.setItem('redress.console.idToken', opts.token);
  const sent: Sent[] = [];
  const fetch = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => {
    const request = { url, method: init.method, headers: init.headers, body: init.body === undefined ? undefined : JSON.parse(init.body) };
    sent.push(request);
    const reply = opts.route?.(request) ?? defaultApi(request) ?? { status: 404, body: { message: 'Not found' } };
    return Promise.resolve({ status: reply.status, text: () => Promise.resolve(reply.body === undefined ? '' : JSON.stringify(reply.body)) });
  };
  runInNewContext(inlineScript(html), { window: { fetch, sessionStorage: session, localStorage: local }, document: doc, URL, atob, TextDecoder });

  const settle = async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const api = () => sent.filter((r) => r.url !== COGNITO.endpoint);
  const row = (caseNumber: string) => doc.el('queue').find(`case-row-${caseNumber}`);
  const open = async (caseNumber: string) => {
    row(caseNumber)!.dispatch('click');
    await settle();
  };
  const signIn = async (username = 'sara', password = 'correct horse') => {
    doc.el('signin-username').value = username;
    doc.el('signin-password').value = password;
    doc.el('signin-form').dispatch('submit');
    await settle();
  };
  return { doc, session, local, sent, api, row, open, signIn, settle };
}

const cognitoReply = (reply: Reply): Route => (r) => (r.url === COGNITO.endpoint ? reply : undefined);

describe('staff console script: signing in', () => {
  it('shows the sign-in form when nobody is signed in', () => {
    const { doc, sent } = loadConsole();

    expect(doc.el('signin').hidden).toBe(false);
    expect(doc.el('app').hidden).toBe(true);
    expect(doc.el('needs-script').hidden).toBe(true);
    expect(sent).toHaveLength(0);
  });

  it("calls Cognito's InitiateAuth with USER_PASSWORD_AUTH and the page's client id", async () => {
    // Prepare
    const page = loadConsole({ clientId: HOSTILE_CLIENT_ID, route: cognitoReply({ status: 200, body: { AuthenticationResult: { IdToken: SUPERVISOR, ExpiresIn: 3600 } } }) });

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
    expect(page.local.items.size).toBe(0);
    expect(page.doc.el('signin-password').value).toBe('');
    expect(page.doc.el('app').hidden).toBe(false);
    expect(page.doc.el('signin').hidden).toBe(true);
    expect(page.doc.el('who-name').textContent).toBe('sára@example.com');
    expect(page.doc.el('who-groups').textContent).toBe('(supervisor, agent)');
    expect(page.api()[0]).toMatchObject({ url: '/prod/api/cases', method: 'GET', headers: { Authorization: SUPERVISOR } });
  });

  it.each(['NotAuthorizedException', 'UserNotFoundException', 'com.amazonaws.cognito#NotAuthorizedException'])('says "Wrong username or password" for %s', async (type) => {
    const page = loadConsole({ route: cognitoReply({ status: 400, body: { __type: type, message: 'Incorrect username or password.' } }) });

    await page.signIn();

    expect(page.doc.el('signin-message').hidden).toBe(false);
    expect(page.doc.el('signin-message').textContent).toBe('Wrong username or password.');
    expect(page.doc.el('app').hidden).toBe(true);
    expect(page.session.items.size).toBe(0);
  });

  it("shows Cognito's own message for other refusals", async () => {
    const page = loadConsole({ route: cognitoReply({ status: 400, body: { __type: 'PasswordResetRequiredException', message: 'Password reset required for the user' } }) });

    await page.signIn();

    expect(page.doc.el('signin-message').textContent).toBe('Password reset required for the user');
  });

  it('explains that an admin must set a permanent password when Cognito asks for a new one', async () => {
    const page = loadConsole({ route: cognitoReply({ status: 200, body: { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 's', ChallengeParameters: {} } }) });

    await page.signIn();

    expect(page.doc.el('signin-message').textContent).toMatch(/password change is required.*admin.*permanent password/);
    expect(page.session.items.size).toBe(0);
    expect(page.api()).toHaveLength(0);
  });

  it('picks up a signed-in session from sessionStorage on reload', async () => {
    const page = loadConsole({ token: AGENT });
    await page.settle();

    expect(page.doc.el('app').hidden).toBe(false);
    expect(page.api()[0]!.headers.Authorization).toBe(AGENT);
  });

  it('forgets an expired token on reload and says why', () => {
    const page = loadConsole({ token: idToken({ 'cognito:groups': ['agent'] }, -60) });

    expect(page.session.items.size).toBe(0);
    expect(page.doc.el('signin').hidden).toBe(false);
    expect(page.doc.el('signin-message').textContent).toBe('Your session expired. Please sign in again.');
    expect(page.api()).toHaveLength(0);
  });

  it('signs out on a 401 and says the session expired', async () => {
    // Prepare
    const page = loadConsole({ token: SUPERVISOR, route: (r) => (r.url.endsWith('/api/cases') ? { status: 401, body: { message: 'Unauthorized' } } : undefined) });

    // Act
    await page.settle();

    // Assess
    expect(page.session.items.size).toBe(0);
    expect(page.doc.el('app').hidden).toBe(true);
    expect(page.doc.el('signin').hidden).toBe(false);
    expect(page.doc.el('signin-message').textContent).toBe('Your session expired. Please sign in again.');
  });

  it('forgets the token and what was on screen on sign-out', async () => {
    const page = loadConsole({ token: SUPERVISOR });
    await page.settle();
    expect(page.row('RDR-UUUU-11')).toBeDefined();

    page.doc.el('signout').dispatch('click');

    expect(page.session.items.size).toBe(0);
    expect(page.doc.el('queue').children).toHaveLength(0);
    expect(page.doc.el('who-name').textContent).toBe('');
    expect(page.doc.el('signin').hidden).toBe(false);
  });
});

describe('staff console script: queue', () => {
  it('groups cases under their headings, most urgent first, with a row per case', async () => {
    // Prepare
    const page = loadConsole({ token: AGENT });

    // Act
    await page.settle();

    // Assess
    const headings = page.doc.el('queue').all('h2').map((h) => h.textContent.replace(/\s*\d+$/, ''));
    expect(headings).toEqual(['Waiting for findings', 'Waiting for a compensation decision', 'Waiting for a payout', 'With a supervisor', 'Needs attention']);
    const rows = page.doc.el('queue').all('tr').map((r) => r.getAttribute('data-testid')).filter(Boolean);
    expect(rows).toEqual(['case-row-RDR-UUUU-11', 'case-row-RDR-LLLL-22', 'case-row-RDR-DDDD-33', 'case-row-RDR-AAAA-44']);
    expect(page.row('RDR-UUUU-11')!.all('span').find((s) => s.className.includes('badge'))!.className).toBe('badge badge-urgent');
    expect(page.row('RDR-DDDD-33')!.all('span').find((s) => s.className.includes('badge'))!.className).toBe('badge badge-high');
    expect(page.row('RDR-AAAA-44')!.textContent).toContain('Mail bounced');
  });

  it('loads the queue again on Refresh', async () => {
    const page = loadConsole({ token: AGENT });
    await page.settle();

    page.doc.el('refresh').dispatch('click');
    await page.settle();

    expect(page.api().filter((r) => r.url === '/prod/api/cases')).toHaveLength(2);
  });

  it('shows the server refusing the queue in the notice area', async () => {
    const page = loadConsole({ token: AGENT, route: (r) => (r.url.endsWith('/api/cases') ? { status: 403, body: { message: 'This needs one of the groups: agent, supervisor, admin' } } : undefined) });
    await page.settle();

    expect(page.doc.el('notice').className).toBe('notice notice-error');
    expect(page.doc.el('notice').textContent).toBe('This needs one of the groups: agent, supervisor, admin');
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
    expect(page.doc.el('case-view').hidden).toBe(false);
    expect(page.doc.el('case-number').textContent).toBe('RDR-UUUU-11');
    const details = page.doc.el('case-details');
    expect(details.textContent).toContain('<img src=x onerror=alert(1)> my deposit is missing');
    expect(details.all('img')).toHaveLength(0);
    const links = details.all('a');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe(`https://mempool.space/tx/${TX}`);
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(details.textContent).toContain('bad-link');
    expect(page.doc.el('case-timeline').all('ol')[0]!.textContent).toContain('complaint.received');
  });

  it('sends findings with the proposed compensation and the case’s transactions as evidence, then reloads the queue', async () => {
    // Prepare
    const page = loadConsole({ token: AGENT });
    await page.settle();
    await page.open('RDR-UUUU-11');
    const { doc } = page;
    expect(doc.el('findings-panel').hidden).toBe(false);
    doc.el('findings-summary').value = ' Deposit credited late. ';
    doc.el('findings-lines').value = 'Seen on chain at 10:02\n\n  Credited at 16:40  \r\n';
    doc.el('comp-propose').checked = true;
    doc.el('comp-propose').dispatch('change');
    doc.el('comp-amount').value = '0.0005';
    doc.el('comp-asset').value = ' btc ';
    doc.el('comp-reason').value = 'Fee for the delay';

    // Act
    doc.el('findings-form').dispatch('submit');
    await page.settle();

    // Assess
    const post = page.api().find((r) => r.method === 'POST')!;
    expect(post).toMatchObject({ url: '/prod/api/cases/c-urgent/findings', headers: { Authorization: AGENT, 'Content-Type': 'application/json' } });
    expect(post.body).toEqual({
      summary: 'Deposit credited late.',
      lines: ['Seen on chain at 10:02', 'Credited at 16:40'],
      compensation: { amount: '0.0005', asset: 'BTC', reason: 'Fee for the delay', evidence: [TX] },
    });
    expect(doc.el('notice').className).toBe('notice notice-success');
    expect(doc.el('notice').textContent).toContain('RDR-UUUU-11');
    expect(doc.el('case-view').hidden).toBe(true);
    expect(page.api().filter((r) => r.url === '/prod/api/cases')).toHaveLength(2);
  });

  it('leaves compensation out when none is proposed, even if its fields were filled', async () => {
    const page = loadConsole({ token: AGENT });
    await page.settle();
    await page.open('RDR-UUUU-11');
    page.doc.el('findings-summary').value = 'Nothing owed.';
    page.doc.el('comp-amount').value = '5';

    page.doc.el('findings-form').dispatch('submit');
    await page.settle();

    expect(page.api().find((r) => r.method === 'POST')!.body).toEqual({ summary: 'Nothing owed.', lines: [] });
  });

  it.each(['', '0', '0.0', '1,5', '-2', '1.123456789', '1e3'])('does not send findings without a summary or with the amount %j', async (amount) => {
    const page = loadConsole({ token: AGENT });
    await page.settle();
    await page.open('RDR-UUUU-11');
    page.doc.el('comp-propose').checked = true;
    page.doc.el('comp-amount').value = amount;
    page.doc.el('comp-asset').value = 'BTC';
    page.doc.el('comp-reason').value = 'Delay';

    page.doc.el('findings-form').dispatch('submit');
    await page.settle();

    expect(page.api().filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(page.doc.el('findings-summary').getAttribute('aria-invalid')).toBe('true');
    expect(page.doc.el('comp-amount').getAttribute('aria-invalid')).toBe('true');
    expect(page.doc.el('comp-asset').getAttribute('aria-invalid')).toBeNull();
    expect(page.doc.el('findings-errors').hidden).toBe(false);
    expect(page.doc.activeElement).toBe(page.doc.el('findings-errors'));
  });

  it('does not send more findings lines than the API takes', async () => {
    const page = loadConsole({ token: AGENT });
    await page.settle();
    await page.open('RDR-UUUU-11');
    page.doc.el('findings-summary').value = 'Found it.';
    page.doc.el('findings-lines').value = Array.from({ length: 21 }, (_, i) => `line ${i}`).join('\n');

    page.doc.el('findings-form').dispatch('submit');
    await page.settle();

    expect(page.api().filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(page.doc.el('findings-lines-error').textContent).toBe('At most 20 lines; you have 21.');
  });

  it('shows 400 errors next to their fields and the rest in the summary', async () => {
    // Prepare: the staff API names top-level fields only (fieldErrorsOf).
    const errors = { summary: ['Summarize what you found'], compensation: ['Must be more than zero'], _body: ['Unknown field(s): extra'] };
    const page = loadConsole({ token: AGENT, route: (r) => (r.method === 'POST' ? { status: 400, body: { message: 'The findings could not be accepted', errors } } : undefined) });
    await page.settle();
    await page.open('RDR-UUUU-11');
    const { doc } = page;
    doc.el('findings-summary').value = 'Found it.';
    doc.el('comp-propose').checked = true;
    doc.el('comp-propose').dispatch('change');
    doc.el('comp-amount').value = '0.5';
    doc.el('comp-asset').value = 'BTC';
    doc.el('comp-reason').value = 'Delay';

    // Act
    doc.el('findings-form').dispatch('submit');
    await page.settle();

    // Assess
    expect(doc.el('findings-summary-error').hidden).toBe(false);
    expect(doc.el('findings-summary-error').textContent).toBe('Summarize what you found');
    expect(doc.el('findings-summary').getAttribute('aria-invalid')).toBe('true');
    expect(doc.el('findings-summary').getAttribute('aria-describedby')).toBe('findings-summary-error findings-summary-hint');
    expect(doc.el('comp-fields-error').hidden).toBe(false);
    expect(doc.el('comp-fields-error').textContent).toBe('Must be more than zero');
    expect(doc.el('findings-errors-list').children.map((li) => li.textContent)).toEqual(['Summarize what you found', 'Must be more than zero', 'Unknown field(s): extra']);
    expect(doc.el('findings-errors-list').children[1]!.children[0]!.getAttribute('href')).toBe('#comp-amount');
    expect(doc.activeElement).toBe(doc.el('findings-errors'));
    expect(doc.el('case-view').hidden).toBe(false);
    expect(doc.el('findings-submit').disabled).toBe(false);
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
    const { doc } = page;
    expect(doc.el('decision-panel').hidden).toBe(false);
    doc.el(radio).checked = true;
    doc.el(radio).dispatch('change');
    doc.el('decision-amount').value = '0.01';
    doc.el('decision-reason').value = ' Checked the ledger ';

    // Act
    doc.el('decision-form').dispatch('submit');
    await page.settle();

    // Assess
    expect(doc.el('field-decision-amount').hidden).toBe(decision !== 'approve_lower');
    const post = page.api().find((r) => r.method === 'POST')!;
    expect(post.url).toBe('/prod/api/compensations/c-decide.p-9/decision');
    expect(post.headers.Authorization).toBe(SUPERVISOR);
    expect(post.body).toEqual({ decision, reason: 'Checked the ledger', ...extra });
    expect(doc.el('notice').className).toBe('notice notice-success');
  });

  it('tells an agent that a supervisor decides, and offers no decision form', async () => {
    const page = loadConsole({ token: AGENT });
    await page.settle();

    await page.open('RDR-DDDD-33');

    expect(page.doc.el('decision-panel').hidden).toBe(true);
    expect(page.doc.el('decision-not-allowed').hidden).toBe(false);
    expect(page.doc.el('decision-not-allowed').getAttribute('data-testid')).toBe('decision-not-allowed');
  });

  it('does not send a "lower" amount that is not lower', async () => {
    const page = loadConsole({ token: SUPERVISOR });
    await page.settle();
    await page.open('RDR-DDDD-33');
    page.doc.el('decision-approve-lower').checked = true;
    page.doc.el('decision-approve-lower').dispatch('change');
    page.doc.el('decision-amount').value = '0.05';
    page.doc.el('decision-reason').value = 'Checked';

    page.doc.el('decision-form').dispatch('submit');
    await page.settle();

    expect(page.api().filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(page.doc.el('decision-amount-error').textContent).toBe('Enter less than the proposed 0.05 BTC, or choose Approve.');
  });

  it('asks for a reason before sending a decision', async () => {
    const page = loadConsole({ token: SUPERVISOR });
    await page.settle();
    await page.open('RDR-DDDD-33');
    page.doc.el('decision-approve').checked = true;

    page.doc.el('decision-form').dispatch('submit');
    await page.settle();

    expect(page.api().filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(page.doc.el('decision-reason-error').textContent).toBe('Give a reason for the decision.');
  });

  it.each([
    [403, 'You cannot decide your own proposal'],
    [409, 'This proposal was already decided'],
  ])('shows a %i message in the notice area as an error', async (status, message) => {
    // Prepare
    const page = loadConsole({ token: SUPERVISOR, route: (r) => (r.method === 'POST' ? { status, body: { message } } : undefined) });
    await page.settle();
    await page.open('RDR-DDDD-33');
    page.doc.el('decision-reject').checked = true;
    page.doc.el('decision-reason').value = 'No loss shown';

    // Act
    page.doc.el('decision-form').dispatch('submit');
    await page.settle();

    // Assess
    expect(page.doc.el('notice').className).toBe('notice notice-error');
    expect(page.doc.el('notice').textContent).toBe(message);
    expect(page.doc.activeElement).toBe(page.doc.el('notice'));
    expect(page.doc.el('case-view').hidden).toBe(false);
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
        body: { ...detail, case: { ...detail.case, evidence: [detail.case.evidence[0], { reference: OTHER, chain: 'ethereum', explorerUrl: `https://etherscan.io/tx/${OTHER}`, otherAccount: true }] } },
      };
    };
    const page = loadConsole({ token: AGENT, route });
    await page.settle();

    // Act
    await page.open('RDR-UUUU-11');

    // Assess: only the other account's item carries the flag.
    // Evidence items read "<reference> (<chain>, …)"; the case's bare references are listed elsewhere.
    const innermost = page.doc.el('case-details').all('li').filter((li) => li.all('li').length === 1);
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
  const withProposal = (proposal: Record<string, unknown>, status = 'awaiting_decision'): Route => (r) => {
    if (r.method !== 'GET' || !r.url.endsWith('/api/cases/c-decide')) return undefined;
    const detail = caseDetail('c-decide');
    return { status: 200, body: { ...detail, case: { ...detail.case, status }, proposals: [{ proposalId: 'p0', amount: '600', asset: 'USDT', reason: 'Fee refund', proposedBy: 'rule:failed-withdrawal-fee', ...proposal }] } };
  };
  const FIRST = { by: 'sara', at, decision: 'approve', reason: 'The fee was wrong' };

  it('shows who approved first, and offers the second supervisor approve or reject only', async () => {
    // Prepare
    const page = loadConsole({ token: SECOND, route: withProposal({ status: 'awaiting_second_approval', firstApproval: FIRST }) });
    await page.settle();

    // Act
    await page.open('RDR-DDDD-33');

    // Assess
    const { doc } = page;
    expect(doc.el('decision-panel').hidden).toBe(false);
    expect(doc.el('decision-first-approval').hidden).toBe(false);
    expect(doc.el('decision-first-approval-text').textContent).toContain('First approved by sara: approve of 600 USDT');
    expect(doc.el('option-decision-approve-lower').hidden).toBe(true);
    expect(doc.el('case-details').find('proposal-p0')!.textContent).toContain('Waiting for a second approval');
    expect(doc.el('case-details').find('proposal-p0')!.textContent).toContain('approve by sara');

    doc.el('decision-approve').checked = true;
    doc.el('decision-reason').value = 'Checked the ledger';
    doc.el('decision-form').dispatch('submit');
    await page.settle();
    expect(page.api().find((r) => r.method === 'POST')).toMatchObject({ url: '/prod/api/compensations/c-decide.p0/decision', body: { decision: 'approve', reason: 'Checked the ledger' } });
  });

  it('tells the first approver that a different supervisor must approve, and offers no form', async () => {
    const page = loadConsole({ token: SUPERVISOR, route: withProposal({ status: 'awaiting_second_approval', firstApproval: FIRST }) });
    await page.settle();

    await page.open('RDR-DDDD-33');

    expect(page.doc.el('decision-panel').hidden).toBe(true);
    expect(page.doc.el('decision-second-self').hidden).toBe(false);
  });

  it('says a first approval was recorded when the API answers that a second is needed', async () => {
    const message = 'First approval recorded. The amount is above the single-approver limit (500): a second, different supervisor must approve it.';
    const route: Route = (r) => withProposal({ status: 'awaiting_decision' })(r) ?? (r.method === 'POST' ? { status: 202, body: { status: 'awaiting_second_approval', message } } : undefined);
    const page = loadConsole({ token: SUPERVISOR, route });
    await page.settle();
    await page.open('RDR-DDDD-33');
    page.doc.el('decision-approve').checked = true;
    page.doc.el('decision-reason').value = 'Refund it';

    page.doc.el('decision-form').dispatch('submit');
    await page.settle();

    expect(page.doc.el('notice').className).toBe('notice notice-success');
    expect(page.doc.el('notice').textContent).toBe(`RDR-DDDD-33: ${message}`);
  });

  it.each([
    ['beyond the asset precision', '1.1234567', 'USDT has 6 decimal places; this amount has more.'],
    ['equal to the proposal, written longer', '600.000', 'Enter less than the proposed 600 USDT, or choose Approve.'],
    ['above it by a fraction', '600.000001', 'Enter less than the proposed 600 USDT, or choose Approve.'],
  ])('does not send a lower amount %s', async (_label, amount, error) => {
    const page = loadConsole({ token: SUPERVISOR, route: withProposal({ status: 'awaiting_decision' }) });
    await page.settle();
    await page.open('RDR-DDDD-33');
    page.doc.el('decision-approve-lower').checked = true;
    page.doc.el('decision-approve-lower').dispatch('change');
    page.doc.el('decision-amount').value = amount;
    page.doc.el('decision-reason').value = 'Less';

    page.doc.el('decision-form').dispatch('submit');
    await page.settle();

    expect(page.api().filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(page.doc.el('decision-amount-error').textContent).toBe(error);
  });

  const payout = (status: string, extra: Record<string, unknown> = {}) => ({ status, key: 'c-decide.p0.1', attempt: 1, amount: '600', asset: 'USDT', accountId: 'ACC-1001', ...extra });

  it('shows the payout and offers only the actions that fit it', async () => {
    const page = loadConsole({ token: SUPERVISOR, route: withProposal({ status: 'approved', decision: { ...FIRST, secondBy: 'sam' }, payout: payout('failed', { reason: 'account_restricted' }) }, 'awaiting_payout') });
    await page.settle();

    await page.open('RDR-DDDD-33');

    const { doc } = page;
    expect(doc.el('payout-panel').hidden).toBe(false);
    expect(doc.el('payout-summary').textContent).toContain('account restricted');
    expect(doc.el('option-payout-retry').hidden).toBe(false);
    expect(doc.el('option-payout-recheck').hidden).toBe(true);
    expect(doc.el('option-payout-manual').hidden).toBe(false);
    const proposal = doc.el('case-details').find('proposal-p0')!.textContent;
    expect(proposal).toContain('Second approval by');
    expect(proposal).toContain('sam');
    expect(proposal).toContain('Failed');
  });

  it('records a manual payment with its reference', async () => {
    // Prepare
    const page = loadConsole({ token: SUPERVISOR, route: withProposal({ status: 'approved', payout: payout('pending', { reason: 'pending_too_long' }) }, 'awaiting_payout') });
    await page.settle();
    await page.open('RDR-DDDD-33');
    const { doc } = page;
    doc.el('payout-manual').checked = true;
    doc.el('payout-manual').dispatch('change');
    expect(doc.el('field-payout-reference').hidden).toBe(false);
    doc.el('payout-reference').value = ' BANK-2026/11#42 ';
    doc.el('payout-reason').value = 'Paid by bank transfer';

    // Act
    doc.el('payout-form').dispatch('submit');
    await page.settle();

    // Assess
    expect(page.api().find((r) => r.method === 'POST')).toMatchObject({ url: '/prod/api/compensations/c-decide.p0/payout', body: { action: 'manual', reason: 'Paid by bank transfer', reference: 'BANK-2026/11#42' } });
    expect(doc.el('notice').className).toBe('notice notice-success');
  });

  it('does not send a manual payment without a usable reference', async () => {
    const page = loadConsole({ token: SUPERVISOR, route: withProposal({ status: 'approved', payout: payout('failed') }, 'awaiting_payout') });
    await page.settle();
    await page.open('RDR-DDDD-33');
    page.doc.el('payout-manual').checked = true;
    page.doc.el('payout-manual').dispatch('change');
    page.doc.el('payout-reference').value = '<script>';
    page.doc.el('payout-reason').value = 'Paid';

    page.doc.el('payout-form').dispatch('submit');
    await page.settle();

    expect(page.api().filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(page.doc.el('payout-reference').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the API refusing a payout action (409) as an error', async () => {
    const message = 'A payout that is paid cannot be retried';
    const route: Route = (r) => withProposal({ status: 'approved', payout: payout('failed') }, 'awaiting_payout')(r) ?? (r.method === 'POST' ? { status: 409, body: { message } } : undefined);
    const page = loadConsole({ token: SUPERVISOR, route });
    await page.settle();
    await page.open('RDR-DDDD-33');
    page.doc.el('payout-retry').checked = true;
    page.doc.el('payout-reason').value = 'The bank is back';

    page.doc.el('payout-form').dispatch('submit');
    await page.settle();

    expect(page.doc.el('notice').className).toBe('notice notice-error');
    expect(page.doc.el('notice').textContent).toBe(message);
  });

  it('resumes a case that needs attention from the chosen step', async () => {
    const page = loadConsole({ token: SUPERVISOR, route: (r) => (r.method === 'POST' ? { status: 202, body: { message: 'Resuming from findings', executionName: 'c-attn-r1' } } : undefined) });
    await page.settle();
    await page.open('RDR-AAAA-44');
    const { doc } = page;
    expect(doc.el('stuck-panel').hidden).toBe(false);
    doc.el('resume-from').value = 'findings';
    doc.el('resume-reason').value = ' The customer sent the statement ';

    doc.el('resume-form').dispatch('submit');
    await page.settle();

    expect(page.api().find((r) => r.method === 'POST')).toMatchObject({ url: '/prod/api/cases/c-attn/resume', body: { from: 'findings', reason: 'The customer sent the statement' } });
    expect(doc.el('notice').textContent).toBe('RDR-AAAA-44: Resuming from findings.');
  });

  it('asks for a step and a reason before resuming, and shows 400 field errors from the API', async () => {
    const route: Route = (r) => (r.method === 'POST' ? { status: 400, body: { message: 'The case could not be resumed', errors: { from: ['One of the steps investigate, findings, resolve, decision, payout, satisfaction'] } } } : undefined);
    const page = loadConsole({ token: SUPERVISOR, route });
    await page.settle();
    await page.open('RDR-AAAA-44');
    const { doc } = page;

    doc.el('resume-form').dispatch('submit');
    await page.settle();
    expect(page.api().filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(doc.el('resume-from-error').textContent).toBe('Choose the step to resume from.');

    doc.el('resume-from').value = 'classify';
    doc.el('resume-reason').value = 'x';
    doc.el('resume-form').dispatch('submit');
    await page.settle();
    expect(doc.el('resume-from-error').textContent).toContain('One of the steps');
  });

  it('closes a stuck case with the reason the customer reads', async () => {
    const page = loadConsole({ token: SUPERVISOR, route: (r) => (r.method === 'POST' ? { status: 200, body: { result: 'closed' } } : undefined) });
    await page.settle();
    await page.open('RDR-AAAA-44');
    page.doc.el('close-reason').value = 'Settled by phone';

    page.doc.el('close-form').dispatch('submit');
    await page.settle();

    expect(page.api().find((r) => r.method === 'POST')).toMatchObject({ url: '/prod/api/cases/c-attn/close', body: { reason: 'Settled by phone' } });
    expect(page.doc.el('notice').textContent).toBe('RDR-AAAA-44 closed; the customer is told why.');
  });

  it('offers agents no resume, close or payout actions', async () => {
    const page = loadConsole({ token: AGENT });
    await page.settle();

    await page.open('RDR-AAAA-44');

    expect(page.doc.el('stuck-panel').hidden).toBe(true);
  });
});
