// Evidence and money bound to the complainant (issue 10, part 2): the account is the one the
// ledger returns for the complainant's email, only that account's transactions count, a hash
// of someone else's is flagged for the agent and never confirmed or paid for, the ledger rule's
// proposals are capped per account, and amounts are held to their own asset's threshold.
import { describe, expect, it } from '@jest/globals';
import { FixedClock, FixtureLedger, RecordingEventPublisher, RecordingMailer, RecordingWorkflow } from '../../functions/adapters/memory/memory-adapters';
import { inMemoryRepositories } from '../../functions/adapters/memory/repositories';
import { RedressConfigSchema } from '../../functions/domain/config';
import { ComplaintSubmissionSchema } from '../../functions/domain/intake/complaint-schema';
import type { LedgerTransaction } from '../../functions/domain/ports';
import { acknowledgeCase } from '../../functions/domain/use-cases/acknowledge-case';
import { classifyCase } from '../../functions/domain/use-cases/classify-case';
import { investigateCase, RULE_PROPOSAL_WINDOW_MS } from '../../functions/domain/use-cases/investigate-case';
import { submitComplaint } from '../../functions/domain/use-cases/submit-complaint';
import { decision, fixedClassifier } from '../support/classification-fixtures';

const hash = (n: number) => `0x${n.toString(16).padStart(64, 'a')}`;
const ALICE_FAILED = hash(1);
const ALICE_FAILED_SMALL_1 = hash(2);
const ALICE_FAILED_SMALL_2 = hash(3);
const ALICE_BIG_DEPOSIT = hash(4);
const BOB_FAILED = hash(5);
const BOB_BIG_WITHDRAWAL = hash(6);
const UNKNOWN = hash(7);
/** More failed withdrawals of Alice's: a transaction's fee is refunded once, so each cap test case quotes its own. */
const ALICE_MORE = [hash(10), hash(11), hash(12), hash(13)];

const failedWithdrawal = (reference: string, accountId: string, feeCharged: string, chain = 'ethereum'): LedgerTransaction => ({
  reference,
  chain,
  status: 'failed',
  direction: 'withdrawal',
  amount: '250',
  asset: 'USDT',
  feeCharged,
  accountId,
});

function setup(compensation: Record<string, unknown> = {}) {
  // Prepare: two customers of the ledger, each with their own transactions.
  const clock = new FixedClock(new Date('2026-11-22T10:00:00Z'));
  const repos = inMemoryRepositories(clock);
  const config = RedressConfigSchema.parse({ compensation, rateLimits: { perAddressPerHour: 100, perClientPerHour: 100 } });
  const deps = { ...repos, mailer: new RecordingMailer(), events: new RecordingEventPublisher(), clock, config };
  const ledger = new FixtureLedger(
    [
      { accountId: 'ACC-1', email: 'alice@example.com', verified: true, frozen: false },
      { accountId: 'ACC-2', email: 'bob@example.com', verified: true, frozen: false },
    ],
    [
      failedWithdrawal(ALICE_FAILED, 'ACC-1', '4.5'),
      failedWithdrawal(ALICE_FAILED_SMALL_1, 'ACC-1', '0.1'),
      failedWithdrawal(ALICE_FAILED_SMALL_2, 'ACC-1', '0.2'),
      ...ALICE_MORE.map((ref) => failedWithdrawal(ref, 'ACC-1', '1')),
      { reference: ALICE_BIG_DEPOSIT, chain: 'bitcoin', status: 'confirmed', direction: 'deposit', amount: '0.05', asset: 'BTC', accountId: 'ACC-1' },
      // On the ledger under Bob, on another chain than a guess from the text would give.
      failedWithdrawal(BOB_FAILED, 'ACC-2', '2', 'tron'),
      { reference: BOB_BIG_WITHDRAWAL, chain: 'ethereum', status: 'confirmed', direction: 'withdrawal', amount: '5000', asset: 'USDT', accountId: 'ACC-2' },
    ],
  );
  return { clock, ...repos, deps, ledger, config };
}

type Setup = ReturnType<typeof setup>;
let keys = 0;

