// Compensation decisions over in-memory ports: the amount rules (400 with field
// errors), dual control above the single-approver limit (403 for the proposer
// and for the first approver approving twice, 409 for a replay), exactly what
// the workflow receives, and the fix for "a decision is recorded as approved
// before it reaches the workflow".
import { beforeEach, describe, expect, it } from '@jest/globals';
import { ConflictError, ForbiddenError, InvalidInputError } from '../../functions/domain/errors';
import { fieldErrorsOf } from '../../functions/domain/intake/complaint-schema';
import type { Actor } from '../../functions/domain/staff/actor';
import { decideCompensation, DecisionInputSchema, needsSecondApproval } from '../../functions/domain/staff/compensation-decision';
import { CASE_ID, caseIn, proposal, setupStaff, supervisor, waitingFor, type StaffSetup } from '../support/waiting-case';

/** The staff API's answer for a body: parse, then the use case, errors as the handler maps them. */
async function decide(t: StaffSetup, actor: Actor, body: Record<string, unknown>): Promise<{ status: number; errors?: Record<string, readonly string[]> }> {
  const parsed = DecisionInputSchema.safeParse(body);
  if (!parsed.success) return { status: 400, errors: fieldErrorsOf(parsed.error) };
  try {
    const result = await decideCompensation(t.deps, actor, CASE_ID, 'p0', parsed.data);
    return { status: result.outcome === 'sent' ? 202 : 202.2 };
  } catch (e) {
    if (e instanceof InvalidInputError) return { status: 400, errors: e.fieldErrors };
    if (e instanceof ForbiddenError) return { status: 403 };
    if (e instanceof ConflictError) return { status: 409 };
    throw e;
  }
}
/** 202 and the first approval stored, waiting for a second supervisor. */
const FIRST_APPROVAL = 202.2;

describe('decision amounts', () => {
  let t: StaffSetup;
  beforeEach(async () => {
    t = setupStaff();
    await caseIn(t, 'awaiting_decision');
    await proposal(t, { amount: '4.5' });
    await waitingFor(t, 'decision', 'p0');
  });

  it.each([
    ['negative', '-1'],
    ['zero', '0'],
    ['zero with decimals', '0.000'],
    ['non-numeric', 'four'],
    ['a float written with an exponent', '4e0'],
    ['beyond USDT precision (6 places)', '1.1234567'],
    ['not lower than the proposal', '4.5'],
    ['not lower than the proposal, written longer', '4.500000'],
    ['above the proposal', '5'],
  ])('refuses a lowered amount that is %s with a field error', async (_label, amount) => {
    // Act
    const answer = await decide(t, supervisor('supervisor'), { decision: 'approve_lower', amount, reason: 'Half the fee' });

    // Assess: 400 naming the amount, and nothing reached the workflow
    expect(answer.status).toBe(400);
    expect(answer.errors?.amount?.length).toBeGreaterThan(0);
    expect(t.workflow.delivered).toEqual([]);
  });

  it('needs an amount for a lowered approval and refuses one with anything else', async () => {
    expect((await decide(t, supervisor('supervisor'), { decision: 'approve_lower', reason: 'less' })).errors).toHaveProperty('amount');
    expect((await decide(t, supervisor('supervisor'), { decision: 'approve', amount: '4.5', reason: 'ok' })).errors).toHaveProperty('amount');
  });

  it('sends a lowered amount in the asset precision, exactly', async () => {
    expect((await decide(t, supervisor('supervisor'), { decision: 'approve_lower', amount: '2.250000', reason: 'Half the fee' })).status).toBe(202);

    expect(t.workflow.delivered).toEqual([
      { taskToken: 'token-decision-p0', output: { decision: 'approve_lower', reason: 'Half the fee', by: 'supervisor', amount: '2.25' } },
    ]);
  });
});

