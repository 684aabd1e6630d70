// DynamoDB on dynalite for the suites that run a port against both of its adapters: one server per
// suite on a port of its own, and the case table with the keys and index infra/stacks/data-stack.ts
// gives it. Tests share the table, so each one writes under ids of its own.
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { CaseTable } from '../../functions/adapters/dynamodb/case-table';

const dynalite = createRequire(import.meta.url)('dynalite') as (opts: Record<string, unknown>) => Server;

export interface LocalDynamo {
  readonly client: DynamoDBClient;
  /** A fresh case table; `now` is the adapters' clock. */
  table(now?: () => Date): Promise<CaseTable>;
  stop(): Promise<void>;
}

let tables = 0;

export async function startDynalite(port: number): Promise<LocalDynamo> {
  const server = dynalite({ createTableMs: 0 });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', () => ok()));
  const client = new DynamoDBClient({
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${port}`,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    client,
    async table(now) {
      const name = `cases-${++tables}`;
      await client.send(
        new CreateTableCommand({
          TableName: name,
          BillingMode: 'PAY_PER_REQUEST',
          KeySchema: [
            { AttributeName: 'PK', KeyType: 'HASH' },
            { AttributeName: 'SK', KeyType: 'RANGE' },
          ],
          AttributeDefinitions: ['PK', 'SK', 'GSI1PK', 'GSI1SK'].map((AttributeName) => ({ AttributeName, AttributeType: 'S' as const })),
          GlobalSecondaryIndexes: [
            {
              IndexName: 'GSI1',
              KeySchema: [
                { AttributeName: 'GSI1PK', KeyType: 'HASH' },
                { AttributeName: 'GSI1SK', KeyType: 'RANGE' },
              ],
              Projection: { ProjectionType: 'ALL' },
            },
          ],
        }),
      );
      return new CaseTable(client, name, now);
    },
    async stop() {
      client.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
