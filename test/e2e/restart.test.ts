// State survives kill -9 of `npm start`: cases are all there, waiting
// executions continue from the state they waited in, and the decision links
// and tokens already handed out still work. Mail shown before the crash may be
// gone from the local mailbox, but every message sent is on its case's timeline.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  answerSatisfaction,
  caseItem,
  executionStatus,
  feeRefundComplaint,
  history,
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
} from './local-stack-harness';

let stack: StackHandle;
beforeAll(async () => {
  stack = await startStack({ basePort: 14600 });
});
afterAll(async () => {
  await stack?.stop();
  stack?.cleanup();
});

describe('kill -9 and restart', () => {
  it('continues cases that waited for a decision, and the decision then closes them', async () => {
    // Prepare: two cases waiting for a supervisor
    const first = await openComplaint(stack, feeRefundComplaint('alice+restart-1@example.com'), 'restart-0001');
    const second = await openComplaint(stack, feeRefundComplaint('alice+restart-2@example.com'), 'restart-0002');
    await waitForStatus(stack, first.caseId, 'awaiting_decision');
    await waitForStatus(stack, second.caseId, 'awaiting_decision');
    const before = (await history(stack, first.caseId)).length;

    // Act: the process dies without any chance to clean up, then starts again
    await stack.stop('SIGKILL');
    await stack.restart();

    // Assess: the cases and their executions are still there, still waiting
    expect((await caseItem(stack, first.caseId)).status).toBe('awaiting_decision');
    expect(await executionStatus(stack, first.caseId)).toBe('RUNNING');
    expect(await executionStatus(stack, second.caseId)).toBe('RUNNING');
    // The mailbox is in memory and may be empty now; the timeline still shows what was sent.
    const sent = (await timeline(stack, first.caseId)).filter((e) => e.action === 'mail.sent').map((e) => e.detail.kind);
    expect(sent).toEqual(expect.arrayContaining(['acknowledgement', 'resolution']));

    const supervisor = await signIn(stack, ...USERS.supervisor);
    expect(
      (await staff(stack, supervisor, 'POST', `/api/compensations/${first.caseId}.p0/decision`, { decision: 'approve', reason: 'Refund the fee.' })).status,
    ).toBe(202);
    expect(
      (
        await staff(stack, supervisor, 'POST', `/api/compensations/${second.caseId}.p0/decision`, {
          decision: 'reject',
          reason: 'The fee was for a completed network transfer.',
        })
      ).status,
    ).toBe(202);
    await answerSatisfaction(stack, 'alice+restart-1@example.com', 'yes', 0);
    await answerSatisfaction(stack, 'alice+restart-2@example.com', 'yes', 0);
    await waitForStatus(stack, first.caseId, 'closed');
    await waitForStatus(stack, second.caseId, 'closed');
    await waitFor('execution to succeed', async () => (await executionStatus(stack, first.caseId)) === 'SUCCEEDED');

    // The history goes on from where it was, not from the start: no step ran twice.
    const events = await history(stack, first.caseId);
    expect(events.length).toBeGreaterThan(before);
    const entered = events.filter((e) => e.type === 'TaskStateEntered').map((e) => e.stateEnteredEventDetails?.name);
    expect(entered.filter((n) => n === 'Acknowledge')).toHaveLength(1);
    expect(entered.filter((n) => n === 'Resolve')).toHaveLength(1);
    expect(entered).toEqual(expect.arrayContaining(['AwaitDecision', 'ApplyDecision', 'AwaitSatisfaction', 'CloseSatisfied']));
    expect((await mailsTo(stack, 'alice+restart-1@example.com')).map((m) => m.subject)).toEqual(
      expect.arrayContaining([expect.stringMatching(/approved/), expect.stringMatching(/closed/)]),
    );
    await waitForMail(stack, 'alice+restart-2@example.com', /closed/);
  }, 180_000);
});