/** Intake → acknowledge → classify (a delay, confidently) → investigate. */
async function investigate(
  t: Setup,
  from: { email: string; description: string; accountId?: string; category?: 'withdrawal_or_deposit_delay' | 'fees_or_pricing' },
) {
  const submission = ComplaintSubmissionSchema.parse({
    name: 'Pat Example',
    email: from.email,
    description: from.description,
    ...(from.accountId ? { accountId: from.accountId } : {}),
  });
  const r = await submitComplaint(
    { ...t.deps, workflow: new RecordingWorkflow(), warn: () => {} },
    { submission, channel: 'web', idempotencyKey: `bind-${++keys}`, clientId: 'c' },
  );
  await acknowledgeCase(t.deps, r.caseId);
  await classifyCase(
    { ...t.deps, classifier: fixedClassifier(decision({ category: from.category ?? 'withdrawal_or_deposit_delay' })), fallback: fixedClassifier(decision()) },
    r.caseId,
  );
  const outcome = await investigateCase({ ...t.deps, ledger: t.ledger }, r.caseId);
  const kase = (await t.cases.getCase(r.caseId))!;
  const investigated = (await t.cases.listTimeline(r.caseId)).filter((e) => e.action === 'case.investigated').at(-1)!;
  return { caseId: r.caseId, outcome, kase, investigated };
}

const aboutFee = (ref: string) => `My USDT withdrawal ${ref} failed but the fee was still taken.`;

describe('the complainant is whoever the ledger says owns the email', () => {
  it('proposes the fee refund for a failed withdrawal of their own account', async () => {
    const t = setup();
    const { kase, outcome } = await investigate(t, { email: 'alice@example.com', description: aboutFee(ALICE_FAILED) });
    expect(kase.ledgerAccountId).toBe('ACC-1');
    expect(kase.evidence).toEqual([expect.objectContaining({ reference: ALICE_FAILED, ledgerStatus: 'failed', amount: '250', asset: 'USDT' })]);
    expect(kase.evidence![0]!.otherAccount).toBeUndefined();
    expect(kase.proposalDraft).toMatchObject({ amount: '4.5', asset: 'USDT', proposedBy: 'rule:failed-withdrawal-fee', evidence: [ALICE_FAILED] });
    expect(outcome.reasons).not.toContain('transaction_of_another_account');
  });

  it('sums fees exactly, never through floats', async () => {
    const t = setup();
    const { kase } = await investigate(t, {
      email: 'ALICE@example.com',
      description: `Two failed withdrawals ${ALICE_FAILED_SMALL_1} and ${ALICE_FAILED_SMALL_2}, fees kept.`,
    });
    expect(kase.proposalDraft).toMatchObject({ amount: '0.3', asset: 'USDT' });
  });

  it("flags another account's failed withdrawal, copies nothing from the ledger, proposes nothing and asks a person", async () => {
    const t = setup();
    const { kase, outcome, investigated } = await investigate(t, { email: 'alice@example.com', description: aboutFee(BOB_FAILED) });
    expect(kase.ledgerAccountId).toBe('ACC-1');
    expect(kase.proposalDraft).toBeUndefined();
    expect(kase.automaticAnswer).toBeUndefined();
    expect(outcome).toMatchObject({ needsPerson: true, reasons: expect.arrayContaining(['transaction_of_another_account']) });
    expect(kase.evidence).toEqual([
      { kind: 'transaction', reference: BOB_FAILED, chain: 'ethereum', explorerUrl: `https://etherscan.io/tx/${BOB_FAILED}`, otherAccount: true },
    ]);
    expect(investigated.detail).toMatchObject({ otherAccountTransactions: 1, ledgerRecords: 0 });
  });

  it("builds someone else's hash exactly like one the ledger does not know, but for the agent's flag (no existence oracle)", async () => {
    const t = setup();
    const theirs = await investigate(t, { email: 'alice@example.com', description: `Where is ${BOB_FAILED}?` });
    const unknown = await investigate(t, { email: 'alice@example.com', description: `Where is ${UNKNOWN}?` });
    const { otherAccount, ...shownForTheirs } = theirs.kase.evidence![0]!;
    expect(otherAccount).toBe(true);
    expect(Object.keys(shownForTheirs).sort()).toEqual(Object.keys(unknown.kase.evidence![0]!).sort());
    expect(shownForTheirs.chain).toBe(unknown.kase.evidence![0]!.chain);
  });

  it('gives a brand-new address no account, no ledger records and no proposal', async () => {
    const t = setup();
    const { kase, outcome, investigated } = await investigate(t, { email: 'stranger@example.net', description: aboutFee(ALICE_FAILED) });
    expect(kase.ledgerAccountId).toBeUndefined();
    expect(kase.proposalDraft).toBeUndefined();
    expect(kase.evidence![0]).toMatchObject({ otherAccount: true });
    expect(kase.evidence![0]!.ledgerStatus).toBeUndefined();
    expect(outcome.reasons).toContain('transaction_of_another_account');
    expect(investigated.detail).toMatchObject({ customerFound: false });
    expect(t.compensation.ruleProposals.size).toBe(0);
  });

  it.each([
    ['a stranger typing Alice’s account id', 'stranger@example.net', 'ACC-1', undefined, false],
    ['Bob typing Alice’s account id', 'bob@example.com', 'ACC-1', 'ACC-2', false],
    ['Alice typing Bob’s account id', 'alice@example.com', 'ACC-2', 'ACC-1', true],
  ])('ignores a typed account id that is not the email’s: %s', async (_label, email, typed, account, proposes) => {
    const t = setup();
    const { kase, investigated } = await investigate(t, { email, accountId: typed, description: aboutFee(ALICE_FAILED) });
    expect(kase.ledgerAccountId).toBe(account);
    expect(Boolean(kase.proposalDraft)).toBe(proposes);
    expect(investigated.detail).toMatchObject({ typedAccountId: 'ignored_not_email_account' });
    // The timeline says so with a code: neither id nor address is on it.
    expect(JSON.stringify(investigated.detail)).not.toMatch(/ACC-|@/);
  });

  it('takes a typed account id that is the email’s own', async () => {
    const t = setup();
    const { kase, investigated } = await investigate(t, { email: 'alice@example.com', accountId: 'ACC-1', description: aboutFee(ALICE_FAILED) });
    expect(kase.ledgerAccountId).toBe('ACC-1');
    expect(investigated.detail).toMatchObject({ typedAccountId: 'matches_email_account' });
  });
});

