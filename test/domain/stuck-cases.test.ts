// No dead ends, over in-memory ports with a fixed clock: a supervisor resumes
// a stuck case from a named step (one execution per request, however often it
// is retried), the resumed execution's first step moves the case, a stuck
// case can be closed with one last mail, and the sweeper flags a dead
// `received` case once instead of "restarting" it on every run.
import { beforeEach, describe, expect, it } from '@jest/globals';
import type { Case } from '../../functions/domain/case/case';
import { ConflictError, ForbiddenError } from '../../functions/domain/errors';
import { fieldErrorsOf } from '../../functions/domain/intake/complaint-schema';
import { closeStuckCase, requestResume, ResumeInputSchema } from '../../functions/domain/staff/stuck-cases';
import { resumeCase } from '../../functions/domain/use-cases/resume-case';
import { sweepCases } from '../../functions/domain/use-cases/sweep-cases';
import { agent, CASE_ID, caseIn, proposal, setupStaff, supervisor, type StaffSetup } from '../support/waiting-case';

async function resume(t: StaffSetup, body: Record<string, unknown>, who = supervisor('supervisor')) {
  const parsed = ResumeInputSchema.safeParse(body);
  if (!parsed.success) return { status: 400, errors: fieldErrorsOf(parsed.error) };
  try {
    return { status: 202, result: await requestResume(t.deps, who, CASE_ID, parsed.data) };
  } catch (e) {
    if (e instanceof ForbiddenError) return { status: 403 };
    if (e instanceof ConflictError) return { status: 409, message: (e as Error).message };
    throw e;
  }
}

const stored = (t: StaffSetup) => t.cases.cases.get(CASE_ID)!;

