// The case store's per-account cap on automatic rule proposals (CaseRepository.claimRuleProposal),
// run against both adapters: in memory and DynamoDB on dynalite, where the versioned conditional
// put is what keeps two cases of one account from both taking the last place.
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DynamoDbCaseRepository } from '../../functions/adapters/dynamodb-case-repository';
import { InMemoryCaseRepository } from '../../functions/adapters/memory/memory-adapters';
import type { CaseRepository, RuleProposalClaim } from '../../functions/domain/ports';

const dynalite = createRequire(import.meta.url)('dynalite') as (opts: Record<string, unknown>) => Server;
/** Inside this suite's own port range (15300–15399); test/e2e/stranger.test.ts uses 15300–15309. */
const DYNALITE_PORT = 15350;
const TABLE = 'rule-proposal-cap-contract';
const DAY = 24 * 3600 * 1000;

let server: Server | undefined;
const client = new DynamoDBClient({ region: 'us-east-1', endpoint: `http://127.0.0.1:${DYNALITE_PORT}`, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });

beforeAll(async () => {
  server = dynalite({ createTableMs: 0 });
  await new Promise<void>((ok, fail) => server!.once('error', fail).listen(DYNALITE_PORT, '127.0.0.1', () => ok()));
  // The case table's keys, as infra/stacks/data-stack.ts defines them.
  await client.send(
    new CreateTableCommand({
      TableName: TABLE,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }, { AttributeName: 'SK', KeyType: 'RANGE' }],
      AttributeDefinitions: ['PK', 'SK'].map((AttributeName) => ({ AttributeName, AttributeType: 'S' as const })),
    }),
  );
});
afterAll(async () => {
  client.destroy();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
});

const STORES: [string, () => CaseRepository][] = [
  ['in memory', () => new InMemoryCaseRepository()],
  ['on DynamoDB (dynalite)', () => new DynamoDbCaseRepository(client, TABLE)],
];

describe.each(STORES)('the rule proposal cap, with the case store %s', (_, makeStore) => {
  let accounts = 0;
  const start = new Date('2026-11-01T00:00:00Z');
  /** A claim `days` after `start`, counting the 30 days before it, for a fresh account per test. */
  const claimer = (store: CaseRepository, limit: number) => {
    const accountId = `ACC-${++accounts}-${Math.random().toString(36).slice(2, 8)}`;
    return (caseId: string, days = 0): Promise<boolean> => {
      const at = new Date(start.getTime() + days * DAY);
      const claim: RuleProposalClaim = { accountId, caseId, at, since: new Date(at.getTime() - 30 * DAY), limit };
      return store.claimRuleProposal(claim);
    };
  };

  it('grants places up to the limit and refuses the next', async () => {
    const claim = claimer(makeStore(), 2);
    expect([await claim('c1'), await claim('c2'), await claim('c3')]).toEqual([true, true, false]);
  });

  it('answers a repeat for a case that holds a place with true, without taking another', async () => {
    const claim = claimer(makeStore(), 2);
    expect([await claim('c1'), await claim('c1', 1), await claim('c1', 2)]).toEqual([true, true, true]);
    expect(await claim('c2', 3)).toBe(true);
    expect(await claim('c3', 3)).toBe(false);
    // A refused case holds nothing: asking again is refused again, and still takes nothing.
    expect(await claim('c3', 4)).toBe(false);
  });

  it('counts a rolling window: a place older than `since` no longer counts', async () => {
    const claim = claimer(makeStore(), 1);
    expect(await claim('c1', 0)).toBe(true);
    expect(await claim('c2', 29)).toBe(false);
    expect(await claim('c3', 30.001)).toBe(true);
    expect(await claim('c4', 31)).toBe(false);
  });

  it('never grants with a limit of zero', async () => {
    const claim = claimer(makeStore(), 0);
    expect(await claim('c1')).toBe(false);
  });

  it('lets exactly `limit` of many racing cases through', async () => {
    const claim = claimer(makeStore(), 2);
    const granted = await Promise.all(Array.from({ length: 6 }, (_, i) => claim(`race-${i}`)));
    expect(granted.filter(Boolean)).toHaveLength(2);
  });
});
