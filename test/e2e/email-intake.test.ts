// Email, end to end on the local stack: a customer writes to the complaints address over SMTP
// (the local stand-in of SES receiving), gets the acknowledgement by mail, replies to it quoting
// the case number, and the reply waits in the staff console's queue until a person reads it.
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  caseIdByNumber,
  caseItem,
  lifecycleEvents,
  signIn,
  staff,
  startStack,
  timeline,
  USERS,
  waitFor,
  waitForMail,
  type StackHandle,
} from './local-stack-harness';

let stack: StackHandle;
let tokens: { agent: string };

beforeAll(async () => {
  stack = await startStack({ basePort: 14900 });
  tokens = { agent: await signIn(stack, ...USERS.agent) };
});
afterAll(async () => {
  await stack?.stop();
  stack?.cleanup();
});

async function send(mail: { from: string; subject: string; text: string; headers?: Record<string, string>; messageId?: string }): Promise<void> {
  const transport = createTransport({ host: '127.0.0.1', port: stack.smtpPort, secure: false, ignoreTLS: true });
  await transport.sendMail({ to: 'complaints@example.com', ...mail });
  transport.close();
}

describe('complaints by email', () => {
  it('opens a case from an email and acknowledges it by mail, on the email time frame', async () => {
    // Act
    await send({
      from: '"Lucía Gómez" <lucia@example.com>',
      subject: 'Retiro pendiente',
      text: 'Mi retiro de 250 USDT lleva tres días pendiente y nadie me responde.',
    });

    // Assess: the acknowledgement comes back, in Spanish, with a case number and the 72-hour frame
    const [ack] = await waitForMail(stack, 'lucia@example.com', /RDR-/);
    const caseNumber = /RDR-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{2}/.exec(ack!.subject)![0];
    expect(ack!.body.text).toContain('en un plazo de 3 días');
    const caseId = await caseIdByNumber(stack, caseNumber);
    // The acknowledgement is mailed before the case moves on (acknowledge-case.ts): its entry may trail the mail by a write.
    const acknowledged = await waitFor('the case.acknowledged entry', async () =>
      (await timeline(stack, caseId)).find((e) => e.action === 'case.acknowledged'),
    );
    expect(acknowledged.detail).toMatchObject({ timeFrameHours: 72 });
    const kase = await caseItem(stack, caseId);
    expect(kase).toMatchObject({ channel: 'email', language: 'es', contact: { name: 'Lucía Gómez', email: 'lucia@example.com' } });
    expect(kase.description).toContain('Mi retiro de 250 USDT');
    const opened = (await lifecycleEvents(stack, caseId)).find((e) => e.detailType === 'case.opened');
    expect(opened?.detail).toMatchObject({ channel: 'email' });
    expect(JSON.stringify(opened)).not.toContain('lucia@example.com');
  });

  it("keeps the customer's reply on the case and puts it in front of a person until read", async () => {
    // Prepare: a case opened by email
    await send({ from: 'tomas@example.com', subject: 'Deposit missing', text: 'My BTC deposit from yesterday is not in my balance.' });
    const [ack] = await waitForMail(stack, 'tomas@example.com', /RDR-/);
    const caseNumber = /RDR-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{2}/.exec(ack!.subject)![0];
    const caseId = await caseIdByNumber(stack, caseNumber);

    // Act: the customer replies to the acknowledgement, quoting it
    await send({
      from: 'tomas@example.com',
      subject: `Re: ${ack!.subject}`,
      text: `Here is the transaction id from my wallet app, please hurry.\n\nOn Wed, 3 Dec 2026 at 10:00, Redress <support@example.com> wrote:\n> ${ack!.body.text?.split('\n')[0]}`,
    });

    // Assess: on the case, not a new one; in the queue; gone from it once read
    const detail = await waitFor('reply on the case', async () => {
      const d = await staff(stack, tokens.agent, 'GET', `/api/cases/${caseId}`);
      return d.json.replies?.length ? d.json : undefined;
    });
    expect(detail.replies[0]).toMatchObject({ channel: 'email', text: 'Here is the transaction id from my wallet app, please hurry.' });
    expect((await staff(stack, tokens.agent, 'GET', '/api/cases')).json.cases.find((c: { caseId: string }) => c.caseId === caseId)).toMatchObject({
      unreadReplies: true,
    });
    expect((await timeline(stack, caseId)).map((e) => e.action)).toContain('customer.replied');
    expect((await lifecycleEvents(stack, caseId)).map((e) => e.detailType)).toContain('case.customer_replied');

    expect((await staff(stack, tokens.agent, 'POST', `/api/cases/${caseId}/replies/read`)).json).toEqual({ marked: 1 });
    const queue = (await staff(stack, tokens.agent, 'GET', '/api/cases')).json.cases as { caseId: string; unreadReplies?: boolean }[];
    expect(queue.find((c) => c.caseId === caseId)?.unreadReplies).toBeUndefined();
    // Only the one case: the reply opened nothing new
    expect((await waitForMail(stack, 'tomas@example.com', /RDR-/)).map((m) => /RDR-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{2}/.exec(m.subject)![0])).toEqual(
      expect.arrayContaining([caseNumber]),
    );
    expect(
      new Set((await waitForMail(stack, 'tomas@example.com', /RDR-/)).map((m) => /RDR-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{2}/.exec(m.subject)![0])).size,
    ).toBe(1);
  });

  it('answers no auto-reply, so two auto-responders never loop', async () => {
    // An auto-reply first, then a real complaint from the same address: only the second is a case.
    await send({
      from: 'away@example.com',
      subject: 'Automatic reply: out of office',
      text: 'I am away until Monday and will read your message then.',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    await send({ from: 'away@example.com', subject: 'Card payment I do not recognise', text: 'There is a card payment of 80 EUR I never made.' });
    const [ack] = await waitForMail(stack, 'away@example.com', /RDR-/);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await waitForMail(stack, 'away@example.com', /RDR-/)).toHaveLength(1);
    const kase = await caseItem(stack, await caseIdByNumber(stack, /RDR-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{2}/.exec(ack!.subject)![0]));
    expect(kase.description).toContain('card payment of 80 EUR');
  });
});