describe('resuming a stuck case', () => {
  let t: StaffSetup;
  beforeEach(async () => {
    t = setupStaff();
    // The original execution failed into needs-attention.
    await caseIn(t, 'needs_attention', { attentionReason: 'States.TaskFailed: the ledger was down' });
    t.workflow.statuses.set(CASE_ID, 'FAILED');
  });

  it('starts <caseId>-r1 with the step to resume at, and audits who and why', async () => {
    // Act
    const answer = await resume(t, { from: 'investigate', reason: 'The ledger is back' });

    // Assess
    expect(answer).toMatchObject({ status: 202, result: { executionName: `${CASE_ID}-r1`, alreadyRequested: false } });
    expect(t.workflow.started).toEqual([
      {
        executionName: `${CASE_ID}-r1`,
        input: {
          caseId: CASE_ID,
          config: { timeouts: t.config.timeouts },
          resumeAt: 'investigate',
          resolution: { compensationProposed: false, proposalId: null },
        },
      },
    ]);
    expect(stored(t)).toMatchObject({
      status: 'needs_attention',
      resumeCount: 1,
      executionName: `${CASE_ID}-r1`,
      pendingResume: { n: 1, from: 'investigate', by: 'supervisor' },
    });
    expect((await t.cases.listTimeline(CASE_ID)).at(-1)).toMatchObject({
      actor: 'supervisor:supervisor',
      action: 'case.resume_requested',
      detail: { from: 'investigate', reason: 'The ledger is back', execution: `${CASE_ID}-r1` },
    });
  });

  it('never starts a second execution for a retried request', async () => {
    await resume(t, { from: 'investigate', reason: 'The ledger is back' });

    // The same request again while r1 runs: already under way. Another step: 409.
    expect(await resume(t, { from: 'investigate', reason: 'The ledger is back' })).toMatchObject({
      status: 202,
      result: { executionName: `${CASE_ID}-r1`, alreadyRequested: true },
    });
    expect((await resume(t, { from: 'resolve', reason: 'no, from resolve' })).status).toBe(409);
    expect(t.workflow.started).toHaveLength(1);
  });

  it('reuses its number when the request stopped short of starting the execution', async () => {
    // Prepare: the request was recorded, then StartExecution never happened
    await resume(t, { from: 'investigate', reason: 'The ledger is back' });
    t.workflow.started.length = 0;

    // Act
    const again = await resume(t, { from: 'investigate', reason: 'The ledger is back' });

    // Assess
    expect(again).toMatchObject({ status: 202, result: { executionName: `${CASE_ID}-r1`, alreadyRequested: false } });
    expect(t.workflow.started.map((s) => s.executionName)).toEqual([`${CASE_ID}-r1`]);
  });

  it('takes the next number once a resumed execution has ended with the case stuck again', async () => {
    await resume(t, { from: 'investigate', reason: 'The ledger is back' });
    await resumeCase(t.deps, CASE_ID, 'investigate');
    t.cases.cases.set(CASE_ID, { ...stored(t), status: 'needs_attention' });
    t.workflow.statuses.set(`${CASE_ID}-r1`, 'FAILED');

    expect(await resume(t, { from: 'investigate', reason: 'Once more' })).toMatchObject({ status: 202, result: { executionName: `${CASE_ID}-r2` } });
  });

  it('refuses while an execution still drives the case', async () => {
    t.workflow.statuses.set(CASE_ID, 'RUNNING');

    expect((await resume(t, { from: 'investigate', reason: 'now' })).status).toBe(409);
    expect(t.workflow.started).toEqual([]);
  });

  it.each(['awaiting_findings', 'awaiting_decision', 'closed', 'received'] as const)('refuses a case that is %s, not stuck (409)', async (status) => {
    t.cases.cases.set(CASE_ID, { ...stored(t), status });

    expect((await resume(t, { from: 'investigate', reason: 'why not' })).status).toBe(409);
  });

  it.each([
    ['a step that does not exist', { from: 'classify', reason: 'x' }, 'from'],
    ['no reason', { from: 'resolve', reason: '' }, 'reason'],
  ])('refuses %s (400)', async (_l, body, field) => {
    expect(await resume(t, body)).toMatchObject({ status: 400, errors: { [field]: expect.any(Array) } });
  });

  it('refuses agents (403)', async () => {
    expect((await resume(t, { from: 'findings', reason: 'x' }, agent('agent'))).status).toBe(403);
  });

  it('resumes at the decision only with an undecided proposal of the current round', async () => {
    expect((await resume(t, { from: 'decision', reason: 'decide it' })).status).toBe(409);
    await proposal(t, { proposalId: 'p0', status: 'awaiting_second_approval' });

    const answer = await resume(t, { from: 'decision', reason: 'decide it' });

    expect(answer.status).toBe(202);
    expect(t.workflow.started[0]?.input).toMatchObject({ resumeAt: 'decision', resolution: { compensationProposed: true, proposalId: 'p0' } });
  });

  it('resumes at the payout only with an approved proposal not paid', async () => {
    await proposal(t, { proposalId: 'p0', status: 'rejected' });
    expect((await resume(t, { from: 'payout', reason: 'pay' })).status).toBe(409);
    await proposal(t, {
      proposalId: 'p0',
      status: 'approved',
      payout: { status: 'paid', key: 'k', attempt: 1, amount: '600', asset: 'USDT', requestedAt: 'x', updatedAt: 'x' },
    });
    expect((await resume(t, { from: 'payout', reason: 'pay' })).status).toBe(409);
    await proposal(t, {
      proposalId: 'p0',
      status: 'approved_lower',
      payout: { status: 'failed', key: 'k', attempt: 1, amount: '600', asset: 'USDT', requestedAt: 'x', updatedAt: 'x' },
    });

    expect((await resume(t, { from: 'payout', reason: 'pay' })).status).toBe(202);
  });
});

describe("the resumed execution's first step", () => {
  let t: StaffSetup;
  beforeEach(async () => {
    t = setupStaff();
    await caseIn(t, 'with_supervisor');
    t.workflow.statuses.set(CASE_ID, 'SUCCEEDED');
    await resume(t, { from: 'findings', reason: 'Back to the agent with the new statement' });
  });

  it('moves the case to the status the step expects, once, however often it runs', async () => {
    await resumeCase(t.deps, CASE_ID, 'findings');
    await resumeCase(t.deps, CASE_ID, 'findings');

    expect(stored(t)).toMatchObject({ status: 'investigating' });
    expect(stored(t).pendingResume).toBeUndefined();
    expect((await t.cases.listTimeline(CASE_ID)).filter((e) => e.action === 'case.resumed')).toEqual([
      expect.objectContaining({ actor: 'supervisor:supervisor', detail: { from: 'findings', resume: 1 } }),
    ]);
  });
});

