// Runs the complaint page's inline script against a small fake DOM built from
// the page's own markup: the request it sends, the one Idempotency-Key per
// complaint, and what the customer sees for 201, 400, 422, 429, 5xx and no network.
import { webcrypto } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from '@jest/globals';
import { COMPLAINT_FORM_SCRIPT, complaintFormHtml } from '../../web/complaint-form';

type Listener = (event: { preventDefault(): void }) => void;

class FakeElement {
  hidden = false;
  textContent = '';
  value = '';
  checked = false;
  disabled = false;
  noValidate = false;
  valid = true;
  validationMessage = '';
  readonly children: FakeElement[] = [];
  readonly attributes = new Map<string, string>();
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

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
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
  checkValidity(): boolean {
    return this.valid;
  }
  appendChild(child: FakeElement): FakeElement {
    this.children.push(child);
    return child;
  }
  removeChild(child: FakeElement): FakeElement {
    this.children.splice(this.children.indexOf(child), 1);
    return child;
  }
  get firstChild(): FakeElement | null {
    return this.children[0] ?? null;
  }
}

class FakeDocument {
  title = 'Make a complaint';
  activeElement: FakeElement | undefined;
  readonly byId = new Map<string, FakeElement>();

  /** Every element with an id in the page, with its attributes, `hidden` and (for buttons) its text. */
  constructor(html: string) {
    for (const m of html.matchAll(/<([a-z0-9]+)\b([^>]*)>/g)) {
      const attrs = new Map([...m[2]!.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, a[2] ?? ''] as const));
      const id = attrs.get('id');
      if (!id) continue;
      const el = new FakeElement(m[1]!, this);
      for (const [k, v] of attrs) if (k !== 'hidden') el.attributes.set(k, v);
      el.hidden = attrs.has('hidden');
      if (m[1] === 'button') el.textContent = html.slice(m.index! + m[0].length, html.indexOf('</button>', m.index!));
      this.byId.set(id, el);
    }
  }
  getElementById(id: string): FakeElement | null {
    return this.byId.get(id) ?? null;
  }
  createElement(tag: string): FakeElement {
    return new FakeElement(tag, this);
  }
  el(id: string): FakeElement {
    const el = this.byId.get(id);
    if (!el) throw new Error(`no #${id}`);
    return el;
  }
}

interface SentRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

type Reply = { status: number; body?: unknown } | 'network-error';

