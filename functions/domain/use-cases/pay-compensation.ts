// Step 5b: pay what a supervisor approved, once, to the complainant's own
// account, and tell the customer the truth about it. The payout service is
// idempotent by key `<caseId>.<proposalId>.<attempt>`; what we know of each
// payout is on the proposal (`payout`), written conditionally before and after
// every call, so a step retried after a fault at any point finds its own
// half-done work:
//
//   no record ──write requested──▶ requested ──POST──▶ paid | pending | failed
//                                      │ (crash, timeout, 5xx: outcome unknown)
//                                      └──▶ retried step: GET first; only not_found allows POST again
//
// `attempt` goes up only when a person retries a payout that failed
// (applyPayoutAnswer). Nothing is mailed as paid before the service (or a
// person recording a manual payout) says it was.
import { lifecycleEvent } from '../../../events/catalog';
import type { Case, CompensationProposal, PayoutRecord } from '../case/case';
import { ConflictError, TransientError } from '../errors';
import { sendCaseMail } from '../mail/send-case-mail';
import { AmountError, normalizeAmount } from '../money/amount';
import type { PayoutAnswer, Payouts } from '../ports';
import { loadCase, type StepDeps } from './step-deps';

export interface PayoutDeps extends Pick<StepDeps, 'cases' | 'compensation' | 'messages' | 'mailer' | 'events' | 'clock' | 'config'> {
  /** Undefined when the operator pays by hand (config `payout: none`). */
  readonly payouts: Payouts | undefined;
}

/** paid: go on to the satisfaction question; pending: check again later; needs_person: a person takes the payout. */
export type PayoutOutcome = 'paid' | 'pending' | 'needs_person';

/** What a person decided about a payout that waits on them (staff API → task token → workflow). */
export interface PayoutAnswerFromPerson {
  readonly action: 'retry' | 'recheck' | 'manual';
  readonly reason: string;
  readonly by: string;
  readonly reference?: string;
}

export const payoutKeyFor = (caseId: string, proposalId: string, attempt: number) => `${caseId}.${proposalId}.${attempt}`;

/** The amount that was approved: the lowered one for approve_lower. */
export function approvedAmount(proposal: CompensationProposal): string {
  return proposal.decision?.decision === 'approve_lower' && proposal.decision.amount ? proposal.decision.amount : proposal.amount;
}

async function loadApproved(deps: Pick<StepDeps, 'compensation'>, caseId: string, proposalId: string): Promise<CompensationProposal> {
  const proposal = await deps.compensation.getProposal(caseId, proposalId);
  if (!proposal) throw new Error(`No proposal ${proposalId}`);
  if (proposal.status !== 'approved' && proposal.status !== 'approved_lower') throw new Error(`Proposal ${proposalId} is ${proposal.status}, not approved`);
  return proposal;
}

/** Reason codes only: a payout service's free text never reaches the case, logs or mail. */
const reasonCode = (reason: string | undefined, fallback: string) => (reason && /^[a-z0-9_.:-]{1,64}$/i.test(reason) ? reason.toLowerCase() : fallback);

