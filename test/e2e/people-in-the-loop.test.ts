// People in the loop, end to end over HTTP against the local stack: staff sign
// in, compensation decisions (approve, lower, reject), the four-eyes rule,
// replayed and forged decisions, and the customer's "no".
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  answerSatisfaction,
  caseItem,
  executionStatus,
  feeRefundComplaint,
  history,
  lifecycleEvents,
  mailsTo,
  openComplaint,
  signIn,
  simpleComplaint,
  staff,
  startStack,
  timeline,
  USERS,
  waitFor,
  waitForMail,
  waitForStatus,
  type StackHandle,
} from './local-stack-harness';

let stack: StackHandle;
let tokens: Record<keyof typeof USERS, string>;

beforeAll(async () => {
  stack = await startStack({ basePort: 14300 });
  tokens = {
    agent: await signIn(stack, ...USERS.agent),
    supervisor: await signIn(stack, ...USERS.supervisor),
    admin: await signIn(stack, ...USERS.admin),
  };
});
afterAll(async () => {
  await stack?.stop();
  stack?.cleanup();
});

async function decide(token: string, caseId: string, body: Record<string, unknown>, proposalId = 'p0') {
  return staff(stack, token, 'POST', `/api/compensations/${caseId}.${proposalId}/decision`, body);
}

describe('staff sign-in', () => {
  it('refuses the staff API without a session, and wrong passwords', async () => {
    expect((await staff(stack, undefined, 'GET', '/api/cases')).status).toBe(401);
    expect((await staff(stack, 'forged.token.value', 'GET', '/api/cases')).status).toBe(401);
    await expect(signIn(stack, 'agent', 'wrong')).rejects.toThrow(/400/);
    expect((await staff(stack, tokens.agent, 'GET', '/api/cases')).status).toBe(200);
  });
});