describe('the cap on automatic rule proposals', () => {
  it('stops drafting past the cap in a rolling 30 days, and drafts again once the oldest leaves the window', async () => {
    const t = setup({ ruleProposalsPer30Days: 2 });
    const first = await investigate(t, { email: 'alice@example.com', description: aboutFee(ALICE_FAILED) });
    t.clock.advance(24 * 3600 * 1000);
    const second = await investigate(t, { email: 'alice@example.com', description: aboutFee(ALICE_MORE[0]!) });
    const third = await investigate(t, { email: 'alice@example.com', description: aboutFee(ALICE_MORE[1]!) });
    expect([first, second, third].map((r) => Boolean(r.kase.proposalDraft))).toEqual([true, true, false]);
    expect(third.outcome).toMatchObject({ needsPerson: true, reasons: expect.arrayContaining(['rule_proposal_cap']) });
    expect(third.kase.automaticAnswer).toBeUndefined();
    // Bob's own cap is untouched by Alice's.
    expect((await investigate(t, { email: 'bob@example.com', description: aboutFee(BOB_FAILED) })).kase.proposalDraft).toBeDefined();

    t.clock.advance(RULE_PROPOSAL_WINDOW_MS - 24 * 3600 * 1000 + 1);
    const later = await investigate(t, { email: 'alice@example.com', description: aboutFee(ALICE_MORE[2]!) });
    expect(later.kase.proposalDraft).toBeDefined();
    expect(later.outcome.reasons).not.toContain('rule_proposal_cap');
  });

  it('counts a retried Investigate once, whether it crashed after taking its place or after writing the case', async () => {
    const t = setup({ ruleProposalsPer30Days: 1 });
    // Prepare: Investigate dies right after the claim, before the case is written.
    const realTransition = t.cases.transition.bind(t.cases);
    let crash = true;
    t.cases.transition = async (...args) => {
      if (args[1] === 'investigate' && crash) {
        crash = false;
        throw new Error('Runtime.ExitError');
      }
      return realTransition(...args);
    };
    const submission = ComplaintSubmissionSchema.parse({ name: 'Alice', email: 'alice@example.com', description: aboutFee(ALICE_FAILED) });
    const r = await submitComplaint(
      { ...t.deps, workflow: new RecordingWorkflow(), warn: () => {} },
      { submission, channel: 'web', idempotencyKey: 'retry-0001', clientId: 'c' },
    );
    await acknowledgeCase(t.deps, r.caseId);
    await classifyCase(
      { ...t.deps, classifier: fixedClassifier(decision({ category: 'withdrawal_or_deposit_delay' })), fallback: fixedClassifier(decision()) },
      r.caseId,
    );

    // Act: the crash, the retry, and a second retry after the case was written.
    await expect(investigateCase({ ...t.deps, ledger: t.ledger }, r.caseId)).rejects.toThrow('Runtime.ExitError');
    const retried = await investigateCase({ ...t.deps, ledger: t.ledger }, r.caseId);
    const again = await investigateCase({ ...t.deps, ledger: t.ledger }, r.caseId);

    // Assess: drafted both times, one place taken, and the one place is the whole cap.
    expect(retried.reasons).not.toContain('rule_proposal_cap');
    expect(again).toEqual(retried);
    expect((await t.cases.getCase(r.caseId))!.proposalDraft).toMatchObject({ amount: '4.5' });
    expect(t.compensation.ruleProposals.get('ACC-1')).toEqual([{ caseId: r.caseId, at: '2026-11-22T10:00:00.000Z' }]);
    const next = await investigate(t, { email: 'alice@example.com', description: aboutFee(ALICE_MORE[3]!) });
    expect(next.outcome.reasons).toContain('rule_proposal_cap');
  });

  it('refunds one transaction’s fee once, whatever the number of cases about it', async () => {
    const t = setup();
    const first = await investigate(t, { email: 'alice@example.com', description: aboutFee(ALICE_FAILED) });
    const again = await investigate(t, { email: 'alice@example.com', description: `Still waiting! ${aboutFee(ALICE_FAILED)}` });
    expect(first.kase.proposalDraft).toMatchObject({ amount: '4.5', evidence: [ALICE_FAILED] });
    expect(again.kase.proposalDraft).toBeUndefined();
    expect(again.outcome.reasons).toContain('transaction_already_refunded');
    // A complaint naming both an already refunded and a new failed withdrawal is drafted for the new one only.
    const both = await investigate(t, { email: 'alice@example.com', description: `${aboutFee(ALICE_FAILED)} And ${ALICE_MORE[0]} too.` });
    expect(both.kase.proposalDraft).toMatchObject({ amount: '1', evidence: [ALICE_MORE[0]] });
    // The first case's retried Investigate still holds its own transaction.
    expect((await investigateCase({ ...t.deps, ledger: t.ledger }, first.caseId)).reasons).not.toContain('transaction_already_refunded');
  });

  it('lets only one of two cases racing for the last place draft', async () => {
    const t = setup({ ruleProposalsPer30Days: 1 });
    const [a, b] = await Promise.all([
      investigate(t, { email: 'alice@example.com', description: aboutFee(ALICE_FAILED) }),
      investigate(t, { email: 'alice@example.com', description: aboutFee(ALICE_FAILED_SMALL_1) }),
    ]);
    expect([a, b].filter((r) => r.kase.proposalDraft).length).toBe(1);
  });

  it('draws nothing from the cap for a case with no draft', async () => {
    const t = setup({ ruleProposalsPer30Days: 1 });
    await investigate(t, { email: 'alice@example.com', description: aboutFee(BOB_FAILED) });
    expect(t.compensation.ruleProposals.size).toBe(0);
  });
});

