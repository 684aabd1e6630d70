// Customer emails: every language renders every kind, nothing typed by a
// stranger gets into an acknowledgement, and nothing reaches HTML unescaped.
import { describe, expect, it } from '@jest/globals';
import { CATEGORIES } from '../../functions/domain/classification/types';
import {
  MESSAGE_KINDS,
  SUPPORTED_LANGUAGES,
  categoryLabel,
  formatDays,
  formatTimeFrame,
  renderMessage,
  resolveLanguage,
  type MessageKind,
  type MessageVars,
  type SupportedLanguage,
} from '../../functions/domain/messages';

const CASE = 'RDR-7K3M-Q9';
const XSS = '<script>alert("x")</script>';

const VARS: { [K in MessageKind]: MessageVars[K] } = {
  acknowledgement: { caseNumber: CASE, timeFrameHours: 48, talkToPerson: false, secretsRedacted: false },
  resolution: {
    caseNumber: CASE,
    customerName: XSS,
    category: 'withdrawal_or_deposit_delay',
    findings: ['Your withdrawal was delayed by a node outage.', `Agent note ${XSS} & more`],
    evidence: [
      { kind: 'transaction', reference: `0x${'ab'.repeat(32)}`, chain: 'ethereum', explorerUrl: `https://etherscan.io/tx/0x${'ab'.repeat(32)}` },
      { kind: 'transaction', reference: 'deadbeef', chain: 'tron', explorerUrl: 'javascript:alert(1)' },
      { kind: 'transaction', reference: 'cafe', chain: 'bitcoin', explorerUrl: 'data:text/html,<script>alert(1)</script>' },
    ],
    compensationProposed: true,
    decisionTimeFrameHours: 24,
  },
  'satisfaction-question': { caseNumber: CASE, answerUrl: 'https://complaints.example.com/answer/abcdefghijklmnop', respondWithinDays: 7 },
  'compensation-approved': { caseNumber: CASE, amount: '125.50', asset: 'USDT', lowered: true },
  'compensation-rejected': { caseNumber: CASE, reason: `The fee was disclosed before the trade ${XSS}` },
  'compensation-paid': { caseNumber: CASE, amount: '125.50', asset: 'USDT', reference: 'PAYOUT-20250611-7F3A', lowered: true },
  'compensation-payout-delayed': { caseNumber: CASE, amount: '125.50', asset: 'USDT' },
  'decision-escalated': { caseNumber: CASE, newTimeFrameHours: 24 },
  reopened: { caseNumber: CASE, timeFrameHours: 24 },
  closed: { caseNumber: CASE },
  'needs-attention': { caseNumber: CASE, timeFrameHours: 24 },
  'closed-by-staff': { caseNumber: CASE, reason: `No reply after three reminders; closing as agreed by phone ${XSS}` },
  'agent-message': {
    caseNumber: CASE,
    customerName: 'Ana',
    message: 'Thank you for the statement.\n\nWe found the second charge <script>alert("x")</script> and refunded it.',
  },
};

/** The words each language uses for "seed phrase" in the safety warning. */
const SEED_PHRASE: Record<SupportedLanguage, string> = {
  en: 'seed phrase',
  es: 'frase semilla',
  pt: 'frase-semente',
  ru: 'сид-фраз',
  uk: 'сід-фраз',
  ar: 'عبارة الاسترداد',
  vi: 'cụm từ khôi phục',
  zh: '助记词',
};

/** "move your funds to a new wallet": only in the stronger warning after a redaction. */
const NEW_WALLET: Record<SupportedLanguage, string> = {
  en: 'new wallet',
  es: 'billetera nueva',
  pt: 'carteira nova',
  ru: 'новый кошелёк',
  uk: 'новий гаманець',
  ar: 'محفظة جديدة',
  vi: 'ví mới',
  zh: '新钱包',
};

/** "We have paid": said in the paid mail, and never in the mail saying the payment is delayed. */
const WE_PAID: Record<SupportedLanguage, string> = {
  en: 'We have paid',
  es: 'Hemos abonado',
  pt: 'Creditamos',
  ru: 'зачислили',
  uk: 'зарахували',
  ar: 'أودعنا',
  vi: 'đã chuyển',
  zh: '已将补偿款发放',
};

/** The financial regulator, named where a customer is told where else they can go. */
const REGULATOR: Record<SupportedLanguage, string> = {
  en: 'regulator',
  es: 'regulador',
  pt: 'regulador',
  ru: 'регулятор',
  uk: 'регулятор',
  ar: 'الجهة التنظيمية',
  vi: 'cơ quan quản lý',
  zh: '监管机构',
};

const render = <K extends MessageKind>(kind: K, language: string, vars: MessageVars[K] = VARS[kind]) => renderMessage(kind, language, vars);