export async function payCompensation(deps: PayoutDeps, caseId: string, proposalId: string): Promise<{ outcome: PayoutOutcome }> {
  const kase = await loadCase(deps.cases, caseId);
  const proposal = await loadApproved(deps, caseId, proposalId);
  const overrides = deps.config.compensation.assetDecimals;
  const asset = proposal.asset;
  let amount: string;
  try {
    amount = normalizeAmount(approvedAmount(proposal), asset, overrides);
  } catch (e) {
    if (!(e instanceof AmountError)) throw e;
    const now = deps.clock.now().toISOString();
    return needsPerson(
      deps,
      kase,
      proposal,
      {
        status: 'failed',
        key: payoutKeyFor(caseId, proposalId, 1),
        attempt: 1,
        amount: approvedAmount(proposal),
        asset,
        reason: 'invalid_amount',
        requestedAt: now,
        updatedAt: now,
      },
      proposal.payout,
    );
  }
  const now = deps.clock.now().toISOString();
  let payout = proposal.payout;

  if (payout?.status === 'paid') return finishPaid(deps, kase, proposal, payout);
  if (payout?.status === 'failed') return { outcome: 'needs_person' };

  if (!deps.payouts) {
    // Paid by hand: a supervisor records the reference in the console (applyPayoutAnswer, 'manual').
    if (!payout) {
      payout = {
        status: 'pending',
        key: payoutKeyFor(caseId, proposalId, 1),
        attempt: 1,
        amount,
        asset,
        manual: true,
        reason: 'manual_payout',
        requestedAt: now,
        updatedAt: now,
      };
      await write(deps, caseId, proposalId, payout, undefined, { action: 'payout.manual_required', detail: { proposalId, amount, asset } });
    }
    return { outcome: 'needs_person' };
  }

  const accountId = kase.ledgerAccountId;
  if (!accountId) {
    // No account the ledger ties to the complainant's email: nothing may be credited automatically.
    return needsPerson(
      deps,
      kase,
      proposal,
      {
        status: 'failed',
        key: payoutKeyFor(caseId, proposalId, payout?.attempt ?? 1),
        attempt: payout?.attempt ?? 1,
        amount,
        asset,
        reason: 'no_account',
        requestedAt: now,
        updatedAt: now,
      },
      payout,
    );
  }

  let answer: PayoutAnswer | undefined;
  if (!payout) {
    payout = { status: 'requested', key: payoutKeyFor(caseId, proposalId, 1), attempt: 1, accountId, amount, asset, requestedAt: now, updatedAt: now };
    // Recorded before the POST: a crash right after it leaves `requested`, and the retry asks GET first.
    await write(deps, caseId, proposalId, payout, undefined, { action: 'payout.requested', detail: { proposalId, attempt: 1, amount, asset } });
  } else {
    // requested or pending: the outcome of an earlier POST is unknown or not final. Ask before posting.
    answer = await deps.payouts.status(payout.key);
  }
  if (!answer || answer.status === 'not_found') {
    answer = await deps.payouts.request(payout.key, {
      accountId: payout.accountId ?? accountId,
      amount: payout.amount,
      asset: payout.asset,
      caseNumber: kase.caseNumber,
    });
    if (answer.status === 'not_found') throw new TransientError('Payout service lost a payout it was just asked for');
  }

  if (!echoes(answer, payout, overrides)) {
    // What the service says it did is not what we asked: a person must look; nothing is mailed as paid.
    return needsPerson(deps, kase, proposal, { ...payout, status: 'failed', reason: 'mismatch', updatedAt: now }, payout);
  }
  switch (answer.status) {
    case 'paid': {
      const paid: PayoutRecord = { ...payout, status: 'paid', ...(answer.reference ? { reference: answer.reference.slice(0, 200) } : {}), updatedAt: now };
      await write(deps, caseId, proposalId, paid, payout, {
        action: 'payout.paid',
        detail: { proposalId, attempt: paid.attempt, amount, asset, reference: paid.reference ?? '' },
      });
      return finishPaid(deps, kase, proposal, paid);
    }
    case 'pending': {
      const pendingSince = payout.pendingSince ?? now;
      const tooLong = deps.clock.now().getTime() - new Date(pendingSince).getTime() > deps.config.compensation.payoutPendingMaxSeconds * 1000;
      const pending: PayoutRecord = { ...payout, status: 'pending', pendingSince, ...(tooLong ? { reason: 'pending_too_long' } : {}), updatedAt: now };
      if (payout.status !== 'pending' || tooLong)
        await write(deps, caseId, proposalId, pending, payout, { action: 'payout.pending', detail: { proposalId, attempt: pending.attempt, tooLong } });
      return tooLong ? needsPerson(deps, kase, proposal, pending, payout, true) : { outcome: 'pending' };
    }
    case 'failed':
      return needsPerson(deps, kase, proposal, { ...payout, status: 'failed', reason: reasonCode(answer.reason, 'failed'), updatedAt: now }, payout);
  }
}

/** The service must echo what we asked for; a paid answer that does not say what it paid is not trusted. */
function echoes(answer: PayoutAnswer, asked: PayoutRecord, overrides: Readonly<Record<string, number>>): boolean {
  const must = answer.status === 'paid';
  if (answer.asset === undefined ? must : answer.asset !== asked.asset) return false;
  if (answer.accountId === undefined ? must : answer.accountId !== asked.accountId) return false;
  if (answer.amount === undefined) return !must;
  try {
    return normalizeAmount(answer.amount, asked.asset, overrides) === normalizeAmount(asked.amount, asked.asset, overrides);
  } catch {
    return false;
  }
}

/** Records why the payout waits on a person; the wait itself (status, queue, mail) is PreparePayoutWait's. */
async function needsPerson(
  deps: PayoutDeps,
  kase: Case,
  proposal: CompensationProposal,
  record: PayoutRecord,
  previous: PayoutRecord | undefined,
  alreadyWritten = false,
): Promise<{ outcome: PayoutOutcome }> {
  if (!alreadyWritten) {
    await write(deps, kase.caseId, proposal.proposalId, { ...record, updatedAt: deps.clock.now().toISOString() }, previous, {
      action: `payout.${record.status}`,
      detail: { proposalId: proposal.proposalId, attempt: record.attempt, reason: record.reason ?? 'none' },
    });
  }
  await deps.events.publish(
    lifecycleEvent(
      'compensation.payout_needs_person',
      { caseId: kase.caseId, proposalId: proposal.proposalId, reason: record.reason ?? 'failed' },
      deps.clock.now(),
    ),
  );
  return { outcome: 'needs_person' };
}

