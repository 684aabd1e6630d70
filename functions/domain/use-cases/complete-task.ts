// Completes a workflow task token exactly once, for a person's or a customer's
// answer. The token is consumed with a conditional write before it is used, so
// a replayed or concurrent answer finds nothing. The write records who answered
// what (a fingerprint), so the retry of an attempt that died between consuming
// and delivering can deliver the same answer, while any other answer still finds
// nothing:
//
//   live ──consume(fp)──▶ used(fp) ──SendTaskSuccess──▶ delivered
//                          │  ▲                          (any answer now: 409)
//     crash: same fp again ┘  └─ send failed: released, anyone may answer
//
// A repeat (the same answer as the last consume, even one released after a
// send that failed: it may have reached the workflow before the connection
// broke) whose send reports the token already completed (TaskTimedOut, …) is
// the earlier attempt's delivery: counted as delivered, not as an error.
import { createHash } from 'node:crypto';
import { ConflictError } from '../errors';
import type { ConsumedTask, PendingTaskKind, TaskRepository, Workflow } from '../ports';

export interface TokenWait {
  readonly attempts: number;
  readonly pauseMs: number;
}

/**
 * A case shows as waiting (status, mail, queue) one step before the state
 * machine stores its token, so a quick person or customer can arrive first:
 * wait a moment for the token rather than refuse them.
 */
export async function tokenIsStored(
  tasks: Pick<TaskRepository, 'getTaskToken'>,
  caseId: string,
  kind: PendingTaskKind,
  ref: string,
  wait: TokenWait,
): Promise<boolean> {
  for (let i = 0; i < wait.attempts; i++) {
    if ((await tasks.getTaskToken(caseId, kind))?.ref === ref) return true;
    await new Promise((r) => setTimeout(r, wait.pauseMs));
  }
  return false;
}

export const DEFAULT_TOKEN_WAIT: TokenWait = { attempts: 20, pauseMs: 250 };

/** One answer to one wait of the workflow. */
export interface TaskAnswer {
  readonly caseId: string;
  readonly kind: PendingTaskKind;
  /** The reference the wait was stored under (round, proposal id, answer link). */
  readonly ref: string;
  /** Who answers. Part of the fingerprint: the same words from someone else are another answer. */
  readonly by: string;
  /** What the workflow receives. */
  readonly output: unknown;
  /** Whatever else makes the answer what it is without being sent (the findings' text). */
  readonly content?: unknown;
}

/** `delivered-again`: the retry of an attempt that had consumed the token for this same answer. */
export type Delivery = 'delivered' | 'delivered-again';

/** Key order never changes a fingerprint. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function answerFingerprint(answer: TaskAnswer): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical({ by: answer.by, output: answer.output, content: answer.content ?? null })))
    .digest('hex');
}

/**
 * Delivers `answer`. `onConsumed` runs after the token is ours and before the workflow hears the
 * answer (the workflow's next step reads what it writes); it runs again on a repeat, so it must be
 * safe to repeat. Throws ConflictError when the wait was answered otherwise or is gone.
 */
export async function completeTask(
  deps: { readonly tasks: TaskRepository; readonly workflow: Workflow },
  answer: TaskAnswer,
  onConsumed?: () => Promise<void>,
  wait: TokenWait = DEFAULT_TOKEN_WAIT,
): Promise<Delivery> {
  const { caseId, kind, ref } = answer;
  const fingerprint = answerFingerprint(answer);
  let task: ConsumedTask | undefined = await deps.tasks.consumeTaskToken(caseId, kind, ref, fingerprint);
  if (!task) {
    // Perhaps the token is not stored yet: the case showed as waiting a step before the state machine wrote it.
    await tokenIsStored(deps.tasks, caseId, kind, ref, wait);
    task = await deps.tasks.consumeTaskToken(caseId, kind, ref, fingerprint);
  }
  if (!task) throw new ConflictError('This case is not waiting for that answer any more (already answered, or moved on)');
  try {
    await onConsumed?.();
    await deps.workflow.sendTaskSuccess(task.taskToken, answer.output);
  } catch (error) {
    // On a repeat, "that token is already completed" is the earlier attempt's delivery.
    if (!(task.repeat && isLateAnswer(error))) {
      await deps.tasks.releaseTaskToken(caseId, kind, task.taskToken);
      throw error;
    }
  }
  try {
    await deps.tasks.markTaskDelivered(caseId, kind, task.taskToken);
  } catch {
    // Delivered all the same. Without the mark, the same answer sent again finds the token
    // completed (TaskTimedOut) and counts as delivered; any other answer still gets 409.
  }
  return task.repeat ? 'delivered-again' : 'delivered';
}

/** The workflow stopped waiting for this token (it timed out and moved on, or it was answered): the answer came too late. */
export const isLateAnswer = (error: unknown) => ['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken'].includes((error as Error)?.name);
