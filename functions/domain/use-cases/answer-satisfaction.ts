// The customer's answer to "did we resolve it?". Opening the link only shows
// a page (mail scanners open links by themselves); this runs on the POST. The
// link is single use and expires, and the task token stays in our store.
import { z } from 'zod';
import { ConflictError } from '../errors';
import type { AnswerLink, CaseRepository, Clock, TaskRepository, Workflow } from '../ports';
import { completeTask, DEFAULT_TOKEN_WAIT, isLateAnswer, tokenIsStored, type TokenWait } from './complete-task';

export const SatisfactionAnswerSchema = z
  .object({
    answer: z.enum(['yes', 'no'], { message: 'Choose yes or no' }),
    rating: z.coerce.number().int().min(1, { message: 'Rate us from 1 to 5' }).max(5, { message: 'Rate us from 1 to 5' }).optional(),
    comment: z.string().trim().max(1000).optional(),
  })
  .strip();
export type SatisfactionAnswer = z.infer<typeof SatisfactionAnswerSchema>;

export interface AnswerDeps {
  readonly cases: CaseRepository;
  readonly tasks: TaskRepository;
  readonly workflow: Workflow;
  readonly clock: Clock;
}

export type AnswerOutcome = { kind: 'recorded'; link: AnswerLink } | { kind: 'link-invalid' };

/** The link a GET shows a confirmation page for, when it is still usable. */
export async function openAnswerLink(deps: Pick<AnswerDeps, 'tasks' | 'clock'>, linkId: string): Promise<AnswerLink | undefined> {
  const link = await deps.tasks.getAnswerLink(linkId);
  if (!link || link.usedAt || new Date(link.expiresAt) <= deps.clock.now()) return undefined;
  return link;
}

export type AnswerResult = AnswerOutcome | { kind: 'not-ready'; link: AnswerLink };

export async function answerSatisfaction(
  deps: AnswerDeps,
  linkId: string,
  answer: SatisfactionAnswer,
  wait: TokenWait = DEFAULT_TOKEN_WAIT,
): Promise<AnswerResult> {
  const open = await openAnswerLink(deps, linkId);
  if (!open) return { kind: 'link-invalid' };
  // Checked before the single-use link is used up, so a customer who is too quick loses nothing.
  if (!(await tokenIsStored(deps.tasks, open.caseId, 'satisfaction', linkId, wait))) return { kind: 'not-ready', link: open };
  const link = await deps.tasks.consumeAnswerLink(linkId, deps.clock.now());
  if (!link) return { kind: 'link-invalid' };
  try {
    const output = { answer: answer.answer, rating: answer.rating ?? null };
    await completeTask(
      deps,
      { caseId: link.caseId, kind: 'satisfaction', ref: linkId, by: 'customer', output, content: { comment: answer.comment ?? null } },
      async () => {
        await deps.cases.appendTimeline(link.caseId, {
          actor: 'customer',
          action: 'satisfaction.answered',
          detail: { answer: answer.answer, ...(answer.rating ? { rating: answer.rating } : {}), comment: answer.comment ? 'given' : 'none' },
        });
        if (answer.comment) await deps.cases.update(link.caseId, { satisfactionComment: answer.comment });
      },
      wait,
    );
  } catch (error) {
    if (error instanceof ConflictError) return { kind: 'link-invalid' };
    if (!isLateAnswer(error)) {
      // Not delivered (throttled, unavailable): nothing is used up, the customer can send it again.
      await deps.tasks.releaseAnswerLink(linkId);
      throw error;
    }
    // The workflow stopped waiting (timed out and closed): the answer is on the timeline; the case is already settled.
    await deps.cases.appendTimeline(link.caseId, { actor: 'system:confirm', action: 'satisfaction.answer_late', detail: { error: (error as Error).name } });
  }
  return { kind: 'recorded', link };
}