describe('compensation decisions', () => {
  it.each([
    ['approve', { decision: 'approve', reason: 'The fee should not have been charged.' }, /compensation has been approved/i, 'approved', '4.5'],
    [
      'approve a lower amount',
      { decision: 'approve_lower', amount: '2', reason: 'Half the fee, per our policy.' },
      /compensation has been approved/i,
      'approved_lower',
      '2',
    ],
    ['reject', { decision: 'reject', reason: 'The network fee was paid to miners and cannot be refunded.' }, /compensation/i, 'rejected', undefined],
  ])('%s: the customer hears the outcome and the case closes on "yes"', async (label, decision, subject, status, amount) => {
    const email = `alice+comp-${status}@example.com`;
    const { caseId } = await openComplaint(stack, feeRefundComplaint(email), `people-comp-${status}`);
    await waitForStatus(stack, caseId, 'awaiting_decision');
    // The queue shows it to supervisors.
    const queue = await staff(stack, tokens.supervisor, 'GET', '/api/cases');
    expect(queue.json.cases.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
    const detail = await staff(stack, tokens.supervisor, 'GET', `/api/cases/${caseId}`);
    expect(detail.json.proposals[0]).toMatchObject({
      proposalId: 'p0',
      amount: '4.5',
      asset: 'USDT',
      proposedBy: 'rule:failed-withdrawal-fee',
      status: 'awaiting_decision',
    });

    expect((await decide(tokens.supervisor, caseId, decision)).status).toBe(202);
    const outcome = await waitForMail(stack, email, subject.source.includes('approved') ? subject : /(declined|rejected|not able|decision)/i);
    if (amount) expect(outcome[0]!.body.text).toContain(amount);
    else expect(outcome[0]!.body.text).toContain('cannot be refunded');
    await answerSatisfaction(stack, email, 'yes', 0);
    await waitForStatus(stack, caseId, 'closed');
    const proposal = (await staff(stack, tokens.supervisor, 'GET', `/api/cases/${caseId}`)).json.proposals[0];
    expect(proposal).toMatchObject({ status, decision: { by: 'supervisor', decision: decision.decision } });
    expect((await lifecycleEvents(stack, caseId)).map((e) => e.detailType)).toEqual(
      expect.arrayContaining(['compensation.proposed', 'compensation.decided', 'case.closed']),
    );
    await waitFor('execution to succeed', async () => (await executionStatus(stack, caseId)) === 'SUCCEEDED');
  });

  it('never lets a proposer decide their own proposal, refuses replays, forgeries and agents', async () => {
    const email = 'alice+four-eyes@example.com';
    const { caseId } = await openComplaint(stack, { ...simpleComplaint(email), wantsHuman: true }, 'people-four-eyes');
    await waitForStatus(stack, caseId, 'awaiting_findings');
    // The admin (also a supervisor) investigates and proposes a goodwill credit.
    const findings = await staff(stack, tokens.admin, 'POST', `/api/cases/${caseId}/findings`, {
      summary: 'The order was charged the taker fee instead of the maker fee.',
      lines: ['Your order was filled as a taker, so the higher fee applied.', 'We are crediting the difference as a goodwill gesture.'],
      compensation: { amount: '12.5', asset: 'usdt', reason: 'Goodwill: confusing fee display', evidence: [] },
    });
    expect(findings.status).toBe(202);
    // A second submission of the same findings is refused: the token was used once.
    expect((await staff(stack, tokens.agent, 'POST', `/api/cases/${caseId}/findings`, { summary: 'again', lines: [] })).status).toBe(409);
    await waitForStatus(stack, caseId, 'awaiting_decision');

    const own = await decide(tokens.admin, caseId, { decision: 'approve', reason: 'ok' });
    expect(own).toMatchObject({ status: 403, json: { message: 'You cannot decide your own proposal' } });
    expect((await decide(tokens.agent, caseId, { decision: 'approve', reason: 'ok' })).status).toBe(403);
    // A "lower" amount that is not lower is bad input, with the field named.
    expect(await decide(tokens.supervisor, caseId, { decision: 'approve_lower', amount: '20', reason: 'more?' })).toMatchObject({
      status: 400,
      json: { errors: { amount: [expect.stringContaining('less than the proposed 12.5 USDT')] } },
    });
    expect((await decide(tokens.supervisor, caseId, { decision: 'approve', reason: 'x' }, 'p9')).status).toBe(404);
    expect((await staff(stack, tokens.supervisor, 'POST', `/api/compensations/not-a-case.p0/decision`, { decision: 'approve', reason: 'x' })).status).toBe(404);
    expect((await decide(tokens.supervisor, caseId, { decision: 'maybe', reason: '' })).status).toBe(400);

    const ok = await decide(tokens.supervisor, caseId, { decision: 'approve', reason: 'Agreed: the display was misleading.' });
    expect(ok.status).toBe(202);
    const replay = await decide(tokens.supervisor, caseId, { decision: 'approve', reason: 'Agreed: the display was misleading.' });
    expect(replay.status).toBe(409);
    const mail = await waitForMail(stack, email, /approved/i);
    expect(mail[0]!.body.text).toContain('12.5');
    expect(mail).toHaveLength(1);
    const actions = (await timeline(stack, caseId)).map((e) => `${e.actor} ${e.action}`);
    expect(actions).toEqual(expect.arrayContaining(['agent:admin findings.submitted', 'agent:admin compensation.proposed']));
    // The workflow records the decision when it applies it, under the supervisor's name.
    expect(actions.some((a) => /^supervisor:supervisor compensation\./.test(a))).toBe(true);
  });
});

describe("the customer's no", () => {
  it('reopens to a person, and the second answer "yes" closes', async () => {
    const email = 'no-then-yes@example.com';
    const { caseId } = await openComplaint(stack, simpleComplaint(email), 'people-no-yes');
    // A simple fee question: answered without a person, by the help article on trading fees.
    const [automatic] = await waitForMail(stack, email, /What we found/);
    expect(automatic!.body.text).toContain('How trading fees are worked out');
    expect(await caseItem(stack, caseId)).toMatchObject({ automaticAnswer: { kind: 'article', articleId: 'trading-fee-schedule' }, needsPersonReasons: [] });
    await answerSatisfaction(stack, email, 'no', 0);
    const reopened = await waitForStatus(stack, caseId, 'awaiting_findings');
    expect(reopened).toMatchObject({ reopenCount: 1 });
    expect(reopened.needsPersonReasons).toContain('reopened');
    expect(
      (
        await staff(stack, tokens.agent, 'POST', `/api/cases/${caseId}/findings`, {
          summary: 'Checked again',
          lines: ['Your order paid the taker fee of 0.1%, as the schedule says for taker orders.'],
        })
      ).status,
    ).toBe(202);
    const resolutions = await waitForMail(stack, email, /What we found/, 2);
    expect(resolutions[1]!.body.text).toContain('taker fee of 0.1%');
    // The person's answer replaces the article the customer already said no to.
    expect(resolutions[1]!.body.text).not.toContain('How trading fees are worked out');
    await answerSatisfaction(stack, email, 'yes', 1);
    const closed = await waitForStatus(stack, caseId, 'closed');
    expect(closed.satisfaction).toMatchObject({ answer: 'yes' });
    const entered = (await history(stack, caseId)).filter((e) => e.type === 'TaskStateEntered').map((e) => e.stateEnteredEventDetails?.name);
    expect(entered.filter((n) => n === 'Investigate')).toHaveLength(2);
  });

  it('after the third "no", a supervisor owns the case', async () => {
    const email = 'no-no-no@example.com';
    const { caseId } = await openComplaint(stack, simpleComplaint(email), 'people-no-no-no');
    await answerSatisfaction(stack, email, 'no', 0);
    for (const round of [1, 2]) {
      await waitForStatus(stack, caseId, 'awaiting_findings');
      expect(
        (await staff(stack, tokens.agent, 'POST', `/api/cases/${caseId}/findings`, { summary: `Round ${round}`, lines: [`Explanation number ${round}.`] }))
          .status,
      ).toBe(202);
      await answerSatisfaction(stack, email, 'no', round);
    }
    const kase = await waitForStatus(stack, caseId, 'with_supervisor');
    expect(kase).toMatchObject({ reopenCount: 3, assignee: 'supervisor' });
    await waitFor('execution to end', async () => (await executionStatus(stack, caseId)) === 'SUCCEEDED');
    expect((await staff(stack, tokens.supervisor, 'GET', '/api/cases')).json.cases.find((c: { caseId: string }) => c.caseId === caseId)).toMatchObject({
      status: 'with_supervisor',
    });
    expect((await mailsTo(stack, email)).filter((m) => /Did we resolve/.test(m.subject))).toHaveLength(3);
    expect((await caseItem(stack, caseId)).status).toBe('with_supervisor');
  });
});
