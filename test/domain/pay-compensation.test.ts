// Paying approved compensation over in-memory ports: exactly one credit per
// proposal and attempt, to the complainant's ledger account, whatever fails
// in between; the customer is told "paid" only after the service says so.
import { beforeEach, describe, expect, it } from '@jest/globals';
import { FixedClock, InMemoryPayouts, RecordingEventPublisher, RecordingMailer } from '../../functions/adapters/memory/memory-adapters';
import { inMemoryRepositories } from '../../functions/adapters/memory/repositories';
import type { CompensationProposal } from '../../functions/domain/case/case';
import { parseConfig } from '../../functions/domain/config';
import { newCase } from '../support/new-case';
import { TransientError } from '../../functions/domain/errors';
import { applyDecision } from '../../functions/domain/use-cases/apply-decision';
import { applyPayoutAnswer, payCompensation } from '../../functions/domain/use-cases/pay-compensation';
import { prepareWait } from '../../functions/domain/use-cases/prepare-wait';

const CASE_STEPS = ['acknowledge', 'classify', 'investigate', 'resolve', 'awaitDecision'] as const;

async function setup(opts: { accountId?: string | null; amount?: string; asset?: string } = {}) {
  const clock = new FixedClock(new Date('2026-12-01T10:00:00Z'));
  const repos = inMemoryRepositories(clock);
  const { cases } = repos;
  const mailer = new RecordingMailer();
  const events = new RecordingEventPublisher();
  const payouts = new InMemoryPayouts();
  const config = parseConfig(JSON.stringify({ compensation: { payoutPendingMaxSeconds: 600 } }));
  const { case: kase } = await cases.createCase(newCase(`c${'a'.repeat(31)}`, clock.now().toISOString()));
  for (const step of CASE_STEPS) await cases.transition(kase.caseId, step, {}, { actor: 'test', action: step });
  if (opts.accountId !== null) await cases.update(kase.caseId, { ledgerAccountId: opts.accountId ?? 'ACC-1001' });
  const proposal: CompensationProposal = {
    caseId: kase.caseId,
    proposalId: 'p0',
    amount: opts.amount ?? '4.5',
    asset: opts.asset ?? 'USDT',
    reason: 'failed_withdrawal_fee_refund',
    proposedBy: 'rule:failed-withdrawal-fee',
    evidence: [],
    status: 'awaiting_decision',
    createdAt: clock.now().toISOString(),
  };
  await repos.compensation.putProposal(proposal);
  const deps = { ...repos, mailer, events, clock, config, payouts };
  await applyDecision(deps, kase.caseId, 'p0', { decision: 'approve', reason: 'Refund the fee.', by: 'sup1' });
  return { ...deps, caseId: kase.caseId };
}

type Setup = Awaited<ReturnType<typeof setup>>;
const subjects = (t: Setup) => t.mailer.sent.map((m) => m.subject);
const payoutOf = async (t: Setup) => (await t.compensation.getProposal(t.caseId, 'p0'))!.payout;

