// Dual control and no dead ends, end to end over HTTP against the local stack:
// a compensation above the single-approver limit needs two different
// supervisors; the staff API never hands out the customer's answer link; a
// stuck case is resumed from a named step (one execution however often the
// request is sent) or closed with a reason and one last mail.
import { DescribeExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  caseItem,
  executionArn,
  feeRefundComplaint,
  mailsTo,
  openComplaint,
  signIn,
  simpleComplaint,
  staff,
  startStack,
  timeline,
  USERS,
  waitFor,
  waitForMail,
  waitForStatus,
  type StackHandle,
  setFaults,
} from './local-stack-harness';

let stack: StackHandle;
let tokens: { agent: string; supervisor: string; supervisor2: string };

beforeAll(async () => {
  // A limit of 1 USDT: the ledger rule's 4.5 USDT fee refund needs two supervisors.
  stack = await startStack({ basePort: 15400, retryIntervalMs: 20, configOverrides: { compensation: { singleApproverLimit: { USDT: '1' } } } });
  tokens = {
    agent: await signIn(stack, ...USERS.agent),
    supervisor: await signIn(stack, ...USERS.supervisor),
    supervisor2: await signIn(stack, 'supervisor2', 'supervisor2-password'),
  };
});
afterAll(async () => {
  await stack?.stop();
  stack?.cleanup();
});

const decide = (token: string, caseId: string, body: Record<string, unknown>) => staff(stack, token, 'POST', `/api/compensations/${caseId}.p0/decision`, body);
const proposalOf = async (caseId: string) => (await staff(stack, tokens.supervisor, 'GET', `/api/cases/${caseId}`)).json.proposals?.[0];

describe('Second approval', () => {
  it('needs two different supervisors above the single-approver limit', async () => {
    // Prepare: ACC-1001's own address (sub-addressed for an inbox of its own); the ledger rule proposes 4.5 USDT
    const email = 'alice+dual@example.com';
    const { caseId } = await openComplaint(stack, feeRefundComplaint(email), 'dual-control-0001');
    await waitForStatus(stack, caseId, 'awaiting_decision');
    expect(await proposalOf(caseId)).toMatchObject({
      proposalId: 'p0',
      amount: '4.5',
      asset: 'USDT',
      proposedBy: 'rule:failed-withdrawal-fee',
      status: 'awaiting_decision',
    });

    // Act 1: the first approval is stored; the workflow still waits
    const first = await decide(tokens.supervisor, caseId, { decision: 'approve', reason: 'The fee should not have been charged.' });
    expect(first).toMatchObject({ status: 202, json: { status: 'awaiting_second_approval', message: expect.stringMatching(/second, different supervisor/) } });
    expect((await caseItem(stack, caseId)).status).toBe('awaiting_decision');
    expect(await proposalOf(caseId)).toMatchObject({ status: 'awaiting_second_approval', firstApproval: { by: 'supervisor', decision: 'approve' } });

    // The same supervisor cannot give the second approval; an agent cannot decide at all.
    expect((await decide(tokens.supervisor, caseId, { decision: 'approve', reason: 'Approving again.' })).status).toBe(403);
    expect((await decide(tokens.agent, caseId, { decision: 'approve', reason: 'Me too.' })).status).toBe(403);
    expect((await caseItem(stack, caseId)).status).toBe('awaiting_decision');

    // Act 2: a second, different supervisor approves
    const second = await decide(tokens.supervisor2, caseId, { decision: 'approve', reason: 'Checked the ledger: the withdrawal failed.' });
    expect(second).toMatchObject({ status: 202, json: { status: 'sent' } });

    // Assess: the workflow moved on, and the proposal ends approved with both names
    await waitFor('the case to leave awaiting_decision', async () => ((await caseItem(stack, caseId)).status !== 'awaiting_decision' ? true : undefined));
    const decided = await waitFor('the proposal to be approved', async () => {
      const p = await proposalOf(caseId);
      return p?.status === 'approved' ? p : undefined;
    });
    expect(decided.decision).toMatchObject({ by: 'supervisor', secondBy: 'supervisor2', decision: 'approve' });
    // A replay by anyone now is refused.
    expect((await decide(tokens.supervisor2, caseId, { decision: 'approve', reason: 'Checked the ledger: the withdrawal failed.' })).status).toBe(409);
    const actions = (await timeline(stack, caseId)).map((e) => `${e.actor} ${e.action}`);
    expect(actions).toEqual(
      expect.arrayContaining(['supervisor:supervisor compensation.first_approval', 'supervisor:supervisor2 compensation.second_decision']),
    );
  }, 120_000);

  it('refuses bad amounts with field errors', async () => {
    const { caseId } = await openComplaint(stack, feeRefundComplaint('alice+amounts@example.com'), 'dual-control-0002');
    await waitForStatus(stack, caseId, 'awaiting_decision');

    for (const amount of ['-1', '0', 'abc', '1.0000001', '4.5', '9']) {
      const answer = await decide(tokens.supervisor, caseId, { decision: 'approve_lower', amount, reason: 'Less.' });
      expect(answer.status).toBe(400);
      expect(answer.json.errors.amount).toBeDefined();
    }
    expect(await proposalOf(caseId)).toMatchObject({ status: 'awaiting_decision' });
    // Lowered to within the limit, one supervisor decides.
    expect(await decide(tokens.supervisor, caseId, { decision: 'approve_lower', amount: '1', reason: 'The part of the fee we owe.' })).toMatchObject({
      status: 202,
      json: { status: 'sent' },
    });
    await waitFor('the proposal to be approved lower', async () => ((await proposalOf(caseId))?.status === 'approved_lower' ? true : undefined));
  }, 120_000);
});

