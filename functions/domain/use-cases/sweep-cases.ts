// The sweeper: no case is ever left behind. It starts cases whose workflow
// never started (the intake stored them, then StartExecution failed), and
// hands to a person any case whose execution ended without finishing it,
// including a `received` case whose execution exists but died: that one is
// flagged once, not "restarted" on every run.
import { flagNeedsAttention } from './finish-case';
import { startWorkflowIfPending } from './submit-complaint';
import type { StepDeps } from './step-deps';
import type { Workflow } from '../ports';
import { CASE_STATUSES, type Case, type CaseStatus } from '../case/case';
import { executionNameFor } from '../case/case-id';

export interface SweepDeps extends Pick<StepDeps, 'cases' | 'messages' | 'mailer' | 'events' | 'clock' | 'config'> {
  readonly workflow: Workflow;
  readonly warn: (message: string, fields: Record<string, string>) => void;
}

/** Statuses in which a live execution must be driving the case. */
export const DRIVEN_BY_WORKFLOW: readonly CaseStatus[] = CASE_STATUSES.filter(
  // Not yet started (the sweeper starts those), or no execution drives them any more.
  (s) => !['received', 'with_supervisor', 'needs_attention', 'closed'].includes(s),
);

export interface SweepResult {
  readonly started: string[];
  readonly flagged: string[];
}

/** The execution driving the case: its own, or the latest a person resumed it with. */
const executionOf = (kase: Case) => kase.executionName ?? executionNameFor(kase.caseId);

export async function sweepCases(deps: SweepDeps, opts: { startAfterSeconds: number; checkAfterSeconds: number }): Promise<SweepResult> {
  const now = deps.clock.now().getTime();
  const started: string[] = [];
  const flagged: string[] = [];
  const flag = async (kase: Case, execution: string | undefined) => {
    try {
      await flagNeedsAttention(
        deps,
        kase.caseId,
        `execution_${(execution ?? 'missing').toLowerCase()}`,
        `The workflow is ${execution ?? 'missing'} while the case is ${kase.status}`,
      );
      flagged.push(kase.caseId);
    } catch (error) {
      // One case that cannot be flagged now (it moved meanwhile, a throttle) must not stop the sweep; the next run sees it again.
      deps.warn('sweeper could not flag a case', { caseId: kase.caseId, error: (error as Error).name });
    }
  };
  for (const kase of await deps.cases.listByStatus('received', 500)) {
    if (now - new Date(kase.createdAt).getTime() < opts.startAfterSeconds * 1000) continue;
    const execution = await deps.workflow.status(executionOf(kase));
    // Alive (Acknowledge may be retrying): nothing to do.
    if (execution === 'RUNNING') continue;
    // It ran and ended with the case still `received`: starting it again would do nothing, forever.
    if (execution !== undefined) {
      await flag(kase, execution);
      continue;
    }
    // Never started. Only a start this run made counts, and is on the timeline, once.
    if (await startWorkflowIfPending(deps, kase)) {
      started.push(kase.caseId);
      await deps.cases.appendTimeline(kase.caseId, { actor: 'system:sweeper', action: 'workflow.restarted' });
    }
  }
  for (const status of DRIVEN_BY_WORKFLOW) {
    for (const kase of await deps.cases.listByStatus(status, 500)) {
      if (now - new Date(kase.updatedAt).getTime() < opts.checkAfterSeconds * 1000) continue;
      const execution = await deps.workflow.status(executionOf(kase));
      if (execution === 'RUNNING') continue;
      await flag(kase, execution);
    }
  }
  return { started, flagged };
}