describe('paying an approved compensation', () => {
  let t: Setup;
  beforeEach(async () => (t = await setup()));

  it('pays once under <caseId>.<proposalId>.1 to the ledger account, then mails the reference', async () => {
    expect(await payCompensation(t, t.caseId, 'p0')).toEqual({ outcome: 'paid' });
    expect(t.payouts.paid()).toEqual([`${t.caseId}.p0.1`]);
    expect(t.payouts.credits.get(`${t.caseId}.p0.1`)).toMatchObject({ accountId: 'ACC-1001', amount: '4.5', asset: 'USDT' });
    expect(await payoutOf(t)).toMatchObject({ status: 'paid', reference: 'REF-1', attempt: 1 });
    const paidMail = t.mailer.sent.find((m) => /has been paid/.test(m.subject))!;
    expect(paidMail.text).toContain('REF-1');
    // A retried step finds it paid: no call to the service, no second mail.
    expect(await payCompensation(t, t.caseId, 'p0')).toEqual({ outcome: 'paid' });
    expect(t.payouts.calls).toEqual([`POST ${t.caseId}.p0.1`]);
    expect(subjects(t).filter((s) => /has been paid/.test(s))).toHaveLength(1);
  });

  it('after an unknown outcome asks GET first and never posts a second credit', async () => {
    t.payouts.crashAfterCredit = 1;
    await expect(payCompensation(t, t.caseId, 'p0')).rejects.toBeInstanceOf(TransientError);
    expect(subjects(t).some((s) => /has been paid/.test(s))).toBe(false);
    expect(await payCompensation(t, t.caseId, 'p0')).toEqual({ outcome: 'paid' });
    expect(t.payouts.calls).toEqual([`POST ${t.caseId}.p0.1`, `GET ${t.caseId}.p0.1`]);
    expect(t.payouts.paid()).toHaveLength(1);
  });

  it('posts again with the same key only when the service never saw the request', async () => {
    t.payouts.unreachable = 1;
    await expect(payCompensation(t, t.caseId, 'p0')).rejects.toBeInstanceOf(TransientError);
    expect(await payCompensation(t, t.caseId, 'p0')).toEqual({ outcome: 'paid' });
    expect(t.payouts.calls).toEqual([`POST ${t.caseId}.p0.1`, `GET ${t.caseId}.p0.1`, `POST ${t.caseId}.p0.1`]);
    expect(t.payouts.paid()).toEqual([`${t.caseId}.p0.1`]);
  });

  it('a failed payout waits on a person; the customer hears it is delayed, never paid', async () => {
    t.payouts.behaviour = 'fail';
    expect(await payCompensation(t, t.caseId, 'p0')).toEqual({ outcome: 'needs_person' });
    expect(await payoutOf(t)).toMatchObject({ status: 'failed', reason: 'account_restricted' });
    await prepareWait(t, { caseId: t.caseId, kind: 'payout', proposalId: 'p0' });
    expect((await t.cases.getCase(t.caseId))!.status).toBe('awaiting_payout');
    expect(subjects(t).some((s) => /delayed/.test(s))).toBe(true);
    expect(subjects(t).some((s) => /has been paid/.test(s))).toBe(false);
    // Step retried: still failed, no new POST.
    expect(await payCompensation(t, t.caseId, 'p0')).toEqual({ outcome: 'needs_person' });
    expect(t.payouts.calls).toHaveLength(1);
  });

  it('a person’s retry makes attempt 2, applied once even when the step is retried', async () => {
    t.payouts.behaviour = 'fail';
    await payCompensation(t, t.caseId, 'p0');
    await prepareWait(t, { caseId: t.caseId, kind: 'payout', proposalId: 'p0' });
    t.payouts.behaviour = 'pay';
    const answer = { action: 'retry' as const, reason: 'Restriction lifted', by: 'sup1' };
    await applyPayoutAnswer(t, t.caseId, 'p0', answer);
    await applyPayoutAnswer(t, t.caseId, 'p0', answer);
    expect(await payoutOf(t)).toMatchObject({ status: 'requested', attempt: 2, key: `${t.caseId}.p0.2` });
    expect(await payCompensation(t, t.caseId, 'p0')).toEqual({ outcome: 'paid' });
    expect(t.payouts.paid()).toEqual([`${t.caseId}.p0.2`]);
    expect((await t.cases.getCase(t.caseId))!.status).toBe('compensating');
  });

  it('an answer that does not echo the request is not trusted: a person looks, nothing is mailed as paid', async () => {
    t.payouts.behaviour = 'mismatch';
    expect(await payCompensation(t, t.caseId, 'p0')).toEqual({ outcome: 'needs_person' });
    expect(await payoutOf(t)).toMatchObject({ status: 'failed', reason: 'mismatch' });
    expect(subjects(t).some((s) => /has been paid/.test(s))).toBe(false);
  });

  it('pending is checked again, and handed to a person after the configured time', async () => {
    t.payouts.behaviour = 'pending';
    expect(await payCompensation(t, t.caseId, 'p0')).toEqual({ outcome: 'pending' });
    t.clock.advance(300_000);
    expect(await payCompensation(t, t.caseId, 'p0')).toEqual({ outcome: 'pending' });
    t.clock.advance(301_000);
    expect(await payCompensation(t, t.caseId, 'p0')).toEqual({ outcome: 'needs_person' });
    expect(await payoutOf(t)).toMatchObject({ status: 'pending', reason: 'pending_too_long' });
    expect(t.payouts.calls.filter((c) => c.startsWith('POST'))).toHaveLength(1);
  });

  it('never credits a customer the ledger does not tie to the complainant’s email', async () => {
    const u = await setup({ accountId: null });
    expect(await payCompensation(u, u.caseId, 'p0')).toEqual({ outcome: 'needs_person' });
    expect(u.payouts.calls).toEqual([]);
    expect(await payoutOf(u)).toMatchObject({ status: 'failed', reason: 'no_account' });
  });

  it('with no payout service, waits for a manual reference, then mails it as paid', async () => {
    const manual = { ...t, payouts: undefined };
    expect(await payCompensation(manual, t.caseId, 'p0')).toEqual({ outcome: 'needs_person' });
    expect(await payoutOf(t)).toMatchObject({ status: 'pending', manual: true, reason: 'manual_payout' });
    await prepareWait(manual, { caseId: t.caseId, kind: 'payout', proposalId: 'p0' });
    await applyPayoutAnswer(manual, t.caseId, 'p0', { action: 'manual', reason: 'Paid by bank transfer', by: 'sup1', reference: 'BANK-778' });
    expect(await payCompensation(manual, t.caseId, 'p0')).toEqual({ outcome: 'paid' });
    expect(t.mailer.sent.find((m) => /has been paid/.test(m.subject))!.text).toContain('BANK-778');
    expect(await payoutOf(t)).toMatchObject({ status: 'paid', manual: true, reference: 'BANK-778', recordedBy: 'sup1' });
  });

  it('pays exact decimals: a lowered BTC amount reaches the service digit for digit', async () => {
    const u = await setup({ amount: '0.00012345', asset: 'BTC' });
    await u.compensation.putProposal({
      ...(await u.compensation.getProposal(u.caseId, 'p0'))!,
      status: 'approved_lower',
      decision: { by: 'sup1', at: 'now', decision: 'approve_lower', amount: '0.0001', reason: 'partly' },
    });
    await payCompensation(u, u.caseId, 'p0');
    expect(u.payouts.credits.get(`${u.caseId}.p0.1`)).toMatchObject({ amount: '0.0001', asset: 'BTC' });
  });
});

describe('applying a decision', () => {
  it('records the decision on the proposal once, even when the step is retried', async () => {
    const t = await setup();
    await applyDecision(t, t.caseId, 'p0', { decision: 'approve', reason: 'Refund the fee.', by: 'sup1' });
    const p = (await t.compensation.getProposal(t.caseId, 'p0'))!;
    expect(p).toMatchObject({ status: 'approved', decision: { by: 'sup1', decision: 'approve' } });
    const entries = (await t.cases.listTimeline(t.caseId)).filter((e) => e.action === 'compensation.decided');
    expect(entries).toHaveLength(1);
    expect(t.mailer.sent.filter((m) => /approved/.test(m.subject))).toHaveLength(1);
  });
});