describe('a decision within the single-approver limit', () => {
  let t: StaffSetup;
  beforeEach(async () => {
    t = setupStaff();
    await caseIn(t, 'awaiting_decision');
    await proposal(t, { amount: '500' });
    await waitingFor(t, 'decision', 'p0');
  });

  it("is one supervisor's, sent exactly as {decision, reason, by}", async () => {
    expect((await decide(t, supervisor('supervisor'), { decision: 'approve', reason: 'The fee was wrong' })).status).toBe(202);

    expect(t.workflow.delivered).toEqual([{ taskToken: 'token-decision-p0', output: { decision: 'approve', reason: 'The fee was wrong', by: 'supervisor' } }]);
  });

  it('is not recorded as the decision by the API: the workflow records it when it applies it', async () => {
    await decide(t, supervisor('supervisor'), { decision: 'approve', reason: 'The fee was wrong' });

    const stored = await t.compensation.getProposal(CASE_ID, 'p0');
    expect(stored).toMatchObject({ status: 'awaiting_decision' });
    expect(stored?.decision).toBeUndefined();
  });

  it('stays waiting when the decision cannot be delivered, and the same supervisor can simply send it again', async () => {
    // Prepare: Step Functions throttles the first SendTaskSuccess
    t.workflow.throttleNext = 1;

    // Act
    await expect(decideCompensation(t.deps, supervisor('supervisor'), CASE_ID, 'p0', { decision: 'approve', reason: 'The fee was wrong' })).rejects.toThrow(
      /Rate exceeded/,
    );

    // Assess: nothing says "approved", the wait is still open, and a retry goes through once
    expect(await t.compensation.getProposal(CASE_ID, 'p0')).toMatchObject({ status: 'awaiting_decision' });
    expect((await t.compensation.getProposal(CASE_ID, 'p0'))?.decision).toBeUndefined();
    expect(await t.tasks.getTaskToken(CASE_ID, 'decision')).toMatchObject({ ref: 'p0' });
    expect((await decide(t, supervisor('supervisor'), { decision: 'approve', reason: 'The fee was wrong' })).status).toBe(202);
    expect(t.workflow.delivered).toHaveLength(1);
  });

  it('refuses a replay by anyone once delivered (409), and the proposer (403)', async () => {
    await decide(t, supervisor('supervisor'), { decision: 'approve', reason: 'The fee was wrong' });

    expect((await decide(t, supervisor('supervisor'), { decision: 'approve', reason: 'The fee was wrong' })).status).toBe(409);
    expect((await decide(t, supervisor('supervisor2'), { decision: 'reject', reason: 'No' })).status).toBe(409);
    expect(t.workflow.delivered).toHaveLength(1);
  });

  it('refuses a decision on a proposal the workflow already decided (409)', async () => {
    await proposal(t, {
      amount: '500',
      status: 'approved',
      decision: { by: 'supervisor', at: t.clock.now().toISOString(), decision: 'approve', reason: 'ok' },
    });

    expect((await decide(t, supervisor('supervisor2'), { decision: 'approve', reason: 'again' })).status).toBe(409);
  });

  it('never lets the proposer decide (403)', async () => {
    await proposal(t, { amount: '5', proposedBy: 'agent:admin' });
    const admin: Actor = { userId: 'sub-admin', username: 'admin', groups: ['admin', 'supervisor'] };

    expect((await decide(t, admin, { decision: 'approve', reason: 'mine' })).status).toBe(403);
  });
});

