// Who opened which case, on DynamoDB: one item per view in the case's partition
// (`VIEW#<at>#<random>`), so the newest are read first.
import { randomBytes } from 'node:crypto';
import type { CaseView } from '../../domain/staff/access-audit';
import { TransientError } from '../../domain/errors';
import type { ViewRepository } from '../../domain/ports';
import { casePartition, strip, type CaseTable } from './case-table';

export class DynamoDbViewRepository implements ViewRepository {
  constructor(private readonly table: CaseTable) {}

  async recordView(view: CaseView): Promise<void> {
    // The random suffix keeps two views of one instant apart; the condition keeps the audit from ever losing one.
    const recorded = await this.table.put({
      Item: { PK: casePartition(view.caseId), SK: `VIEW#${view.at}#${randomBytes(4).toString('hex')}`, entity: 'view', ...view },
      ConditionExpression: 'attribute_not_exists(SK)',
    });
    if (!recorded) throw new TransientError('View key taken');
  }

  async listViews(caseId: string, limit = 20): Promise<CaseView[]> {
    const items = await this.table.queryUpTo(
      {
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :view)',
        ExpressionAttributeValues: { ':pk': casePartition(caseId), ':view': 'VIEW#' },
        ScanIndexForward: false,
      },
      limit,
    );
    return items.map((i) => strip<CaseView>(i));
  }
}