const cases = SUPPORTED_LANGUAGES.flatMap((language) => MESSAGE_KINDS.map((kind) => [language, kind] as const));

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
}

describe('renderMessage', () => {
  it.each(cases)('%s %s: subject carries the case number, text and html are filled in', (language, kind) => {
    // Act
    const message = render(kind, language);

    // Assess
    expect(message.subject.startsWith(`[${CASE}] `)).toBe(true);
    expect(message.subject).not.toMatch(/[\r\n]/);
    expect(message.subject.length).toBeGreaterThan(CASE.length + 5);
    expect(message.text.trim().length).toBeGreaterThan(50);
    expect(message.text).toContain(CASE);
    expect(message.html).toContain(CASE);
    expect(message.html).toMatch(/^<!DOCTYPE html>/);
    expect(message.html).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`);
  });

  it.each(cases)('%s %s: nothing interpolated reaches the HTML unescaped', (language, kind) => {
    const { html } = render(kind, language);

    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('alert("x")');
    expect(html).not.toMatch(/href="\s*(javascript|data):/i);
    for (const href of hrefs(html)) expect(href).toMatch(/^https?:\/\//);
  });

  it.each(cases)('%s %s: the footer offers a person and repeats the seed-phrase warning', (language, kind) => {
    const { text, html } = render(kind, language);

    expect(text).toContain(SEED_PHRASE[language]);
    expect(html).toContain(SEED_PHRASE[language]);
  });

  it.each(SUPPORTED_LANGUAGES.map((l) => [l]))('%s: Arabic is right-to-left, nothing else is', (language) => {
    const { html } = render('acknowledgement', language);

    if (language === 'ar') {
      expect(html).toContain('dir="rtl"');
    } else {
      expect(html).not.toContain('dir="rtl"');
    }
  });
});

describe('acknowledgement', () => {
  it.each(SUPPORTED_LANGUAGES.map((l) => [l]))('%s: warns about seed phrases, and more strongly after a redaction', (language) => {
    // Act
    const plain = render('acknowledgement', language, { ...VARS.acknowledgement, secretsRedacted: false });
    const redacted = render('acknowledgement', language, { ...VARS.acknowledgement, secretsRedacted: true });

    // Assess
    for (const m of [plain, redacted]) {
      expect(m.text).toContain(SEED_PHRASE[language]);
      expect(m.html).toContain(SEED_PHRASE[language]);
    }
    expect(plain.text).not.toContain(NEW_WALLET[language]);
    expect(redacted.text).toContain(NEW_WALLET[language]);
    expect(redacted.html).toContain(NEW_WALLET[language]);
  });

  it.each(SUPPORTED_LANGUAGES.map((l) => [l]))('%s: states the time frame and differs when the customer asked for a person', (language) => {
    const withPerson = render('acknowledgement', language, { ...VARS.acknowledgement, talkToPerson: true });
    const without = render('acknowledgement', language, { ...VARS.acknowledgement, talkToPerson: false });

    expect(without.text).toContain(formatTimeFrame(48, language));
    expect(withPerson.text).not.toEqual(without.text);
  });

  it.each(SUPPORTED_LANGUAGES.map((l) => [l]))('%s: never echoes form text, even when a caller passes it', (language) => {
    // Prepare: what an attacker would type into the public form to get it mailed to a victim.
    const smuggled = {
      ...VARS.acknowledgement,
      customerName: 'Mallory Attacker',
      name: 'Mallory Attacker',
      description: 'Your account is locked, call +1 555 0100',
    } as unknown as MessageVars['acknowledgement'];

    // Act
    const m = render('acknowledgement', language, smuggled);

    // Assess
    for (const part of [m.subject, m.text, m.html]) {
      expect(part).not.toContain('Mallory');
      expect(part).not.toContain('locked');
      expect(part).not.toContain('555');
    }
  });
});

describe('resolution', () => {
  it('greets by a plain name, escaped in HTML', () => {
    const m = render('resolution', 'en', { ...VARS.resolution, customerName: "Mary-Jane O'Neil" });

    expect(m.text).toContain("Hello Mary-Jane O'Neil,");
    expect(m.html).toContain('Hello Mary-Jane O&#39;Neil,');
  });

  it.each([
    ['<b>Bob</b>', 'Hello bBobb,'],
    ['  José   Álvarez\n', 'Hello José Álvarez,'],
    ['Ann 2nd \u202Eevil', 'Hello Ann nd evil,'],
    ['12345', 'Hello,'],
    ['', 'Hello,'],
    ['A'.repeat(61), 'Hello,'],
  ])('strips %j down to letters, or drops it', (customerName, greeting) => {
    const m = render('resolution', 'en', { ...VARS.resolution, customerName });

    expect(m.text.split('\n')[0]).toBe(greeting);
  });

  it('shows findings as written, marks them English outside English, and links only http(s) explorers', () => {
    const m = render('resolution', 'es', VARS.resolution);

    expect(m.text).toContain('Your withdrawal was delayed by a node outage.');
    expect(m.html).toContain('<ul lang="en" dir="ltr"');
    expect(m.text).toContain('(en inglés)');
    expect(hrefs(m.html)).toEqual([`https://etherscan.io/tx/0x${'ab'.repeat(32)}`]);
    expect(m.text).toContain('deadbeef (Tron)');
    expect(m.text).not.toContain('javascript:');
  });

  it.each([
    [true, 24, 'within 24 hours'],
    [true, undefined, 'as soon as it is made'],
  ] as const)('compensation proposed=%s with a %s-hour decision time frame', (compensationProposed, decisionTimeFrameHours, expected) => {
    const m = render('resolution', 'en', { ...VARS.resolution, compensationProposed, decisionTimeFrameHours });

    expect(m.text).toContain(expected);
  });

  it('says nothing about compensation when none was proposed', () => {
    const m = render('resolution', 'en', { ...VARS.resolution, compensationProposed: false });

    expect(m.text).not.toContain('compensation');
  });
});