describe('dual control above the single-approver limit', () => {
  let t: StaffSetup;
  beforeEach(async () => {
    t = setupStaff({ compensation: { singleApproverLimit: { USDT: '500' } } });
    await caseIn(t, 'awaiting_decision');
    await proposal(t, { amount: '600' });
    await waitingFor(t, 'decision', 'p0');
  });

  it("stores the first approval without touching the workflow's token", async () => {
    // Act
    const first = await decide(t, supervisor('supervisor'), { decision: 'approve', reason: 'The fee was wrong' });

    // Assess
    expect(first.status).toBe(FIRST_APPROVAL);
    expect(t.workflow.delivered).toEqual([]);
    expect(await t.tasks.getTaskToken(CASE_ID, 'decision')).toMatchObject({ ref: 'p0' });
    expect(await t.compensation.getProposal(CASE_ID, 'p0')).toMatchObject({
      status: 'awaiting_second_approval',
      firstApproval: { by: 'supervisor', decision: 'approve', reason: 'The fee was wrong', at: '2026-11-22T10:00:00.000Z' },
    });
    expect((await t.cases.listTimeline(CASE_ID)).map((e) => `${e.actor} ${e.action}`)).toContain('supervisor:supervisor compensation.first_approval');
  });

  it("needs a second, different supervisor, and sends the first's decision with secondBy", async () => {
    await decide(t, supervisor('supervisor'), { decision: 'approve', reason: 'The fee was wrong' });

    // The first approver cannot approve twice; nor can anyone lower it now.
    expect((await decide(t, supervisor('supervisor'), { decision: 'approve', reason: 'me again' })).status).toBe(403);
    expect((await decide(t, supervisor('supervisor2'), { decision: 'approve_lower', amount: '1', reason: 'less' })).status).toBe(400);
    expect(t.workflow.delivered).toEqual([]);

    expect((await decide(t, supervisor('supervisor2'), { decision: 'approve', reason: 'Checked the ledger too' })).status).toBe(202);
    expect(t.workflow.delivered).toEqual([
      { taskToken: 'token-decision-p0', output: { decision: 'approve', reason: 'The fee was wrong', by: 'supervisor', secondBy: 'supervisor2' } },
    ]);
    // Still not recorded as approved by the API; a replay by anyone is 409.
    expect(await t.compensation.getProposal(CASE_ID, 'p0')).toMatchObject({ status: 'awaiting_second_approval' });
    expect((await decide(t, supervisor('supervisor3'), { decision: 'approve', reason: 'me too' })).status).toBe(409);
    expect((await decide(t, supervisor('supervisor2'), { decision: 'approve', reason: 'Checked the ledger too' })).status).toBe(409);
  });

  it("confirms a lowered first approval at the first approver's amount", async () => {
    expect((await decide(t, supervisor('supervisor'), { decision: 'approve_lower', amount: '550', reason: 'Most of it' })).status).toBe(FIRST_APPROVAL);
    await decide(t, supervisor('supervisor2'), { decision: 'approve', reason: 'Agreed' });

    expect(t.workflow.delivered[0]?.output).toEqual({
      decision: 'approve_lower',
      reason: 'Most of it',
      by: 'supervisor',
      amount: '550',
      secondBy: 'supervisor2',
    });
  });

  it('lets one supervisor decide an amount lowered to within the limit', async () => {
    expect((await decide(t, supervisor('supervisor'), { decision: 'approve_lower', amount: '500', reason: 'Up to the limit' })).status).toBe(202);

    expect(t.workflow.delivered[0]?.output).toEqual({ decision: 'approve_lower', reason: 'Up to the limit', by: 'supervisor', amount: '500' });
  });

  it("sends a second supervisor's rejection as their own", async () => {
    await decide(t, supervisor('supervisor'), { decision: 'approve', reason: 'The fee was wrong' });
    await decide(t, supervisor('supervisor2'), { decision: 'reject', reason: 'The fee was right' });

    expect(t.workflow.delivered[0]?.output).toEqual({ decision: 'reject', reason: 'The fee was right', by: 'supervisor2' });
    expect((await t.cases.listTimeline(CASE_ID)).find((e) => e.action === 'compensation.second_decision')).toMatchObject({
      actor: 'supervisor:supervisor2',
      detail: { decision: 'reject', firstBy: 'supervisor' },
    });
  });

  it('lets the first supervisor reject at once', async () => {
    expect((await decide(t, supervisor('supervisor'), { decision: 'reject', reason: 'Not our fault' })).status).toBe(202);

    expect(t.workflow.delivered[0]?.output).toEqual({ decision: 'reject', reason: 'Not our fault', by: 'supervisor' });
  });

  it('refuses a first approval while the case is not waiting for a decision', async () => {
    await caseIn(t, 'needs_attention');

    expect((await decide(t, supervisor('supervisor'), { decision: 'approve', reason: 'late' })).status).toBe(409);
    expect(await t.compensation.getProposal(CASE_ID, 'p0')).toMatchObject({ status: 'awaiting_decision' });
  });
});

describe('the single-approver limit', () => {
  const config = setupStaff({ compensation: { singleApproverLimit: { USDT: '500', BTC: '0.01' } } }).config;

  it.each([
    ['500', 'USDT', false],
    ['500.000001', 'USDT', true],
    ['0.01', 'BTC', false],
    ['0.01000001', 'BTC', true],
    // No limit for the asset: two people, whatever the amount; and never a conversion between assets.
    ['0.000001', 'XRP', true],
  ])('%s %s needs a second supervisor: %s', (amount, asset, needed) => {
    expect(needsSecondApproval(amount, asset, config).needed).toBe(needed);
  });
});
