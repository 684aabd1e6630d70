// Email intake through the use case with in-memory ports: a new complaint by email, a reply kept
// on the case of its own customer, and the mail that must never open or touch a case.
import { beforeEach, describe, expect, it } from '@jest/globals';
import { FixedClock, RecordingEventPublisher, RecordingMailer, RecordingWorkflow } from '../../functions/adapters/memory/memory-adapters';
import { inMemoryRepositories, type InMemoryRepositories } from '../../functions/adapters/memory/repositories';
import { RedressConfigSchema } from '../../functions/domain/config';
import { readInboundEmail, stripQuotedReply, caseNumberIn } from '../../functions/domain/intake/inbound-email';
import { CustomerMessageSchema, getCaseDetail, listWaitingCases, markRepliesRead, messageCustomer } from '../../functions/domain/staff/staff-use-cases';
import { receiveEmail, type ReceiveEmailDeps } from '../../functions/domain/use-cases/receive-email';

const AGENT = { userId: 'u-agent', username: 'agent', groups: ['agent'] as const };

function raw(headers: Record<string, string>, body: string): string {
  const all = {
    'Message-ID': `<${Math.random().toString(36).slice(2)}@mail.example>`,
    'Content-Type': 'text/plain; charset=utf-8',
    'MIME-Version': '1.0',
    ...headers,
  };
  return `${Object.entries(all)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n')}\r\n\r\n${body}`;
}

