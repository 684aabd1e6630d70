// Runs the complaint page in happy-dom, its bundled script included: the
// request it sends, the one Idempotency-Key per complaint, and what the
// customer sees for 201, 400, 422, 429, 5xx and no network.
import { afterEach, describe, expect, it } from '@jest/globals';
import { ComplaintSubmissionSchema } from '../../functions/domain/intake/complaint-schema';
import { complaintFormHtml } from '../../web/complaint-form';
import { closePages, openPage, type Reply } from '../support/happy-dom-page';

type Field = 'name' | 'email' | 'accountId' | 'description' | 'transactionHashes' | 'language';

function loadPage() {
  const replies: Reply[] = [];
  let release: (() => void) | undefined;
  let holdNext = false;
  const page = openPage(complaintFormHtml('n'), {
    url: 'https://complaints.example/prod/',
    reply: (): Reply | Promise<Reply> => {
      const reply = replies.shift() ?? { status: 201, body: { caseNumber: 'RDR-7K3M-Q9' } };
      return holdNext ? new Promise((resolve) => (release = () => resolve(reply))) : reply;
    },
  });
  const fill = (values: Partial<Record<Field, string>> & { wantsHuman?: boolean }) => {
    for (const [k, v] of Object.entries(values)) {
      if (k === 'wantsHuman') page.field(k).checked = v as boolean;
      else page.fill(k, v as string);
    }
  };
  const submit = async () => {
    page.submit('complaint-form');
    await page.settle();
  };
  return {
    ...page,
    replies,
    fill,
    submit,
    hold: () => (holdNext = true),
    release: () => release?.(),
  };
}

afterEach(closePages);

