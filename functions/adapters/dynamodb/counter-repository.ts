// Fixed-window counters on DynamoDB: one item per bucket and window (`COUNT#…`, `RATE#…`), counted
// with an atomic ADD and expiring (TTL `expiresAt`) a window after their own ends.
import type { CounterRepository } from '../../domain/ports';
import type { CaseTable } from './case-table';

const windowOf = (now: Date, windowSeconds: number) => Math.floor(now.getTime() / 1000 / windowSeconds);

export class DynamoDbCounterRepository implements CounterRepository {
  constructor(private readonly table: CaseTable) {}

  async countInWindow(bucket: string, windowSeconds: number, now: Date): Promise<number> {
    const window = windowOf(now, windowSeconds);
    const counted = await this.table.update({
      Key: { PK: `COUNT#${bucket}#${window}`, SK: 'COUNT' },
      UpdateExpression: 'ADD #count :one SET expiresAt = :exp, entity = :entity',
      ExpressionAttributeNames: { '#count': 'count' },
      ExpressionAttributeValues: { ':one': 1, ':exp': (window + 2) * windowSeconds, ':entity': 'counter' },
      ReturnValues: 'UPDATED_NEW',
    });
    return Number(counted?.count ?? 0);
  }

  async hitRateLimit(bucket: string, limit: number, windowSeconds: number, now: Date): Promise<boolean> {
    // The condition below lets a window's first call through whatever the limit: zero allows nothing.
    if (limit <= 0) return false;
    const window = windowOf(now, windowSeconds);
    const counted = await this.table.update({
      Key: { PK: `RATE#${bucket}#${window}`, SK: 'RATE' },
      UpdateExpression: 'ADD #count :one SET expiresAt = :exp, entity = :entity',
      ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
      ExpressionAttributeNames: { '#count': 'count' },
      ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':exp': (window + 2) * windowSeconds, ':entity': 'rate' },
    });
    return counted !== undefined;
  }
}