describe('amounts against their own asset’s threshold', () => {
  it.each([
    ['1500 USDT', true],
    ['1000 USDT', false],
    ['1000.000001 USDT', true],
    ['900 usdt', false],
    ['USDT 1,200', true],
    ['0.5 BTC', true],
    ['0.01 BTC', false],
    ['€2,000', true],
    ['€900', false],
    ['1.500,50 EUR', true],
    ['1500', true],
    ['900', false],
    ['5 BNB', false],
    ['2500 BNB', true],
  ])('"%s" in the text is above its threshold: %s', async (amount, above) => {
    const t = setup();
    const { outcome } = await investigate(t, {
      email: 'alice@example.com',
      category: 'fees_or_pricing',
      description: `I was charged ${amount} on 2026-11-20 at 10:30 and I want to know why.`,
    });
    expect(outcome.reasons.includes('amount_above_threshold')).toBe(above);
  });

  it('holds the complainant’s own ledger records to their asset, and ignores records of other accounts', async () => {
    const t = setup();
    const own = await investigate(t, { email: 'alice@example.com', description: `My deposit ${ALICE_BIG_DEPOSIT} is late.` });
    expect(own.outcome.reasons).toContain('amount_above_threshold');
    const theirs = await investigate(t, { email: 'alice@example.com', description: `My withdrawal ${BOB_BIG_WITHDRAWAL} is late.` });
    expect(theirs.outcome.reasons).not.toContain('amount_above_threshold');
    expect(theirs.outcome.reasons).toContain('transaction_of_another_account');
  });

  it('follows the configured map', async () => {
    const t = setup({ personAmountThreshold: { USDT: '100' } });
    expect(
      (await investigate(t, { email: 'alice@example.com', category: 'fees_or_pricing', description: 'I was charged 150 USDT in fees, why?' })).outcome.reasons,
    ).toContain('amount_above_threshold');
    // No `*`: amounts without a listed asset are not compared.
    expect(
      (await investigate(t, { email: 'alice@example.com', category: 'fees_or_pricing', description: 'I was charged 150000 in fees, why?' })).outcome.reasons,
    ).not.toContain('amount_above_threshold');
  });
});
