// End to end against the started local stack, over HTTP, as a customer and an
// operator would meet it: form → acknowledgement in the mailbox → classified →
// resolved → satisfaction "yes" → closed, with the timeline in DynamoDB, the
// lifecycle events, and the execution history read with @aws-sdk/client-sfn.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  answerLinkIn,
  caseIdByNumber,
  caseItem,
  executionStatus,
  history,
  lifecycleEvents,
  mailsTo,
  startStack,
  submitComplaint,
  timeline,
  waitFor,
  type StackHandle,
} from './local-stack-harness';

let stack: StackHandle;
beforeAll(async () => {
  stack = await startStack({ basePort: 14100 });
});
afterAll(async () => {
  await stack?.stop();
  stack?.cleanup();
});

const complaint = {
  name: 'Dana Whitfield',
  email: 'dana@example.com',
  description: 'The trading fee on my last order was higher than the fee schedule says. Why was I charged 0.5% instead of 0.1%?',
  language: 'en',
};

describe('a complaint from the web form to a closed case', () => {
  it('acknowledges, resolves, asks, and closes on "yes"', async () => {
    // Act: the customer submits the form
    const submitted = await submitComplaint(stack, complaint, 'e2e-happy-0001');
    expect(submitted.status).toBe(201);
    const caseNumber = submitted.json.caseNumber as string;
    expect(caseNumber).toMatch(/^RDR-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{2}$/);

    // The same Idempotency-Key returns the same case
    const again = await submitComplaint(stack, complaint, 'e2e-happy-0001');
    expect(again).toEqual({ status: 201, json: { caseNumber } });
    const caseId = await caseIdByNumber(stack, caseNumber);

    // Assess: the acknowledgement, with the case number and time frame, and no echo of the complaint
    const ack = await waitFor('acknowledgement mail', async () => (await mailsTo(stack, complaint.email)).find((m) => m.subject.includes(caseNumber)));
    expect(ack.body.text).toContain(caseNumber);
    expect(ack.body.text).toContain('48');
    expect(ack.body.text).not.toContain('Dana');
    expect(ack.body.text).not.toContain('0.5%');

    // The resolution and the satisfaction question arrive; the link opens a page, only a POST answers
    const question = await waitFor('satisfaction question', async () =>
      (await mailsTo(stack, complaint.email)).find((m) => /\/answers\//.test(m.body.text ?? '')),
    );
    const link = answerLinkIn(question).replace(/^http:\/\/localhost:\d+/, stack.web);
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(caseNumber);
    expect((await caseItem(stack, caseId)).status).toBe('awaiting_satisfaction');

    const answer = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'answer=yes&rating=5' });
    expect(answer.status).toBe(200);
    // Single use: a second POST is refused
    expect((await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'answer=no' })).status).toBe(410);

    // Assess: closed, in the store, in the execution, in the events
    await waitFor('execution to succeed', async () => (await executionStatus(stack, caseId)) === 'SUCCEEDED');
    const kase = await caseItem(stack, caseId);
    expect(kase).toMatchObject({ status: 'closed', caseNumber, category: 'fees_or_pricing', satisfaction: { answer: 'yes', rating: 5 } });
    expect(kase.classification).toMatchObject({ classifier: 'offline' });

    const steps = (await timeline(stack, caseId)).map((e) => e.action);
    for (const action of [
      'case.opened',
      'case.acknowledged',
      'case.classified',
      'case.investigated',
      'case.resolved',
      'satisfaction.requested',
      'satisfaction.answered',
      'case.closed',
    ]) {
      expect(steps).toContain(action);
    }
    const mails = (await mailsTo(stack, complaint.email)).map((m) => m.subject);
    expect(mails).toHaveLength(4); // acknowledgement, resolution, question, closed — once each

    const entered = (await history(stack, caseId)).filter((e) => e.type === 'TaskStateEntered').map((e) => e.stateEnteredEventDetails?.name);
    expect(entered).toEqual(['Acknowledge', 'Classify', 'Investigate', 'Resolve', 'PrepareSatisfaction', 'AwaitSatisfaction', 'CloseSatisfied']);

    const events = await lifecycleEvents(stack, caseId);
    expect(events.map((e) => e.detailType)).toEqual([
      'case.opened',
      'case.acknowledged',
      'case.classified',
      'case.investigated',
      'case.resolved',
      'case.satisfaction_requested',
      'case.closed',
    ]);
    const serialized = JSON.stringify(events);
    for (const personal of ['Dana', 'dana@example.com', 'fee schedule']) expect(serialized).not.toContain(personal);
  });

  it('rejects bad input with field errors and opens no case', async () => {
    const bad = await submitComplaint(stack, { name: '', email: 'not-an-email', description: 'short', sneaky: true }, 'e2e-bad-00001');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.errors).sort()).toEqual(['_body', 'description', 'email', 'name'].filter((k) => k in bad.json.errors).sort());
    expect(bad.json.errors.email).toBeDefined();
    expect(bad.json.errors.description).toBeDefined();
    const notJson = await fetch(`${stack.web}/api/complaints`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { errors: Record<string, string[]> }).errors._body).toEqual(['Request body is not valid JSON']);
  });

  it('accepts a form-encoded post without JavaScript and answers with a page', async () => {
    const res = await fetch(`${stack.web}/api/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({
        name: 'Eli Moreno',
        email: 'eli@example.com',
        description: 'Mi retiro lleva tres días pendiente y nadie responde.',
        transactionHashes: '',
        wantsHuman: 'on',
      }).toString(),
    });
    expect(res.status).toBe(201);
    const page = await res.text();
    const caseNumber = /RDR-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{2}/.exec(page)?.[0];
    expect(caseNumber).toBeDefined();
    const caseId = await caseIdByNumber(stack, caseNumber!);
    // Language detected from the text; the person asked for is honoured.
    const kase = await waitFor('classified case', async () => {
      const k = await caseItem(stack, caseId);
      return k.status === 'awaiting_findings' ? k : undefined;
    });
    expect(kase).toMatchObject({ language: 'es', wantsHuman: true });
    expect(kase.needsPersonReasons).toContain('customer_asked_for_person');
    const ack = await waitFor('Spanish acknowledgement', async () => (await mailsTo(stack, 'eli@example.com'))[0]);
    expect(ack.subject).toContain(caseNumber);
  });
});