function loadPage() {
  const doc = new FakeDocument(complaintFormHtml('n'));
  const sent: SentRequest[] = [];
  const replies: Reply[] = [];
  let release: (() => void) | undefined;
  let holdNext = false;
  const fetch = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => {
    sent.push({ url, method: init.method, headers: init.headers, body: JSON.parse(init.body) });
    const reply = replies.shift() ?? { status: 201, body: { caseNumber: 'RDR-7K3M-Q9' } };
    const answer = () =>
      reply === 'network-error'
        ? Promise.reject(new TypeError('Failed to fetch'))
        : Promise.resolve({ status: reply.status, text: () => Promise.resolve(reply.body === undefined ? '' : JSON.stringify(reply.body)) });
    return holdNext ? new Promise((resolve) => (release = () => resolve(answer()))) : answer();
  };
  runInNewContext(COMPLAINT_FORM_SCRIPT, { window: { fetch, crypto: webcrypto, scrollTo() {} }, document: doc });

  const fill = (values: Partial<Record<'name' | 'email' | 'accountId' | 'description' | 'transactionHashes' | 'language', string>> & { wantsHuman?: boolean }) => {
    for (const [k, v] of Object.entries(values)) {
      if (k === 'wantsHuman') doc.el(k).checked = v as boolean;
      else doc.el(k).value = v as string;
    }
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const submit = async () => {
    doc.el('complaint-form').dispatch('submit');
    await settle();
    await settle();
  };
  return {
    doc,
    sent,
    replies,
    fill,
    submit,
    settle,
    hold: () => (holdNext = true),
    release: () => release?.(),
  };
}

const VALID = { name: 'Ana Souza', email: 'ana@example.com', description: 'My withdrawal has been pending for three days.' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('complaint form script', () => {
  it('takes over validation from the browser, so server errors can be shown in place', () => {
    const { doc } = loadPage();

    expect(doc.el('complaint-form').noValidate).toBe(true);
  });

  it('sends the JSON body the intake schema expects', async () => {
    // Prepare
    const page = loadPage();
    page.fill({ ...VALID, accountId: ' u-123 ', transactionHashes: `0x${'a'.repeat(64)}\n\n  ${'b'.repeat(64)}  \n`, language: 'uk', wantsHuman: true });

    // Act
    await page.submit();

    // Assess
    expect(page.sent).toHaveLength(1);
    expect(page.sent[0]).toMatchObject({ url: 'api/complaints' /* relative: on AWS the form lives under the API's stage path */, method: 'POST' });
    expect(page.sent[0]!.headers).toMatchObject({ 'Content-Type': 'application/json', Accept: 'application/json' });
    expect(page.sent[0]!.body).toEqual({
      ...VALID,
      accountId: 'u-123',
      transactionHashes: [`0x${'a'.repeat(64)}`, 'b'.repeat(64)],
      language: 'uk',
      wantsHuman: true,
    });
  });

  it('leaves out optional fields left blank and sends wantsHuman as false', async () => {
    const page = loadPage();
    page.fill(VALID);

    await page.submit();

    expect(page.sent[0]!.body).toEqual({ ...VALID, wantsHuman: false });
  });

  it('shows the case number on 201', async () => {
    const page = loadPage();
    page.fill(VALID);
    page.replies.push({ status: 201, body: { caseNumber: 'RDR-ABCD-EF' } });

    await page.submit();

    expect(page.doc.el('case-number').textContent).toBe('RDR-ABCD-EF');
    expect(page.doc.el('success').hidden).toBe(false);
    expect(page.doc.el('form-card').hidden).toBe(true);
    expect(page.doc.activeElement).toBe(page.doc.el('success'));
  });

  it('sends a second click while the first request is in flight nowhere', async () => {
    const page = loadPage();
    page.fill(VALID);
    page.hold();

    page.doc.el('complaint-form').dispatch('submit');
    page.doc.el('complaint-form').dispatch('submit');
    expect(page.doc.el('submit').disabled).toBe(true);
    page.release();
    await page.settle();
    await page.settle();

    expect(page.sent).toHaveLength(1);
    expect(page.doc.el('case-number').textContent).toBe('RDR-7K3M-Q9');
  });

  it('keeps one Idempotency-Key across retries after a network error or a server error', async () => {
    // Prepare
    const page = loadPage();
    page.fill(VALID);
    page.replies.push('network-error', { status: 503, body: { message: 'Service Unavailable' } }, { status: 201, body: { caseNumber: 'RDR-7K3M-Q9' } });

    // Act
    await page.submit();
    const afterNetworkError = page.doc.el('form-status').textContent;
    await page.submit();
    const afterServerError = page.doc.el('form-status').textContent;
    await page.submit();

    // Assess
    expect(afterNetworkError).toContain('could not reach our server');
    expect(afterServerError).toContain('Something went wrong on our side');
    const keys = page.sent.map((r) => r.headers['Idempotency-Key']);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(UUID);
    expect(new Set(keys).size).toBe(1);
    expect(page.doc.el('name').value).toBe(VALID.name);
  });

  it('uses a new Idempotency-Key when the complaint was changed after a send that got no answer', async () => {
    // Prepare: the first send may have opened a case; the server refuses its key with other words (422).
    const page = loadPage();
    page.fill(VALID);
    page.replies.push('network-error', 'network-error', { status: 201, body: { caseNumber: 'RDR-7K3M-Q9' } });

    // Act: the customer edits the text before trying again, then retries the edited text
    await page.submit();
    page.fill({ description: `${VALID.description} It is 250 USDT.` });
    await page.submit();
    await page.submit();

    // Assess
    const keys = page.sent.map((r) => r.headers['Idempotency-Key']);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBe(keys[1]);
    expect(page.doc.el('case-number').textContent).toBe('RDR-7K3M-Q9');
  });

  it('sends under a new Idempotency-Key after a 422 for a reused key', async () => {
    const page = loadPage();
    page.fill(VALID);
    page.replies.push({ status: 422, body: { message: 'This Idempotency-Key was already used for another complaint.' } });

    await page.submit();
    await page.submit();

    expect(page.doc.el('description').value).toBe(VALID.description);
    expect(page.sent[1]!.headers['Idempotency-Key']).not.toBe(page.sent[0]!.headers['Idempotency-Key']);
    expect(page.sent[1]!.body).toEqual(page.sent[0]!.body);
  });

  it('shows 400 errors next to their fields, keeps what was typed, and uses a new key for the corrected complaint', async () => {
    // Prepare
    const page = loadPage();
    page.fill({ ...VALID, email: 'not-an-email' });
    page.replies.push(
      { status: 400, body: { message: 'The complaint could not be accepted; see errors', errors: { email: ['Please enter a valid email address'], _body: ['Something general'] } } },
      { status: 201, body: { caseNumber: 'RDR-7K3M-Q9' } },
    );

    // Act
    await page.submit();

    // Assess: the error sits with its field and is announced through it.
    const email = page.doc.el('email');
    expect(page.doc.el('email-error').hidden).toBe(false);
    expect(page.doc.el('email-error').textContent).toBe('Please enter a valid email address');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')!.split(' ')).toEqual(['email-error', 'email-hint']);
    expect(page.doc.el('field-email').classList.contains('has-error')).toBe(true);
    expect(page.doc.el('error-summary').hidden).toBe(false);
    expect(page.doc.el('error-summary-list').children.map((li) => li.children[0]?.textContent ?? li.textContent)).toEqual([
      'Please enter a valid email address',
      'Something general',
    ]);
    expect(page.doc.activeElement).toBe(page.doc.el('error-summary'));
    expect(email.value).toBe('not-an-email');
    expect(page.doc.el('description').value).toBe(VALID.description);

    // Act: fix and resend.
    email.value = 'ana@example.com';
    await page.submit();

    // Assess: errors cleared, and a new key because the first request created nothing.
    expect(email.getAttribute('aria-invalid')).toBeNull();
    expect(email.getAttribute('aria-describedby')).toBe('email-hint');
    expect(page.doc.el('email-error').hidden).toBe(true);
    expect(page.sent[1]!.headers['Idempotency-Key']).not.toBe(page.sent[0]!.headers['Idempotency-Key']);
    expect(page.doc.el('case-number').textContent).toBe('RDR-7K3M-Q9');
  });

  it('says "try again in a minute" on 429 and keeps the text', async () => {
    const page = loadPage();
    page.fill(VALID);
    page.replies.push({ status: 429, body: { message: 'Too many complaints' } });

    await page.submit();

    expect(page.doc.el('form-status').hidden).toBe(false);
    expect(page.doc.el('form-status').textContent).toContain('Too many requests. Please try again in a minute');
    expect(page.doc.el('description').value).toBe(VALID.description);
    expect(page.doc.el('submit').disabled).toBe(false);
  });

  it('does not send a form the browser finds invalid', async () => {
    const page = loadPage();
    page.fill(VALID);
    Object.assign(page.doc.el('name'), { valid: false, validationMessage: 'Please fill in this field.' });

    await page.submit();

    expect(page.sent).toHaveLength(0);
    expect(page.doc.el('name-error').textContent).toBe('Please fill in this field.');
    expect(page.doc.el('name').getAttribute('aria-invalid')).toBe('true');
  });
});
