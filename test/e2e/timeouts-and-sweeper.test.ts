// Time passing, end to end: a decision not taken in time escalates to a
// supervisor and tells the customer the new time frame; an unanswered
// satisfaction question closes the case; and the sweeper starts a stored case
// whose workflow never started.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { caseIdFor } from '../../functions/domain/case/case-id';
import { caseNumberFor } from '../../functions/domain/case/case-number';
import {
  executionStatus,
  feeRefundComplaint,
  history,
  mailsTo,
  openComplaint,
  signIn,
  staff,
  startStack,
  TABLE,
  timeline,
  USERS,
  waitFor,
  waitForMail,
  waitForStatus,
  type StackHandle,
} from './local-stack-harness';

let stack: StackHandle;
beforeAll(async () => {
  stack = await startStack({
    basePort: 14400,
    configOverrides: {
      timeouts: { decisionSeconds: 3, escalatedDecisionSeconds: 600, satisfactionSeconds: 4 },
      sweeper: { startAfterSeconds: 1, checkAfterSeconds: 3600 },
    },
    scheduleIntervalMs: 1000,
  });
});
afterAll(async () => {
  await stack?.stop();
  stack?.cleanup();
});

describe('timeouts', () => {
  it('escalates a decision not taken in time, then closes when the customer never answers', async () => {
    const email = 'alice+slow-decision@example.com';
    const { caseId, caseNumber } = await openComplaint(stack, feeRefundComplaint(email), 'timeouts-decision');
    // No supervisor acts within 3 seconds: the customer is told, a supervisor owns it.
    const [escalation] = await waitForMail(stack, email, /senior colleague/i);
    expect(escalation!.subject).toContain(caseNumber);
    expect(escalation!.body.text).toMatch(/24 hours/);
    const kase = await waitForStatus(stack, caseId, 'awaiting_decision');
    await waitFor('assignment to a supervisor', async () =>
      (await staff(stack, await signIn(stack, ...USERS.supervisor), 'GET', `/api/cases/${caseId}`)).json.case.assignee === 'supervisor' ? true : undefined,
    );
    expect(kase.caseNumber).toBe(caseNumber);
    expect((await timeline(stack, caseId)).map((e) => e.action)).toContain('case.escalated');

    // The escalated wait is answered with the same API.
    const supervisor = await signIn(stack, ...USERS.supervisor);
    expect(
      (await staff(stack, supervisor, 'POST', `/api/compensations/${caseId}.p0/decision`, { decision: 'approve', reason: 'Refund the fee.' })).status,
    ).toBe(202);
    await waitForMail(stack, email, /approved/i);

    // The satisfaction question goes unanswered for 4 seconds: closed as no answer.
    await waitForMail(stack, email, /Did we resolve/);
    const closed = await waitForStatus(stack, caseId, 'closed', 30_000);
    expect(closed.satisfaction).toMatchObject({ answer: 'timeout' });
    const names = (await history(stack, caseId)).filter((e) => e.type === 'TaskStateEntered').map((e) => e.stateEnteredEventDetails?.name);
    expect(names).toEqual(
      expect.arrayContaining(['AwaitDecision', 'EscalateDecision', 'AwaitEscalatedDecision', 'ApplyDecision', 'AwaitSatisfaction', 'CloseNoAnswer']),
    );
    await waitFor('execution to succeed', async () => (await executionStatus(stack, caseId)) === 'SUCCEEDED');
    expect((await mailsTo(stack, email)).filter((m) => /senior colleague/i.test(m.subject))).toHaveLength(1);
  }, 120_000);
});

describe('the sweeper', () => {
  it('starts a case that was stored but whose workflow never started', async () => {
    // What a crash between "case stored" and StartExecution leaves behind.
    const caseId = caseIdFor('web', 'sweeper-orphan-0001');
    const caseNumber = caseNumberFor(caseId);
    const createdAt = new Date(Date.now() - 60_000).toISOString();
    await stack.doc.send(new PutCommand({ TableName: TABLE, Item: { PK: `CASENO#${caseNumber}`, SK: 'CASENO', entity: 'case-number', caseId } }));
    await stack.doc.send(
      new PutCommand({
        TableName: TABLE,
        Item: {
          PK: `CASE#${caseId}`,
          SK: 'CASE',
          GSI1PK: 'STATUS#received',
          GSI1SK: `${createdAt}#${caseId}`,
          entity: 'case',
          caseId,
          caseNumber,
          channel: 'web',
          contact: { name: 'Orphan Case', email: 'orphan@example.com' },
          language: 'en',
          description: 'My deposit has not arrived after two days.',
          transactionRefs: [],
          wantsHuman: false,
          redactedSecrets: [],
          status: 'received',
          version: 1,
          createdAt,
          updatedAt: createdAt,
          reopenCount: 0,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    await waitFor('the sweeper to start the workflow', async () => (await executionStatus(stack, caseId).catch(() => undefined)) !== undefined, 30_000);
    const [ack] = await waitForMail(stack, 'orphan@example.com', /received your complaint/);
    expect(ack!.subject).toContain(caseNumber);
    expect((await timeline(stack, caseId)).map((e) => `${e.actor} ${e.action}`)).toContain('system:sweeper workflow.restarted');
  });
});
