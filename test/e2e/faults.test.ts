// The fault switch (local/, never functions/) makes one step's handler fail
// once (transient) or always (permanent). A transient fault must end exactly
// like the fault-free run — same mails, once each; a permanent one must end
// in needs-attention with the reason on the timeline, in front of a person.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  answerSatisfaction,
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
  setFaults,
} from './local-stack-harness';

interface StepFault {
  readonly step: string;
  readonly rule: { function: string; action?: string; kind?: string };
}

// Every Lambda step on the compensation path, which passes through all of them but Reopen (the fault matrix covers it).
const STEPS: StepFault[] = [
  { step: 'Acknowledge', rule: { function: 'AcknowledgeFn' } },
  { step: 'Classify', rule: { function: 'ClassifyFn' } },
  { step: 'Investigate', rule: { function: 'InvestigateFn' } },
  { step: 'Resolve', rule: { function: 'ResolveFn' } },
  { step: 'PrepareDecision', rule: { function: 'PrepareWaitFn', kind: 'decision' } },
  { step: 'ApplyDecision', rule: { function: 'CompensateFn', action: 'apply' } },
  { step: 'Payout', rule: { function: 'PayoutFn', action: 'pay' } },
  { step: 'PrepareSatisfaction', rule: { function: 'PrepareWaitFn', kind: 'satisfaction' } },
  { step: 'CloseSatisfied', rule: { function: 'FinishFn', action: 'close' } },
];

const EXPECTED_MAILS = [
  'We received your complaint',
  'What we found about your complaint',
  'Your compensation has been approved',
  'Your compensation has been paid',
  'Did we resolve your complaint?',
  'Your case is closed',
];

let stack: StackHandle;
let supervisor: string;

beforeAll(async () => {
  stack = await startStack({ basePort: 14500, retryIntervalMs: 20 });
  supervisor = await signIn(stack, ...USERS.supervisor);
});
afterAll(async () => {
  await stack?.stop();
  stack?.cleanup();
});

/** Drives a fee-refund complaint the way people would, as far as the case lets it go. */
async function drive(email: string, key: string): Promise<string> {
  const { caseId } = await openComplaint(stack, feeRefundComplaint(email), key);
  const decided = await waitFor(`${key}: decision wait or attention`, async () => {
    const k = (await staff(stack, supervisor, 'GET', `/api/cases/${caseId}`)).json.case;
    return ['awaiting_decision', 'needs_attention'].includes(k?.status) ? k.status : undefined;
  });
  if (decided === 'needs_attention') return caseId;
  expect((await staff(stack, supervisor, 'POST', `/api/compensations/${caseId}.p0/decision`, { decision: 'approve', reason: 'Refund the fee.' })).status).toBe(
    202,
  );
  const asked = await waitFor(`${key}: question or attention`, async () => {
    const k = (await staff(stack, supervisor, 'GET', `/api/cases/${caseId}`)).json.case;
    return ['awaiting_satisfaction', 'needs_attention'].includes(k?.status) ? k.status : undefined;
  });
  if (asked === 'needs_attention') return caseId;
  await answerSatisfaction(stack, email, 'yes', 0);
  await waitFor(`${key}: the end`, async () => ['SUCCEEDED', 'FAILED'].includes((await executionStatus(stack, caseId)) ?? '') || undefined);
  return caseId;
}

describe('a transient fault in any step ends like the fault-free run', () => {
  it.each(STEPS)(
    '$step fails once, is retried, and every mail goes out once',
    async ({ step, rule }) => {
      await setFaults(stack, [{ ...rule, mode: 'transient', times: 1 }]);
      const email = `alice+transient-${step.toLowerCase()}@example.com`;
      const caseId = await drive(email, `fault-transient-${step}`);
      await waitForStatus(stack, caseId, 'closed');
      expect(await executionStatus(stack, caseId)).toBe('SUCCEEDED');
      const subjects =
        (await waitForMail(stack, email, /Your case is closed/)).length && (await mailsTo(stack, email)).map((m) => m.subject.replace(/^\[[^\]]+\] /, ''));
      expect(subjects).toEqual(EXPECTED_MAILS);
      // The retry is visible in the execution history.
      const events = await history(stack, caseId);
      const failedThenScheduled = events.filter((e) => e.type === 'TaskFailed' && e.taskFailedEventDetails?.error === 'TransientError');
      expect(failedThenScheduled).toHaveLength(1);
      expect((await fetch(`${stack.web}/_local/faults`).then((r) => r.json())) as unknown[]).toEqual([{ ...rule, mode: 'transient', times: 0 }]);
    },
    90_000,
  );
});

describe('a permanent fault in any step puts the case in front of a person', () => {
  it.each(STEPS)(
    '$step fails every time: needs-attention, with the reason',
    async ({ step, rule }) => {
      await setFaults(stack, [{ ...rule, mode: 'permanent' }]);
      const email = `alice+permanent-${step.toLowerCase()}@example.com`;
      const caseId = await drive(email, `fault-permanent-${step}`);
      const kase = await waitForStatus(stack, caseId, 'needs_attention');
      await setFaults(stack, []);
      expect(kase.attentionReason).toContain('InjectedPermanentFault');
      const entry = (await timeline(stack, caseId)).find((e) => e.action === 'case.needs_attention');
      expect(entry?.detail).toMatchObject({ error: 'injectedpermanentfault' });
      const queue = (await staff(stack, supervisor, 'GET', '/api/cases')).json.cases as { caseId: string; status: string; attentionReason?: string }[];
      expect(queue.find((c) => c.caseId === caseId)).toMatchObject({ status: 'needs_attention' });
      await waitFor('execution to fail', async () => (await executionStatus(stack, caseId)) === 'FAILED');
      const caught = (await history(stack, caseId)).filter((e) => e.type === 'TaskStateEntered').map((e) => e.stateEnteredEventDetails?.name);
      expect(caught).toContain(step);
      expect(caught.at(-1)).toBe('NeedsAttention');
    },
    90_000,
  );
});
