// A person's answer survives a crash at any point of its delivery: the token
// is consumed together with the answer's fingerprint, so the same answer sent
// again after a crash is delivered, while any other answer still gets 409. The
// same rules run against both case stores, in memory and DynamoDB on dynalite,
// where the conditional update is what holds them.
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DynamoDbCaseRepository } from '../../functions/adapters/dynamodb-case-repository';
import { FixedClock, InMemoryCaseRepository } from '../../functions/adapters/memory/memory-adapters';
import { ConflictError } from '../../functions/domain/errors';
import type { CaseRepository } from '../../functions/domain/ports';
import { answerFingerprint, completeTask, type TaskAnswer } from '../../functions/domain/use-cases/complete-task';
import { NO_WAIT, TokenWorkflow } from '../support/waiting-case';

const dynalite = createRequire(import.meta.url)('dynalite') as (opts: Record<string, unknown>) => Server;
/** Inside this suite's own port range (15400–15499); the dual-control e2e suite uses 15400–15407. */
const DYNALITE_PORT = 15450;
const TABLE = 'task-token-contract';

let server: Server | undefined;
const client = new DynamoDBClient({ region: 'us-east-1', endpoint: `http://127.0.0.1:${DYNALITE_PORT}`, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
beforeAll(async () => {
  server = dynalite({ createTableMs: 0 });
  await new Promise<void>((ok, fail) => server!.once('error', fail).listen(DYNALITE_PORT, '127.0.0.1', () => ok()));
  // The case table's keys and index, as infra/stacks/data-stack.ts defines them.
  await client.send(
    new CreateTableCommand({
      TableName: TABLE,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }, { AttributeName: 'SK', KeyType: 'RANGE' }],
      AttributeDefinitions: ['PK', 'SK', 'GSI1PK', 'GSI1SK'].map((AttributeName) => ({ AttributeName, AttributeType: 'S' as const })),
      GlobalSecondaryIndexes: [{ IndexName: 'GSI1', KeySchema: [{ AttributeName: 'GSI1PK', KeyType: 'HASH' }, { AttributeName: 'GSI1SK', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
    }),
  );
});
afterAll(async () => {
  client.destroy();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
});

const STORES: [string, (clock: FixedClock) => CaseRepository][] = [
  ['in memory', (clock) => new InMemoryCaseRepository(clock)],
  ['on DynamoDB (dynalite)', (clock) => new DynamoDbCaseRepository(client, TABLE, () => clock.now())],
];

describe.each(STORES)('delivering an answer, with the case store %s', (_, makeStore) => {
  let run = 0;
  async function setup() {
    const clock = new FixedClock(new Date('2026-11-22T10:00:00Z'));
    const cases = makeStore(clock);
    const workflow = new TokenWorkflow();
    // One table for every test: each test has a case id of its own.
    const caseId = `c${(++run).toString(16).padStart(8, '0')}${Date.now().toString(16).padStart(23, '0')}`.slice(0, 32);
    await cases.saveTaskToken({ caseId, kind: 'decision', ref: 'p0', taskToken: `token-${caseId}` });
    const answer = (by: string, decision = 'approve'): TaskAnswer => ({ caseId, kind: 'decision', ref: 'p0', by, output: { decision, reason: 'The fee was wrong', by } });
    const deliver = (a: TaskAnswer) => completeTask({ cases, workflow }, a, undefined, NO_WAIT);
    return { cases, workflow, caseId, answer, deliver };
  }

  it('delivers once, and then refuses every answer, the same one included', async () => {
    const t = await setup();

    expect(await t.deliver(t.answer('supervisor'))).toBe('delivered');

    await expect(t.deliver(t.answer('supervisor'))).rejects.toBeInstanceOf(ConflictError);
    await expect(t.deliver(t.answer('supervisor2'))).rejects.toBeInstanceOf(ConflictError);
    expect(t.workflow.delivered).toHaveLength(1);
  });

  it('after a crash between consuming the token and sending: the same answer is delivered, another gets 409', async () => {
    // Prepare: what an attempt that died right after its consume leaves behind
    const t = await setup();
    const first = t.answer('supervisor');
    expect(await t.cases.consumeTaskToken(t.caseId, 'decision', 'p0', answerFingerprint(first))).toMatchObject({ repeat: false });

    // Act & Assess
    await expect(t.deliver(t.answer('supervisor2', 'reject'))).rejects.toBeInstanceOf(ConflictError);
    // The same words from someone else are another answer.
    await expect(t.deliver({ ...first, by: 'supervisor2' })).rejects.toBeInstanceOf(ConflictError);
    expect(await t.deliver(first)).toBe('delivered-again');
    expect(t.workflow.delivered).toEqual([{ taskToken: `token-${t.caseId}`, output: first.output }]);
  });

  it('after a crash between sending and recording the delivery: the same answer counts as delivered, once', async () => {
    // Prepare: the send reaches the workflow, then the attempt dies before it can record that
    const t = await setup();
    const first = t.answer('supervisor');
    await t.cases.consumeTaskToken(t.caseId, 'decision', 'p0', answerFingerprint(first));
    await t.workflow.sendTaskSuccess(`token-${t.caseId}`, first.output);

    // Act: the retry's send gets TaskTimedOut, which on a repeat is the earlier delivery
    expect(await t.deliver(first)).toBe('delivered-again');

    // Assess
    expect(t.workflow.delivered).toHaveLength(1);
    await expect(t.deliver(first)).rejects.toBeInstanceOf(ConflictError);
  });

  it('when a send fails without reaching the workflow, anyone may answer again', async () => {
    const t = await setup();
    t.workflow.throttleNext = 1;

    await expect(t.deliver(t.answer('supervisor'))).rejects.toThrow(/Rate exceeded/);

    expect(await t.cases.getTaskToken(t.caseId, 'decision')).toMatchObject({ ref: 'p0' });
    expect(await t.deliver(t.answer('supervisor2', 'reject'))).toBe('delivered');
    expect(t.workflow.delivered.map((d) => d.output)).toEqual([{ decision: 'reject', reason: 'The fee was wrong', by: 'supervisor2' }]);
  });

  it('when a send failed after reaching the workflow (the connection broke), the same answer again is not an error', async () => {
    // Prepare: delivered, but the caller saw an error and released the token
    const t = await setup();
    t.workflow.crashAfterNext = 1;
    await expect(t.deliver(t.answer('supervisor'))).rejects.toThrow(/died/);

    // Act & Assess
    expect(await t.deliver(t.answer('supervisor'))).toBe('delivered-again');
    expect(t.workflow.delivered).toHaveLength(1);
  });

  it('refuses an answer for another reference, and a fresh wait forgets the old answers', async () => {
    const t = await setup();
    expect(await t.cases.consumeTaskToken(t.caseId, 'decision', 'p1', 'fp')).toBeUndefined();
    await t.deliver(t.answer('supervisor'));

    // The state machine's next wait replaces the item (a reopened case's decision on p0 again after escalation).
    await t.cases.saveTaskToken({ caseId: t.caseId, kind: 'decision', ref: 'p0', taskToken: `token-${t.caseId}-2` });

    expect(await t.deliver(t.answer('supervisor'))).toBe('delivered');
    expect(t.workflow.delivered.map((d) => d.taskToken)).toEqual([`token-${t.caseId}`, `token-${t.caseId}-2`]);
  });
});

describe.each(STORES)('optimistic writes, with the case store %s', (_, makeStore) => {
  let run = 0;
  it('writes a case only at the version read', async () => {
    const clock = new FixedClock(new Date('2026-11-22T10:00:00Z'));
    const cases = makeStore(clock);
    const caseId = `c${'e'.repeat(8)}${(++run).toString(16).padStart(4, '0')}${Date.now().toString(16).padStart(19, '0')}`.slice(0, 32);
    const { case: kase } = await cases.createCase({
      caseId,
      channel: 'web',
      contact: { name: 'Alice Example', email: 'alice@example.com' },
      language: 'en',
      description: 'x',
      transactionRefs: [],
      wantsHuman: false,
      redactedSecrets: [],
      createdAt: clock.now().toISOString(),
    });

    const written = await cases.updateAtVersion(caseId, { resumeCount: 1 }, kase.version);

    expect(written).toMatchObject({ resumeCount: 1, version: kase.version + 1 });
    await expect(cases.updateAtVersion(caseId, { resumeCount: 2 }, kase.version)).rejects.toBeInstanceOf(ConflictError);
    expect(await cases.getCase(caseId)).toMatchObject({ resumeCount: 1 });
  });

  it('moves a proposal on only from the status the caller read', async () => {
    const cases = makeStore(new FixedClock(new Date('2026-11-22T10:00:00Z')));
    const caseId = `c${'f'.repeat(8)}${(++run).toString(16).padStart(4, '0')}${Date.now().toString(16).padStart(19, '0')}`.slice(0, 32);
    const proposal = { caseId, proposalId: 'p0', amount: '600', asset: 'USDT', reason: 'r', proposedBy: 'rule:x', evidence: [], status: 'awaiting_decision' as const, createdAt: '2026-11-22T10:00:00Z' };
    await cases.putProposal(proposal);
    const first = { by: 'supervisor', at: '2026-11-22T10:00:00Z', decision: 'approve' as const, reason: 'ok' };

    await cases.putProposal({ ...proposal, status: 'awaiting_second_approval', firstApproval: first }, { status: 'awaiting_decision' });

    await expect(cases.putProposal({ ...proposal, status: 'awaiting_second_approval', firstApproval: { ...first, by: 'supervisor2' } }, { status: 'awaiting_decision' })).rejects.toBeInstanceOf(ConflictError);
    expect(await cases.getProposal(caseId, 'p0')).toMatchObject({ firstApproval: { by: 'supervisor' } });
  });
});
