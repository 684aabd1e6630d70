// A case already waiting on a person, over in-memory ports, for the staff use
// cases: a stored case in any status, a proposal, the workflow's task token,
// and a workflow fake that answers like Step Functions (a token is completed
// once; after that SendTaskSuccess gets TaskTimedOut).
import { FixedClock, RecordingEventPublisher, RecordingMailer } from '../../functions/adapters/memory/memory-adapters';
import { inMemoryRepositories } from '../../functions/adapters/memory/repositories';
import type { CaseStatus, CompensationProposal } from '../../functions/domain/case/case';
import { parseConfig } from '../../functions/domain/config';
import type { PendingTaskKind, Workflow } from '../../functions/domain/ports';
import type { Actor } from '../../functions/domain/staff/actor';
import { newCase } from './new-case';

export const CASE_ID = `c${'a'.repeat(31)}`;
export const NO_WAIT = { attempts: 1, pauseMs: 0 };

export const supervisor = (username: string): Actor => ({ userId: `sub-${username}`, username, groups: ['supervisor'] });
export const agent = (username: string): Actor => ({ userId: `sub-${username}`, username, groups: ['agent'] });

const named = (name: string, message: string) => Object.assign(new Error(message), { name });

/** Step Functions' answers to SendTaskSuccess, for tokens it issued. */
export class TokenWorkflow implements Workflow {
  readonly delivered: { taskToken: string; output: unknown }[] = [];
  readonly started: { executionName: string; input: unknown }[] = [];
  readonly statuses = new Map<string, string>();
  private readonly completed = new Set<string>();
  /** The next N sends fail as a throttled call would, before reaching the workflow. */
  throttleNext = 0;
  /** The next N sends reach the workflow, then the caller dies before hearing back. */
  crashAfterNext = 0;

  async start(executionName: string, input: unknown) {
    const exists = this.started.some((s) => s.executionName === executionName) || this.statuses.has(executionName);
    if (!exists) this.started.push({ executionName, input: structuredClone(input) });
    return { executionArn: `arn:local:execution:${executionName}`, alreadyRunning: exists && (this.statuses.get(executionName) ?? 'RUNNING') === 'RUNNING' };
  }
  async sendTaskSuccess(taskToken: string, output: unknown) {
    if (this.throttleNext > 0) {
      this.throttleNext--;
      throw named('ThrottlingException', 'Rate exceeded');
    }
    if (this.completed.has(taskToken)) throw named('TaskTimedOut', 'Task Timed Out');
    this.completed.add(taskToken);
    this.delivered.push({ taskToken, output: structuredClone(output) });
    if (this.crashAfterNext > 0) {
      this.crashAfterNext--;
      throw named('Crash', 'the process died after the send');
    }
  }
  async sendTaskFailure() {}
  async status(executionName: string) {
    return this.statuses.get(executionName) ?? (this.started.some((s) => s.executionName === executionName) ? 'RUNNING' : undefined);
  }
}

export function setupStaff(overrides: Record<string, unknown> = {}) {
  const clock = new FixedClock(new Date('2026-11-22T10:00:00Z'));
  const repos = inMemoryRepositories(clock);
  const workflow = new TokenWorkflow();
  const mailer = new RecordingMailer();
  const events = new RecordingEventPublisher();
  const config = parseConfig(JSON.stringify(overrides));
  const deps = { ...repos, workflow, mailer, events, clock, config, tokenWait: NO_WAIT };
  return { clock, ...repos, workflow, mailer, events, config, deps };
}

export type StaffSetup = ReturnType<typeof setupStaff>;

/** A stored case in `status`, as the workflow would have left it. */
export async function caseIn(t: StaffSetup, status: CaseStatus, extra: Record<string, unknown> = {}) {
  await t.cases.createCase(newCase(CASE_ID, t.clock.now().toISOString()));
  const kase = t.cases.cases.get(CASE_ID)!;
  t.cases.cases.set(CASE_ID, { ...kase, status, ...extra });
  return t.cases.cases.get(CASE_ID)!;
}

export async function proposal(t: StaffSetup, over: Partial<CompensationProposal> = {}) {
  const p: CompensationProposal = {
    caseId: CASE_ID,
    proposalId: 'p0',
    amount: '600',
    asset: 'USDT',
    reason: 'The fee should not have been charged',
    proposedBy: 'rule:failed-withdrawal-fee',
    evidence: [],
    status: 'awaiting_decision',
    createdAt: t.clock.now().toISOString(),
    ...over,
  };
  await t.compensation.putProposal(p);
  return p;
}

/** The state machine stores a token for the wait (workflows/complaint-workflow.ts). */
export async function waitingFor(t: StaffSetup, kind: PendingTaskKind, ref: string, taskToken = `token-${kind}-${ref}`) {
  await t.tasks.saveTaskToken({ caseId: CASE_ID, kind, ref, taskToken });
  return taskToken;
}
