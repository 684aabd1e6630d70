// The sweeper: no case is ever left behind. It starts cases whose workflow
// never started (the intake stored them, then StartExecution failed), and
// hands to a person any case whose execution ended without finishing it.
import { flagNeedsAttention } from './finish-case';
import { startWorkflowIfPending } from './submit-complaint';
import type { StepDeps } from './step-deps';
import type { Workflow } from '../ports';
import type { CaseStatus } from '../case/case';

export interface SweepDeps extends StepDeps {
  readonly workflow: Workflow;
  readonly warn: (message: string, fields: Record<string, string>) => void;
}

/** Statuses in which a live execution must be driving the case. */
const DRIVEN_BY_WORKFLOW: readonly CaseStatus[] = ['acknowledged', 'classified', 'investigating', 'awaiting_findings', 'resolved', 'awaiting_decision', 'compensating', 'awaiting_satisfaction', 'reopened'];

export interface SweepResult {
  readonly started: string[];
  readonly flagged: string[];
}

export async function sweepCases(deps: SweepDeps, opts: { startAfterSeconds: number; checkAfterSeconds: number }): Promise<SweepResult> {
  const now = deps.clock.now().getTime();
  const started: string[] = [];
  const flagged: string[] = [];
  for (const kase of await deps.cases.listByStatus('received', 500)) {
    if (now - new Date(kase.createdAt).getTime() < opts.startAfterSeconds * 1000) continue;
    if (await startWorkflowIfPending(deps, kase)) {
      started.push(kase.caseId);
      await deps.cases.appendTimeline(kase.caseId, { actor: 'system:sweeper', action: 'workflow.restarted' });
    }
  }
  for (const status of DRIVEN_BY_WORKFLOW) {
    for (const kase of await deps.cases.listByStatus(status, 500)) {
      if (now - new Date(kase.updatedAt).getTime() < opts.checkAfterSeconds * 1000) continue;
      const execution = await deps.workflow.status(kase.caseId);
      if (execution === 'RUNNING') continue;
      await flagNeedsAttention(deps, kase.caseId, `execution_${(execution ?? 'missing').toLowerCase()}`, `The workflow is ${execution ?? 'missing'} while the case is ${status}`);
      flagged.push(kase.caseId);
    }
  }
  return { started, flagged };
}
