// Compensation on DynamoDB: proposals live in their case's partition (`COMP#<proposalId>`), the
// limits on automatic proposals in the ledger account's (`ACCOUNT#<accountId>`). Every write moves
// a record only from the state its writer read, so two attempts racing cannot both win.
import type { CompensationProposal, PayoutRecord } from '../../domain/case/case';
import { ConflictError, TransientError } from '../../domain/errors';
import type { CompensationRepository, RuleProposalClaim } from '../../domain/ports';
import { casePartition, strip, type CaseTable } from './case-table';

const proposalKey = (caseId: string, proposalId: string) => ({ PK: casePartition(caseId), SK: `COMP#${proposalId}` });

export class DynamoDbCompensationRepository implements CompensationRepository {
  constructor(private readonly table: CaseTable) {}

  async putProposal(proposal: CompensationProposal, expected?: Pick<CompensationProposal, 'status'>): Promise<void> {
    // A proposal is created once; later writes may only move it forward from the status it had
    // (the one the caller read, when it says so).
    const previous = expected?.status ?? (await this.getProposal(proposal.caseId, proposal.proposalId))?.status;
    const written = await this.table.put({
      Item: { ...proposalKey(proposal.caseId, proposal.proposalId), entity: 'compensation', ...proposal },
      ...(previous
        ? { ConditionExpression: '#status = :prev', ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':prev': previous } }
        : { ConditionExpression: 'attribute_not_exists(PK)' }),
    });
    if (!written) throw new ConflictError(`The compensation ${proposal.proposalId} changed meanwhile`);
  }

  async updatePayout(caseId: string, proposalId: string, payout: PayoutRecord, expected: Pick<PayoutRecord, 'key' | 'status'> | undefined): Promise<void> {
    // The payout record moves only from the state its writer read: two attempts racing on one
    // payout (a retry overlapping a slow first run) cannot both believe they requested it.
    const written = await this.table.update({
      Key: proposalKey(caseId, proposalId),
      UpdateExpression: 'SET payout = :payout',
      ConditionExpression: expected
        ? 'attribute_exists(PK) AND payout.#key = :key AND payout.#status = :status'
        : 'attribute_exists(PK) AND attribute_not_exists(payout)',
      ...(expected ? { ExpressionAttributeNames: { '#key': 'key', '#status': 'status' } } : {}),
      ExpressionAttributeValues: { ':payout': payout, ...(expected ? { ':key': expected.key, ':status': expected.status } : {}) },
    });
    if (!written) throw new ConflictError(`The payout of ${proposalId} changed meanwhile`);
  }

  async getProposal(caseId: string, proposalId: string): Promise<CompensationProposal | undefined> {
    const item = await this.table.get(proposalKey(caseId, proposalId));
    return item ? strip<CompensationProposal>(item) : undefined;
  }

  async listProposals(caseId: string): Promise<CompensationProposal[]> {
    return this.table.caseItems<CompensationProposal>(caseId, 'COMP#');
  }

  async claimRuleProposal(claim: RuleProposalClaim): Promise<boolean> {
    // One item per account holds the window's places and a version: a count over separate items
    // followed by a put would let two cases of one account racing both take the last place.
    // Places older than the window are dropped on each write, so the item stays small, and the
    // item expires a day after the window of its newest place.
    const key = { PK: `ACCOUNT#${claim.accountId}`, SK: 'RULEPROPS' };
    for (let attempt = 0; attempt < 5; attempt++) {
      const item = await this.table.get(key);
      const version = Number(item?.version ?? 0);
      const held = (item?.proposals ?? []) as { caseId: string; at: string }[];
      if (held.some((p) => p.caseId === claim.caseId)) return true;
      const recent = held.filter((p) => p.at >= claim.since.toISOString());
      if (recent.length >= claim.limit) return false;
      const windowMs = claim.at.getTime() - claim.since.getTime();
      const taken = await this.table.put({
        Item: {
          ...key,
          entity: 'rule-proposals',
          version: version + 1,
          proposals: [...recent, { caseId: claim.caseId, at: claim.at.toISOString() }],
          expiresAt: Math.ceil((claim.at.getTime() + windowMs) / 1000) + 24 * 3600,
        },
        ...(item
          ? {
              ConditionExpression: '#version = :version',
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':version': version },
            }
          : { ConditionExpression: 'attribute_not_exists(PK)' }),
      });
      if (taken) return true;
    }
    throw new TransientError(`Rule proposals of one account are contended`);
  }

  async claimTransactionRefunds(accountId: string, caseId: string, references: readonly string[]): Promise<string[]> {
    const held: string[] = [];
    for (const ref of references) {
      // Put-once: the first case to propose a refund of this transaction owns it for good.
      const claimed = await this.table.put({
        Item: { PK: `ACCOUNT#${accountId}`, SK: `REFUND#${ref.toLowerCase()}`, entity: 'transaction-refund', caseId, at: this.table.now().toISOString() },
        ConditionExpression: 'attribute_not_exists(PK) OR caseId = :caseId',
        ExpressionAttributeValues: { ':caseId': caseId },
      });
      if (claimed) held.push(ref);
    }
    return held;
  }
}