describe('satisfaction question', () => {
  it('links the answer page and says the link works once', () => {
    const m = render('satisfaction-question', 'en');

    expect(hrefs(m.html)).toContain(VARS['satisfaction-question'].answerUrl);
    expect(m.text).toContain(VARS['satisfaction-question'].answerUrl);
    expect(m.text).toContain('within 7 days');
  });

  it('drops the button when the answer URL is not http(s)', () => {
    const m = render('satisfaction-question', 'en', { ...VARS['satisfaction-question'], answerUrl: 'javascript:alert(1)' });

    expect(hrefs(m.html)).toEqual([]);
    expect(m.text).not.toContain('javascript:');
  });
});

describe('compensation paid', () => {
  it.each(SUPPORTED_LANGUAGES.map((l) => [l]))('%s: shows the amount and the payment reference, kept left-to-right', (language) => {
    const { reference } = VARS['compensation-paid'];

    const m = render('compensation-paid', language);

    for (const part of [m.text, m.html]) {
      expect(part).toContain('125.50 USDT');
      expect(part).toContain(reference);
      expect(part).toContain(WE_PAID[language]);
    }
    expect(m.html).toContain('<span dir="ltr">125.50 USDT</span>');
    expect(m.html).toContain(`<span dir="ltr">${reference}</span>`);
  });

  it.each(SUPPORTED_LANGUAGES.map((l) => [l]))("%s: repeats the approval's lower-amount note only when the amount was lowered", (language) => {
    // Prepare: the note is whatever the approval mail adds when the amount was lowered.
    const approvedLines = (lowered: boolean) => render('compensation-approved', language, { ...VARS['compensation-approved'], lowered }).text.split('\n');
    const withoutNote = new Set(approvedLines(false));
    const note = approvedLines(true).filter((line) => !withoutNote.has(line));

    // Act
    const lowered = render('compensation-paid', language, { ...VARS['compensation-paid'], lowered: true });
    const full = render('compensation-paid', language, { ...VARS['compensation-paid'], lowered: false });

    // Assess
    expect(note).toHaveLength(1);
    expect(lowered.text).toContain(note[0]);
    expect(full.text).not.toContain(note[0]);
  });
});

describe('compensation payout delayed', () => {
  it.each(SUPPORTED_LANGUAGES.map((l) => [l]))('%s: names the approved amount and never reads as paid', (language) => {
    const paidSubject = render('compensation-paid', language).subject.slice(`[${CASE}] `.length);

    const m = render('compensation-payout-delayed', language);

    for (const part of [m.subject, m.text, m.html]) {
      expect(part).not.toContain(paidSubject);
      expect(part).not.toContain(WE_PAID[language]);
    }
    expect(m.text).toContain('125.50 USDT');
    expect(m.html).toContain('<span dir="ltr">125.50 USDT</span>');
  });

  it('says "paid" nowhere in English', () => {
    const m = render('compensation-payout-delayed', 'en');

    for (const part of [m.subject, m.text, m.html]) expect(part).not.toMatch(/\bpaid\b/i);
  });
});

describe('closed by staff', () => {
  it.each(SUPPORTED_LANGUAGES.map((l) => [l]))('%s: shows the reason as written in English, and where else to go', (language) => {
    const reason = 'No reply after three reminders; closing as agreed by phone';

    const m = render('closed-by-staff', language, { caseNumber: CASE, reason });

    expect(m.text).toContain(reason);
    expect(m.html).toMatch(new RegExp(`<ul lang="en" dir="ltr"[^>]*><li[^>]*>${reason}</li>`));
    expect(m.text).toContain(REGULATOR[language]);
  });

  it('marks the reason as English outside English', () => {
    expect(render('closed-by-staff', 'pt').text).toContain('(em inglês)');
  });
});

