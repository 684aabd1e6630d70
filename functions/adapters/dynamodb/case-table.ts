// The one DynamoDB table every repository in this folder shares: its client, name and clock, and
// the few moves they all make. Each aggregate keeps its own key layout in its own file; a case's
// items share the partition `CASE#<caseId>`. Nothing here needs transactions (DynamoDB Local
// stand-ins lack them, and so do we): each write is safe to repeat, and the order of writes is
// chosen so a crash between two of them leaves something a retry or the sweeper completes.
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DeleteCommandInput,
  type PutCommandInput,
  type QueryCommandInput,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';

const KEY_FIELDS = ['PK', 'SK', 'GSI1PK', 'GSI1SK', 'entity'] as const;

/** The partition holding a case and everything that belongs to it. */
export const casePartition = (caseId: string) => `CASE#${caseId}`;

/** An item without the table's own attributes (keys, index keys, entity tag). */
export function strip<T>(item: Record<string, unknown>): T {
  const out = { ...item };
  for (const k of KEY_FIELDS) delete out[k];
  return out as T;
}

const isConditionFailure = (e: unknown) => e instanceof ConditionalCheckFailedException || (e as Error)?.name === 'ConditionalCheckFailedException';

/** The part of a query a repository chooses; the table and paging are filled in here. */
export type QueryInput = Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Limit'>;
type Input<T> = Omit<T, 'TableName'>;
type Key = Record<string, unknown>;

export class CaseTable {
  private readonly doc: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    private readonly name: string,
    readonly now: () => Date = () => new Date(),
  ) {
    this.doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false } });
  }

  /** A consistent read of one item. */
  async get(key: Key): Promise<Record<string, unknown> | undefined> {
    return (await this.doc.send(new GetCommand({ TableName: this.name, Key: key, ConsistentRead: true }))).Item;
  }

  // The writes below come back undefined when their condition failed: what that means (a repeat,
  // a race lost, nothing there) is for the repository to say. Any other error is thrown.

  async put(input: Input<PutCommandInput>): Promise<true | undefined> {
    return (await this.unlessConditionFails(this.doc.send(new PutCommand({ ...input, TableName: this.name })))) && true;
  }

  /** The item's attributes as `ReturnValues` asks (empty without it). */
  async update(input: Input<UpdateCommandInput>): Promise<Record<string, unknown> | undefined> {
    const res = await this.unlessConditionFails(this.doc.send(new UpdateCommand({ ...input, TableName: this.name })));
    return res && (res.Attributes ?? {});
  }

  async delete(input: Input<DeleteCommandInput>): Promise<true | undefined> {
    return (await this.unlessConditionFails(this.doc.send(new DeleteCommand({ ...input, TableName: this.name })))) && true;
  }

  /** Writes an item that must not exist yet; false when it already did (a repeat, not an error). */
  async putOnce(item: Record<string, unknown>): Promise<boolean> {
    return (await this.put({ Item: item, ConditionExpression: 'attribute_not_exists(PK)' })) === true;
  }

  private async unlessConditionFails<T>(write: Promise<T>): Promise<T | undefined> {
    try {
      return await write;
    } catch (e) {
      if (isConditionFailure(e)) return undefined;
      throw e;
    }
  }

  /** Every item of a case's partition whose sort key starts with `prefix`, in sort key order, read consistently. */
  async caseItems<T>(caseId: string, prefix: string): Promise<T[]> {
    const items = await this.queryUpTo(
      {
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': casePartition(caseId), ':prefix': prefix },
        ConsistentRead: true,
      },
      Number.POSITIVE_INFINITY,
    );
    return items.map((i) => strip<T>(i));
  }

  /**
   * Up to `limit` items, across pages: a query page stops at 1 MB whatever its `Limit`, so one
   * page of large items (cases) would quietly hold fewer than asked for.
   */
  async queryUpTo(input: QueryInput, limit: number): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    while (items.length < limit) {
      const page = await this.queryPage(input, limit - items.length, start);
      items.push(...page.items);
      start = page.next;
      if (!start) break;
    }
    return items;
  }

  /** One page of at most `limit` items (unbounded when infinite), and where the next one starts. */
  async queryPage(
    input: QueryInput,
    limit: number,
    start?: Record<string, unknown>,
  ): Promise<{ items: Record<string, unknown>[]; next?: Record<string, unknown> }> {
    const res = await this.doc.send(
      new QueryCommand({ ...input, TableName: this.name, ExclusiveStartKey: start, Limit: Number.isFinite(limit) ? limit : undefined }),
    );
    return { items: res.Items ?? [], next: res.LastEvaluatedKey };
  }
}