describe("the customer's answer link", () => {
  it('is nowhere in what the staff API returns for a case waiting on the customer', async () => {
    const email = 'link-privacy@example.com';
    const { caseId } = await openComplaint(stack, simpleComplaint(email), 'dual-control-link-0001');
    const kase = await waitForStatus(stack, caseId, 'awaiting_satisfaction');
    const linkId = kase.answerLink?.linkId as string;
    expect(linkId).toMatch(/^[A-Za-z0-9_-]{16,}$/);

    const detail = await staff(stack, tokens.supervisor, 'GET', `/api/cases/${caseId}`);

    expect(detail.status).toBe(200);
    expect(JSON.stringify(detail.json)).not.toContain(linkId);
    expect(detail.json.case.answerLink).toBeUndefined();
  }, 120_000);
});

describe('no dead ends', () => {
  it('resumes a stuck case from a named step, with one execution however often it is asked', async () => {
    // Prepare: Investigate fails every time, so the case ends in front of a person
    await setFaults(stack, [{ function: 'InvestigateFn', mode: 'permanent' }]);
    const email = 'resume-me@example.com';
    const { caseId } = await openComplaint(stack, { ...simpleComplaint(email), wantsHuman: true }, 'dual-control-resume-0001');
    await waitForStatus(stack, caseId, 'needs_attention');
    await setFaults(stack, []);
    await waitFor('the failed execution to end', async () =>
      (await stack.sfn.send(new DescribeExecutionCommand({ executionArn: executionArn(stack, caseId) }))).status === 'FAILED' ? true : undefined,
    );

    // Bad input first: a step that does not exist, a step that makes no sense here, an agent.
    expect((await staff(stack, tokens.supervisor, 'POST', `/api/cases/${caseId}/resume`, { from: 'classify', reason: 'x' })).status).toBe(400);
    expect((await staff(stack, tokens.supervisor, 'POST', `/api/cases/${caseId}/resume`, { from: 'decision', reason: 'x' })).status).toBe(409);
    expect((await staff(stack, tokens.agent, 'POST', `/api/cases/${caseId}/resume`, { from: 'investigate', reason: 'x' })).status).toBe(403);

    // Act: resume at Investigate, and send the same request again at once
    const body = { from: 'investigate', reason: 'The ledger is reachable again.' };
    const [a, b] = await Promise.all([
      staff(stack, tokens.supervisor, 'POST', `/api/cases/${caseId}/resume`, body),
      staff(stack, tokens.supervisor, 'POST', `/api/cases/${caseId}/resume`, body),
    ]);

    // Assess: one resumed execution, and the case goes on to the person it needed
    expect([a.status, b.status].sort()).toEqual(expect.arrayContaining([202]));
    for (const r of [a, b]) expect([202, 409]).toContain(r.status);
    expect(a.status === 202 ? a.json.executionName : b.json.executionName).toBe(`${caseId}-r1`);
    await waitForStatus(stack, caseId, 'awaiting_findings');
    await expect(stack.sfn.send(new DescribeExecutionCommand({ executionArn: `${executionArn(stack, caseId)}-r2` }))).rejects.toMatchObject({
      name: 'ExecutionDoesNotExist',
    });
    expect(await caseItem(stack, caseId)).toMatchObject({ executionName: `${caseId}-r1`, resumeCount: 1 });
    const actions = (await timeline(stack, caseId)).map((e) => `${e.actor} ${e.action}`);
    expect(actions.filter((x) => x === 'supervisor:supervisor case.resume_requested')).toHaveLength(1);
    expect(actions).toContain('supervisor:supervisor case.resumed');
  }, 120_000);

  it('closes a stuck case with a reason and one last mail', async () => {
    await setFaults(stack, [{ function: 'InvestigateFn', mode: 'permanent' }]);
    const email = 'close-me@example.com';
    const { caseId } = await openComplaint(stack, { ...simpleComplaint(email), wantsHuman: true }, 'dual-control-close-0001');
    await waitForStatus(stack, caseId, 'needs_attention');
    await setFaults(stack, []);
    await waitFor('the failed execution to end', async () =>
      (await stack.sfn.send(new DescribeExecutionCommand({ executionArn: executionArn(stack, caseId) }))).status === 'FAILED' ? true : undefined,
    );

    expect((await staff(stack, tokens.agent, 'POST', `/api/cases/${caseId}/close`, { reason: 'x' })).status).toBe(403);
    expect((await staff(stack, tokens.supervisor, 'POST', `/api/cases/${caseId}/close`, { reason: '' })).status).toBe(400);
    const closed = await staff(stack, tokens.supervisor, 'POST', `/api/cases/${caseId}/close`, { reason: 'We called you and settled this by phone.' });
    expect(closed).toMatchObject({ status: 200, json: { result: 'closed' } });
    expect(await staff(stack, tokens.supervisor, 'POST', `/api/cases/${caseId}/close`, { reason: 'We called you and settled this by phone.' })).toMatchObject({
      status: 200,
      json: { result: 'already-closed' },
    });

    expect((await caseItem(stack, caseId)).status).toBe('closed');
    const [mail] = await waitForMail(stack, email, /closed your case/);
    expect(mail!.body.text).toContain('settled this by phone');
    expect((await mailsTo(stack, email)).filter((m) => /closed your case/.test(m.subject))).toHaveLength(1);
    expect((await timeline(stack, caseId)).find((e) => e.action === 'case.closed')).toMatchObject({
      actor: 'supervisor:supervisor',
      detail: { outcome: 'by_person' },
    });
    expect((await staff(stack, tokens.supervisor, 'GET', '/api/cases')).json.cases.map((c: { caseId: string }) => c.caseId)).not.toContain(caseId);
  }, 120_000);
});