async function finishPaid(deps: PayoutDeps, kase: Case, proposal: CompensationProposal, payout: PayoutRecord): Promise<{ outcome: PayoutOutcome }> {
  await sendCaseMail(
    deps,
    kase,
    'compensation-paid',
    `paid#${proposal.proposalId}`,
    {
      caseNumber: kase.caseNumber,
      amount: payout.amount,
      asset: payout.asset,
      reference: payout.reference ?? payout.key,
      lowered: proposal.status === 'approved_lower',
    },
    'system:payout',
  );
  await deps.events.publish(
    lifecycleEvent('compensation.paid', { caseId: kase.caseId, proposalId: proposal.proposalId, manual: Boolean(payout.manual) }, deps.clock.now()),
  );
  return { outcome: 'paid' };
}

/** A conditional write of the payout record and, when it landed, its timeline entry. */
async function write(
  deps: Pick<StepDeps, 'cases' | 'compensation'>,
  caseId: string,
  proposalId: string,
  next: PayoutRecord,
  previous: PayoutRecord | undefined,
  entry: { action: string; detail: Record<string, string | number | boolean> },
  actor = 'system:payout',
): Promise<void> {
  try {
    await deps.compensation.updatePayout(caseId, proposalId, next, previous ? { key: previous.key, status: previous.status } : undefined);
  } catch (e) {
    // Someone else moved the payout on (an overlapping attempt): retry from what is stored now.
    if (e instanceof ConflictError) throw new TransientError(e.message);
    throw e;
  }
  await deps.cases.appendTimeline(caseId, { actor, ...entry });
}

/**
 * A person answered a payout that waited on them. Applied in its own workflow step before the
 * payout step runs again, so a retry of this step finds its own write and does not retry twice.
 */
export async function applyPayoutAnswer(deps: PayoutDeps, caseId: string, proposalId: string, answer: PayoutAnswerFromPerson): Promise<{ applied: boolean }> {
  const proposal = await loadApproved(deps, caseId, proposalId);
  const payout = proposal.payout;
  const now = deps.clock.now().toISOString();
  const actor = `supervisor:${answer.by}`;
  let applied = false;
  if (answer.action === 'manual' && answer.reference && payout?.status !== 'paid') {
    const base: PayoutRecord = payout ?? {
      status: 'pending',
      key: payoutKeyFor(caseId, proposalId, 1),
      attempt: 1,
      amount: approvedAmount(proposal),
      asset: proposal.asset,
      requestedAt: now,
      updatedAt: now,
    };
    const paid: PayoutRecord = {
      ...base,
      status: 'paid',
      manual: true,
      reference: answer.reference,
      recordedBy: answer.by,
      reason: 'manual_payout',
      updatedAt: now,
    };
    await write(deps, caseId, proposalId, paid, payout, { action: 'payout.recorded_manually', detail: { proposalId, reference: answer.reference } }, actor);
    applied = true;
  } else if (answer.action === 'retry' && payout?.status === 'failed') {
    const attempt = payout.attempt + 1;
    const { reason: _reason, reference: _reference, pendingSince: _since, ...rest } = payout;
    // `requested` without a POST yet: the payout step asks GET first, finds not_found, and posts.
    const retried: PayoutRecord = { ...rest, status: 'requested', attempt, key: payoutKeyFor(caseId, proposalId, attempt), requestedAt: now, updatedAt: now };
    await write(deps, caseId, proposalId, retried, payout, { action: 'payout.retried', detail: { proposalId, attempt } }, actor);
    applied = true;
  } else if (answer.action === 'recheck' && payout && payout.status !== 'paid') {
    // Only the clock of "pending too long" starts again; the payout itself is unchanged.
    const { pendingSince: _since, reason: _reason, ...rest } = payout;
    await write(deps, caseId, proposalId, { ...rest, updatedAt: now }, payout, { action: 'payout.recheck_requested', detail: { proposalId } }, actor);
    applied = true;
  }
  await deps.cases.transition(caseId, 'payoutResumed', {}, { actor, action: 'payout.resumed', detail: { proposalId, action: answer.action, applied } });
  return { applied };
}