describe('closing a stuck case', () => {
  let t: StaffSetup;
  beforeEach(async () => {
    t = setupStaff();
    await caseIn(t, 'needs_attention');
    t.workflow.statuses.set(CASE_ID, 'FAILED');
  });

  it('closes with the reason, mails the customer once, and is safe to retry', async () => {
    expect(await closeStuckCase(t.deps, supervisor('supervisor'), CASE_ID, { reason: 'We refunded you by hand' })).toBe('closed');
    expect(await closeStuckCase(t.deps, supervisor('supervisor'), CASE_ID, { reason: 'We refunded you by hand' })).toBe('already-closed');

    expect(stored(t).status).toBe('closed');
    expect(t.mailer.sent).toHaveLength(1);
    expect(t.mailer.sent[0]!.text).toContain('We refunded you by hand');
    expect((await t.cases.listTimeline(CASE_ID)).find((e) => e.action === 'case.closed')).toMatchObject({
      actor: 'supervisor:supervisor',
      detail: { outcome: 'by_person', reason: 'We refunded you by hand' },
    });
    expect(t.events.events.map((e) => e.name)).toEqual(['case.closed']);
  });

  it('sends the mail on a retry when the first attempt stopped after closing', async () => {
    await t.cases.transition(
      CASE_ID,
      'close',
      {},
      { actor: 'supervisor:supervisor', action: 'case.closed', detail: { outcome: 'by_person', reason: 'Settled by phone' } },
    );

    expect(await closeStuckCase(t.deps, supervisor('supervisor'), CASE_ID, { reason: 'Settled by phone' })).toBe('already-closed');
    expect(t.mailer.sent).toHaveLength(1);
  });

  it('refuses a case that is not stuck, or whose execution still runs (409), and agents (403)', async () => {
    t.workflow.statuses.set(CASE_ID, 'RUNNING');
    await expect(closeStuckCase(t.deps, supervisor('supervisor'), CASE_ID, { reason: 'x' })).rejects.toBeInstanceOf(ConflictError);
    t.cases.cases.set(CASE_ID, { ...stored(t), status: 'awaiting_findings' });
    await expect(closeStuckCase(t.deps, supervisor('supervisor'), CASE_ID, { reason: 'x' })).rejects.toBeInstanceOf(ConflictError);
    await expect(closeStuckCase(t.deps, agent('agent'), CASE_ID, { reason: 'x' })).rejects.toBeInstanceOf(ForbiddenError);
    expect(t.mailer.sent).toEqual([]);
  });
});

describe('the sweeper', () => {
  let t: StaffSetup;
  const sweep = () => sweepCases({ ...t.deps, warn: () => {} }, { startAfterSeconds: 60, checkAfterSeconds: 600 });
  beforeEach(async () => {
    t = setupStaff();
    await caseIn(t, 'received');
    t.clock.advance(120_000);
  });

  it('starts a case whose workflow never started, and says so once', async () => {
    expect(await sweep()).toEqual({ started: [CASE_ID], flagged: [] });
    expect(await sweep()).toEqual({ started: [], flagged: [] });

    expect(t.workflow.started.map((s) => s.executionName)).toEqual([CASE_ID]);
    expect((await t.cases.listTimeline(CASE_ID)).filter((e) => e.action === 'workflow.restarted')).toHaveLength(1);
  });

  it('flags a received case whose execution exists but died, once, instead of "restarting" it every run', async () => {
    t.workflow.statuses.set(CASE_ID, 'FAILED');

    expect(await sweep()).toEqual({ started: [], flagged: [CASE_ID] });
    expect(await sweep()).toEqual({ started: [], flagged: [] });

    expect(stored(t)).toMatchObject({ status: 'needs_attention' });
    expect(t.workflow.started).toEqual([]);
    expect((await t.cases.listTimeline(CASE_ID)).map((e) => e.action)).not.toContain('workflow.restarted');
  });

  it('leaves a received case alone while its execution runs', async () => {
    t.workflow.statuses.set(CASE_ID, 'RUNNING');

    expect(await sweep()).toEqual({ started: [], flagged: [] });
    expect(stored(t).status).toBe('received');
  });

  it('checks the execution a person resumed the case with, not the original one', async () => {
    // Prepare: the original execution failed long ago; r1 drives the case now
    const resumed: Case = { ...stored(t), status: 'awaiting_payout', executionName: `${CASE_ID}-r1` };
    t.cases.cases.set(CASE_ID, resumed);
    t.workflow.statuses.set(CASE_ID, 'FAILED');
    t.workflow.statuses.set(`${CASE_ID}-r1`, 'RUNNING');
    t.clock.advance(3600_000);

    expect(await sweep()).toEqual({ started: [], flagged: [] });

    // Assess: and when r1 dies, the case is flagged
    t.workflow.statuses.set(`${CASE_ID}-r1`, 'TIMED_OUT');
    expect(await sweep()).toEqual({ started: [], flagged: [CASE_ID] });
    expect(stored(t)).toMatchObject({ status: 'needs_attention', attentionReason: expect.stringContaining('TIMED_OUT') });
  });
});
