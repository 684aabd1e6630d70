// Compensation is paid, once, to the complainant's own account, and the
// customer is told the truth about it: the payout fixture (the operator's
// payout service, locally) holds exactly one credit per approved proposal,
// whatever the service or the stack does in between.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  answerSatisfaction,
  caseItem,
  feeRefundComplaint,
  mailsTo,
  openComplaint,
  signIn,
  staff,
  startStack,
  timeline,
  USERS,
  waitFor,
  waitForMail,
  waitForStatus,
  type StackHandle,
  setFaults,
  payoutCredits,
} from './local-stack-harness';

let stack: StackHandle;
let supervisor: string;

beforeAll(async () => {
  // The payout is checked again quickly, and handed to a person after a few seconds of pending.
  stack = await startStack({
    basePort: 15500,
    retryIntervalMs: 20,
    configOverrides: { timeouts: { payoutRecheckSeconds: 1 }, compensation: { payoutPendingMaxSeconds: 2 } },
  });
  supervisor = await signIn(stack, ...USERS.supervisor);
});
afterAll(async () => {
  await stack?.stop();
  stack?.cleanup();
});

const setPayout = (behaviour: string) => setFaults(stack, behaviour === 'pay' ? [] : [{ service: 'payout', behaviour }]);
const credits = (caseId: string) => payoutCredits(stack, caseId);

/** A fee-refund complaint from ACC-1001's own address (sub-addressed, so each test has its own inbox), approved by a supervisor. */
async function approvedCase(tag: string): Promise<{ caseId: string; caseNumber: string; email: string }> {
  const email = `alice+${tag}@example.com`;
  const opened = await openComplaint(stack, feeRefundComplaint(email), `payout-${tag}`);
  await waitForStatus(stack, opened.caseId, 'awaiting_decision');
  const decided = await staff(stack, supervisor, 'POST', `/api/compensations/${opened.caseId}.p0/decision`, { decision: 'approve', reason: 'Refund the fee.' });
  expect(decided.status).toBe(202);
  return { ...opened, email };
}

async function proposal(caseId: string): Promise<Record<string, any>> {
  const detail = await staff(stack, supervisor, 'GET', `/api/cases/${caseId}`);
  return detail.json.proposals.find((p: { proposalId: string }) => p.proposalId === 'p0');
}

describe('paying an approved compensation', () => {
  it('pays once, to the complainant’s account, and the mail carries the reference', async () => {
    const { caseId, email } = await approvedCase('paid');
    await waitForStatus(stack, caseId, 'awaiting_satisfaction');

    const paid = await credits(caseId);
    expect(paid).toHaveLength(1);
    expect(paid[0]).toMatchObject({ key: `${caseId}.p0.1`, accountId: 'ACC-1001', amount: '4.5', asset: 'USDT', status: 'paid' });
    const [mail] = await waitForMail(stack, email, /has been paid/);
    expect(mail!.body.text).toContain(paid[0]!.reference!);
    expect(mail!.body.text).toContain('4.5 USDT');
    const p = await proposal(caseId);
    expect(p).toMatchObject({ status: 'approved', payout: { status: 'paid', key: `${caseId}.p0.1`, reference: paid[0]!.reference } });
    expect((await timeline(stack, caseId)).map((e) => e.action)).toEqual(expect.arrayContaining(['payout.requested', 'payout.paid']));

    await answerSatisfaction(stack, email, 'yes', 0);
    await waitForStatus(stack, caseId, 'closed');
    expect(await credits(caseId)).toHaveLength(1);
  }, 120_000);

  it.each([
    { behaviour: 'fail', payout: 'failed', reason: 'account_restricted' },
    { behaviour: 'pending', payout: 'pending', reason: 'pending_too_long' },
    { behaviour: 'mismatch', payout: 'failed', reason: 'mismatch' },
  ])(
    'a payout service that answers $behaviour puts the case in front of a person, and nothing is mailed as paid',
    async ({ behaviour, payout, reason }) => {
      await setPayout(behaviour);
      try {
        const { caseId, email } = await approvedCase(behaviour);
        const waiting = await waitForStatus(stack, caseId, 'awaiting_payout');
        expect(waiting.assignee).toBe('supervisor');
        expect((await proposal(caseId)).payout).toMatchObject({ status: payout, reason });
        await waitForMail(stack, email, /payment is delayed/);
        expect((await mailsTo(stack, email)).map((m) => m.subject).join('\n')).not.toMatch(/has been paid/);
        const queue = await staff(stack, supervisor, 'GET', '/api/cases');
        expect(queue.json.cases.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
      } finally {
        await setPayout('pay');
      }
    },
    120_000,
  );

  it('a service that times out leaves the case with a person, never a second credit', async () => {
    await setPayout('timeout');
    try {
      const { caseId } = await approvedCase('timeout');
      const stuck = await waitFor(
        'the case in front of a person',
        async () => {
          const k = await caseItem(stack, caseId);
          return ['awaiting_payout', 'needs_attention'].includes(k.status) ? k : undefined;
        },
        120_000,
      );
      expect(stuck.status).toBe('needs_attention');
      expect(await credits(caseId)).toHaveLength(0);
      expect((await mailsTo(stack, 'alice+timeout@example.com')).map((m) => m.subject).join('\n')).not.toMatch(/has been paid/);
    } finally {
      await setPayout('pay');
    }
  }, 180_000);

  it('a failed payout retried by a supervisor is paid under a new attempt key, once', async () => {
    await setPayout('fail');
    const { caseId, email } = await approvedCase('retry');
    await waitForStatus(stack, caseId, 'awaiting_payout');
    await setPayout('pay');
    const retried = await staff(stack, supervisor, 'POST', `/api/compensations/${caseId}.p0/payout`, {
      action: 'retry',
      reason: 'The account restriction was lifted.',
    });
    expect(retried.status).toBe(202);
    await waitForStatus(stack, caseId, 'awaiting_satisfaction');
    const all = await credits(caseId);
    expect(all.map((c) => [c.key, c.status])).toEqual([
      [`${caseId}.p0.1`, 'failed'],
      [`${caseId}.p0.2`, 'paid'],
    ]);
    const [mail] = await waitForMail(stack, email, /has been paid/);
    expect(mail!.body.text).toContain(all[1]!.reference!);
  }, 120_000);

  it('a service paused after recording the credit survives kill -9: reconciliation finds the credit, no second one appears', async () => {
    await setPayout('pause-after-credit');
    const { caseId, email } = await approvedCase('crash');
    await waitFor('the credit recorded', async () => ((await credits(caseId)).length === 1 ? true : undefined));
    await stack.stop('SIGKILL');
    await stack.restart();
    // The restarted fixture pays normally; the interrupted step runs again and asks before paying.
    await waitForStatus(stack, caseId, 'awaiting_satisfaction', 90_000);
    const all = await credits(caseId);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ key: `${caseId}.p0.1`, status: 'paid' });
    expect((await proposal(caseId)).payout).toMatchObject({ status: 'paid', reference: all[0]!.reference });
    const sent = (await timeline(stack, caseId)).filter((e) => e.action === 'mail.sent').map((e) => e.detail.kind);
    expect(sent.filter((k) => k === 'compensation-paid')).toHaveLength(1);
    void email;
  }, 180_000);
});
