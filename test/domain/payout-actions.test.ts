// What a supervisor can do about a payout waiting on a person: which action
// fits which payout state, what the workflow's payout wait receives, and that
// the API writes nothing of the payout itself.
import { beforeEach, describe, expect, it } from '@jest/globals';
import type { PayoutRecord, PayoutStatus } from '../../functions/domain/case/case';
import { ConflictError, ForbiddenError } from '../../functions/domain/errors';
import { fieldErrorsOf } from '../../functions/domain/intake/complaint-schema';
import { PayoutActionSchema, requestPayoutAction } from '../../functions/domain/staff/payout-actions';
import { agent, CASE_ID, caseIn, proposal, setupStaff, supervisor, waitingFor, type StaffSetup } from '../support/waiting-case';

const payout = (status: PayoutStatus): PayoutRecord => ({
  status,
  key: `${CASE_ID}.p0.1`,
  attempt: 1,
  accountId: 'ACC-1001',
  amount: '4.5',
  asset: 'USDT',
  requestedAt: '2026-11-22T09:00:00.000Z',
  updatedAt: '2026-11-22T09:00:00.000Z',
  ...(status === 'failed' ? { reason: 'failed' } : {}),
});

async function act(t: StaffSetup, body: Record<string, unknown>, who = supervisor('supervisor')) {
  const parsed = PayoutActionSchema.safeParse(body);
  if (!parsed.success) return { status: 400, errors: fieldErrorsOf(parsed.error) };
  try {
    return { status: 202, output: await requestPayoutAction(t.deps, who, CASE_ID, 'p0', parsed.data) };
  } catch (e) {
    if (e instanceof ForbiddenError) return { status: 403 };
    if (e instanceof ConflictError) return { status: 409 };
    throw e;
  }
}

describe('payout actions', () => {
  let t: StaffSetup;
  async function waitingPayout(status: PayoutStatus | undefined) {
    await caseIn(t, 'awaiting_payout');
    await proposal(t, { amount: '4.5', status: 'approved', ...(status ? { payout: payout(status) } : {}) });
    await waitingFor(t, 'payout', 'p0');
  }
  beforeEach(() => {
    t = setupStaff();
  });

  it.each([
    ['retry', 'failed', 202],
    ['retry', 'pending', 409],
    ['retry', 'paid', 409],
    ['recheck', 'pending', 202],
    ['recheck', 'requested', 202],
    ['recheck', 'failed', 409],
    ['manual', 'failed', 202],
    ['manual', 'pending', 202],
    ['manual', undefined, 202],
    ['manual', 'paid', 409],
  ] as const)('%s on a payout that is %s: %i', async (action, status, expected) => {
    await waitingPayout(status);

    const answer = await act(t, { action, reason: 'Checked with finance', ...(action === 'manual' ? { reference: 'BANK-2026/11#0042' } : {}) });

    expect(answer.status).toBe(expected);
    expect(t.workflow.delivered).toHaveLength(expected === 202 ? 1 : 0);
  });

  it('sends exactly {action, reason, by, reference?} and writes no payout itself', async () => {
    await waitingPayout('failed');
    const before = await t.compensation.getProposal(CASE_ID, 'p0');

    await act(t, { action: 'manual', reason: 'Paid by bank transfer', reference: 'BANK-2026/11#0042' });

    expect(t.workflow.delivered).toEqual([
      { taskToken: 'token-payout-p0', output: { action: 'manual', reason: 'Paid by bank transfer', by: 'supervisor', reference: 'BANK-2026/11#0042' } },
    ]);
    expect(await t.compensation.getProposal(CASE_ID, 'p0')).toEqual(before);
    expect((await t.cases.listTimeline(CASE_ID)).map((e) => `${e.actor} ${e.action}`)).toEqual(['supervisor:supervisor payout.action_requested']);
  });

  it('refuses an action while the case is not waiting on a person for its payout (409), and agents (403)', async () => {
    await caseIn(t, 'compensating');
    await proposal(t, { amount: '4.5', status: 'approved', payout: payout('failed') });

    expect((await act(t, { action: 'retry', reason: 'again' })).status).toBe(409);
    expect((await act(t, { action: 'retry', reason: 'again' }, agent('agent'))).status).toBe(403);
  });

  it('refuses a replay once delivered (409)', async () => {
    await waitingPayout('failed');
    await act(t, { action: 'retry', reason: 'The bank is back' });

    expect((await act(t, { action: 'retry', reason: 'The bank is back' })).status).toBe(409);
    expect(t.workflow.delivered).toHaveLength(1);
  });

  it.each([
    ['no reference for a manual payout', { action: 'manual', reason: 'paid' }, 'reference'],
    ['an empty reference', { action: 'manual', reason: 'paid', reference: '' }, 'reference'],
    ['a reference that could be markup', { action: 'manual', reason: 'paid', reference: '<b>1</b>' }, 'reference'],
    ['a reference that is too long', { action: 'manual', reason: 'paid', reference: 'x'.repeat(201) }, 'reference'],
    ['a reference with a retry', { action: 'retry', reason: 'again', reference: 'X1' }, 'reference'],
    ['an unknown action', { action: 'refund', reason: 'x' }, 'action'],
    ['no reason', { action: 'retry', reason: ' ' }, 'reason'],
  ])('refuses %s with a field error', async (_label, body, field) => {
    await waitingPayout('failed');

    const answer = await act(t, body);

    expect(answer.status).toBe(400);
    expect(answer.errors).toHaveProperty(field);
  });
});
