// Every adapter of the case table's repositories, for suites that run against all of them
// (test/adapters/contract, and use case suites whose rules hang on a conditional write): in
// memory, and DynamoDB on dynalite. Each call of `make` gives fresh repositories on a fresh table,
// so queries over the whole table (queues, incidents) see only what the test wrote.
import { afterAll, beforeAll } from '@jest/globals';
import { dynamoDbRepositories } from '../../functions/adapters/dynamodb/repositories';
import type { FixedClock } from '../../functions/adapters/memory/memory-adapters';
import { inMemoryRepositories } from '../../functions/adapters/memory/repositories';
import type { Repositories } from '../../functions/domain/ports';
import { startDynalite, type LocalDynamo } from './dynalite';

export type MakeRepositories = (clock: FixedClock) => Promise<Repositories>;

/** `[name, make]` per adapter, for `describe.each`; starts dynalite on `port` (the suite's own) for the suite's lifetime. */
export function repositoryAdapters(port: number): [string, MakeRepositories][] {
  let dynamo: LocalDynamo | undefined;
  beforeAll(async () => {
    dynamo = await startDynalite(port);
  });
  afterAll(async () => {
    await dynamo?.stop();
  });
  return [
    ['in memory', async (clock) => inMemoryRepositories(clock)],
    ['on DynamoDB (dynalite)', async (clock) => dynamoDbRepositories(await dynamo!.table(() => clock.now()))],
  ];
}
