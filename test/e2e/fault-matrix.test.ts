// The fault matrix of the money path. For every step that moves money or
// tells the customer about it, and for every side effect that step makes, the
// step is crashed once right after that effect (local fault switch,
// `afterEffect`), and the case must end exactly as the fault-free run ends:
// same status, one mail of each kind, the proposal kept and paid, the "no"
// counted once, one credit in the payout fixture.
//
// The matrix is built from a recorded fault-free run and pinned below: a step
// that gains a side effect fails the first test until its row is added here,
// so no effect goes untested. One stack, one case per matrix cell, in turn.
//
// Run one step's rows: npx jest test/e2e/fault-matrix.test.ts -t 'Payout'
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
  type StackHandle,
  localControl,
  type EffectLogEntry,
  payoutCredits,
} from './local-stack-harness';

interface Step {
  readonly step: string;
  /** The fault-switch rule that picks this step's invocation. */
  readonly rule: { readonly function: string; readonly action?: string; readonly kind?: string };
}

const STEPS: readonly Step[] = [
  { step: 'Resolve', rule: { function: 'ResolveFn' } },
  { step: 'PrepareDecision', rule: { function: 'PrepareWaitFn', kind: 'decision' } },
  { step: 'Decision', rule: { function: 'StaffApiFn' } },
  { step: 'ApplyDecision', rule: { function: 'CompensateFn', action: 'apply' } },
  { step: 'Payout', rule: { function: 'PayoutFn', action: 'pay' } },
  { step: 'PrepareSatisfaction', rule: { function: 'PrepareWaitFn', kind: 'satisfaction' } },
  { step: 'Reopen', rule: { function: 'FinishFn', action: 'reopen' } },
];

/**
 * Each step's side effects in a fault-free run, in order. A change here is a change in what a
 * step does to the world: add the effect, and the matrix below crashes the step right after it.
 */
const PINNED: Record<string, readonly string[]> = {
  Resolve: [
    'dynamodb:PutItem COMP#',
    'dynamodb:PutItem TL#',
    'events:PutEvents',
    'dynamodb:PutItem MSG#',
    'ses:SendEmail',
    'dynamodb:UpdateItem MSG#',
    'dynamodb:PutItem TL#',
    'dynamodb:UpdateItem CASE',
    'dynamodb:PutItem TL#',
    'events:PutEvents',
  ],
  PrepareDecision: ['dynamodb:PutItem COMP#', 'dynamodb:UpdateItem CASE', 'dynamodb:PutItem TL#'],
  Decision: ['dynamodb:UpdateItem TASK#', 'states:SendTaskSuccess', 'dynamodb:UpdateItem TASK#'],
  ApplyDecision: [
    'dynamodb:PutItem COMP#',
    'dynamodb:PutItem TL#',
    'dynamodb:UpdateItem CASE',
    'dynamodb:PutItem TL#',
    'dynamodb:PutItem MSG#',
    'ses:SendEmail',
    'dynamodb:UpdateItem MSG#',
    'dynamodb:PutItem TL#',
    'events:PutEvents',
  ],
  Payout: [
    'dynamodb:UpdateItem COMP#',
    'dynamodb:PutItem TL#',
    'payout:POST',
    'dynamodb:UpdateItem COMP#',
    'dynamodb:PutItem TL#',
    'dynamodb:PutItem MSG#',
    'ses:SendEmail',
    'dynamodb:UpdateItem MSG#',
    'dynamodb:PutItem TL#',
    'events:PutEvents',
  ],
  PrepareSatisfaction: [
    'dynamodb:PutItem LINK',
    'dynamodb:UpdateItem CASE',
    'dynamodb:UpdateItem CASE',
    'dynamodb:PutItem TL#',
    'dynamodb:PutItem MSG#',
    'ses:SendEmail',
    'dynamodb:UpdateItem MSG#',
    'dynamodb:PutItem TL#',
    'events:PutEvents',
  ],
  Reopen: [
    'dynamodb:UpdateItem CASE',
    'dynamodb:PutItem TL#',
    'dynamodb:PutItem MSG#',
    'ses:SendEmail',
    'dynamodb:UpdateItem MSG#',
    'dynamodb:PutItem TL#',
    'events:PutEvents',
  ],
};