describe('inputs the renderer refuses or repairs', () => {
  it('keeps the subject on one line whatever the case number holds', () => {
    const m = render('closed', 'en', { caseNumber: 'RDR-7K3M-Q9\r\nBcc: victim@example.com' });

    expect(m.subject).toBe('[RDR-7K3M-Q9 Bcc: victim@example.com] Your case is closed');
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a time frame of %s hours', (hours) => {
    expect(() => render('reopened', 'en', { caseNumber: CASE, timeFrameHours: hours })).toThrow(RangeError);
  });

  it('refuses a message without a case number', () => {
    expect(() => render('closed', 'en', { caseNumber: '  ' })).toThrow(RangeError);
  });

  it.each([
    ['pt-BR', 'pt'],
    ['ZH_hans', 'zh'],
    [' uk ', 'uk'],
    ['fr', 'en'],
    ['', 'en'],
  ])('reads language %j as %s', (given, expected) => {
    expect(resolveLanguage(given)).toBe(expected);
  });

  it('writes an unknown language in English', () => {
    expect(render('closed', 'xx').subject).toBe(render('closed', 'en').subject);
  });
});

describe('time frames', () => {
  // Each language's plural forms come from its ICU plural message: Arabic one, two, few (3–10),
  // many (11–99) and other (100+); Russian and Ukrainian one, few and many. Counts in hours turn
  // into days from 72 hours up; answer deadlines are given in days.
  const format = { hours: formatTimeFrame, days: formatDays };

  it.each([
    [1, 'hours', 'en', 'within 1 hour'],
    [48, 'hours', 'en', 'within 48 hours'],
    [72, 'hours', 'en', 'within 3 days'],
    [100, 'hours', 'en', 'within 100 hours'],
    [1000, 'hours', 'en', 'within 1000 hours'],
    [1, 'hours', 'ru', 'в течение 1 часа'],
    [3, 'hours', 'ru', 'в течение 3 часов'],
    [21, 'hours', 'ru', 'в течение 21 часа'],
    [24, 'hours', 'ru', 'в течение 24 часов'],
    [120, 'hours', 'ru', 'в течение 5 дней'],
    [2, 'hours', 'uk', 'протягом 2 годин'],
    [21, 'hours', 'uk', 'протягом 21 години'],
    [1, 'hours', 'ar', 'خلال ساعة واحدة'],
    [2, 'hours', 'ar', 'خلال ساعتين'],
    [5, 'hours', 'ar', 'خلال 5 ساعات'],
    [11, 'hours', 'ar', 'خلال 11 ساعة'],
    [24, 'hours', 'ar', 'خلال 24 ساعة'],
    [72, 'hours', 'ar', 'خلال 3 أيام'],
    [264, 'hours', 'ar', 'خلال 11 يومًا'],
    [2400, 'hours', 'ar', 'خلال 100 يوم'],
    [24, 'hours', 'zh', '24小时内'],
    [24, 'hours', 'vi', 'trong vòng 24 giờ'],
    [1, 'hours', 'es', 'en un plazo de 1 hora'],
    [168, 'hours', 'pt', 'em até 7 dias'],
    [1, 'days', 'en', 'within 1 day'],
    [7, 'days', 'en', 'within 7 days'],
    [1, 'days', 'ar', 'خلال يوم واحد'],
    [2, 'days', 'ar', 'خلال يومين'],
    [7, 'days', 'ar', 'خلال 7 أيام'],
    [21, 'days', 'ru', 'в течение 21 дня'],
    [7, 'days', 'ru', 'в течение 7 дней'],
    [3, 'days', 'uk', 'протягом 3 днів'],
    [7, 'days', 'zh', '7天内'],
  ] as const)('%s %s in %s reads "%s"', (count, unit, language, expected) => {
    expect(format[unit](count, language)).toBe(expected);
  });
});

describe('categoryLabel', () => {
  it.each(SUPPORTED_LANGUAGES.map((l) => [l]))('%s: names all nine categories, each differently', (language) => {
    const labels = CATEGORIES.map((c) => categoryLabel(c, language));

    expect(new Set(labels).size).toBe(CATEGORIES.length);
    for (const label of labels) expect(label.trim()).not.toBe('');
  });

  it('reads an unknown code as Other', () => {
    expect(categoryLabel('made_up', 'en')).toBe('Other');
    expect(categoryLabel('__proto__', 'ru')).toBe('Другое');
  });
});
