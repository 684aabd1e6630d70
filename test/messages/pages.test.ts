// The server-rendered pages: every inline <style>/<script> carries the CSP
// nonce, nothing relies on what that CSP forbids, and values are escaped.
import { describe, expect, it } from '@jest/globals';
import { SUPPORTED_LANGUAGES, formatTimeFrame } from '../../functions/domain/messages';
import { complaintFormHtml } from '../../web/complaint-form';
import { complaintErrorsPage, complaintReceivedPage, linkExpiredPage, satisfactionConfirmPage, satisfactionThanksPage } from '../../web/pages';

const NONCE = 'bm9uY2UtZm9yLXRlc3Rz';
const EVIL = '"><script>alert(1)</script>';

type Page = [name: string, render: (language: string) => string];
const PAGES: Page[] = [
  ['complaintReceivedPage', (language) => complaintReceivedPage({ caseNumber: EVIL, language, nonce: NONCE })],
  ['complaintErrorsPage', (language) => complaintErrorsPage({ errors: { name: [EVIL], [EVIL]: ['bad'], email: [] }, language, nonce: NONCE })],
  ['satisfactionConfirmPage', (language) => satisfactionConfirmPage({ caseNumber: EVIL, formAction: EVIL, language, nonce: NONCE })],
  ['satisfactionThanksPage yes', (language) => satisfactionThanksPage({ caseNumber: EVIL, answer: 'yes', language, nonce: NONCE })],
  ['satisfactionThanksPage no', (language) => satisfactionThanksPage({ caseNumber: EVIL, answer: 'no', language, nonce: NONCE, timeFrameHours: 24 })],
  ['linkExpiredPage', (language) => linkExpiredPage({ language, nonce: NONCE })],
];

const everyPage = SUPPORTED_LANGUAGES.flatMap((language) => PAGES.map(([name, render]) => [name, language, render] as const));

