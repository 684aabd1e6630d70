// Completes a workflow task token exactly once, for a person's or a customer's
// answer. The token is consumed with a conditional write before it is used, so
// a replayed or concurrent answer finds nothing; if delivering the answer
// fails, the token is given back so the person can try again.
import { ConflictError } from '../errors';
import type { CaseRepository, PendingTaskKind, Workflow } from '../ports';

export interface TokenWait {
  readonly attempts: number;
  readonly pauseMs: number;
}

/**
 * A case shows as waiting (status, mail, queue) one step before the state
 * machine stores its token, so a quick person or customer can arrive first:
 * wait a moment for the token rather than refuse them.
 */
export async function tokenIsStored(cases: CaseRepository, caseId: string, kind: PendingTaskKind, ref: string, wait: TokenWait): Promise<boolean> {
  for (let i = 0; i < wait.attempts; i++) {
    if ((await cases.getTaskToken(caseId, kind))?.ref === ref) return true;
    await new Promise((r) => setTimeout(r, wait.pauseMs));
  }
  return false;
}

export const DEFAULT_TOKEN_WAIT: TokenWait = { attempts: 20, pauseMs: 250 };

export async function completeTask(
  deps: { readonly cases: CaseRepository; readonly workflow: Workflow },
  caseId: string,
  kind: PendingTaskKind,
  ref: string,
  output: unknown,
  onConsumed: () => Promise<void>,
  wait: TokenWait = DEFAULT_TOKEN_WAIT,
): Promise<void> {
  await tokenIsStored(deps.cases, caseId, kind, ref, wait);
  const pending = await deps.cases.consumeTaskToken(caseId, kind, ref);
  if (!pending) throw new ConflictError('This case is not waiting for that answer any more (already answered, or moved on)');
  try {
    await onConsumed();
    await deps.workflow.sendTaskSuccess(pending.taskToken, output);
  } catch (error) {
    await deps.cases.releaseTaskToken(caseId, kind, pending.taskToken);
    throw error;
  }
}

/** The workflow stopped waiting for this token (it timed out and moved on): the answer came too late. */
export const isLateAnswer = (error: unknown) => ['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken'].includes((error as Error)?.name);