let stack: StackHandle;
let supervisor: string;
let reference: { subjects: string[]; effects: Record<string, string[]> };

beforeAll(async () => {
  // One client opens every case of the matrix: the per-client hourly limit would stop it at 30.
  stack = await startStack({ basePort: 15600, retryIntervalMs: 10, configOverrides: { rateLimits: { perAddressPerHour: 1000, perClientPerHour: 1000 } } });
  supervisor = await signIn(stack, ...USERS.supervisor);
}, 240_000);
afterAll(async () => {
  await stack?.stop();
  stack?.cleanup();
});

const control = async (method: 'GET' | 'PUT' | 'DELETE', path: string, body?: unknown) => {
  const res = await localControl(stack, method, path, body);
  expect(res.status).toBe(200);
  return res.json;
};

const matches = (e: EffectLogEntry, s: Step) =>
  e.function.startsWith(s.rule.function) && (!s.rule.action || e.action === s.rule.action) && (!s.rule.kind || e.kind === s.rule.kind);

/** The subject without its "[case number] " prefix: what kind of mail it was. */
const kindOf = (subject: string) => subject.replace(/^\[[^\]]+\]\s*/, '');

/**
 * Drives one fee-refund case along the money path the way people would: a supervisor approves
 * (retrying the request while it fails, as a person clicking again would), the fixture pays, the
 * customer answers "no" once, and the reopened case waits for an agent's findings.
 */
async function drive(tag: string): Promise<{ caseId: string; email: string }> {
  const email = `alice+${tag}@example.com`;
  const { caseId } = await openComplaint(stack, feeRefundComplaint(email), `matrix-${tag}`);
  await waitFor(`${tag}: decision wait`, async () => (await caseItem(stack, caseId)).status === 'awaiting_decision' || undefined, 60_000, 50);
  // A request that failed after the workflow took the decision is a replay the second time: 409,
  // and the end state shows the decision applied once.
  await waitFor(
    `${tag}: the decision accepted`,
    async () => {
      const res = await staff(stack, supervisor, 'POST', `/api/compensations/${caseId}.p0/decision`, { decision: 'approve', reason: 'Refund the fee.' });
      return [202, 409].includes(res.status) || undefined;
    },
    30_000,
    100,
  );
  await waitFor(`${tag}: the satisfaction question`, async () => (await caseItem(stack, caseId)).status === 'awaiting_satisfaction' || undefined, 60_000, 50);
  await answerSatisfaction(stack, email, 'no', 0);
  await waitFor(
    `${tag}: back with an agent`,
    async () => {
      const status = (await caseItem(stack, caseId)).status as string;
      return ['awaiting_findings', 'needs_attention'].includes(status) ? status : undefined;
    },
    60_000,
    50,
  );
  return { caseId, email };
}

async function endState(caseId: string, email: string) {
  const kase = await caseItem(stack, caseId);
  const proposal = (await staff(stack, supervisor, 'GET', `/api/cases/${caseId}`)).json.proposals.find((p: { proposalId: string }) => p.proposalId === 'p0');
  const credits = await payoutCredits(stack, caseId);
  const reopened = (await timeline(stack, caseId)).filter((e) => e.action === 'case.reopened').length;
  const subjects = (await mailsTo(stack, email)).map((m) => kindOf(m.subject)).sort();
  return {
    status: kase.status,
    reopenCount: kase.reopenCount,
    proposal: { status: proposal?.status, payout: proposal?.payout?.status },
    credits: credits.map((c) => c.status),
    reopened,
    subjects,
  };
}

