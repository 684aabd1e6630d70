// CompensationRepository's contract, on every adapter: proposals and payout records move only
// from the state their writer read, the ledger rule's proposals are capped per account in a
// rolling window, and each ledger transaction is refunded for one case at most.
import { describe, expect, it } from '@jest/globals';
import type { CompensationProposal, PayoutRecord } from '../../../functions/domain/case/case';
import { ConflictError } from '../../../functions/domain/errors';
import type { CompensationRepository, RuleProposalClaim } from '../../../functions/domain/ports';
import { repositoryAdapters } from '../../support/repository-adapters';
import { caseIdFor, clockAt, T0 } from './fixtures';

const DAY = 24 * 3600 * 1000;
const CASE = caseIdFor(1);

const proposal = (over: Partial<CompensationProposal> = {}): CompensationProposal => ({
  caseId: CASE,
  proposalId: 'p0',
  amount: '600',
  asset: 'USDT',
  reason: 'The fee should not have been charged',
  proposedBy: 'rule:failed-withdrawal-fee',
  evidence: [],
  status: 'awaiting_decision',
  createdAt: T0.toISOString(),
  ...over,
});

const payout = (over: Partial<PayoutRecord> = {}): PayoutRecord => ({
  status: 'requested',
  key: `${CASE}.p0.1`,
  attempt: 1,
  amount: '600',
  asset: 'USDT',
  requestedAt: T0.toISOString(),
  updatedAt: T0.toISOString(),
  ...over,
});