const VALID = { name: 'Ana Souza', email: 'ana@example.com', description: 'My withdrawal has been pending for three days.' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('complaint form script', () => {
  it('takes over validation from the browser, so server errors can be shown in place', () => {
    const page = loadPage();

    expect((page.el('complaint-form') as unknown as { noValidate: boolean }).noValidate).toBe(true);
  });

  it('sends the JSON body the intake schema expects', async () => {
    // Prepare
    const page = loadPage();
    page.fill({
      ...VALID,
      name: ` ${VALID.name} `,
      accountId: 'u-123',
      transactionHashes: `0x${'a'.repeat(64)}\n\n  ${'b'.repeat(64)}  \n`,
      language: 'uk',
      wantsHuman: true,
    });

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

    expect(page.el('case-number').textContent).toBe('RDR-ABCD-EF');
    expect(page.el('success').hidden).toBe(false);
    expect(page.el('form-card').hidden).toBe(true);
    expect(page.document.activeElement).toBe(page.el('success'));
  });

  it('sends a second click while the first request is in flight nowhere', async () => {
    const page = loadPage();
    page.fill(VALID);
    page.hold();

    page.el('complaint-form').dispatchEvent(new page.window.SubmitEvent('submit', { cancelable: true }));
    page.el('complaint-form').dispatchEvent(new page.window.SubmitEvent('submit', { cancelable: true }));
    expect(page.field('submit').disabled).toBe(true);
    page.release();
    await page.settle();
    await page.settle();

    expect(page.sent).toHaveLength(1);
    expect(page.el('case-number').textContent).toBe('RDR-7K3M-Q9');
  });

  it('keeps one Idempotency-Key across retries after a network error or a server error', async () => {
    // Prepare
    const page = loadPage();
    page.fill(VALID);
    page.replies.push('network-error', { status: 503, body: { message: 'Service Unavailable' } }, { status: 201, body: { caseNumber: 'RDR-7K3M-Q9' } });

    // Act
    await page.submit();
    const afterNetworkError = page.el('form-status').textContent;
    await page.submit();
    const afterServerError = page.el('form-status').textContent;
    await page.submit();

    // Assess
    expect(afterNetworkError).toContain('could not reach our server');
    expect(afterServerError).toContain('Something went wrong on our side');
    const keys = page.sent.map((r) => r.headers['Idempotency-Key']);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(UUID);
    expect(new Set(keys).size).toBe(1);
    expect(page.field('name').value).toBe(VALID.name);
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
    expect(page.el('case-number').textContent).toBe('RDR-7K3M-Q9');
  });

  it('sends under a new Idempotency-Key after a 422 for a reused key', async () => {
    const page = loadPage();
    page.fill(VALID);
    page.replies.push({ status: 422, body: { message: 'This Idempotency-Key was already used for another complaint.' } });

    await page.submit();
    await page.submit();

    expect(page.field('description').value).toBe(VALID.description);
    expect(page.sent[1]!.headers['Idempotency-Key']).not.toBe(page.sent[0]!.headers['Idempotency-Key']);
    expect(page.sent[1]!.body).toEqual(page.sent[0]!.body);
  });

  it('shows 400 errors next to their fields, keeps what was typed, and uses a new key for the corrected complaint', async () => {
    // Prepare: an address the browser lets through and the server refuses
    const page = loadPage();
    page.fill({ ...VALID, email: 'ana@example' });
    page.replies.push(
      {
        status: 400,
        body: {
          message: 'The complaint could not be accepted; see errors',
          errors: { email: ['Please enter a valid email address'], _body: ['Something general'] },
        },
      },
      { status: 201, body: { caseNumber: 'RDR-7K3M-Q9' } },
    );

    // Act
    await page.submit();

    // Assess: the error sits with its field and is announced through it.
    const email = page.field('email');
    expect(page.el('email-error').hidden).toBe(false);
    expect(page.el('email-error').textContent).toBe('Please enter a valid email address');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')!.split(' ')).toEqual(['email-error', 'email-hint']);
    expect(page.el('field-email').classList.contains('has-error')).toBe(true);
    expect(page.el('error-summary').hidden).toBe(false);
    expect(page.texts('error-summary-list', 'li')).toEqual(['Please enter a valid email address', 'Something general']);
    expect(page.document.activeElement).toBe(page.el('error-summary'));
    expect(email.value).toBe('ana@example');
    expect(page.field('description').value).toBe(VALID.description);

    // Act: fix and resend.
    page.fill({ email: 'ana@example.com' });
    await page.submit();

    // Assess: errors cleared, and a new key because the first request created nothing.
    expect(email.getAttribute('aria-invalid')).toBeNull();
    expect(email.getAttribute('aria-describedby')).toBe('email-hint');
    expect(page.el('email-error').hidden).toBe(true);
    expect(page.sent[1]!.headers['Idempotency-Key']).not.toBe(page.sent[0]!.headers['Idempotency-Key']);
    expect(page.el('case-number').textContent).toBe('RDR-7K3M-Q9');
  });

  it('says "try again in a minute" on 429 and keeps the text', async () => {
    const page = loadPage();
    page.fill(VALID);
    page.replies.push({ status: 429, body: { message: 'Too many complaints' } });

    await page.submit();

    expect(page.el('form-status').hidden).toBe(false);
    expect(page.el('form-status').textContent).toContain('Too many requests. Please try again in a minute');
    expect(page.field('description').value).toBe(VALID.description);
    expect(page.field('submit').disabled).toBe(false);
  });

  it('does not send a form the browser finds invalid, and says why next to the field', async () => {
    const page = loadPage();
    page.fill({ ...VALID, name: '', accountId: 'not/allowed' });

    await page.submit();

    expect(page.sent).toHaveLength(0);
    expect(page.el('name-error').textContent).not.toBe('');
    expect(page.el('name').getAttribute('aria-invalid')).toBe('true');
    expect(page.el('accountId').getAttribute('aria-invalid')).toBe('true');
    expect(page.el('email').getAttribute('aria-invalid')).toBeNull();
    expect(page.document.activeElement).toBe(page.el('error-summary'));
  });

  it('counts the description against the limit the schema sets', () => {
    const page = loadPage();

    page.fill({ description: 'Twelve chars' });

    expect(page.el('description-counter').hidden).toBe(false);
    expect(page.el('description-counter').textContent).toBe(`12 / ${ComplaintSubmissionSchema.shape.description.maxLength}`);
  });
});
