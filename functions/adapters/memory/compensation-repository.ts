// Compensation in memory: proposals with their payout records, and the limits on automatic
// proposals, with DynamoDB's conditions (test/adapters/contract pins both).
import type { CompensationProposal, PayoutRecord } from '../../domain/case/case';
import { ConflictError } from '../../domain/errors';
import type { CompensationRepository, RuleProposalClaim } from '../../domain/ports';
import { clone } from './clone';

export class InMemoryCompensationRepository implements CompensationRepository {
  readonly proposals = new Map<string, CompensationProposal>();
  /** Places taken against the rule-proposal cap, per ledger account (DynamoDB keeps one item per account). */
  readonly ruleProposals = new Map<string, { caseId: string; at: string }[]>();
  /** Which case holds the refund of a transaction, by account and lower-cased reference. */
  private readonly refundClaims = new Map<string, string>();

  async putProposal(proposal: CompensationProposal, expected?: Pick<CompensationProposal, 'status'>) {
    const id = `${proposal.caseId}#${proposal.proposalId}`;
    if (expected && this.proposals.get(id)?.status !== expected.status) throw new ConflictError(`The compensation ${proposal.proposalId} changed meanwhile`);
    this.proposals.set(id, clone(proposal));
  }

  async updatePayout(caseId: string, proposalId: string, payout: PayoutRecord, expected: Pick<PayoutRecord, 'key' | 'status'> | undefined) {
    const id = `${caseId}#${proposalId}`;
    const existing = this.proposals.get(id);
    const current = existing?.payout;
    const matches = existing && (expected ? current?.key === expected.key && current?.status === expected.status : current === undefined);
    if (!existing || !matches) throw new ConflictError(`The payout of ${proposalId} changed meanwhile`);
    this.proposals.set(id, clone({ ...existing, payout }));
  }

  async getProposal(caseId: string, proposalId: string) {
    const p = this.proposals.get(`${caseId}#${proposalId}`);
    return p ? clone(p) : undefined;
  }

  async listProposals(caseId: string) {
    // DynamoDB returns them in sort key order (`COMP#<proposalId>`).
    return [...this.proposals.values()]
      .filter((p) => p.caseId === caseId)
      .sort((a, b) => (a.proposalId < b.proposalId ? -1 : a.proposalId > b.proposalId ? 1 : 0))
      .map(clone);
  }

  async claimRuleProposal(claim: RuleProposalClaim) {
    const held = this.ruleProposals.get(claim.accountId) ?? [];
    if (held.some((p) => p.caseId === claim.caseId)) return true;
    const recent = held.filter((p) => p.at >= claim.since.toISOString());
    if (recent.length >= claim.limit) return false;
    this.ruleProposals.set(claim.accountId, [...recent, { caseId: claim.caseId, at: claim.at.toISOString() }]);
    return true;
  }

  async claimTransactionRefunds(accountId: string, caseId: string, references: readonly string[]) {
    const held: string[] = [];
    for (const ref of references) {
      const key = `${accountId}#${ref.toLowerCase()}`;
      if (!this.refundClaims.has(key)) this.refundClaims.set(key, caseId);
      if (this.refundClaims.get(key) === caseId) held.push(ref);
    }
    return held;
  }
}