describe('the money path under a fault after every side effect', () => {
  it('a fault-free run records each step’s side effects, and they are the pinned ones', async () => {
    await control('DELETE', '/_local/effects');
    const { caseId, email } = await drive('reference');
    const log = (await control('GET', '/_local/effects')) as EffectLogEntry[];
    const effects: Record<string, string[]> = {};
    for (const s of STEPS) {
      const runs = log.filter((e) => matches(e, s) && e.effects.length > 0);
      // The decision's invocation is the staff API call that wrote; reads do nothing.
      expect(runs).toHaveLength(1);
      effects[s.step] = runs[0]!.effects;
    }
    const end = await endState(caseId, email);
    expect(end).toMatchObject({
      status: 'awaiting_findings',
      reopenCount: 1,
      proposal: { status: 'approved', payout: 'paid' },
      credits: ['paid'],
      reopened: 1,
    });
    reference = { subjects: end.subjects, effects };
    console.log(`[fault-matrix] effects of the fault-free run:\n${JSON.stringify(effects, null, 1)}`);
    expect(effects).toEqual(PINNED);
  }, 120_000);

  const cells = STEPS.flatMap((s) => (PINNED[s.step] ?? []).map((effect, i) => ({ ...s, n: i + 1, effect })));
  it.each(cells)(
    '$step crashes after effect $n ($effect) and the case ends as without the fault',
    async (cell) => {
      expect(reference).toBeDefined();
      await control('PUT', '/_local/faults', [{ ...cell.rule, afterEffect: cell.n }]);
      await control('DELETE', '/_local/effects');
      const tag = `${cell.step.toLowerCase()}-${cell.n}`;
      const { caseId, email } = await drive(tag);
      // The fault fired: the rule is used up and one invocation of the step was crashed by it.
      const log = (await control('GET', '/_local/effects')) as EffectLogEntry[];
      expect(log.filter((e) => matches(e, cell) && e.fault).length).toBe(1);
      const end = await endState(caseId, email);
      // The one at-least-once window: SES takes no idempotency key, so a crash after it accepted a
      // mail and before the case recorded that sends that mail once more (send-case-mail.ts).
      // Everywhere else: exactly the fault-free run.
      const resent = cell.effect === 'ses:SendEmail';
      expect({ ...end, subjects: [...new Set(end.subjects)].sort() }).toEqual({
        status: 'awaiting_findings',
        reopenCount: 1,
        proposal: { status: 'approved', payout: 'paid' },
        credits: ['paid'],
        reopened: 1,
        subjects: [...new Set(reference.subjects)].sort(),
      });
      expect(end.subjects.length).toBe(reference.subjects.length + (resent ? 1 : 0));
    },
    120_000,
  );
});

// The payout that waits on a person: the service refuses the first payout, the case waits on a
// supervisor, who retries it once the service is healthy again. Its own steps get the same
// treatment (the paying step itself is covered above).
const RETRY_STEPS: readonly Step[] = [
  { step: 'PreparePayout', rule: { function: 'PrepareWaitFn', kind: 'payout' } },
  { step: 'PayoutAction', rule: { function: 'StaffApiFn' } },
  { step: 'ApplyPayoutAnswer', rule: { function: 'PayoutFn', action: 'answer' } },
];

const RETRY_PINNED: Record<string, readonly string[]> = {
  PreparePayout: [
    'dynamodb:UpdateItem CASE',
    'dynamodb:PutItem TL#',
    'dynamodb:PutItem MSG#',
    'ses:SendEmail',
    'dynamodb:UpdateItem MSG#',
    'dynamodb:PutItem TL#',
  ],
  PayoutAction: ['dynamodb:UpdateItem TASK#', 'states:SendTaskSuccess', 'dynamodb:UpdateItem TASK#', 'dynamodb:PutItem TL#'],
  ApplyPayoutAnswer: ['dynamodb:UpdateItem COMP#', 'dynamodb:PutItem TL#', 'dynamodb:UpdateItem CASE', 'dynamodb:PutItem TL#'],
};

let retryReference: { subjects: string[] } | undefined;

/**
 * Drives one fee-refund case whose first payout fails: approved, waiting on a person, retried by the
 * supervisor (again as a person clicking until it is taken), paid, and asked the question. A fault
 * rule for the staff API is armed only for the retry request, so it cannot hit the decision.
 */