function expectCspSafe(html: string, nonce: string): void {
  const styles = html.match(/<style\b[^>]*>/g) ?? [];
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(styles.length).toBeGreaterThan(0);
  for (const tag of [...styles, ...scripts]) expect(tag).toContain(`nonce="${nonce}"`);
  // A nonce CSP blocks these regardless: style attributes, inline handlers, javascript: URLs, anything remote.
  expect(html).not.toMatch(/\sstyle="/);
  expect(html).not.toMatch(/\son[a-z]+="/i);
  expect(html).not.toMatch(/javascript:/i);
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  expect(html).not.toMatch(/<link\b(?![^>]*rel="icon")/);
}

describe('server-rendered pages', () => {
  it.each(everyPage)('%s (%s) carries the nonce on every inline style and script', (_name, language, render) => {
    expectCspSafe(render(language), NONCE);
  });

  it.each(everyPage)('%s (%s) escapes what it is given', (_name, language, render) => {
    const html = render(language);

    expect(html).not.toContain('<script>alert(1)');
    if (_name !== 'linkExpiredPage') expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes the form action into its attribute', () => {
    const html = satisfactionConfirmPage({ caseNumber: 'RDR-7K3M-Q9', formAction: EVIL, language: 'en', nonce: NONCE });

    expect(html).toContain('action="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it.each(everyPage)('%s (%s) is in the language asked for', (_name, language, render) => {
    const html = render(language);

    expect(html).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`);
  });

  it('escapes the nonce itself', () => {
    const html = linkExpiredPage({ language: 'en', nonce: '"x' });

    expect(html).toContain('nonce="&quot;x"');
  });

  it('falls back to English for an unknown language', () => {
    expect(linkExpiredPage({ language: 'xx', nonce: NONCE })).toContain('<html lang="en" dir="ltr">');
  });

  it('shows the case number where browser tests look for it after a form post without JavaScript', () => {
    const html = complaintReceivedPage({ caseNumber: 'RDR-7K3M-Q9', language: 'en', nonce: NONCE });

    expect(html).toMatch(/data-testid="case-number"[^>]*>RDR-7K3M-Q9</);
  });

  it('lists each field error under the field name, and links back to the form', () => {
    const html = complaintErrorsPage({
      errors: { email: ['Please enter a valid email address'], _body: ['Request body is empty'] },
      language: 'en',
      nonce: NONCE,
    });

    expect(html).toContain('<strong>Email address:</strong> Please enter a valid email address');
    expect(html).toContain('<strong>Form:</strong> Request body is empty');
    expect(html).toContain('href="/"');
  });

  describe.each(SUPPORTED_LANGUAGES.map((l) => [l]))('satisfaction confirm page (%s)', (language) => {
    const html = satisfactionConfirmPage({ caseNumber: 'RDR-7K3M-Q9', formAction: './link-id-1234567890', language, nonce: NONCE });

    it('is a plain POST form to the given action', () => {
      expect(html).toContain('<form method="post" action="./link-id-1234567890"');
    });

    it('asks yes or no, a 1-5 rating and an optional comment', () => {
      expect(html).toMatch(/<input type="radio" id="answer-yes" name="answer" value="yes" required>/);
      expect(html).toMatch(/<input type="radio" id="answer-no" name="answer" value="no">/);
      for (const n of [1, 2, 3, 4, 5]) expect(html).toContain(`<input type="radio" id="rating-${n}" name="rating" value="${n}">`);
      expect(html).toMatch(/<textarea id="comment" name="comment"[^>]*maxlength="1000"/);
      expect(html).toMatch(/<button type="submit"[^>]*data-testid="submit-answer"/);
      // Every control has a label.
      for (const id of ['answer-yes', 'answer-no', 'rating-1', 'rating-5', 'comment']) expect(html).toContain(`<label for="${id}">`);
    });

    it('sends only answer, rating and comment', () => {
      const names = new Set([...html.matchAll(/<(?:input|select|textarea|button)\b[^>]*\sname="([^"]+)"/g)].map((m) => m[1]));
      expect([...names].sort()).toEqual(['answer', 'comment', 'rating']);
    });
  });

  it.each(SUPPORTED_LANGUAGES.map((l) => [l]))('thanks page on "no" (%s) says when a person picks the case up again', (language) => {
    const html = satisfactionThanksPage({ caseNumber: 'RDR-7K3M-Q9', answer: 'no', language, nonce: NONCE, timeFrameHours: 24 });

    expect(html).toContain(formatTimeFrame(24, language));
  });
});

describe('complaint form page', () => {
  const html = complaintFormHtml(NONCE);

  it('carries the nonce on its inline style and script, and uses nothing the CSP forbids', () => {
    expectCspSafe(html, NONCE);
    expect(html.match(/<script\b/g)).toHaveLength(1);
  });

  it('posts form-encoded to /api/complaints without JavaScript', () => {
    expect(html).toContain('<form id="complaint-form" method="post" action="api/complaints"');
    expect(html).not.toMatch(/<form[^>]*enctype=/);
  });

  it('names exactly the fields the intake schema accepts, so a no-JS post is never refused for an extra field', () => {
    const names = new Set([...html.matchAll(/<(?:input|select|textarea|button)\b[^>]*\sname="([^"]+)"/g)].map((m) => m[1]));

    expect([...names].sort()).toEqual(['accountId', 'description', 'email', 'language', 'name', 'transactionHashes', 'wantsHuman']);
  });

  it.each(['name', 'email', 'accountId', 'description', 'transactionHashes', 'language', 'wantsHuman'])('labels %s and gives it a stable id', (field) => {
    expect(html).toMatch(new RegExp(`id="${field}"[^>]*name="${field}"`));
    expect(html).toContain(`<label for="${field}">`);
    expect(html).toContain(`id="${field}-error"`);
  });

  it('offers auto-detect and the eight languages by their own names', () => {
    expect(html).toContain('<option value="">Auto-detect');
    for (const [code, name] of [
      ['en', 'English'],
      ['es', 'Español'],
      ['pt', 'Português'],
      ['ru', 'Русский'],
      ['uk', 'Українська'],
      ['ar', 'العربية'],
      ['vi', 'Tiếng Việt'],
      ['zh', '中文'],
    ]) {
      expect(html).toContain(`<option value="${code}" lang="${code}">${name}</option>`);
    }
  });

  it('has the talk-to-a-person checkbox, the secrets warning and the test hooks', () => {
    expect(html).toContain('<input type="checkbox" id="wantsHuman" name="wantsHuman" value="true"');
    expect(html).toContain('I want to talk to a person');
    expect(html).toContain('Never enter your seed phrase, private key or password.');
    expect(html).toMatch(/<button type="submit"[^>]*data-testid="submit"/);
    expect(html).toContain('data-testid="case-number"');
  });
});
