// A person's answer survives a crash at any point of its delivery: the token
// is consumed together with the answer's fingerprint, so the same answer sent
// again after a crash is delivered, while any other answer still gets 409. The
// same rules run against both task stores, in memory and DynamoDB on dynalite,
// where the conditional update is what holds them.
import { describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../functions/adapters/memory/memory-adapters';
import { ConflictError } from '../../functions/domain/errors';
import { answerFingerprint, completeTask, type TaskAnswer } from '../../functions/domain/use-cases/complete-task';
import { repositoryAdapters } from '../support/repository-adapters';
import { NO_WAIT, TokenWorkflow } from '../support/waiting-case';

/** Inside this suite's own port range (15400–15499); the dual-control e2e suite uses 15400–15407. */
const DYNALITE_PORT = 15450;

describe.each(repositoryAdapters(DYNALITE_PORT))('delivering an answer, with the task store %s', (_, makeStore) => {
  let run = 0;
  async function setup() {
    const clock = new FixedClock(new Date('2026-11-22T10:00:00Z'));
    const { tasks } = await makeStore(clock);
    const workflow = new TokenWorkflow();
    // One table for every test: each test has a case id of its own.
    const caseId = `c${(++run).toString(16).padStart(8, '0')}${Date.now().toString(16).padStart(23, '0')}`.slice(0, 32);
    await tasks.saveTaskToken({ caseId, kind: 'decision', ref: 'p0', taskToken: `token-${caseId}` });
    const answer = (by: string, decision = 'approve'): TaskAnswer => ({
      caseId,
      kind: 'decision',
      ref: 'p0',
      by,
      output: { decision, reason: 'The fee was wrong', by },
    });
    const deliver = (a: TaskAnswer) => completeTask({ tasks, workflow }, a, undefined, NO_WAIT);
    return { tasks, workflow, caseId, answer, deliver };
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
    expect(await t.tasks.consumeTaskToken(t.caseId, 'decision', 'p0', answerFingerprint(first))).toMatchObject({ repeat: false });

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
    await t.tasks.consumeTaskToken(t.caseId, 'decision', 'p0', answerFingerprint(first));
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

    expect(await t.tasks.getTaskToken(t.caseId, 'decision')).toMatchObject({ ref: 'p0' });
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
    expect(await t.tasks.consumeTaskToken(t.caseId, 'decision', 'p1', 'fp')).toBeUndefined();
    await t.deliver(t.answer('supervisor'));

    // The state machine's next wait replaces the item (a reopened case's decision on p0 again after escalation).
    await t.tasks.saveTaskToken({ caseId: t.caseId, kind: 'decision', ref: 'p0', taskToken: `token-${t.caseId}-2` });

    expect(await t.deliver(t.answer('supervisor'))).toBe('delivered');
    expect(t.workflow.delivered.map((d) => d.taskToken)).toEqual([`token-${t.caseId}`, `token-${t.caseId}-2`]);
  });
});