describe('reading an email', () => {
  it('takes sender, subject and the words above the quoted thread', async () => {
    const mail = await readInboundEmail(
      raw(
        { From: '"Olga Ivanova" <Olga@Example.com>', Subject: 'Re: [RDR-KB7V-YB] What we found' },
        'Still not credited, see my bank statement.\r\n\r\nOn Mon, 1 Dec 2026 at 10:00, Redress <support@example.com> wrote:\r\n> We have looked into your complaint\r\n> and found nothing.',
      ),
      'fallback',
    );
    expect(mail).toMatchObject({
      fromAddress: 'olga@example.com',
      fromName: 'Olga Ivanova',
      subject: 'Re: [RDR-KB7V-YB] What we found',
      text: 'Still not credited, see my bank statement.',
      attachments: 0,
    });
    expect(mail.automated).toBeUndefined();
    expect(caseNumberIn(mail.subject)).toBe('RDR-KB7V-YB');
  });

  it.each([
    ['Auto-Submitted', 'auto-replied', 'auto_submitted'],
    ['Precedence', 'bulk', 'bulk'],
    ['List-Id', '<news.exchange.example>', 'mailing_list'],
    ['X-Autoreply', 'yes', 'auto_reply'],
  ])('recognises machine-sent mail by %s: %s', async (header, value, reason) => {
    const mail = await readInboundEmail(raw({ From: 'someone@example.com', Subject: 'Out of office', [header]: value }, 'I am away until Monday.'), 'x');
    expect(mail.automated).toBe(reason);
  });

  it('recognises a bounce by its sender', async () => {
    expect((await readInboundEmail(raw({ From: 'MAILER-DAEMON@mx.example.com', Subject: 'Undelivered' }, 'failed'), 'x')).automated).toBe('system_sender');
  });

  it.each([
    ['Russian', 'Где мои деньги?\n\nПн, 1 дек. 2026 г. в 10:00, Redress <support@example.com> написал:\n> Мы проверили'],
    ['Portuguese', 'Onde está meu dinheiro?\n\nEm seg., 1 de dez. de 2026 às 10:00, Redress escreveu:\n> Verificamos'],
    ['Spanish', 'Onde está meu dinheiro?\n\nEl lun, 1 dic 2026 a las 10:00, Redress escribió:\n> Revisamos'],
    ['Outlook', 'Onde está meu dinheiro?\n\n________________________________\nFrom: Redress <support@example.com>\nSent: Monday'],
  ])('cuts a %s quoted thread', (_client, text) => {
    expect(stripQuotedReply(text)).toMatch(/^(Где мои деньги\?|Onde está meu dinheiro\?)$/);
  });

  it('counts attachments without keeping them', async () => {
    const boundary = 'b1';
    const body = [
      `--${boundary}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'My passport scan is attached, please verify.',
      `--${boundary}`,
      'Content-Type: image/jpeg',
      'Content-Disposition: attachment; filename="passport.jpg"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('not really a jpeg').toString('base64'),
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const mail = await readInboundEmail(raw({ From: 'p@example.com', Subject: 'KYC', 'Content-Type': `multipart/mixed; boundary="${boundary}"` }, body), 'x');
    expect(mail).toMatchObject({ attachments: 1, text: 'My passport scan is attached, please verify.' });
    expect(JSON.stringify(mail)).not.toContain('bm90IHJlYWxseSBhIGpwZWc');
  });
});

describe('receiving an email', () => {
  let repos: InMemoryRepositories;
  let cases: InMemoryRepositories['cases'];
  let events: RecordingEventPublisher;
  let workflow: RecordingWorkflow;
  let deps: ReceiveEmailDeps & InMemoryRepositories;
  const clock = new FixedClock(new Date('2026-12-03T10:00:00Z'));

  beforeEach(() => {
    repos = inMemoryRepositories(clock);
    cases = repos.cases;
    events = new RecordingEventPublisher();
    workflow = new RecordingWorkflow();
    deps = { ...repos, events, workflow, clock, config: RedressConfigSchema.parse({}), ownAddress: 'support@exchange.example', warn: () => {} };
  });

  const mail = async (headers: Record<string, string>, body: string) => readInboundEmail(raw(headers, body), 'fallback');

  it('opens a case from a new email, once however often it is delivered, on the email time frame', async () => {
    const m = await mail(
      { From: 'Kim Tran <kim@example.com>', Subject: 'Withdrawal stuck', 'Message-ID': '<abc@mail.example>' },
      'My USDT withdrawal has been pending since Monday.',
    );
    const first = await receiveEmail(deps, m);
    const again = await receiveEmail(deps, m);
    expect(first).toMatchObject({ kind: 'complaint', created: true });
    expect(again).toMatchObject({ kind: 'complaint', created: false, caseId: (first as { caseId: string }).caseId });
    const kase = (await cases.getCase((first as { caseId: string }).caseId))!;
    expect(kase).toMatchObject({ channel: 'email', contact: { name: 'Kim Tran', email: 'kim@example.com' } });
    expect(kase.description).toBe('Withdrawal stuck\n\nMy USDT withdrawal has been pending since Monday.');
    expect(workflow.started).toHaveLength(1);
    expect(events.events.map((e) => e.name)).toEqual(['case.opened']);
    expect(events.events[0]!.detail).toMatchObject({ channel: 'email' });
  });

  it('still opens a case, for a person, when the email has no words', async () => {
    const outcome = await receiveEmail(deps, await mail({ From: 'x@example.com', Subject: '' }, ''));
    expect(outcome.kind).toBe('complaint');
    expect((await cases.getCase((outcome as { caseId: string }).caseId))!.description).toContain('no text we could read');
  });

  it("keeps a reply on its customer's case, puts the case in the queue until a person reads it", async () => {
    const opened = (await receiveEmail(deps, await mail({ From: 'kim@example.com', Subject: 'Withdrawal stuck' }, 'Pending since Monday, 300 USDT.'))) as {
      caseId: string;
      caseNumber: string;
    };
    const reply = await mail(
      { From: 'KIM@example.com', Subject: `Re: [${opened.caseNumber}] What we found`, 'Message-ID': '<reply-1@mail.example>' },
      'It is still not there. My seed phrase is abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about\n\n> quoted',
    );
    expect(await receiveEmail(deps, reply)).toEqual({ kind: 'reply', caseId: opened.caseId, stored: true });
    expect(await receiveEmail(deps, reply)).toEqual({ kind: 'reply', caseId: opened.caseId, stored: false });

    const detail = await getCaseDetail(deps, AGENT, opened.caseId);
    expect(detail.replies).toHaveLength(1);
    expect(detail.replies[0]!.text).toContain('It is still not there.');
    expect(detail.replies[0]!.text).not.toContain('abandon abandon');
    expect(detail.timeline.map((e) => e.action)).toContain('customer.replied');
    expect(events.events.map((e) => e.name)).toEqual(['case.opened', 'case.customer_replied']);
    expect(JSON.stringify(events.events)).not.toContain('still not there');

    const queue = await listWaitingCases(deps, AGENT);
    expect(queue.find((c) => c.caseId === opened.caseId)).toMatchObject({ unreadReplies: true });

    expect(await markRepliesRead(deps, AGENT, opened.caseId)).toBe(1);
    expect(await markRepliesRead(deps, AGENT, opened.caseId)).toBe(0);
    expect((await listWaitingCases(deps, AGENT)).find((c) => c.caseId === opened.caseId)).toBeUndefined();
  });

  it("opens a new case when someone else quotes a customer's case number", async () => {
    const opened = (await receiveEmail(deps, await mail({ From: 'kim@example.com', Subject: 'Withdrawal stuck' }, 'Pending since Monday.'))) as {
      caseId: string;
      caseNumber: string;
    };
    const outcome = await receiveEmail(
      deps,
      await mail({ From: 'mallory@example.com', Subject: `Re: [${opened.caseNumber}]` }, 'Please send me the details of this case.'),
    );
    expect(outcome).toMatchObject({ kind: 'complaint', created: true });
    expect((outcome as { caseId: string }).caseId).not.toBe(opened.caseId);
    expect(await repos.replies.listCustomerReplies(opened.caseId)).toEqual([]);
  });

  it.each([
    ['an auto-reply', { From: 'kim@example.com', Subject: 'Automatic reply', 'Auto-Submitted': 'auto-replied' }, 'auto_submitted'],
    ['our own mail looping back', { From: 'support@exchange.example', Subject: '[RDR-KB7V-YB] We received your complaint' }, 'own_address'],
    ['mail without a sender', { Subject: 'hello' }, 'no_sender'],
  ])('ignores %s', async (_what, headers, reason) => {
    expect(await receiveEmail(deps, await mail(headers as Record<string, string>, 'Some words here.'))).toEqual({ kind: 'ignored', reason });
    expect(cases.cases.size).toBe(0);
  });
});

describe('a redelivery after an attempt that failed half-way', () => {
  // Lambda retries a failed event and a redrive runs it again: whatever the failed attempt left
  // behind, the same Message-ID must come back to the same single case and execution.
  const clock = new FixedClock(new Date('2026-12-03T10:00:00Z'));
  type Setup = { repos: InMemoryRepositories; events: RecordingEventPublisher; workflow: RecordingWorkflow };

  /** Lets `method` do its work, then throws once, as a call that timed out after it wrote. */
  function failOnceAfter<T extends object>(target: T, method: keyof T & string): void {
    const original = (target[method] as (...args: unknown[]) => Promise<unknown>).bind(target);
    let failed = false;
    (target as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      const result = await original(...args);
      if (!failed) {
        failed = true;
        throw Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
      }
      return result;
    };
  }

  it.each<[string, (s: Setup) => void]>([
    ['after the rate-limit count', ({ repos }) => failOnceAfter(repos.counters, 'hitRateLimit')],
    ['after the case was written', ({ repos }) => failOnceAfter(repos.cases, 'createCase')],
    ['after the case.opened timeline entry', ({ repos }) => failOnceAfter(repos.cases, 'appendTimeline')],
    ['after the case.opened event', ({ events }) => failOnceAfter(events, 'publish')],
    ['when starting the workflow failed', ({ workflow }) => failOnceAfter(workflow, 'start')],
  ])('opens one case and one execution when the first attempt failed %s', async (_where, breakIt) => {
    // Prepare
    const setup: Setup = { repos: inMemoryRepositories(clock), events: new RecordingEventPublisher(), workflow: new RecordingWorkflow() };
    const deps: ReceiveEmailDeps = {
      ...setup.repos,
      events: setup.events,
      workflow: setup.workflow,
      clock,
      config: RedressConfigSchema.parse({}),
      warn: () => {},
    };
    const m = await readInboundEmail(
      raw(
        { From: 'Ana Souza <ana@example.com>', Subject: 'Saque parado', 'Message-ID': '<half-done@mail.example>' },
        'Meu saque de 500 USDT está parado desde ontem.',
      ),
      's3:inbound/x',
    );
    breakIt(setup);

    // Act: the first attempt, then Lambda's retry and a redrive of the same stored message
    const first = await receiveEmail(deps, m).catch((e: Error) => e);
    const retried = await receiveEmail(deps, m);
    const redriven = await receiveEmail(deps, m);

    // Assess
    expect(retried).toMatchObject({ kind: 'complaint' });
    expect(redriven).toEqual({ ...retried, created: false });
    if (!(first instanceof Error)) expect(first).toMatchObject({ caseId: (retried as { caseId: string }).caseId });
    expect([...setup.repos.cases.cases.values()].filter((c) => c.contact.email === 'ana@example.com')).toHaveLength(1);
    expect(setup.workflow.started.map((s) => s.executionName)).toEqual([(retried as { caseId: string }).caseId]);
  });

  it('keeps one reply when the first attempt failed after storing it', async () => {
    const repos = inMemoryRepositories(clock);
    const deps: ReceiveEmailDeps = {
      ...repos,
      events: new RecordingEventPublisher(),
      workflow: new RecordingWorkflow(),
      clock,
      config: RedressConfigSchema.parse({}),
      warn: () => {},
    };
    const opened = (await receiveEmail(
      deps,
      await readInboundEmail(raw({ From: 'ana@example.com', Subject: 'Saque parado' }, 'Meu saque está parado.'), 'a'),
    )) as { caseId: string; caseNumber: string };
    const reply = await readInboundEmail(
      raw({ From: 'ana@example.com', Subject: `Re: [${opened.caseNumber}]`, 'Message-ID': '<reply-half@mail.example>' }, 'Alguma novidade?'),
      'b',
    );
    failOnceAfter(repos.replies, 'addCustomerReply');

    await expect(receiveEmail(deps, reply)).rejects.toThrow();
    await receiveEmail(deps, reply);
    await receiveEmail(deps, reply);

    expect(await repos.replies.listCustomerReplies(opened.caseId)).toHaveLength(1);
    expect(repos.cases.cases.size).toBe(1);
  });
});

describe('writing to the customer from the console', () => {
  it('mails the words once in the case language, records it, and counts the replies as read', async () => {
    // Prepare
    const clock = new FixedClock(new Date('2026-12-03T10:00:00Z'));
    const repos = inMemoryRepositories(clock);
    const mailer = new RecordingMailer();
    const deps = {
      ...repos,
      events: new RecordingEventPublisher(),
      workflow: new RecordingWorkflow(),
      clock,
      config: RedressConfigSchema.parse({}),
      warn: () => {},
      mailer,
    };
    const opened = (await receiveEmail(
      deps,
      await readInboundEmail(raw({ From: 'Олег <oleg@example.com>', Subject: 'Вывод завис' }, 'Мой вывод 300 USDT завис уже три дня.'), 'x'),
    )) as { caseId: string; caseNumber: string };
    await receiveEmail(deps, await readInboundEmail(raw({ From: 'oleg@example.com', Subject: `Re: [${opened.caseNumber}]` }, 'Есть новости?'), 'y'));

    // Act
    const message = 'Олег, ваш вывод отправлен сегодня.\n\nХеш транзакции придёт отдельным письмом.';
    const first = await messageCustomer(deps, AGENT, opened.caseId, { message });
    const again = await messageCustomer(deps, AGENT, opened.caseId, { message });

    // Assess
    expect([first, again]).toEqual(['sent', 'already-sent']);
    const sent = mailer.sent.filter((m) => m.tags.kind === 'agent-message');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: 'oleg@example.com' });
    expect(sent[0]!.subject).toBe(`[${opened.caseNumber}] Сообщение от нашей команды по вашей жалобе`);
    expect(sent[0]!.text).toContain('Хеш транзакции придёт отдельным письмом.');
    const timeline = (await repos.cases.listTimeline(opened.caseId)).map((e) => e.action);
    expect(timeline).toEqual(expect.arrayContaining(['customer.messaged', 'replies.read']));
    expect(await repos.replies.listCasesWithUnreadReplies()).toEqual([]);
  });

  it('refuses an empty message and a customer who is not staff', async () => {
    expect(CustomerMessageSchema.safeParse({ message: '   ' }).success).toBe(false);
    expect(CustomerMessageSchema.safeParse({ message: 'x'.repeat(4001) }).success).toBe(false);
    const repos = inMemoryRepositories();
    await expect(
      messageCustomer({ ...repos, clock: { now: () => new Date() }, mailer: new RecordingMailer() }, { userId: 'c', username: 'c', groups: [] }, 'c0', {
        message: 'hi',
      }),
    ).rejects.toThrow();
  });
});
