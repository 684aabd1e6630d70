/// <reference lib="dom" />
// The staff console in a real browser (Debian's Chromium via playwright-core), as an agent and
// a supervisor work a case: the classifier's decision routes a takeover to the security queue,
// the agent records findings with a compensation proposal, the proposer cannot decide it, a
// supervisor approves a lower amount, and the customer gets the mail.
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, SHOTS } from '../support/browser';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { poll } from '../support/poll';
import { caseItem, openComplaint, startStack, USERS, waitFor, waitForMail, waitForStatus, type StackHandle } from './local-stack-harness';

let stack: StackHandle;
let browser: Browser;

beforeAll(async () => {
  // Three complaints of one kind in the window make an incident here (ten by default).
  stack = await startStack({ basePort: 14800, configOverrides: { incidentDetection: { threshold: 3 } } });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  stack?.cleanup();
});

/** A fresh browser context per person: nothing of one sign-in leaks into the other. */
async function signedIn([username, password]: readonly [string, string]): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${stack.web}/console`);
  await page.fill('[data-testid="signin-username"]', username);
  await page.fill('[data-testid="signin-password"]', password);
  await page.click('[data-testid="signin-submit"]');
  await page.locator('[data-testid="who-name"]').waitFor({ state: 'visible' });
  return page;
}

async function openFromQueue(page: Page, caseNumber: string): Promise<void> {
  const row = page.locator(`[data-testid="case-row-${caseNumber}"]`);
  // The queue is read once at sign-in; a case that arrived since needs a refresh.
  await waitFor(`queue row ${caseNumber}`, async () => {
    if ((await row.count()) > 0) return true;
    await page.click('[data-testid="refresh"]');
    await page.waitForTimeout(300);
    return undefined;
  });
  await row.locator('button').click();
  await page.locator('[data-testid="case-number"]').filter({ hasText: caseNumber }).waitFor();
}

describe('the staff console', () => {
  it('takes a takeover from the security queue through findings, four eyes and a lowered decision', async () => {
    // Prepare: a customer reports a takeover in Russian
    const email = 'console-browser@example.com';
    const { caseId, caseNumber } = await openComplaint(
      stack,
      {
        name: 'Ilya Petrov',
        email,
        language: 'ru',
        description: 'Кто-то зашёл в мой аккаунт с чужого устройства, сменил почту и вывел 0.8 ETH без моего разрешения.',
      },
      'console-browser-0001',
    );
    await waitForStatus(stack, caseId, 'awaiting_findings');

    // Act: the agent finds it in the queue and reads the classifier's decision
    const agent = await signedIn(USERS.agent);
    await openFromQueue(agent, caseNumber);
    const details = agent.locator('#case-view');
    await poll(() => details.textContent()).toContain('Yes: possible account or fund security issue');
    const text = (await details.textContent())!;
    expect(text).toContain('unauthorized transaction or fraud');
    expect(text).toMatch(/Queue\s*security/);
    expect(text).toContain('Security');
    // Opening it is on the record, for whoever opens it next
    expect(await agent.locator('[data-testid="case-views"]').textContent()).toContain('agent:agent');
    await agent.screenshot({ path: join(SHOTS, 'console-case-security.png'), fullPage: true });

    // The agent records findings and proposes a compensation
    await agent.fill('[data-testid="findings-summary"]', 'Login from a new device after a SIM swap; the withdrawal fee is refunded as a goodwill gesture.');
    await agent.fill(
      '[data-testid="findings-lines"]',
      'The login came from a device never seen before.\nThe withdrawal went to an address we have now blocked.',
    );
    await agent.check('[data-testid="comp-propose"]');
    await agent.fill('[data-testid="comp-amount"]', '25');
    await agent.fill('[data-testid="comp-asset"]', 'USDT');
    await agent.fill('[data-testid="comp-reason"]', 'Goodwill: the withdrawal fee of the unauthorized withdrawal.');
    await agent.click('[data-testid="findings-submit"]');
    // Back in the queue, with word that the findings went in
    await poll(() => agent.locator('[data-testid="notice"]').textContent()).toContain(`Findings recorded for ${caseNumber}`);
    await waitForStatus(stack, caseId, 'awaiting_decision');

    // Four eyes: the proposer is told they cannot decide their own proposal
    await openFromQueue(agent, caseNumber);
    await agent.locator('[data-testid="decision-not-allowed"]').waitFor({ state: 'visible' });

    // A supervisor approves a lower amount
    const supervisor = await signedIn(USERS.supervisor);
    await openFromQueue(supervisor, caseNumber);
    await supervisor.check('[data-testid="decision-approve-lower"]');
    await supervisor.fill('[data-testid="decision-amount"]', '20');
    await supervisor.fill('[data-testid="decision-reason"]', 'The fee was 20 USDT, not 25.');
    await supervisor.screenshot({ path: join(SHOTS, 'console-decision.png'), fullPage: true });
    await supervisor.click('[data-testid="decision-submit"]');

    // Assess: the customer hears the lowered amount; the decision is on the record
    const [approved] = await waitForMail(stack, email, /Компенсация одобрена/);
    expect(approved!.subject).toContain(caseNumber);
    expect(approved!.body.text).toMatch(/\b20 USDT\b/);
    expect(approved!.body.text).not.toMatch(/\b25 USDT\b/);
    const kase = await waitFor('decided case', async () => {
      const k = await caseItem(stack, caseId);
      return k.status !== 'awaiting_decision' ? k : undefined;
    });
    expect(kase.classification).toMatchObject({ securityFlag: true, queue: 'security', priority: 'urgent' });
  }, 120_000);
});

describe('what the customer wrote back, in the console', () => {
  it('shows the reply first in the queue, on the case, until a person marks it read', async () => {
    // Prepare: a complaint by email, and the customer's reply quoting the case number
    const transport = createTransport({ host: '127.0.0.1', port: stack.smtpPort, secure: false, ignoreTLS: true });
    await transport.sendMail({
      from: 'Ana Lima <ana@example.com>',
      to: 'complaints@example.com',
      subject: 'Taxa cobrada duas vezes',
      text: 'Fui cobrada duas vezes pela mesma taxa de saque.',
    });
    const [ack] = await waitForMail(stack, 'ana@example.com', /RDR-/);
    const caseNumber = /RDR-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{2}/.exec(ack!.subject)![0];
    await transport.sendMail({
      from: 'ana@example.com',
      to: 'complaints@example.com',
      subject: `Re: ${ack!.subject}`,
      text: 'Segue o comprovante: a segunda cobrança foi no dia 2.',
      attachments: [{ filename: 'extrato.pdf', content: 'not really a pdf' }],
    });
    transport.close();

    // Act: an agent signs in and finds it under "The customer wrote back"
    const agent = await signedIn(USERS.agent);
    const group = agent.locator('section.queue-group', { hasText: 'The customer wrote back' });
    await waitFor('replied group', async () => {
      if ((await group.locator(`[data-testid="case-row-${caseNumber}"]`).count()) > 0) return true;
      await agent.click('[data-testid="refresh"]');
      await agent.waitForTimeout(300);
      return undefined;
    });
    await agent.screenshot({ path: join(SHOTS, 'console-queue-replied.png'), fullPage: true });
    await openFromQueue(agent, caseNumber);

    // Assess: the reply, its attachment counted not kept, and marking it read takes it off the list
    const reply = agent.locator('[data-testid="reply"]');
    await poll(() => reply.textContent()).toContain('Segue o comprovante: a segunda cobrança foi no dia 2.');
    expect(await reply.textContent()).toContain('1 attachment (not kept)');
    await agent.screenshot({ path: join(SHOTS, 'console-reply.png'), fullPage: true });
    await agent.click('[data-testid="replies-read"]');
    await poll(() => reply.textContent()).toContain('read by agent:agent');
    expect(await agent.locator('[data-testid="replies-read"]').count()).toBe(0);

    // The agent answers: the customer gets it by mail, framed in Portuguese, with the case number
    await agent.fill(
      '[data-testid="customer-message"]',
      'Obrigada pelo comprovante, Ana.\n\nEncontramos a segunda cobrança e vamos devolvê-la em até 2 dias úteis.',
    );
    await agent.click('[data-testid="customer-message-send"]');
    await poll(() => agent.locator('[data-testid="notice"]').textContent()).toContain(`Sent to the customer of ${caseNumber}`);
    const [answer] = await waitForMail(stack, 'ana@example.com', /Uma mensagem da nossa equipe/);
    expect(answer!.subject).toContain(caseNumber);
    expect(answer!.body.text).toContain('Encontramos a segunda cobrança e vamos devolvê-la em até 2 dias úteis.');
    expect(answer!.body.text).toContain('Para responder, basta responder a este e-mail');
  }, 120_000);
});

describe('incidents, in the console', () => {
  it('shows a wave of one kind of complaint above the queue', async () => {
    // Prepare: three customers report a stuck withdrawal within minutes
    const texts = [
      'My USDT withdrawal has been pending for two hours, the app says processing.',
      'Withdrawal of 0.2 BTC stuck in processing since this morning.',
      'Saque de 500 USDT travado em processamento há horas.',
    ];
    for (const [i, description] of texts.entries()) {
      const { caseId } = await openComplaint(stack, { name: `Customer ${i}`, email: `wave-${i}@example.com`, description }, `incident-wave-000${i}`);
      await waitFor('classified', async () => ((await caseItem(stack, caseId)).classification ? true : undefined));
    }

    // Act
    const agent = await signedIn(USERS.agent);

    // Assess
    const incident = agent.locator('[data-testid="incident"]');
    await incident.first().waitFor({ state: 'visible' });
    expect(await incident.count()).toBe(1);
    expect(await incident.textContent()).toContain('3 withdrawal or deposit delay complaints within 15 minutes');
    await agent.screenshot({ path: join(SHOTS, 'console-incident.png'), fullPage: true });
    const events = (await fetch(`${stack.events}/events?detailType=incident.suspected`).then((r) => r.json())) as { detail: Record<string, unknown> }[];
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toMatchObject({ category: 'withdrawal_or_deposit_delay', count: 3, threshold: 3 });
  }, 120_000);
});