describe.each(repositoryAdapters(15951))('CompensationRepository %s', (_, make) => {
  const setup = async () => (await make(clockAt())).compensation;

  describe('proposals', () => {
    it('stores a proposal and reads it back, and knows no other', async () => {
      const store = await setup();
      await store.putProposal(proposal());
      expect(await store.getProposal(CASE, 'p0')).toEqual(proposal());
      expect(await store.getProposal(CASE, 'p1')).toBeUndefined();
      expect(await store.getProposal(caseIdFor(2), 'p0')).toBeUndefined();
    });

    it("lists a case's proposals by proposal id, and no other case's", async () => {
      const store = await setup();
      for (const id of ['p2', 'p0', 'p1']) await store.putProposal(proposal({ proposalId: id }));
      await store.putProposal(proposal({ caseId: caseIdFor(2) }));

      expect((await store.listProposals(CASE)).map((p) => p.proposalId)).toEqual(['p0', 'p1', 'p2']);
      expect(await store.listProposals(caseIdFor(3))).toEqual([]);
    });

    it('moves a proposal on only from the status the caller read: a racing writer gets ConflictError', async () => {
      // Prepare
      const store = await setup();
      await store.putProposal(proposal());
      const first = { by: 'supervisor', at: T0.toISOString(), decision: 'approve' as const, reason: 'ok' };

      // Act
      await store.putProposal(proposal({ status: 'awaiting_second_approval', firstApproval: first }), { status: 'awaiting_decision' });
      const late = store.putProposal(proposal({ status: 'awaiting_second_approval', firstApproval: { ...first, by: 'supervisor2' } }), {
        status: 'awaiting_decision',
      });

      // Assess
      await expect(late).rejects.toBeInstanceOf(ConflictError);
      expect(await store.getProposal(CASE, 'p0')).toMatchObject({ firstApproval: { by: 'supervisor' } });
    });

    it('refuses a move from a status when there is no proposal at all', async () => {
      const store = await setup();
      await expect(store.putProposal(proposal(), { status: 'proposed' })).rejects.toBeInstanceOf(ConflictError);
      expect(await store.getProposal(CASE, 'p0')).toBeUndefined();
    });

    it('of racing moves from one status, lets exactly one through', async () => {
      const store = await setup();
      await store.putProposal(proposal());
      const results = await Promise.allSettled(
        ['s1', 's2', 's3'].map((by) =>
          store.putProposal(proposal({ status: 'approved', decision: { by, at: T0.toISOString(), decision: 'approve', reason: 'ok' } }), {
            status: 'awaiting_decision',
          }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    });
  });

  describe('payout records', () => {
    it('writes the first record only where there was none, then only from the key and status read', async () => {
      // Prepare
      const store = await setup();
      await store.putProposal(proposal({ status: 'approved' }));

      // Act & Assess: the first record
      await store.updatePayout(CASE, 'p0', payout(), undefined);
      await expect(store.updatePayout(CASE, 'p0', payout({ key: `${CASE}.p0.9` }), undefined)).rejects.toBeInstanceOf(ConflictError);

      // ...then from what was read
      await store.updatePayout(CASE, 'p0', payout({ status: 'paid', reference: 'REF-1' }), { key: `${CASE}.p0.1`, status: 'requested' });
      await expect(store.updatePayout(CASE, 'p0', payout({ status: 'failed' }), { key: `${CASE}.p0.1`, status: 'requested' })).rejects.toBeInstanceOf(
        ConflictError,
      );
      await expect(store.updatePayout(CASE, 'p0', payout({ status: 'failed' }), { key: `${CASE}.p0.2`, status: 'paid' })).rejects.toBeInstanceOf(ConflictError);
      expect((await store.getProposal(CASE, 'p0'))?.payout).toEqual(payout({ status: 'paid', reference: 'REF-1' }));
    });

    it('refuses a payout record for a proposal that is not there', async () => {
      const store = await setup();
      await expect(store.updatePayout(CASE, 'p0', payout(), undefined)).rejects.toBeInstanceOf(ConflictError);
      expect(await store.getProposal(CASE, 'p0')).toBeUndefined();
    });
  });

  describe('the rule proposal cap (claimRuleProposal)', () => {
    let accounts = 0;
    /** A claim `days` after T0, counting the 30 days before it, for a fresh account per test. */
    const claimer = (store: CompensationRepository, limit: number) => {
      const accountId = `ACC-${++accounts}`;
      return (caseId: string, days = 0): Promise<boolean> => {
        const at = new Date(T0.getTime() + days * DAY);
        const claim: RuleProposalClaim = { accountId, caseId, at, since: new Date(at.getTime() - 30 * DAY), limit };
        return store.claimRuleProposal(claim);
      };
    };

    it('grants places up to the limit and refuses the next', async () => {
      const claim = claimer(await setup(), 2);
      expect([await claim('c1'), await claim('c2'), await claim('c3')]).toEqual([true, true, false]);
    });

    it('answers a repeat for a case that holds a place with true, without taking another', async () => {
      const claim = claimer(await setup(), 2);
      expect([await claim('c1'), await claim('c1', 1), await claim('c1', 2)]).toEqual([true, true, true]);
      expect(await claim('c2', 3)).toBe(true);
      expect(await claim('c3', 3)).toBe(false);
      // A refused case holds nothing: asking again is refused again, and still takes nothing.
      expect(await claim('c3', 4)).toBe(false);
    });

    it('counts a rolling window: a place older than `since` no longer counts', async () => {
      const claim = claimer(await setup(), 1);
      expect(await claim('c1', 0)).toBe(true);
      expect(await claim('c2', 29)).toBe(false);
      expect(await claim('c3', 30.001)).toBe(true);
      expect(await claim('c4', 31)).toBe(false);
    });

    it('never grants with a limit of zero', async () => {
      const claim = claimer(await setup(), 0);
      expect(await claim('c1')).toBe(false);
    });

    it('keeps accounts apart', async () => {
      const store = await setup();
      const [a, b] = [claimer(store, 1), claimer(store, 1)];
      expect([await a('c1'), await b('c2'), await a('c3')]).toEqual([true, true, false]);
    });

    it('lets exactly `limit` of many racing cases through', async () => {
      const claim = claimer(await setup(), 2);
      const granted = await Promise.all(Array.from({ length: 6 }, (_, i) => claim(`race-${i}`)));
      expect(granted.filter(Boolean)).toHaveLength(2);
    });
  });

  describe('one refund per transaction (claimTransactionRefunds)', () => {
    it('gives each reference to the first case that claims it, for good; a repeat keeps what the case holds', async () => {
      const store = await setup();

      expect(await store.claimTransactionRefunds('ACC-1', 'case-a', ['0xAA', '0xbb'])).toEqual(['0xAA', '0xbb']);
      expect(await store.claimTransactionRefunds('ACC-1', 'case-b', ['0xaa', '0xCC'])).toEqual(['0xCC']);
      expect(await store.claimTransactionRefunds('ACC-1', 'case-a', ['0xaa', '0xbb', '0xcc'])).toEqual(['0xaa', '0xbb']);
    });

    it('keeps accounts apart, and claims nothing for no references', async () => {
      const store = await setup();
      await store.claimTransactionRefunds('ACC-1', 'case-a', ['0xaa']);
      expect(await store.claimTransactionRefunds('ACC-2', 'case-b', ['0xaa'])).toEqual(['0xaa']);
      expect(await store.claimTransactionRefunds('ACC-1', 'case-a', [])).toEqual([]);
    });

    it('gives a reference two cases race for to one of them', async () => {
      const store = await setup();
      const held = await Promise.all(['case-a', 'case-b', 'case-c'].map((c) => store.claimTransactionRefunds('ACC-1', c, ['0xaa'])));
      expect(held.flat()).toEqual(['0xaa']);
    });
  });
});