async function driveRetry(tag: string, rule?: Step['rule'] & { afterEffect: number }): Promise<{ caseId: string; email: string }> {
  const forStaffApi = rule?.function === 'StaffApiFn';
  await control('PUT', '/_local/faults', [{ service: 'payout', behaviour: 'fail' }, ...(rule && !forStaffApi ? [rule] : [])]);
  const email = `alice+${tag}@example.com`;
  const { caseId } = await openComplaint(stack, feeRefundComplaint(email), `matrix-${tag}`);
  await waitFor(`${tag}: decision wait`, async () => (await caseItem(stack, caseId)).status === 'awaiting_decision' || undefined, 60_000, 50);
  await waitFor(
    `${tag}: the decision accepted`,
    async () =>
      [202, 409].includes(
        (await staff(stack, supervisor, 'POST', `/api/compensations/${caseId}.p0/decision`, { decision: 'approve', reason: 'Refund the fee.' })).status,
      ) || undefined,
    30_000,
    100,
  );
  await waitFor(`${tag}: the payout waits on a person`, async () => (await caseItem(stack, caseId)).status === 'awaiting_payout' || undefined, 60_000, 50);
  // The service is healthy again; function rules are put back as they stand (a used rule stays used).
  const functionRules = ((await control('GET', '/_local/faults')) as Record<string, unknown>[]).filter((r) => !('service' in r));
  await control('PUT', '/_local/faults', [...functionRules, ...(rule && forStaffApi ? [rule] : [])]);
  await waitFor(
    `${tag}: the retry accepted`,
    async () =>
      [202, 409].includes(
        (await staff(stack, supervisor, 'POST', `/api/compensations/${caseId}.p0/payout`, { action: 'retry', reason: 'The restriction was lifted.' })).status,
      ) || undefined,
    30_000,
    100,
  );
  await waitFor(`${tag}: the satisfaction question`, async () => (await caseItem(stack, caseId)).status === 'awaiting_satisfaction' || undefined, 60_000, 50);
  return { caseId, email };
}

describe('a failed payout retried by a person, under a fault after every side effect', () => {
  it('a fault-free run records each step’s side effects, and they are the pinned ones', async () => {
    await control('DELETE', '/_local/effects');
    const { caseId, email } = await driveRetry('retry-reference');
    const log = (await control('GET', '/_local/effects')) as EffectLogEntry[];
    const effects: Record<string, string[]> = {};
    for (const s of RETRY_STEPS) {
      // The staff API also answered the decision; the payout action is its last invocation that wrote.
      const runs = log.filter((e) => matches(e, s) && e.effects.length > 0);
      effects[s.step] = runs.at(-1)!.effects;
    }
    const end = await endState(caseId, email);
    expect(end).toMatchObject({ status: 'awaiting_satisfaction', proposal: { status: 'approved', payout: 'paid' }, credits: ['failed', 'paid'] });
    retryReference = { subjects: end.subjects };
    console.log(`[fault-matrix] effects of the fault-free retry run:\n${JSON.stringify(effects, null, 1)}`);
    expect(effects).toEqual(RETRY_PINNED);
  }, 120_000);

  const cells = RETRY_STEPS.flatMap((s) => (RETRY_PINNED[s.step] ?? []).map((effect, i) => ({ ...s, n: i + 1, effect })));
  it.each(cells)(
    '$step crashes after effect $n ($effect) and the case ends as without the fault',
    async (cell) => {
      expect(retryReference).toBeDefined();
      await control('DELETE', '/_local/effects');
      const { caseId, email } = await driveRetry(`${cell.step.toLowerCase()}-${cell.n}`, { ...cell.rule, afterEffect: cell.n });
      const log = (await control('GET', '/_local/effects')) as EffectLogEntry[];
      expect(log.filter((e) => matches(e, cell) && e.fault).length).toBe(1);
      const end = await endState(caseId, email);
      const resent = cell.effect === 'ses:SendEmail';
      expect({ ...end, subjects: [...new Set(end.subjects)].sort() }).toEqual({
        status: 'awaiting_satisfaction',
        reopenCount: 0,
        proposal: { status: 'approved', payout: 'paid' },
        credits: ['failed', 'paid'],
        reopened: 0,
        subjects: [...new Set(retryReference!.subjects)].sort(),
      });
      expect(end.subjects.length).toBe(retryReference!.subjects.length + (resent ? 1 : 0));
    },
    120_000,
  );
});
